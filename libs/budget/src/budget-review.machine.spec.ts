import { type AnyStateMachine, initialTransition, transition } from 'xstate';
import { isRefusal } from '#core';
import { Role } from '#org';
import { FULFIL_OBLIGATION, OPEN_OBLIGATION, type WorkflowEvent } from '#workflow';
import { budgetReviewPolicy } from './budget-review.policy.js';
import { budgetReviewRefusal, completeBudgetReviewEvent } from './budget-review-request.js';
import {
  type BudgetReviewContext,
  budgetReviewMachine,
  LEGAL_DEADLINE,
  NOTIFY_SUCCESSORS,
  PHASE_DEADLINE,
} from './budget-review.machine.js';
import { budgetReviewsDefinition } from './budget-reviews.definition.js';
import { sampleBudgetReviewContext } from './testing/index.js';

const machine: AnyStateMachine = budgetReviewMachine;
const OPP = 'unit-opp';

const pia = (over: Partial<BudgetReviewContext> = {}): BudgetReviewContext =>
  sampleBudgetReviewContext({ responsibleUnitId: OPP, budgetUnitId: OPP, ...over });

const actor = (roles: string[], unitId: string | null = null) => ({
  userId: 'u1',
  name: 'Prueba',
  municipalityId: 'm1',
  unitId,
  roles,
});

/** Completes each request as the engine does and runs it; a refused one fails by name. */
function run(input: BudgetReviewContext, requests: readonly [WorkflowEvent, string][]) {
  const [first, started] = initialTransition(machine, input);
  let snapshot = first;
  const all = [...(started as { type: string; params?: unknown }[])];
  for (const [request, at] of requests) {
    const e = completeBudgetReviewEvent(
      request,
      { state: String(snapshot.value), context: snapshot.context as BudgetReviewContext },
      actor([]),
      new Date(at),
    );
    if (!snapshot.can(e)) throw new Error(`${String(snapshot.value)} no acepta ${e.type}`);
    const [next, done] = transition(machine, snapshot, e);
    snapshot = next;
    all.push(...(done as { type: string; params?: unknown }[]));
  }
  return { snapshot, actions: all, context: snapshot.context as BudgetReviewContext };
}

const AT = '2026-12-01T15:00:00Z';
const toMayor: [WorkflowEvent, string][] = [
  [
    {
      type: 'SUBMIT',
      documentRef: 'I-1',
      figures: [{ concept: 'T', amount: '10.50', fundingSource: 'recursos_ordinarios' }],
    },
    AT,
  ],
  [{ type: 'ACCEPT' }, AT],
  [{ type: 'CONFORMITY', memoRef: 'M-1' }, AT],
];

