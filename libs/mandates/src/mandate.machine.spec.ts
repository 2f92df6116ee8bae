import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';
import type { WorkflowEvent } from '#workflow';
import {
  declaredDeadlines,
  declaredEdges,
  reachedSnapshots,
  transitionPaths,
} from '#workflow/testing';
import { mandateEvents, sampleMandateContext } from '#mandates/testing';
import { type MandateContext, mandateMachine as typed } from './mandate.machine.js';
import { mandatesDefinition } from './mandates.definition.js';

// Driven with the events as the engine holds them (WorkflowEvent), not the machine's own union.
const mandateMachine: AnyStateMachine = typed;

const context = (snapshot: AnyMachineSnapshot) => snapshot.context as MandateContext;
const field = (event: WorkflowEvent, name: string) => event[name] as string;

/** What each declared transition must do to the context (DOMAIN §8), checked on every path. */
const effects: Record<string, (before: MandateContext, event: WorkflowEvent) => MandateContext> = {
  'open:REPORT_PROGRESS:open': (c, e) => ({
    ...c,
    progress: [...c.progress, field(e, 'note')],
    progressPercent: (e['percent'] as number | undefined) ?? c.progressPercent ?? null,
  }),
  'open:SUBMIT:review': (c, e) => ({ ...c, evidence: field(e, 'evidence') }),
  'open:CANCEL:cancelled': (c, e) => ({ ...c, closingReason: field(e, 'reason') }),
  'review:ACCEPT:closed': (c) => c,
  'review:RETURN:open': (c, e) => ({ ...c, returns: [...c.returns, field(e, 'reason')] }),
  'review:CANCEL:cancelled': (c, e) => ({ ...c, closingReason: field(e, 'reason') }),
};

describe('mandate machine: every transition, pure (xstate transition(), no database)', () => {
  const input = sampleMandateContext({ term: { days: 10, unit: 'calendar' } });
  const paths = transitionPaths(mandateMachine, input, mandateEvents);

  it('has a sample payload for every event the machine knows', () => {
    expect(mandateEvents.map((e) => e.type).sort()).toEqual([...mandateMachine.events].sort());
    expect(Object.keys(mandatesDefinition.events).sort()).toEqual(
      [...mandateMachine.events].sort(),
    );
  });

  it('covers each declared transition exactly once, and checks what each one does', () => {
    const declared = declaredEdges(mandateMachine);
    // One path per edge here: no state needs telling apart beyond its value.
    expect(paths).toHaveLength(declared.length);
    expect(paths.map((p) => p.edge).sort()).toEqual([...declared].sort());
    expect(Object.keys(effects).sort()).toEqual([...declared].sort());
  });

  it.each(paths.map((p) => [p.edge, p] as const))('%s', (edge, path) => {
    const [, , target] = edge.split(':');
    const event = path.events.at(-1) as WorkflowEvent;
    expect(path.after.value).toBe(target);
    expect(path.after.status).toBe(
      target === 'closed' || target === 'cancelled' ? 'done' : 'active',
    );
    expect(context(path.after)).toEqual(effects[edge]?.(context(path.before), event));
  });

  it.each(
    reachedSnapshots(mandateMachine, input, mandateEvents).flatMap((snapshot) =>
      mandateEvents
        .filter((event) => !snapshot.can(event))
        .map((event) => [String(snapshot.value), event.type, snapshot, event] as const),
    ),
  )('refuses %s:%s and leaves the snapshot as it was', (_state, _type, snapshot, event) => {
    expect(snapshot.can(event)).toBe(false);
    const [next] = transition(mandateMachine, snapshot, event);
    expect(next.value).toEqual(snapshot.value);
    expect(next.context).toEqual(snapshot.context);
  });

  it('progress reports and returns accumulate, oldest first, across rounds', () => {
    const run = (events: WorkflowEvent[]) =>
      events.reduce(
        (s, e) => transition(mandateMachine, s, e)[0],
        initialTransition(mandateMachine, input)[0],
      );
    const after = run([
      { type: 'REPORT_PROGRESS', note: 'Primer avance', percent: 50 },
      { type: 'SUBMIT', evidence: 'Informe N° 1' },
      { type: 'RETURN', reason: 'Falta el avance financiero' },
      // No percentage: the last one given stays.
      { type: 'REPORT_PROGRESS', note: 'Avance financiero' },
      { type: 'SUBMIT', evidence: 'Informe N° 2' },
      { type: 'RETURN', reason: 'Falta la conformidad' },
    ]);
    expect(after.value).toBe('open');
    expect(context(after)).toMatchObject({
      progress: ['Primer avance', 'Avance financiero'],
      progressPercent: 50,
      evidence: 'Informe N° 2',
      returns: ['Falta el avance financiero', 'Falta la conformidad'],
    });
  });

  describe('deadlines declared on the states (meta.deadlines)', () => {
    it.each([
      [
        // The responsible unit fulfils it in the term the assigner set; overdue, up to the Gerente, then the Alcalde.
        'open',
        [
          {
            code: 'cumplimiento_encargo',
            name: 'Cumplimiento del encargo',
            term: { days: 10, unit: 'calendar' },
            responsibleUnit: 'u-responsible',
            reminders: [2],
            reminderUnit: 'business',
            escalation: ['GERENTE_MUNICIPAL+2', 'ALCALDE+5'],
            onExpiry: null,
          },
        ],
      ],
      [
        // D4: the assigner reviews the evidence in the term of a procedural act, 3 business days.
        'review',
        [
          {
            code: 'revision_cumplimiento',
            name: 'Revisión del cumplimiento',
            term: { days: 3, unit: 'business' },
            responsibleUnit: 'u-assigner',
            reminders: [],
            reminderUnit: 'business',
            escalation: ['ALCALDE+3'],
            onExpiry: null,
          },
        ],
      ],
      ['closed', []],
      ['cancelled', []],
    ])('%s', (state, expected) => {
      expect(declaredDeadlines(mandatesDefinition, state, input)).toEqual(expected);
    });
  });
});
