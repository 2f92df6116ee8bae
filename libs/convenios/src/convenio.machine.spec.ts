import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';
import { isRefusal } from '#core';
import {
  CANCEL_OBLIGATION,
  FULFIL_OBLIGATION,
  OPEN_OBLIGATION,
  type WorkflowEvent,
} from '#workflow';
import { declaredDeadlines, declaredEdges, explore } from '#workflow/testing';
import {
  BUDGET,
  convenioEvents,
  LEGAL,
  MANAGEMENT,
  MAYOR,
  REQUESTING,
  sampleConvenioContext,
} from '#convenios/testing';
import { completeConvenioEvent, convenioRefusal } from './convenio-request.js';
import { type ConvenioContext, convenioMachine as typed } from './convenio.machine.js';
import { CONVENIO_SYSTEM_EVENTS } from './convenio.policy.js';
import { conveniosDefinition } from './convenios.definition.js';
import { DEFAULT_CONVENIOS_PROFILE, FREE_ADHESION_CLAUSE } from './convenios.profile.js';

// Driven with the events as the engine holds them (WorkflowEvent), not the machine's own union.
const machine: AnyStateMachine = typed;
const context = (snapshot: AnyMachineSnapshot) => snapshot.context as ConvenioContext;
const AT = '2027-01-10T15:00:00.000Z';

const event = (type: string, fields: Record<string, unknown> = {}): WorkflowEvent => ({
  type,
  at: AT,
  ...fields,
});
/** Runs events from a context; each must be accepted (a refused one fails the test by name). */
function run(input: ConvenioContext, events: readonly WorkflowEvent[]) {
  let [snapshot] = initialTransition(machine, input);
  const actions: { type: string; params?: unknown }[] = [];
  for (const e of events) {
    if (!snapshot.can(e)) throw new Error(`${String(snapshot.value)} no acepta ${e.type}`);
    const [next, done] = transition(machine, snapshot, e);
    snapshot = next;
    actions.push(...(done as { type: string; params?: unknown }[]));
  }
  return { snapshot, actions };
}

const kernel = (actions: readonly { type: string; params?: unknown }[], type: string) =>
  actions
    .filter((a) => a.type === type)
    .map((a) => a.params as { code: string; key?: string; dueOn?: string });

const favourable = (c: ConvenioContext, over: Record<string, boolean> = {}) =>
  event('LEGAL_OPINION', {
    favorable: true,
    reportRef: 'Informe N° 455-2027-MML/GAJ',
    checklist: c.legalChecklist.map((i) => ({ code: i.code, met: over[i.code] ?? true })),
  });
const SIGN = (signedOn = '2027-01-10') =>
  event('SIGN', { number: 'CONVENIO N° 001-2027-MML', sequence: 1, year: 2027, signedOn });

// The four situations that, between them, take every guarded branch of the graph.
const WITH_MONEY = sampleConvenioContext(
  {},
  { hasFinancialObligations: true, amount: '150000.50' },
);
const EXEMPT = sampleConvenioContext({ exemptWithoutFinancialObligations: true });
const ADDENDUM_AUTHORISED = sampleConvenioContext({
  isAddendum: true,
  parentConvenioId: 'i-parent',
  parentAuthorisesAddenda: true,
});
const ADDENDUM_TO_COUNCIL = sampleConvenioContext({
  isAddendum: true,
  parentConvenioId: 'i-parent',
  parentAuthorisesAddenda: false,
});
const SITUATIONS = { WITH_MONEY, EXEMPT, ADDENDUM_AUTHORISED, ADDENDUM_TO_COUNCIL };

/** The declared transition's target: what each path must reach. */
const FINAL = new Set(['expired', 'ended', 'incorporated', 'rejected', 'withdrawn']);

/** The adendas tell in-force states apart: only with one in progress can it conclude, only before, start. */
const withAddendum = (snapshot: { value: unknown; context: unknown }) => {
  const { addenda } = snapshot.context as ConvenioContext;
  return `${String(snapshot.value)}:${addenda.length}:${addenda.some((a) => a.outcome === null)}`;
};

