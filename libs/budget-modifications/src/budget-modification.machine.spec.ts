import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';
import { isRefusal } from '#core';
import type { WorkflowEvent } from '#workflow';
import { declaredDeadlines, declaredEdges, explore } from '#workflow/testing';
import {
  BUDGET,
  budgetModificationSampleEvents,
  MANAGEMENT,
  MAYOR,
  REQUESTING,
  SAMPLE_RESOLUTION,
  sampleBudgetModificationContext,
  sampleBudgetModificationsProfile,
} from '#budget-modifications/testing';
import {
  approvableOf,
  type BudgetModificationContext,
  budgetModificationMachine as typed,
  managerApproves,
} from './budget-modification.machine.js';
import { BUDGET_MODIFICATION_SYSTEM_EVENTS } from './budget-modification.policy.js';
import { budgetModificationsDefinition } from './budget-modifications.definition.js';

// Driven with the events as the engine holds them (WorkflowEvent), not the machine's own union.
const machine: AnyStateMachine = typed;
const context = (snapshot: AnyMachineSnapshot) => snapshot.context as BudgetModificationContext;
const AT = '2026-12-01T15:00:00.000Z';

const event = (type: string, fields: Record<string, unknown> = {}): WorkflowEvent => ({
  type,
  at: AT,
  ...fields,
});

/** Completed as the engine completes it (`at`, and `from` of a REJECT). */
const completed = (state: string, type: string, fields: Record<string, unknown> = {}) =>
  budgetModificationsDefinition.complete?.(
    { type, ...fields },
    { state, context: sampleBudgetModificationContext() },
    { userId: 'p-x', name: 'x', municipalityId: 'm1', unitId: 'u', roles: [] },
    new Date(AT),
  ) ?? event(type, fields);

/** Runs events from a context; each must be accepted (a refused one fails the test by name). */
function run(input: BudgetModificationContext, events: readonly WorkflowEvent[]) {
  let [snapshot] = initialTransition(machine, input);
  for (const e of events) {
    if (!snapshot.can(e)) throw new Error(`${String(snapshot.value)} no acepta ${e.type}`);
    [snapshot] = transition(machine, snapshot, e);
  }
  return snapshot;
}

const SUBMIT = event('SUBMIT', { userId: 'p-submitter' });
const FAVOURABLE = event('TECHNICAL_REPORT', {
  favorable: true,
  reportRef: 'Informe Técnico N° 045-2026-GPP',
});
const UNFAVOURABLE = (observations: string, reportRef = 'Informe Técnico N° 046-2026-GPP') =>
  event('TECHNICAL_REPORT', { favorable: false, reportRef, observations });
const APPROVE = (resolutionId = SAMPLE_RESOLUTION) => event('APPROVE', { resolutionId });
const SIGNED = (resolutionId = SAMPLE_RESOLUTION) =>
  event('RESOLUTION_SIGNED', {
    resolutionId,
    number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 001-2026-MML/GM',
    signedAt: '2026-12-04T16:00:00.000Z',
  });
const WITHDRAWN = (resolutionId = SAMPLE_RESOLUTION) =>
  event('RESOLUTION_WITHDRAWN', { resolutionId });

// Lima's delegation: the Gerente approves a transfer; a crédito suplementario goes to the Alcalde.
const DELEGATED = sampleBudgetModificationContext();
const NOT_DELEGATED = sampleBudgetModificationContext(
  {},
  { modality: 'credito_suplementario', fromLine: undefined },
);
const SITUATIONS = { DELEGATED, NOT_DELEGATED };

const FINAL = new Set(['approved', 'formalized', 'rejected', 'withdrawn']);

