import type { Actor } from '#audit';
import type { WorkflowEvent } from '#workflow';
import {
  BUDGET,
  CREATOR,
  MANAGEMENT,
  MAYOR,
  REQUESTING,
  sampleBudgetModificationContext,
} from '#budget-modifications/testing';
import type { BudgetModificationContext } from './budget-modification.machine.js';
import {
  BUDGET_MODIFICATION_SYSTEM_EVENTS,
  budgetModificationPolicy,
} from './budget-modification.policy.js';

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
  juridica: person('juridica', 'ASESORIA_JURIDICA', 'u-legal'),
  presupuesto: person('presupuesto', 'PLANEAMIENTO_PRESUPUESTO', BUDGET),
  gerenciaOrigen: person('gerencia-origen', 'GERENCIA', REQUESTING),
  otraGerencia: person('otra-gerencia', 'GERENCIA', 'u-otra'),
  regidor: person('regidor', 'REGIDOR', MAYOR),
  admin: person('admin', 'ADMIN', MANAGEMENT),
} as const;
type Who = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Who[];

const instance = (
  state: string,
  over: Partial<BudgetModificationContext> = {},
  createdBy = CREATOR,
) => ({
  id: 'b1',
  municipalityId: 'm1',
  state,
  createdBy,
  context: sampleBudgetModificationContext({ submittedBy: 'p-submitter', ...over }),
});

const decide = (who: Actor, type: string, state: string) =>
  budgetModificationPolicy(who, { type } as WorkflowEvent, instance(state));

/** Who the policy lets send the event in the state: exactly these. */
const allowed = (type: string, state: string) =>
  EVERYONE.filter((who) => decide(PEOPLE[who], type, state) === true).sort();

describe('who sends each event of a budget modification request (issue 16.3)', () => {
  it.each([
    ['SUBMIT', 'draft', ['gerenciaOrigen']],
    ['WITHDRAW', 'draft', ['gerenciaOrigen']],
    ['WITHDRAW', 'opp_report', ['gerenciaOrigen']],
    ['TECHNICAL_REPORT', 'opp_report', ['presupuesto']],
    ['APPROVE', 'manager_decision', ['gerente']],
    ['ELEVATE', 'manager_decision', ['gerente']],
    ['REJECT', 'manager_decision', ['gerente']],
    ['APPROVE_BY_MAYOR', 'mayor_decision', ['alcalde']],
    ['REJECT', 'mayor_decision', ['alcalde']],
  ] as const)('%s in %s: only %j', (type, state, who) => {
    expect(allowed(type, state)).toEqual([...who].sort());
  });

  it('the refusals say who may, in Spanish', () => {
    expect(decide(PEOPLE.otraGerencia, 'SUBMIT', 'draft')).toBe(
      'Solo la unidad que solicita la modificación puede presentarla o retirarla.',
    );
    expect(decide(PEOPLE.gerente, 'TECHNICAL_REPORT', 'opp_report')).toMatch(
      /Planeamiento y Presupuesto/,
    );
    expect(decide(PEOPLE.alcalde, 'APPROVE', 'manager_decision')).toMatch(/Gerente Municipal/);
    expect(decide(PEOPLE.gerente, 'APPROVE_BY_MAYOR', 'mayor_decision')).toMatch(
      /Alcalde, titular del pliego/,
    );
    // Once elevated, the rejection is the Alcalde's, not the Gerente's any more.
    expect(decide(PEOPLE.gerente, 'REJECT', 'mayor_decision')).toBe(
      'Solo el Alcalde rechaza la solicitud que se le elevó.',
    );
  });

  it('the unit acts by its unit, whoever of it: another member of the requesting unit submits too', () => {
    const colleague = person('colega', 'GERENCIA', REQUESTING);
    expect(budgetModificationPolicy(colleague, { type: 'SUBMIT' }, instance('draft'))).toBe(true);
  });
});

describe('nobody reports on or decides their own submission (separación de funciones)', () => {
  it.each([
    ['TECHNICAL_REPORT', 'opp_report', 'presupuesto'],
    ['APPROVE', 'manager_decision', 'gerente'],
    ['ELEVATE', 'manager_decision', 'gerente'],
    ['REJECT', 'manager_decision', 'gerente'],
    ['APPROVE_BY_MAYOR', 'mayor_decision', 'alcalde'],
    ['REJECT', 'mayor_decision', 'alcalde'],
  ] as const)('%s in %s: not by whoever drafted or submitted it', (type, state, who) => {
    const actor = PEOPLE[who];
    expect(budgetModificationPolicy(actor, { type }, instance(state))).toBe(true);
    // Drafted by them…
    expect(
      budgetModificationPolicy(actor, { type }, instance(state, {}, actor.userId as string)),
    ).toMatchObject(refusal('OWN_SUBMISSION', /separación de funciones/));
    // …or submitted by them.
    expect(
      budgetModificationPolicy(actor, { type }, instance(state, { submittedBy: actor.userId })),
    ).toMatchObject(refusal('OWN_SUBMISSION', /elaboró o presentó/));
  });

  it('the unit still submits and withdraws what it drafted', () => {
    const drafter = PEOPLE.gerenciaOrigen;
    const own = instance('draft', { submittedBy: drafter.userId }, drafter.userId as string);
    expect(budgetModificationPolicy(drafter, { type: 'SUBMIT' }, own)).toBe(true);
    expect(budgetModificationPolicy(drafter, { type: 'WITHDRAW' }, own)).toBe(true);
  });

  it('a request not yet submitted has no submitter: nobody is refused for it', () => {
    const fresh = instance('opp_report', { submittedBy: null });
    expect(budgetModificationPolicy(PEOPLE.presupuesto, { type: 'TECHNICAL_REPORT' }, fresh)).toBe(
      true,
    );
  });
});

describe('the administrator and the system', () => {
  it('ADMIN never acts in a request, whatever the event', () => {
    for (const type of [
      'SUBMIT',
      'WITHDRAW',
      'TECHNICAL_REPORT',
      'APPROVE',
      'ELEVATE',
      'APPROVE_BY_MAYOR',
      'REJECT',
      ...BUDGET_MODIFICATION_SYSTEM_EVENTS,
    ])
      expect(
        budgetModificationPolicy(PEOPLE.admin, { type }, instance('manager_decision')),
      ).toMatchObject(refusal('ADMIN_DOES_NOT_ACT', /administrador/));
  });

  it.each(['RESOLUTION_SIGNED', 'RESOLUTION_WITHDRAWN'])(
    '%s comes from the RGM itself, sent by the system: no person sends it',
    (type) => {
      expect(BUDGET_MODIFICATION_SYSTEM_EVENTS.has(type)).toBe(true);
      for (const who of EVERYONE.filter((w) => w !== 'admin'))
        expect(
          budgetModificationPolicy(PEOPLE[who], { type }, instance('resolution_in_progress')),
        ).toMatchObject(refusal('SYSTEM_EVENT', /sistema[\s\S]*Resolución de Gerencia Municipal/));
    },
  );

  it('an unknown event is refused', () => {
    expect(budgetModificationPolicy(PEOPLE.alcalde, { type: 'SIGN' }, instance('draft'))).toBe(
      'Evento desconocido.',
    );
  });
});