describe('convenio machine: every transition, pure (xstate transition(), no database)', () => {
  const explored = Object.entries(SITUATIONS).map(
    ([name, input]) =>
      [name, explore(machine, input, convenioEvents(input), withAddendum)] as const,
  );
  const paths = explored.flatMap(([, found]) => found.paths);

  it('has a sample for every event, and a payload class for every event a person sends', () => {
    const events = [...machine.events].sort();
    expect([...new Set(convenioEvents().map((e) => e.type))].sort()).toEqual(events);
    expect([...Object.keys(conveniosDefinition.events), ...CONVENIO_SYSTEM_EVENTS].sort()).toEqual(
      events,
    );
  });

  it('covers each declared transition, between the four situations', () => {
    const covered = new Set(paths.map((p) => p.edge));
    expect([...covered].sort()).toEqual([...declaredEdges(machine)].sort());
  });

  it.each(paths.map((p) => [`${p.edge} (${p.name})`, p] as const))('%s', (_, path) => {
    const target = path.edge.split(':')[2]?.replace(/#\d+$/, '');
    expect(path.after.value).toBe(target);
    expect(path.after.status).toBe(FINAL.has(String(target)) ? 'done' : 'active');
  });

  it.each(
    explored.flatMap(([name, found]) =>
      found.reached.flatMap((snapshot) =>
        convenioEvents(context(snapshot))
          .filter((e) => !snapshot.can(e))
          .map((e) => [name, String(snapshot.value), e.type, snapshot, e] as const),
      ),
    ),
  )('%s: refuses %s:%s and leaves the snapshot as it was', (_n, _s, _t, snapshot, e) => {
    const [next] = transition(machine, snapshot, e);
    expect(next.value).toEqual(snapshot.value);
    expect(next.context).toEqual(snapshot.context);
  });
});

describe('the path of a convenio (D17)', () => {
  it('with financial obligations, OPP certifies before the informe legal; without them, it goes straight to Asesoría Jurídica', () => {
    expect(run(WITH_MONEY, [event('SUBMIT')]).snapshot.value).toBe('budget_certification');
    const { snapshot } = run(WITH_MONEY, [
      event('SUBMIT', { userId: 'p-submitter' }),
      event('CERTIFY_BUDGET', { certificateRef: 'CCP N° 123' }),
    ]);
    expect(snapshot.value).toBe('legal_review');
    expect(context(snapshot)).toMatchObject({
      submittedBy: 'p-submitter',
      budgetCertification: { certificateRef: 'CCP N° 123', at: AT },
    });
    expect(run(sampleConvenioContext(), [event('SUBMIT')]).snapshot.value).toBe('legal_review');
  });

  it('the Gerente elevates it, the Alcalde takes it to the Concejo, the Acuerdo approves it "y sus adendas", the Alcalde signs it (LOM Art. 9 inc. 26, Art. 20 inc. 23)', () => {
    const c = sampleConvenioContext();
    const { snapshot, actions } = run(c, [
      event('SUBMIT'),
      favourable(c),
      event('CONFORMITY', { memoRef: 'Memorando N° 210-2027-MML/GMM' }),
      event('SEND_TO_COUNCIL', { memoRef: 'Memorando N° 45-2027-MML/ALC' }),
      event('COUNCIL_APPROVED', {
        agreementNumber: 'ACUERDO DE CONCEJO N° 004-2027-MML',
        agreementId: 'a-1',
        authorisesAddenda: true,
      }),
      SIGN('2027-01-12'),
    ]);
    expect(snapshot.value).toBe('in_force');
    expect(context(snapshot)).toMatchObject({
      conformity: { memoRef: 'Memorando N° 210-2027-MML/GMM' },
      councilReferral: { memoRef: 'Memorando N° 45-2027-MML/ALC' },
      agreement: {
        approved: true,
        number: 'ACUERDO DE CONCEJO N° 004-2027-MML',
        agreementId: 'a-1',
        authorisesAddenda: true,
      },
      number: 'CONVENIO N° 001-2027-MML',
      year: 2027,
      signedOn: '2027-01-12',
      // Código Civil Art. 183: 24 months from 15/01/2027 end on 15/01/2029.
      inForceFrom: '2027-01-15',
      inForceUntil: '2029-01-15',
    });
    // The term, its three alerts and the obligations' due dates become kernel obligations.
    const opened = kernel(actions, OPEN_OBLIGATION);
    expect(opened).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'vigencia_convenio', dueOn: '2029-01-15' }),
        expect.objectContaining({
          code: 'aviso_vencimiento',
          key: '2029-01-15/90',
          dueOn: '2028-10-17',
        }),
        expect.objectContaining({
          code: 'aviso_vencimiento',
          key: '2029-01-15/60',
          dueOn: '2028-11-16',
        }),
        expect.objectContaining({
          code: 'aviso_vencimiento',
          key: '2029-01-15/30',
          dueOn: '2028-12-16',
        }),
        // The semiannual report: 15/07/2027, 15/01/2028, 15/07/2028, 15/01/2029.
        expect.objectContaining({ code: 'obligacion_convenio', key: '0-1', dueOn: '2027-07-15' }),
        expect.objectContaining({ code: 'obligacion_convenio', key: '0-4', dueOn: '2029-01-15' }),
        expect.objectContaining({ code: 'obligacion_convenio', key: '1-1', dueOn: '2027-02-15' }),
      ]),
    );
    expect(opened).toHaveLength(1 + 3 + 4 + 1);
    expect(context(snapshot).dues.map((d) => d.key)).toEqual(['0-1', '0-2', '0-3', '0-4', '1-1']);
  });

  it('the Concejo may reject it: the file closes', () => {
    const c = sampleConvenioContext();
    const { snapshot } = run(c, [
      event('SUBMIT'),
      favourable(c),
      event('CONFORMITY', { memoRef: 'M' }),
      event('SEND_TO_COUNCIL'),
      event('COUNCIL_REJECTED', { agreementNumber: 'ACUERDO N° 5', reason: 'Sin mayoría' }),
    ]);
    expect(snapshot.value).toBe('rejected');
    expect(snapshot.status).toBe('done');
    expect(context(snapshot).agreement).toMatchObject({ approved: false, reason: 'Sin mayoría' });
  });

  it('OPP, the Gerente and the Alcalde return it to the unit, which corrects it in a term, and each return is kept', () => {
    const c = sampleConvenioContext({}, { hasFinancialObligations: true, amount: '1000' });
    const complete = (e: WorkflowEvent, state: string) =>
      completeConvenioEvent(
        e,
        { state, context: c },
        { userId: 'u', name: 'x', municipalityId: 'm', unitId: null, roles: [] },
        new Date(AT),
      );
    const { snapshot } = run(c, [
      event('SUBMIT'),
      complete({ type: 'RETURN', reason: 'Falta la meta física' }, 'budget_certification'),
      event('SUBMIT'),
      event('CERTIFY_BUDGET', { certificateRef: 'CCP 1' }),
      favourable(c),
      complete({ type: 'RETURN', reason: 'Precisar el objeto' }, 'management_conformity'),
    ]);
    expect(snapshot.value).toBe('draft');
    expect(context(snapshot).returns).toEqual([
      { reason: 'Falta la meta física', from: 'budget_certification', at: AT },
      { reason: 'Precisar el objeto', from: 'management_conformity', at: AT },
    ]);
    expect(declaredDeadlines(conveniosDefinition, 'draft', context(snapshot))).toEqual([
      expect.objectContaining({ code: 'subsanacion', term: { days: 10, unit: 'business' } }),
    ]);
    // A draft never returned has no term: it is the unit's own work.
    expect(declaredDeadlines(conveniosDefinition, 'draft', c)).toEqual([]);
  });

  it('an edit changes only the fields given', () => {
    const c = sampleConvenioContext();
    const { snapshot } = run(c, [
      event('EDIT', { object: 'Nuevo objeto del convenio', termMonths: 12 }),
    ]);
    expect(context(snapshot)).toEqual({
      ...c,
      object: 'Nuevo objeto del convenio',
      termMonths: 12,
    });
  });

  it('refuses a signature when the convenio would already have ended', () => {
    const c = sampleConvenioContext(
      {},
      { startDate: '2027-01-15', termMonths: undefined, endDate: '2027-03-31' },
    );
    const { snapshot } = run(c, [
      event('SUBMIT'),
      favourable(c),
      event('CONFORMITY', { memoRef: 'M' }),
      event('SEND_TO_COUNCIL'),
      event('COUNCIL_APPROVED', { agreementNumber: 'A', authorisesAddenda: false }),
    ]);
    const late = SIGN('2027-04-01');
    expect(snapshot.can(late)).toBe(false);
    expect(convenioRefusal('approved', context(snapshot), late)).toMatchObject({
      refusal: expect.objectContaining({ code: 'CONVENIO_ENDS_BEFORE_SIGNATURE' }),
      detail: expect.stringContaining('31/03/2027'),
    });
    expect(snapshot.can(SIGN('2027-03-31'))).toBe(true);
  });
});

