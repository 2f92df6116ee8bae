import type { Actor } from '#audit';
import type { WorkflowEvent } from '#workflow';
import {
  BUDGET,
  CREATOR,
  LEGAL,
  MANAGEMENT,
  MAYOR,
  REQUESTING,
  sampleConvenioContext,
} from '#convenios/testing';
import { convenioPolicy } from './convenio.policy.js';
import type { ConvenioContext } from './convenio.machine.js';

/** A refusal with its stable code and a Spanish detail that says why. */
const refusal = (code: string, detail: RegExp) => ({
  refusal: expect.objectContaining({ code }),
  detail: expect.stringMatching(detail),
});

const person = (key: string, role: string, unitId: string): Actor => ({
  userId: `p-${key}`,
  name: key,
  municipalityId: 'm1',
  unitId,
  roles: [role],
});

/** One person per post, as in docs/roles.md. */
const PEOPLE = {
  alcalde: person('alcalde', 'ALCALDE', MAYOR),
  gerente: person('gerente', 'GERENTE_MUNICIPAL', MANAGEMENT),
  secretaria: person('secretaria', 'SECRETARIA_GENERAL', 'u-secretaria'),
  juridica: person('juridica', 'ASESORIA_JURIDICA', LEGAL),
  presupuesto: person('presupuesto', 'PLANEAMIENTO_PRESUPUESTO', BUDGET),
  gerenciaOrigen: person('gerencia-origen', 'GERENCIA', REQUESTING),
  otraGerencia: person('otra-gerencia', 'GERENCIA', 'u-otra'),
  regidor: person('regidor', 'REGIDOR', MAYOR),
  admin: person('admin', 'ADMIN', MANAGEMENT),
} as const;
type Who = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Who[];

const instance = (state: string, over: Partial<ConvenioContext> = {}, createdBy = CREATOR) => ({
  id: 'c1',
  municipalityId: 'm1',
  state,
  createdBy,
  context: sampleConvenioContext({ submittedBy: 'p-submitter', ...over }),
});

const decide = (who: Actor, type: string, state: string, fields: Record<string, unknown> = {}) =>
  convenioPolicy(who, { type, ...fields } as WorkflowEvent, instance(state));

/** Who the policy lets send the event in the state: exactly these. */
const allowed = (type: string, state: string, fields: Record<string, unknown> = {}) =>
  EVERYONE.filter((who) => decide(PEOPLE[who], type, state, fields) === true).sort();

describe('who sends each event of a convenio (D17)', () => {
  it.each([
    ['EDIT', 'draft', ['gerenciaOrigen']],
    ['SUBMIT', 'draft', ['gerenciaOrigen']],
    ['WITHDRAW', 'legal_review', ['gerenciaOrigen']],
    ['CERTIFY_BUDGET', 'budget_certification', ['presupuesto']],
    ['RETURN', 'budget_certification', ['presupuesto']],
    ['LEGAL_OPINION', 'legal_review', ['juridica']],
    ['CONFORMITY', 'management_conformity', ['gerente']],
    ['RETURN', 'management_conformity', ['gerente']],
    ['SEND_TO_COUNCIL', 'mayor_review', ['alcalde']],
    ['RETURN', 'mayor_review', ['alcalde']],
    ['SIGN', 'mayor_review', ['alcalde']],
    ['COUNCIL_APPROVED', 'awaiting_council', ['secretaria']],
    ['COUNCIL_REJECTED', 'awaiting_council', ['secretaria']],
    ['SIGN', 'approved', ['alcalde']],
    ['REPORT_OBLIGATION', 'in_force', ['gerenciaOrigen']],
    ['ADDENDUM', 'in_force', ['gerenciaOrigen']],
    ['MUTUAL_TERMINATION', 'in_force', ['alcalde']],
    ['TERMINATION_FOR_BREACH', 'in_force', ['alcalde']],
  ] as const)('%s in %s: only %j', (type, state, who) => {
    expect(allowed(type, state)).toEqual([...who].sort());
  });

  it("TUO Art. 88.3: the municipality's free exit is the Alcalde's; the counterpart's letter is registered by the unit that follows the convenio, or the Alcalde", () => {
    expect(allowed('FREE_EXIT', 'in_force', { party: 'municipalidad' })).toEqual(['alcalde']);
    expect(allowed('FREE_EXIT', 'in_force', { party: 'contraparte' })).toEqual(
      ['alcalde', 'gerenciaOrigen'].sort(),
    );
    expect(decide(PEOPLE.gerente, 'FREE_EXIT', 'in_force', { party: 'municipalidad' })).toMatch(
      /Art\. 88\.3/,
    );
  });

  it('LOM Art. 20 inc. 23: only the Alcalde signs, and says so', () => {
    expect(decide(PEOPLE.gerente, 'SIGN', 'approved')).toMatch(
      /Alcalde[\s\S]*LOM Art\. 20 inc\. 23/,
    );
    expect(decide(PEOPLE.secretaria, 'SEND_TO_COUNCIL', 'mayor_review')).toMatch(
      /LOM Art\. 9 inc\. 26/,
    );
  });

  it('the refusals say who may, in Spanish', () => {
    expect(decide(PEOPLE.otraGerencia, 'SUBMIT', 'draft')).toBe(
      'Solo la unidad que propone el convenio puede editarlo, presentarlo o retirarlo.',
    );
    expect(decide(PEOPLE.juridica, 'CERTIFY_BUDGET', 'budget_certification')).toMatch(
      /Planeamiento y Presupuesto/,
    );
  });
});