describe('budget modification machine: every transition, pure (xstate transition(), no database)', () => {
  const events = budgetModificationSampleEvents();
  const explored = Object.entries(SITUATIONS).map(
    ([name, input]) => [name, explore(machine, input, events)] as const,
  );
  const paths = explored.flatMap(([, found]) => found.paths);

  it('has a sample for every event, and a payload class for every event a person sends', () => {
    const declared = [...machine.events].sort();
    expect([...new Set(events.map((e) => e.type))].sort()).toEqual(declared);
    expect(
      [
        ...Object.keys(budgetModificationsDefinition.events),
        ...BUDGET_MODIFICATION_SYSTEM_EVENTS,
      ].sort(),
    ).toEqual(declared);
  });

  it('covers each declared transition, between the two situations', () => {
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
        events
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

describe('the path of a request (issue 16.3)', () => {
  it('the unit submits it (who and when are kept); a favourable report takes it to the Gerente', () => {
    const reported = run(DELEGATED, [SUBMIT, FAVOURABLE]);
    expect(reported.value).toBe('manager_decision');
    expect(context(reported)).toMatchObject({
      submittedBy: 'p-submitter',
      submittedAt: AT,
      technicalReport: {
        favorable: true,
        reportRef: 'Informe Técnico N° 045-2026-GPP',
        observations: null,
        at: AT,
      },
      returns: [],
    });
  });

  it('an unfavourable report returns it to the unit with its observations; each return is kept', () => {
    const twice = run(DELEGATED, [
      SUBMIT,
      UNFAVOURABLE('Sin saldo en la específica de origen.'),
      SUBMIT,
      UNFAVOURABLE('Falta la meta presupuestaria.', 'Informe Técnico N° 047-2026-GPP'),
    ]);
    expect(twice.value).toBe('draft');
    expect(context(twice).returns).toEqual([
      {
        reason: 'Sin saldo en la específica de origen.',
        reportRef: 'Informe Técnico N° 046-2026-GPP',
        at: AT,
      },
      {
        reason: 'Falta la meta presupuestaria.',
        reportRef: 'Informe Técnico N° 047-2026-GPP',
        at: AT,
      },
    ]);
    expect(context(twice).technicalReport).toMatchObject({
      favorable: false,
      observations: 'Falta la meta presupuestaria.',
    });
    expect(run(context(twice), [SUBMIT, FAVOURABLE]).value).toBe('manager_decision');
  });

  it('the unit withdraws it before the report, never after', () => {
    const reason = { reason: 'La necesidad se cubrió con el saldo de la meta.' };
    for (const before of [[], [SUBMIT]]) {
      const withdrawn = run(DELEGATED, [...before, event('WITHDRAW', reason)]);
      expect(withdrawn.value).toBe('withdrawn');
      expect(context(withdrawn).withdrawal).toEqual({ ...reason, at: AT });
    }
    expect(run(DELEGATED, [event('WITHDRAW')]).context).toMatchObject({
      withdrawal: { reason: null },
    });
    expect(run(DELEGATED, [SUBMIT, FAVOURABLE]).can(event('WITHDRAW'))).toBe(false);
  });

  it('the Gerente rejects, and the Alcalde rejects what was elevated: the record says who', () => {
    const byManager = run(DELEGATED, [
      SUBMIT,
      FAVOURABLE,
      completed('manager_decision', 'REJECT', { reason: 'No es prioritario.' }),
    ]);
    expect(byManager.value).toBe('rejected');
    expect(context(byManager).rejection).toEqual({
      reason: 'No es prioritario.',
      by: 'gerente',
      at: AT,
    });
    const byMayor = run(NOT_DELEGATED, [
      SUBMIT,
      FAVOURABLE,
      event('ELEVATE'),
      completed('mayor_decision', 'REJECT', { reason: 'Sin saldo.' }),
    ]);
    expect(byMayor.value).toBe('rejected');
    expect(context(byMayor).rejection).toMatchObject({ by: 'alcalde' });
  });
});

describe('DL 1440 Art. 47.2: the Gerente approves only by delegation of the Alcalde, titular of the budget', () => {
  it('with delegation: APPROVE drafts the RGM (its id kept); ELEVATE is refused with MANAGER_HOLDS_DELEGATION', () => {
    const deciding = run(DELEGATED, [SUBMIT, FAVOURABLE]);
    expect(deciding.can(event('ELEVATE'))).toBe(false);
    const refusal = budgetModificationsDefinition.refusal?.(
      'manager_decision',
      context(deciding),
      event('ELEVATE'),
    );
    expect(isRefusal(refusal) && refusal.refusal.code).toBe('MANAGER_HOLDS_DELEGATION');
    expect(isRefusal(refusal) && refusal.detail).toContain(
      'la Resolución de Alcaldía N° 003-2026-MML',
    );
    const [approved] = transition(machine, deciding, APPROVE());
    expect(approved.value).toBe('resolution_in_progress');
    expect(context(approved)).toMatchObject({
      approval: { by: 'gerente', at: AT },
      resolutionId: SAMPLE_RESOLUTION,
      formalization: null,
    });
  });

  it('without delegation: APPROVE is refused with MAYOR_APPROVAL_REQUIRED; ELEVATE goes to the Alcalde, who approves by Resolución de Alcaldía', () => {
    const deciding = run(NOT_DELEGATED, [SUBMIT, FAVOURABLE]);
    expect(deciding.can(APPROVE())).toBe(false);
    const refusal = budgetModificationsDefinition.refusal?.(
      'manager_decision',
      context(deciding),
      APPROVE(),
    );
    expect(isRefusal(refusal) && refusal.refusal.code).toBe('MAYOR_APPROVAL_REQUIRED');
    const [elevated] = transition(
      machine,
      deciding,
      event('ELEVATE', { memoRef: 'Memorando N° 210-2026-GM' }),
    );
    expect(elevated.value).toBe('mayor_decision');
    expect(context(elevated).elevation).toEqual({ memoRef: 'Memorando N° 210-2026-GM', at: AT });
    const [approved] = transition(
      machine,
      elevated,
      event('APPROVE_BY_MAYOR', { resolutionRef: 'Resolución de Alcaldía N° 120-2026-MML' }),
    );
    expect(approved.value).toBe('approved');
    expect(context(approved)).toMatchObject({
      approval: { by: 'alcalde', at: AT },
      resolutionId: null,
      formalization: {
        kind: 'resolucion_alcaldia',
        resolutionId: null,
        number: 'Resolución de Alcaldía N° 120-2026-MML',
        signedAt: null,
      },
    });
  });

  it('the refusal explains only what the state would not: elsewhere, or for other events, none', () => {
    const refusal = budgetModificationsDefinition.refusal;
    expect(refusal?.('opp_report', DELEGATED, event('ELEVATE'))).toBeNull();
    expect(refusal?.('manager_decision', DELEGATED, APPROVE())).toBeNull();
    expect(refusal?.('manager_decision', NOT_DELEGATED, event('ELEVATE'))).toBeNull();
    expect(refusal?.('manager_decision', NOT_DELEGATED, event('REJECT'))).toBeNull();
  });

  it.each([
    [['transferencia_partidas'], { modality: 'transferencia_partidas' }, true],
    [['transferencia_partidas'], { modality: 'habilitacion_anulacion' }, false],
    [['credito_suplementario'], { modality: 'credito_suplementario', fromLine: undefined }, true],
    [
      ['certificacion'],
      { requestType: 'certificacion', modality: undefined, fromLine: undefined },
      true,
    ],
    [[], { modality: 'transferencia_partidas' }, false],
  ] as const)(
    'the profile delegates %j: %j is approved by the Gerente? %s',
    (approves, body, held) => {
      const c = sampleBudgetModificationContext(
        {},
        body,
        sampleBudgetModificationsProfile([...approves]),
      );
      expect(c.managerDelegation.held).toBe(held);
      expect(managerApproves(c)).toBe(held);
    },
  );

  it('what the profile names: the modality, or the certification (a certification has no modality)', () => {
    expect(approvableOf({ requestType: 'certificacion', modality: null })).toBe('certificacion');
    expect(
      approvableOf({
        requestType: 'modificacion_presupuestaria',
        modality: 'credito_suplementario',
      }),
    ).toBe('credito_suplementario');
    const certification = sampleBudgetModificationContext(
      {},
      { requestType: 'certificacion', modality: 'transferencia_partidas', fromLine: undefined },
    );
    expect(certification.modality).toBeNull();
    expect(certification.amountCents).toBe(15000050);
  });
});

describe('the RGM the approval drafted: its signature and its withdrawal come back as system events', () => {
  const inProgress = () => run(DELEGATED, [SUBMIT, FAVOURABLE, APPROVE()]);

  it('RESOLUTION_SIGNED of its own RGM formalizes the request with the number', () => {
    const [formalized] = transition(machine, inProgress(), SIGNED());
    expect(formalized.value).toBe('formalized');
    expect(formalized.status).toBe('done');
    expect(context(formalized).formalization).toEqual({
      kind: 'resolucion_gerencia_municipal',
      resolutionId: SAMPLE_RESOLUTION,
      number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 001-2026-MML/GM',
      at: AT,
      signedAt: '2026-12-04T16:00:00.000Z',
    });
  });

  it('RESOLUTION_WITHDRAWN returns it to the Gerente, keeping the withdrawn RGM; a new approval drafts another', () => {
    const [back] = transition(machine, inProgress(), WITHDRAWN());
    expect(back.value).toBe('manager_decision');
    expect(context(back)).toMatchObject({
      resolutionId: null,
      approval: null,
      withdrawnResolutions: [SAMPLE_RESOLUTION],
    });
    const [again] = transition(machine, back, APPROVE('r-second'));
    expect(again.value).toBe('resolution_in_progress');
    expect(context(again).resolutionId).toBe('r-second');
    // The signature of the withdrawn RGM (late, or replayed) is not this request's.
    expect(again.can(SIGNED(SAMPLE_RESOLUTION))).toBe(false);
    expect(again.can(WITHDRAWN(SAMPLE_RESOLUTION))).toBe(false);
    const [formalized] = transition(machine, again, SIGNED('r-second'));
    expect(context(formalized).formalization?.resolutionId).toBe('r-second');
  });

  it('only the RGM it waits for counts: another one, signed or withdrawn, changes nothing', () => {
    const waiting = inProgress();
    for (const e of [SIGNED('r-other'), WITHDRAWN('r-other')]) {
      expect(waiting.can(e)).toBe(false);
      const [next] = transition(machine, waiting, e);
      expect(next.value).toBe('resolution_in_progress');
      expect(next.context).toEqual(waiting.context);
    }
  });

  it('before the approval, or once elevated, the RGM events do nothing', () => {
    for (const snapshot of [
      run(DELEGATED, [SUBMIT, FAVOURABLE]),
      run(NOT_DELEGATED, [SUBMIT, FAVOURABLE, event('ELEVATE')]),
    ]) {
      expect(snapshot.can(SIGNED())).toBe(false);
      expect(snapshot.can(WITHDRAWN())).toBe(false);
    }
  });
});

describe('terms declared on the states (meta.deadlines), from the profile (kinds.budget-modifications.terms)', () => {
  const c = sampleBudgetModificationContext();
  it.each([
    ['opp_report', 'informe_tecnico', 5, BUDGET, ['GERENTE_MUNICIPAL+1', 'ALCALDE+3']],
    ['manager_decision', 'decision_gerente', 3, MANAGEMENT, ['ALCALDE+3']],
    ['mayor_decision', 'decision_alcalde', 5, MAYOR, []],
  ])('%s: %s, %i business days', (state, code, days, unit, escalation) => {
    expect(declaredDeadlines(budgetModificationsDefinition, state, c)).toEqual([
      expect.objectContaining({
        code,
        term: { days, unit: 'business' },
        responsibleUnit: unit,
        reminders: [1],
        escalation,
      }),
    ]);
  });

  it('a first draft has no term; a returned one, the correction term of the requesting unit', () => {
    expect(declaredDeadlines(budgetModificationsDefinition, 'draft', c)).toEqual([]);
    const returned = context(run(c, [SUBMIT, UNFAVOURABLE('Sin saldo.')]));
    expect(declaredDeadlines(budgetModificationsDefinition, 'draft', returned)).toEqual([
      expect.objectContaining({
        code: 'subsanacion',
        term: { days: 5, unit: 'business' },
        responsibleUnit: REQUESTING,
      }),
    ]);
  });

  it.each(['resolution_in_progress', 'approved', 'formalized', 'rejected', 'withdrawn'])(
    '%s: no term of its own (the RGM carries its own)',
    (state) => {
      expect(declaredDeadlines(budgetModificationsDefinition, state, c)).toEqual([]);
    },
  );
});

describe('work items', () => {
  it('each step has its tray; the Gerente is asked to approve or to elevate, as the delegation says', () => {
    const items = (state: string, ctx: BudgetModificationContext = DELEGATED) =>
      budgetModificationsDefinition
        .workItems?.(state, ctx)
        .map((i) => [i.action, i.unitId, i.role ?? null, i.term?.code ?? null]);
    expect(items('draft')).toEqual([]);
    const returned = context(run(DELEGATED, [SUBMIT, UNFAVOURABLE('Sin saldo.')]));
    expect(items('draft', returned)).toEqual([['subsanar', REQUESTING, null, 'subsanacion']]);
    expect(items('opp_report')).toEqual([
      ['emitir_informe_tecnico', BUDGET, null, 'informe_tecnico'],
    ]);
    expect(items('manager_decision')).toEqual([
      ['aprobar_modificacion', MANAGEMENT, 'GERENTE_MUNICIPAL', 'decision_gerente'],
    ]);
    expect(items('manager_decision', NOT_DELEGATED)).toEqual([
      ['elevar_modificacion', MANAGEMENT, 'GERENTE_MUNICIPAL', 'decision_gerente'],
    ]);
    expect(items('mayor_decision')).toEqual([
      ['decidir_modificacion', MAYOR, 'ALCALDE', 'decision_alcalde'],
    ]);
    for (const state of ['resolution_in_progress', 'approved', 'formalized', 'rejected'])
      expect(items(state)).toEqual([]);
  });
});