describe('D11: the clause of free adhesion and separation (TUO de la Ley 27444, Art. 88.3)', () => {
  const c = sampleConvenioContext();
  const [inReview] = [run(c, [event('SUBMIT')]).snapshot];

  it('TUO Art. 88.3: no clause, no favourable informe legal — refused with its own code, nothing changes', () => {
    const noClause = favourable(c, { [FREE_ADHESION_CLAUSE]: false });
    expect(inReview.can(noClause)).toBe(false);
    const [next] = transition(machine, inReview, noClause);
    expect(next.value).toBe('legal_review');
    expect(next.context).toEqual(inReview.context);
    const why = convenioRefusal('legal_review', c, noClause);
    expect(isRefusal(why)).toBe(true);
    expect(why).toMatchObject({
      refusal: { code: 'FREE_ADHESION_CLAUSE_MISSING', status: 409 },
      detail: expect.stringMatching(/libre adhesión y separación[\s\S]*Art\. 88\.3/),
    });
    // Nor by leaving the point out.
    const omitted = event('LEGAL_OPINION', { favorable: true, reportRef: 'I', checklist: [] });
    expect(inReview.can(omitted)).toBe(false);
    expect(convenioRefusal('legal_review', c, omitted)).toMatchObject({
      refusal: expect.objectContaining({ code: 'FREE_ADHESION_CLAUSE_MISSING' }),
    });
  });

  it('TUO Art. 88.3 holds by law, not by configuration: a checklist without the point still needs the clause', () => {
    const loose = sampleConvenioContext({
      legalChecklist: c.legalChecklist.filter((i) => i.code !== FREE_ADHESION_CLAUSE),
    });
    const [review] = [run(loose, [event('SUBMIT')]).snapshot];
    const allMet = favourable(loose);
    expect(review.can(allMet)).toBe(false);
    expect(convenioRefusal('legal_review', loose, allMet)).toMatchObject({
      refusal: expect.objectContaining({ code: 'FREE_ADHESION_CLAUSE_MISSING' }),
    });
    const withClause = event('LEGAL_OPINION', {
      favorable: true,
      reportRef: 'I',
      checklist: [...loose.legalChecklist, { code: FREE_ADHESION_CLAUSE }].map((i) => ({
        code: i.code,
        met: true,
      })),
    });
    expect(review.can(withClause)).toBe(true);
  });

  it('a favourable informe gives every other point of the checklist as met too', () => {
    const unmet = favourable(c, { representacion_contraparte: false });
    expect(inReview.can(unmet)).toBe(false);
    expect(convenioRefusal('legal_review', c, unmet)).toMatchObject({
      refusal: expect.objectContaining({ code: 'LEGAL_CHECKLIST_INCOMPLETE' }),
      detail: expect.stringContaining('representación'),
    });
  });

  it('an unfavourable informe returns the draft to the unit with its reasons, clause or not', () => {
    const { snapshot } = run(c, [
      event('SUBMIT'),
      event('LEGAL_OPINION', {
        favorable: false,
        reportRef: 'Informe N° 456',
        checklist: [{ code: FREE_ADHESION_CLAUSE, met: false }],
        reasons: 'Incorporar la cláusula de libre adhesión y separación.',
      }),
    ]);
    expect(snapshot.value).toBe('draft');
    expect(context(snapshot)).toMatchObject({
      legalOpinion: {
        favorable: false,
        checklist: [{ code: FREE_ADHESION_CLAUSE, met: false, note: null }],
      },
      returns: [
        {
          reason: 'Incorporar la cláusula de libre adhesión y separación.',
          from: 'legal_review',
          at: AT,
        },
      ],
    });
  });

  it('the completion refuses checklist points the profile does not have (400 with the field)', () => {
    expect(() =>
      completeConvenioEvent(
        event('LEGAL_OPINION', {
          favorable: true,
          reportRef: 'I',
          checklist: [{ code: 'inventado', met: true }],
        }),
        { state: 'legal_review', context: c },
        { userId: 'u', name: 'x', municipalityId: 'm', unitId: LEGAL, roles: [] },
        new Date(AT),
      ),
    ).toThrow(
      expect.objectContaining({
        extras: { errors: [expect.objectContaining({ field: 'checklist' })] },
      }),
    );
  });
});

