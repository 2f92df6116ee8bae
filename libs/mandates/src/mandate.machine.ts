import { assign, setup } from 'xstate';
import type { DeadlineSpec, StateMeta } from '#workflow';
import type { MandateSource } from './mandate.dto.js';

export interface MandateContext {
  title: string;
  instructions: string;
  source: MandateSource;
  sourceReference: string | null;
  assignerUnitId: string;
  assignerUserId: string;
  responsibleUnitId: string;
  term: { days: number; unit: 'business' | 'calendar' };
  /** The civil date the term counts from when not the creation day (a pedido filed earlier, D2). */
  startsOn?: string | null;
  progress: string[];
  /** The latest percentage reported; null until a report gives one (and in mandates stored before). */
  progressPercent?: number | null;
  evidence: string | null;
  returns: string[];
  closingReason: string | null;
}

export type MandateEvent =
  | { type: 'REPORT_PROGRESS'; note: string; percent?: number }
  | { type: 'SUBMIT'; evidence: string }
  | { type: 'ACCEPT' }
  | { type: 'RETURN'; reason: string }
  | { type: 'CANCEL'; reason: string };

/** The unit's term to fulfil the mandate; overdue escalates to the Gerente Municipal, then the Alcalde. */
const fulfilment: DeadlineSpec<MandateContext> = {
  code: 'cumplimiento_encargo',
  name: 'Cumplimiento del encargo',
  term: (context) => context.term,
  // A returned mandate gets its term again from the return.
  startsOn: (context) => (context.returns.length === 0 ? (context.startsOn ?? null) : null),
  responsibleUnit: (context) => context.responsibleUnitId,
  reminders: { before: [2] },
  escalation: [
    { role: 'GERENTE_MUNICIPAL', afterBusinessDays: 2 },
    { role: 'ALCALDE', afterBusinessDays: 5 },
  ],
};

/** The assigner reviews the closing evidence in the term of a procedural act (D4: 3 days). */
const review: DeadlineSpec<MandateContext> = {
  code: 'revision_cumplimiento',
  name: 'Revisión del cumplimiento',
  term: { days: 3, unit: 'business' },
  responsibleUnit: (context) => context.assignerUnitId,
  escalation: [{ role: 'ALCALDE', afterBusinessDays: 3 }],
};

const meta = (m: StateMeta<MandateContext>) => m;

/** Encargos (DOMAIN §8): pure, no clock, no I/O. Times come from the audit trail. */
export const mandateMachine = setup({
  types: {
    context: {} as MandateContext,
    events: {} as MandateEvent,
    input: {} as MandateContext,
  },
}).createMachine({
  id: 'mandate',
  initial: 'open',
  context: ({ input }) => input,
  states: {
    open: {
      meta: meta({ deadlines: [fulfilment] }),
      on: {
        REPORT_PROGRESS: {
          actions: assign({
            progress: ({ context, event }) => [...context.progress, event.note],
            // A report without a percentage keeps the last one given.
            progressPercent: ({ context, event }) =>
              event.percent ?? context.progressPercent ?? null,
          }),
        },
        SUBMIT: {
          target: 'review',
          actions: assign({ evidence: ({ event }) => event.evidence }),
        },
        CANCEL: {
          target: 'cancelled',
          actions: assign({ closingReason: ({ event }) => event.reason }),
        },
      },
    },
    review: {
      meta: meta({ deadlines: [review] }),
      on: {
        ACCEPT: 'closed',
        RETURN: {
          target: 'open',
          actions: assign({ returns: ({ context, event }) => [...context.returns, event.reason] }),
        },
        CANCEL: {
          target: 'cancelled',
          actions: assign({ closingReason: ({ event }) => event.reason }),
        },
      },
    },
    closed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