describe('nobody approves their own submission', () => {
  it.each([
    ['CERTIFY_BUDGET', 'budget_certification', 'presupuesto'],
    ['LEGAL_OPINION', 'legal_review', 'juridica'],
    ['CONFORMITY', 'management_conformity', 'gerente'],
    ['SEND_TO_COUNCIL', 'mayor_review', 'alcalde'],
    ['SIGN', 'approved', 'alcalde'],
    ['COUNCIL_APPROVED', 'awaiting_council', 'secretaria'],
  ] as const)('%s in %s: not by whoever drafted or submitted it', (type, state, who) => {
    const actor = PEOPLE[who];
    expect(convenioPolicy(actor, { type }, instance(state))).toBe(true);
    // Drafted by them…
    expect(
      convenioPolicy(actor, { type }, instance(state, {}, actor.userId as string)),
    ).toMatchObject(refusal('OWN_SUBMISSION', /separación de funciones/));
    // …or submitted by them.
    expect(
      convenioPolicy(actor, { type }, instance(state, { submittedBy: actor.userId })),
    ).toMatchObject(refusal('OWN_SUBMISSION', /elaboró o presentó/));
  });

  it('the unit still corrects and follows what it drafted', () => {
    const drafter = PEOPLE.gerenciaOrigen;
    const own = instance('draft', { submittedBy: drafter.userId }, drafter.userId as string);
    expect(convenioPolicy(drafter, { type: 'SUBMIT' }, own)).toBe(true);
    expect(convenioPolicy(drafter, { type: 'EDIT' }, own)).toBe(true);
  });
});

describe('the administrator and the system', () => {
  it('ADMIN never acts in a convenio, whatever the event', () => {
    for (const type of [
      'EDIT',
      'SUBMIT',
      'LEGAL_OPINION',
      'SIGN',
      'COUNCIL_APPROVED',
      'REPORT_OBLIGATION',
    ])
      expect(convenioPolicy(PEOPLE.admin, { type }, instance('draft'))).toMatchObject(
        refusal('ADMIN_DOES_NOT_ACT', /administrador/),
      );
  });

  it.each(['EXPIRE', 'EXPIRY_ALERT', 'OBLIGATION_OVERDUE', 'NOTICE_LAPSED', 'ADDENDUM_CONCLUDED'])(
    '%s comes from the system: no person sends it',
    (type) => {
      for (const who of EVERYONE.filter((w) => w !== 'admin'))
        expect(convenioPolicy(PEOPLE[who], { type }, instance('in_force'))).toMatchObject(
          refusal('SYSTEM_EVENT', /sistema/),
        );
    },
  );

  it('an unknown event is refused', () => {
    expect(convenioPolicy(PEOPLE.alcalde, { type: 'APPROVE' }, instance('draft'))).toBe(
      'Evento desconocido.',
    );
  });
});