describe('the Alcalde signs without an Acuerdo only where the profile or the Acuerdo allows it', () => {
  const toMayor = (c: ConvenioContext) =>
    run(c, [
      event('SUBMIT'),
      ...(c.hasFinancialObligations ? [event('CERTIFY_BUDGET', { certificateRef: 'C' })] : []),
      favourable(c),
      event('CONFORMITY', { memoRef: 'M' }),
    ]).snapshot;

  it('D17 ⚠: a convenio without financial obligations, where the profile exempts them, is signed directly', () => {
    const { snapshot, actions } = run(EXEMPT, [
      event('SUBMIT'),
      favourable(EXEMPT),
      event('CONFORMITY', { memoRef: 'M' }),
      SIGN(),
    ]);
    expect(snapshot.value).toBe('in_force');
    expect(context(snapshot).agreement).toBeNull();
    expect(kernel(actions, OPEN_OBLIGATION).map((o) => o.code)).toContain('vigencia_convenio');
  });

  it('LOM Art. 9 inc. 26: with financial obligations, or where the profile exempts none, the Concejo approves it first', () => {
    const withMoney = sampleConvenioContext(
      { exemptWithoutFinancialObligations: true },
      { hasFinancialObligations: true, amount: '500.00' },
    );
    for (const c of [withMoney, sampleConvenioContext()]) {
      const snapshot = toMayor(c);
      expect(snapshot.value).toBe('mayor_review');
      expect(snapshot.can(SIGN())).toBe(false);
      expect(convenioRefusal('mayor_review', c, SIGN())).toMatchObject({
        refusal: expect.objectContaining({ code: 'COUNCIL_APPROVAL_REQUIRED' }),
        detail: expect.stringContaining('LOM Art. 9 inc. 26'),
      });
      expect(snapshot.can(event('SEND_TO_COUNCIL'))).toBe(true);
    }
  });

  it('an adenda of a convenio approved "y sus adendas" skips the Concejo and, signed, is incorporated into it', () => {
    const { snapshot, actions } = run(ADDENDUM_AUTHORISED, [
      event('SUBMIT'),
      favourable(ADDENDUM_AUTHORISED),
      event('CONFORMITY', { memoRef: 'M' }),
      SIGN(),
    ]);
    expect(snapshot.value).toBe('incorporated');
    expect(snapshot.status).toBe('done');
    expect(context(snapshot)).toMatchObject({
      number: 'CONVENIO N° 001-2027-MML',
      dues: [],
      alertPlan: [],
    });
    // Its term and obligations are the parent's: it opens none of its own.
    expect(kernel(actions, OPEN_OBLIGATION)).toEqual([]);
  });

  it('an adenda without that authorisation goes to the Concejo like the convenio did', () => {
    const snapshot = toMayor(ADDENDUM_TO_COUNCIL);
    expect(snapshot.can(SIGN())).toBe(false);
    expect(convenioRefusal('mayor_review', ADDENDUM_TO_COUNCIL, SIGN())).toMatchObject({
      refusal: expect.objectContaining({ code: 'COUNCIL_APPROVAL_REQUIRED' }),
      detail: expect.stringContaining('no autorizó sus adendas'),
    });
    const { snapshot: done } = run(ADDENDUM_TO_COUNCIL, [
      event('SUBMIT'),
      favourable(ADDENDUM_TO_COUNCIL),
      event('CONFORMITY', { memoRef: 'M' }),
      event('SEND_TO_COUNCIL'),
      event('COUNCIL_APPROVED', { agreementNumber: 'A', authorisesAddenda: false }),
      SIGN(),
    ]);
    expect(done.value).toBe('incorporated');
  });
});