describe('budget-reviews machine (issue 16)', () => {
  it('arms the legal deadline when created with a date; a chained document waits without one', () => {
    const opened = run(pia(), []).actions.filter((a) => a.type === OPEN_OBLIGATION);
    expect(opened.map((a) => a.params)).toEqual([
      { code: LEGAL_DEADLINE, responsibleUnitId: OPP, dueOn: '2026-12-31' },
    ]);
    const pac = pia({
      documentCode: 'pac',
      dueOn: null,
      chainedAfter: 'pia',
      chainedBusinessDays: 15,
    });
    expect(run(pac, []).actions.filter((a) => a.type === OPEN_OBLIGATION)).toEqual([]);
  });

  it('keeps the amounts in integer céntimos and each submission after an observation as a new version', () => {
    const { context } = run(pia(), [
      toMayor[0] as [WorkflowEvent, string],
      [{ type: 'OBSERVE', observations: 'Falta el anexo', termBusinessDays: 5 }, AT],
      [{ type: 'SUBMIT', documentRef: 'I-2', figures: [] }, AT],
    ]);
    expect(context.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(context.versions[0]?.figures[0]?.amountCents).toBe(1050);
    expect(context.observations[0]).toMatchObject({ version: 1, termBusinessDays: 5 });
  });

  it('LOM Art. 20 inc. 10: the Alcalde approves the PIA only after 31 December (civil date in Lima)', () => {
    const before = run(pia(), [...toMayor, [{ type: 'SEND_TO_COUNCIL' }, AT]]);
    // 31 December, 18:59 in Lima (23:59 UTC): still the Concejo's term.
    const early = completeBudgetReviewEvent(
      { type: 'APPROVE_BY_MAYOR_FALLBACK', resolutionNumber: 'RA 1' },
      { state: 'awaiting_council', context: before.context },
      actor([]),
      new Date('2026-12-31T23:59:00Z'),
    );
    expect(before.snapshot.can(early)).toBe(false);
    const refusal = budgetReviewRefusal('awaiting_council', before.context, early);
    expect(isRefusal(refusal) && refusal.refusal.code).toBe('MAYOR_FALLBACK_NOT_YET');
    const after = run(pia(), [
      ...toMayor,
      [{ type: 'APPROVE_BY_MAYOR_FALLBACK', resolutionNumber: 'RA 1' }, '2027-01-01T05:00:00Z'],
    ]);
    expect(after.snapshot.value).toBe('approved');
    expect(after.context).toMatchObject({
      approvedOn: '2027-01-01',
      resolution: { fallback: true },
    });
  });

  it('the Acuerdo approves it; the approval tells each chained document its civil date', () => {
    const { snapshot, context } = run(pia(), [
      ...toMayor,
      [{ type: 'SEND_TO_COUNCIL' }, AT],
      [{ type: 'COUNCIL_APPROVED', agreementNumber: 'AC 1', authorisesAddenda: false }, AT],
    ]);
    expect(snapshot.value).toBe('approved');
    const rows = budgetReviewsDefinition.effects?.[NOTIFY_SUCCESSORS]?.rows(context, undefined, {
      id: 'pia-id',
      municipalityId: 'm1',
    });
    expect(rows?.map((r) => r.payload)).toEqual([
      {
        instanceId: 'pac-id',
        event: { type: 'PREDECESSOR_APPROVED', approvedOn: '2026-12-01', predecessor: 'pia' },
      },
    ]);
  });

  it('a document of the Alcalde is not sent to the Concejo, and one of the Concejo is not approved by resolution', () => {
    const alcalde = pia({ authority: 'alcalde', councilItemType: null, mayorFallbackAfter: null });
    const atMayor = run(alcalde, toMayor);
    const send = { type: 'SEND_TO_COUNCIL', at: AT };
    expect(atMayor.snapshot.can(send)).toBe(false);
    const why = budgetReviewRefusal('mayor_review', alcalde, send);
    expect(isRefusal(why) && why.refusal.code).toBe('MAYOR_APPROVES');
    const concejo = run(pia(), toMayor);
    expect(
      concejo.snapshot.can({ type: 'APPROVE_BY_RESOLUTION', resolutionNumber: 'R', at: AT }),
    ).toBe(false);
  });

  it('Ley 28056 (DS 142-2009-EF, Art. 6): the phases open their deadlines, are completed in order, and only then is the document presented', () => {
    const phase = (code: string, dueOn: string) => ({
      code,
      name: code,
      dueOn,
      basis: 'DS 142-2009-EF, Art. 6',
      verify: true,
      missed: false,
      completion: null,
    });
    const participativo = pia({
      documentCode: 'presupuesto_participativo',
      dueOn: '2026-06-30',
      phases: [phase('preparacion', '2026-02-28'), phase('concertacion', '2026-04-30')],
    });
    const opened = run(participativo, []).actions.filter((a) => a.type === OPEN_OBLIGATION);
    expect(opened.map((a) => a.params)).toEqual([
      { code: LEGAL_DEADLINE, responsibleUnitId: OPP, dueOn: '2026-06-30' },
      { code: PHASE_DEADLINE, key: 'preparacion', responsibleUnitId: OPP, dueOn: '2026-02-28' },
      { code: PHASE_DEADLINE, key: 'concertacion', responsibleUnitId: OPP, dueOn: '2026-04-30' },
    ]);
    // Out of order, or presented before its phases: refused, saying which phase comes next.
    const start = run(participativo, []);
    const early = { type: 'COMPLETE_PHASE', phase: 'concertacion', documentRef: 'Acta 1', at: AT };
    expect(start.snapshot.can(early)).toBe(false);
    const why = budgetReviewRefusal('preparing', participativo, early);
    expect(isRefusal(why) && why.refusal.code).toBe('PHASE_NOT_NEXT');
    const submit = { type: 'SUBMIT', documentRef: 'I-1', figures: [], at: AT };
    expect(start.snapshot.can(submit)).toBe(false);
    const pending = budgetReviewRefusal('preparing', participativo, submit);
    expect(isRefusal(pending) && pending.refusal.code).toBe('PHASES_PENDING');
    // In order: each fulfils its own obligation; then it is presented.
    const done = run(participativo, [
      [{ type: 'COMPLETE_PHASE', phase: 'preparacion', documentRef: 'Ordenanza 1' }, AT],
      [{ type: 'COMPLETE_PHASE', phase: 'concertacion', documentRef: 'Acta 1' }, AT],
      [{ type: 'SUBMIT', documentRef: 'I-1', figures: [] }, AT],
    ]);
    expect(done.snapshot.value).toBe('opp_review');
    expect(done.context.phases?.map((p) => p.completion?.documentRef)).toEqual([
      'Ordenanza 1',
      'Acta 1',
    ]);
    expect(done.actions.filter((a) => a.type === FULFIL_OBLIGATION).map((a) => a.params)).toEqual([
      { code: PHASE_DEADLINE, key: 'preparacion' },
      { code: PHASE_DEADLINE, key: 'concertacion' },
    ]);
    // A phase's expiry marks that phase, not the document.
    const lapsed = run(participativo, [
      [
        { type: 'DEADLINE_MISSED', code: PHASE_DEADLINE, key: 'preparacion', dueOn: '2026-02-28' },
        AT,
      ],
    ]);
    expect(lapsed.context.phases?.map((p) => p.missed)).toEqual([true, false]);
    expect(lapsed.context.missed).toBe(false);
  });

  it('policy: the unit submits, OPP reviews, the Gerente conforms, the Alcalde decides; ADMIN and system events refused', () => {
    const facts = {
      id: 'i',
      municipalityId: 'm1',
      state: 'preparing',
      context: pia(),
      createdBy: null,
    };
    const decide = (roles: string[], unit: string | null, type: string) =>
      budgetReviewPolicy(actor(roles, unit), { type }, facts);
    expect(decide([Role.PLANEAMIENTO_PRESUPUESTO], OPP, 'SUBMIT')).toBe(true);
    expect(decide([Role.GERENCIA], 'unit-gdu', 'SUBMIT')).toEqual(expect.any(String));
    expect(decide([Role.PLANEAMIENTO_PRESUPUESTO], OPP, 'ACCEPT')).toBe(true);
    expect(decide([Role.GERENTE_MUNICIPAL], 'unit-gm', 'ACCEPT')).toEqual(expect.any(String));
    expect(decide([Role.GERENTE_MUNICIPAL], 'unit-gm', 'CONFORMITY')).toBe(true);
    expect(decide([Role.ALCALDE], 'unit-alc', 'APPROVE_BY_MAYOR_FALLBACK')).toBe(true);
    expect(decide([Role.GERENTE_MUNICIPAL], 'unit-gm', 'PUBLISH')).toEqual(expect.any(String));
    const admin = decide([Role.ADMIN], 'unit-gm', 'SUBMIT');
    expect(isRefusal(admin) && admin.refusal.code).toBe('ADMIN_DOES_NOT_ACT');
    const system = decide([Role.SECRETARIA_GENERAL], 'unit-sg', 'COUNCIL_APPROVED');
    expect(isRefusal(system) && system.refusal.code).toBe('SYSTEM_EVENT');
  });
});