describe('in force: obligations, alerts, adendas and its end', () => {
  const c = sampleConvenioContext();
  const signed = () =>
    run(c, [
      event('SUBMIT'),
      favourable(c),
      event('CONFORMITY', { memoRef: 'M' }),
      event('SEND_TO_COUNCIL'),
      event('COUNCIL_APPROVED', { agreementNumber: 'A', authorisesAddenda: true }),
      SIGN('2027-01-12'),
    ]).snapshot;
  const from = (snapshot: AnyMachineSnapshot, events: WorkflowEvent[]) => {
    let current = snapshot;
    const actions: { type: string; params?: unknown }[] = [];
    for (const e of events) {
      if (!current.can(e)) throw new Error(`${String(current.value)} no acepta ${e.type}`);
      const [next, done] = transition(machine, current, e);
      current = next;
      actions.push(...(done as { type: string; params?: unknown }[]));
    }
    return { snapshot: current, actions };
  };

  it('a report fulfils its due date (the kernel obligation), an overdue one is marked, and a fulfilled one is not reported twice', () => {
    const { snapshot, actions } = from(signed(), [
      event('OBLIGATION_OVERDUE', { code: 'obligacion_convenio', key: '1-1', dueOn: '2027-02-15' }),
      event('REPORT_OBLIGATION', { key: '1-1', evidence: 'Oficio N° 12-2027-MML/GSC' }),
    ]);
    expect(kernel(actions, FULFIL_OBLIGATION)).toEqual([
      { code: 'obligacion_convenio', key: '1-1' },
    ]);
    expect(context(snapshot).dues.find((d) => d.key === '1-1')).toMatchObject({
      status: 'fulfilled',
      evidence: 'Oficio N° 12-2027-MML/GSC',
      fulfilledAt: AT,
    });
    const again = event('REPORT_OBLIGATION', { key: '1-1', evidence: 'x' });
    expect(snapshot.can(again)).toBe(false);
    expect(convenioRefusal('in_force', context(snapshot), again)).toMatchObject({
      refusal: expect.objectContaining({ code: 'OBLIGATION_NOT_PENDING' }),
    });
  });

  it('the alerts go to the Gerente and the unit; at 30 days to the Alcalde too, unless a renewal is under way', () => {
    const alert = (days: number) =>
      event('EXPIRY_ALERT', { code: 'aviso_vencimiento', key: `2029-01-15/${days}` });
    const plain = from(signed(), [alert(90), alert(30)]);
    expect(context(plain.snapshot).alerts.map((a) => [a.days, a.recipients])).toEqual([
      [90, ['unidad_solicitante', 'GERENTE_MUNICIPAL']],
      [30, ['unidad_solicitante', 'GERENTE_MUNICIPAL', 'ALCALDE']],
    ]);
    // Given once: the kernel's alert closes.
    expect(kernel(plain.actions, CANCEL_OBLIGATION)).toEqual([
      { code: 'aviso_vencimiento', key: '2029-01-15/90' },
      { code: 'aviso_vencimiento', key: '2029-01-15/30' },
    ]);
    expect(plain.snapshot.can(alert(30))).toBe(false);
    const renewing = from(signed(), [
      event('ADDENDUM', {
        object: 'Renovación por dos años',
        newEndDate: '2031-01-15',
        addendumId: 'i-2',
      }),
      alert(30),
    ]);
    expect(context(renewing.snapshot).alerts[0]?.recipients).toEqual([
      'unidad_solicitante',
      'GERENTE_MUNICIPAL',
    ]);
  });

  it('one adenda at a time; a renewal must extend the term; once signed, the term, its alerts and the new due dates move', () => {
    const { snapshot: started } = from(signed(), [
      event('ADDENDUM', { object: 'Renovación', newEndDate: '2030-01-15', addendumId: 'i-2' }),
    ]);
    const second = event('ADDENDUM', { object: 'Otra', newEndDate: null, addendumId: 'i-3' });
    expect(started.can(second)).toBe(false);
    expect(convenioRefusal('in_force', context(started), second)).toMatchObject({
      refusal: expect.objectContaining({ code: 'ADDENDUM_IN_PROGRESS' }),
    });
    const shorter = event('ADDENDUM', { object: 'x', newEndDate: '2028-12-31', addendumId: 'i-4' });
    expect(signed().can(shorter)).toBe(false);
    expect(convenioRefusal('in_force', context(signed()), shorter)).toMatchObject({
      refusal: expect.objectContaining({ code: 'ADDENDUM_MUST_EXTEND_TERM' }),
    });

    const { snapshot, actions } = from(started, [
      event('ADDENDUM_CONCLUDED', { addendumId: 'i-2', outcome: 'signed', number: 'ADENDA N° 1' }),
    ]);
    expect(context(snapshot)).toMatchObject({
      inForceUntil: '2030-01-15',
      addenda: [{ instanceId: 'i-2', outcome: 'signed', number: 'ADENDA N° 1' }],
    });
    expect(kernel(actions, CANCEL_OBLIGATION)).toEqual([
      { code: 'vigencia_convenio' },
      { code: 'aviso_vencimiento', key: '2029-01-15/90' },
      { code: 'aviso_vencimiento', key: '2029-01-15/60' },
      { code: 'aviso_vencimiento', key: '2029-01-15/30' },
    ]);
    expect(kernel(actions, OPEN_OBLIGATION)).toEqual([
      expect.objectContaining({ code: 'vigencia_convenio', dueOn: '2030-01-15' }),
      expect.objectContaining({ code: 'aviso_vencimiento', key: '2030-01-15/90' }),
      expect.objectContaining({ code: 'aviso_vencimiento', key: '2030-01-15/60' }),
      expect.objectContaining({ code: 'aviso_vencimiento', key: '2030-01-15/30' }),
      expect.objectContaining({ code: 'obligacion_convenio', key: '0-5', dueOn: '2029-07-15' }),
      expect.objectContaining({ code: 'obligacion_convenio', key: '0-6', dueOn: '2030-01-15' }),
    ]);
  });

  it('a rejected adenda changes nothing but its record', () => {
    const { snapshot, actions } = from(signed(), [
      event('ADDENDUM', { object: 'Renovación', newEndDate: '2030-01-15', addendumId: 'i-2' }),
      event('ADDENDUM_CONCLUDED', { addendumId: 'i-2', outcome: 'rejected' }),
    ]);
    expect(context(snapshot).inForceUntil).toBe('2029-01-15');
    expect(context(snapshot).addenda[0]?.outcome).toBe('rejected');
    expect(kernel(actions, OPEN_OBLIGATION)).toEqual([]);
  });

  it('expires at the end of its last day (the kernel obligation vigencia_convenio)', () => {
    const { snapshot } = from(signed(), [event('EXPIRE', { code: 'vigencia_convenio', key: '' })]);
    expect(snapshot.value).toBe('expired');
    expect(context(snapshot).ending).toMatchObject({
      cause: 'vencimiento',
      effectiveOn: '2029-01-15',
    });
  });

  it('ends by mutual agreement or for breach, by the instrument that says so', () => {
    const mutual = from(signed(), [
      event('MUTUAL_TERMINATION', { reason: 'Objeto cumplido', instrument: 'Acta del 10/03/2027' }),
    ]).snapshot;
    expect(mutual.value).toBe('ended');
    expect(context(mutual).ending).toMatchObject({
      cause: 'mutuo_acuerdo',
      instrument: 'Acta del 10/03/2027',
    });
    const breach = from(signed(), [
      event('TERMINATION_FOR_BREACH', {
        party: 'contraparte',
        reason: 'Sin informes',
        instrument: 'Carta Notarial N° 15',
      }),
    ]).snapshot;
    expect(breach.value).toBe('ended');
    expect(context(breach).ending).toMatchObject({ cause: 'incumplimiento', party: 'contraparte' });
  });

  it('TUO Art. 88.3: a party may separate freely; the exit takes effect when the notice lapses, and binds until then', () => {
    const { snapshot, actions } = from(signed(), [
      event('FREE_EXIT', {
        party: 'contraparte',
        instrument: 'Carta N° 31',
        noticeOn: '2027-05-03',
      }),
    ]);
    expect(snapshot.value).toBe('exit_notice');
    expect(kernel(actions, OPEN_OBLIGATION)).toEqual([
      {
        code: 'preaviso_separacion',
        responsibleUnitId: REQUESTING,
        term: { days: DEFAULT_CONVENIOS_PROFILE.freeExitNoticeDays, unit: 'calendar' },
        servedOn: '2027-05-03',
      },
    ]);
    // Still bound: the obligations are reported meanwhile.
    expect(snapshot.can(event('REPORT_OBLIGATION', { key: '1-1', evidence: 'x' }))).toBe(true);
    expect(snapshot.can(event('ADDENDUM', { object: 'x', addendumId: 'i' }))).toBe(false);
    const { snapshot: ended } = from(snapshot, [
      event('NOTICE_LAPSED', { code: 'preaviso_separacion', key: '', dueOn: '2027-06-02' }),
    ]);
    expect(ended.value).toBe('ended');
    expect(context(ended).ending).toMatchObject({
      cause: 'separacion',
      party: 'contraparte',
      noticeOn: '2027-05-03',
      effectiveOn: '2027-06-02',
    });
  });

  it("the convenio's own notice period prevails over the profile's", () => {
    const own = sampleConvenioContext({}, { exitNoticeDays: 60 });
    const { snapshot } = run(own, [
      event('SUBMIT'),
      favourable(own),
      event('CONFORMITY', { memoRef: 'M' }),
      event('SEND_TO_COUNCIL'),
      event('COUNCIL_APPROVED', { agreementNumber: 'A', authorisesAddenda: false }),
      SIGN(),
    ]);
    const [, actions] = transition(
      machine,
      snapshot,
      event('FREE_EXIT', { party: 'municipalidad', instrument: 'Carta', noticeOn: '2027-05-03' }),
    );
    expect(kernel(actions as never, OPEN_OBLIGATION)[0]).toMatchObject({
      term: { days: 60, unit: 'calendar' },
    });
  });
});

describe('terms declared on the states (meta.deadlines), from the profile (kinds.convenios.terms)', () => {
  const c = sampleConvenioContext();
  it.each([
    [
      'budget_certification',
      'certificacion_presupuestal',
      5,
      BUDGET,
      ['GERENTE_MUNICIPAL+1', 'ALCALDE+3'],
    ],
    ['legal_review', 'informe_legal', 7, LEGAL, ['GERENTE_MUNICIPAL+1', 'ALCALDE+3']],
    ['management_conformity', 'conformidad_gerencia', 3, MANAGEMENT, ['ALCALDE+2']],
    ['mayor_review', 'revision_alcaldia', 5, MAYOR, []],
    ['approved', 'firma_convenio', 5, MAYOR, []],
  ])('%s: %s, %i business days', (state, code, days, unit, escalation) => {
    expect(declaredDeadlines(conveniosDefinition, state, c)).toEqual([
      expect.objectContaining({
        code,
        term: { days, unit: 'business' },
        responsibleUnit: unit,
        escalation,
      }),
    ]);
  });

  it.each(['awaiting_council', 'in_force', 'exit_notice', 'expired', 'ended'])(
    '%s: no term of its own (the Concejo sets its agenda; in force, the obligations carry theirs)',
    (state) => {
      expect(declaredDeadlines(conveniosDefinition, state, c)).toEqual([]);
    },
  );

  it('the obligations escalate an overdue due date to the Gerente Municipal', () => {
    expect(conveniosDefinition.obligations?.['obligacion_convenio']).toMatchObject({
      escalation: [{ role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 }],
      onExpiry: 'OBLIGATION_OVERDUE',
    });
  });
});

describe('work items', () => {
  it('each step has its tray, and in force each obligation its next due date', () => {
    const c = sampleConvenioContext();
    const items = (state: string, ctx: ConvenioContext = c) =>
      conveniosDefinition.workItems?.(state, ctx).map((i) => [i.action, i.unitId, i.role ?? null]);
    expect(items('draft')).toEqual([]);
    expect(items('budget_certification')).toEqual([['certificar_presupuesto', BUDGET, null]]);
    expect(items('legal_review')).toEqual([['emitir_informe_legal', LEGAL, null]]);
    expect(items('management_conformity')).toEqual([
      ['dar_conformidad', MANAGEMENT, 'GERENTE_MUNICIPAL'],
    ]);
    expect(items('mayor_review')).toEqual([['revisar_convenio', MAYOR, 'ALCALDE']]);
    expect(items('awaiting_council')).toEqual([['agendar_en_concejo', null, 'SECRETARIA_GENERAL']]);
    expect(items('approved')).toEqual([['suscribir_convenio', MAYOR, 'ALCALDE']]);
    const signed = run(c, [
      event('SUBMIT'),
      favourable(c),
      event('CONFORMITY', { memoRef: 'M' }),
      event('SEND_TO_COUNCIL'),
      event('COUNCIL_APPROVED', { agreementNumber: 'A', authorisesAddenda: false }),
      SIGN(),
    ]).snapshot;
    expect(conveniosDefinition.workItems?.('in_force', context(signed)).map((i) => i.term)).toEqual(
      [
        { code: 'obligacion_convenio', key: '0-1' },
        { code: 'obligacion_convenio', key: '1-1' },
      ],
    );
  });
});
