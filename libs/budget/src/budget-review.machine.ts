import { and, assign, enqueueActions, setup } from 'xstate';
import { type CivilDate, civilDateAt } from '#calendar';
import type { FundingSource } from '#core';
import {
  CANCEL_OBLIGATION,
  type DeadlineSpec,
  FULFIL_OBLIGATION,
  OPEN_OBLIGATION,
  obligationActions,
  type StateMeta,
} from '#workflow';

/** The kernel obligation that carries the document's legal deadline (what clients match on). */
export const LEGAL_DEADLINE = 'plazo_legal';
/** The kernel obligation of each phase of the document's preparation, keyed by the phase's code. */
export const PHASE_DEADLINE = 'fase';
/** The effect of an approval: each chained document hears the date (PREDECESSOR_APPROVED). */
export const NOTIFY_SUCCESSORS = 'notifySuccessors';

/** The system events: the calendar's date changes, the predecessor's approval, the kernel's expiry. */
export const BUDGET_SYSTEM_EVENTS = [
  'DATE_CHANGED',
  'PHASE_DATE_CHANGED',
  'PREDECESSOR_APPROVED',
  'DEADLINE_MISSED',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
] as const;

export interface KeyFigure {
  concept: string;
  /** Integer céntimos: money is never a float. */
  amountCents: number;
  fundingSource: FundingSource | null;
}

/** One submission of the document: each SUBMIT after an observation is a new version. */
export interface DocumentVersion {
  n: number;
  documentRef: string;
  summary: string | null;
  figures: KeyFigure[];
  submittedBy: string | null;
  at: string;
}

export interface Observation {
  /** The version observed. */
  version: number;
  observations: string;
  termBusinessDays: number;
  by: string | null;
  at: string;
}

/** A phase the responsible unit completes before presenting the document (Ley 28056). */
export interface Phase {
  code: string;
  name: string;
  dueOn: CivilDate;
  basis: string;
  verify: boolean;
  /** Its last day passed before it was completed. */
  missed: boolean;
  completion: { documentRef: string; by: string | null; at: string } | null;
}

/** The phases of a context (none in one seeded before phases existed). */
export const phasesOf = (c: Pick<BudgetReviewContext, 'phases'>): Phase[] => c.phases ?? [];

/** The phase to complete next: the first not completed (they go in order). */
export const nextPhase = (c: Pick<BudgetReviewContext, 'phases'>): Phase | undefined =>
  phasesOf(c).find((p) => p.completion === null);

export interface BudgetReviewContext {
  timeZone: string;
  fiscalYear: number;
  documentCode: string;
  documentName: string;
  /** The legal rule of the document (the profile's basis), and whether it is still ⚠ to verify. */
  basis: string;
  verify: boolean;
  responsibleUnitId: string;
  /** Oficina de Planeamiento y Presupuesto: reviews and observes. */
  budgetUnitId: string;
  managementUnitId: string;
  mayorUnitId: string;
  authority: 'concejo' | 'alcalde';
  councilItemType: string | null;
  fundingSource: boolean;
  /** LOM Art. 20 inc. 10: the day after which the Alcalde approves it if the Concejo has not. */
  mayorFallbackAfter: CivilDate | null;
  /** A chained deadline: the predecessor's code and the business days after its approval. */
  chainedAfter: string | null;
  chainedBusinessDays: number | null;
  /** Chained documents of the same year (their instances) that wait for this approval. */
  successors: string[];
  dueOn: CivilDate | null;
  dueBasis: string | null;
  missed: boolean;
  versions: DocumentVersion[];
  observations: Observation[];
  acceptance: { reportRef: string | null; by: string | null; at: string } | null;
  conformity: { memoRef: string; by: string | null; at: string } | null;
  councilReferral: { memoRef: string | null; at: string } | null;
  agreement: {
    approved: boolean;
    agreementId: string | null;
    number: string;
    reason: string | null;
    at: string;
  } | null;
  resolution: { number: string; fallback: boolean; at: string } | null;
  approvedOn: CivilDate | null;
  publication: { gazette: string; publishedOn: CivilDate; at: string } | null;
  /** Completed in order while preparing; all of them before the document is presented. */
  phases?: Phase[];
}

type Who = { at: string; userId?: string | null };

export type BudgetReviewEvent = Who &
  (
    | {
        type: 'SUBMIT';
        documentRef: string;
        summary?: string | null;
        /** Completed: amounts already in céntimos. */
        figures: KeyFigure[];
      }
    | { type: 'COMPLETE_PHASE'; phase: string; documentRef: string }
    | { type: 'OBSERVE'; observations: string; termBusinessDays: number }
    | { type: 'ACCEPT'; reportRef?: string | null }
    | { type: 'CONFORMITY'; memoRef: string }
    | { type: 'SEND_TO_COUNCIL'; memoRef?: string | null }
    | { type: 'COUNCIL_APPROVED'; agreementNumber: string; agreementId?: string | null }
    | {
        type: 'COUNCIL_REJECTED';
        agreementNumber: string;
        agreementId?: string | null;
        reason: string;
      }
    | { type: 'APPROVE_BY_RESOLUTION'; resolutionNumber: string }
    /** `today`: the municipality's civil date (added by `complete`). */
    | { type: 'APPROVE_BY_MAYOR_FALLBACK'; resolutionNumber: string; today: CivilDate }
    | { type: 'PUBLISH'; gazette: string; publishedOn: CivilDate }
    | { type: 'DATE_CHANGED'; dueOn: CivilDate; basis: string }
    | { type: 'PHASE_DATE_CHANGED'; phase: string; dueOn: CivilDate; basis: string }
    /** `dueOn` added by `prepare`: approvedOn + the chained business days (D2). */
    | { type: 'PREDECESSOR_APPROVED'; approvedOn: CivilDate; dueOn: CivilDate; basis: string }
    | { type: 'DEADLINE_MISSED'; code?: string; key?: string; dueOn?: CivilDate }
  );

export const budgetObligations = {
  [LEGAL_DEADLINE]: {
    code: LEGAL_DEADLINE,
    name: 'Plazo legal del documento de gestión',
    // Issue 16: 30, 15 and 5 business days before, to the responsible unit and the Gerente.
    reminders: { before: [30, 15, 5], alsoTo: [{ role: 'GERENTE_MUNICIPAL' }] },
    // Missed: the Alcalde is told that day.
    escalation: [{ role: 'ALCALDE', afterBusinessDays: 0 }],
    onExpiry: 'DEADLINE_MISSED',
  },
  [PHASE_DEADLINE]: {
    code: PHASE_DEADLINE,
    name: 'Plazo de una fase del documento de gestión',
    reminders: { before: [15, 5], alsoTo: [{ role: 'GERENTE_MUNICIPAL' }] },
    escalation: [{ role: 'ALCALDE', afterBusinessDays: 0 }],
    onExpiry: 'DEADLINE_MISSED',
  },
} as const;

const correction: DeadlineSpec<BudgetReviewContext> = {
  code: 'subsanacion',
  name: 'Subsanación de las observaciones',
  term: (c) => ({ days: c.observations.at(-1)?.termBusinessDays ?? 1, unit: 'business' }),
  responsibleUnit: (c) => c.responsibleUnitId,
  reminders: { before: [1] },
  // Only once observed: a document not yet submitted has the legal deadline only.
  appliesTo: (c) => c.observations.length > 0 && c.observations.length >= c.versions.length,
};

const meta = (m: StateMeta<BudgetReviewContext>) => m;

/** The civil date of an instant in the municipality. */
export const civilDateOf = (c: Pick<BudgetReviewContext, 'timeZone'>, at: string): CivilDate =>
  civilDateAt(new Date(at), c.timeZone);

/** LOM Art. 20 inc. 10: the fallback opens the day after the Concejo's last day. */
export const fallbackOpen = (c: BudgetReviewContext, today: CivilDate): boolean =>
  c.mayorFallbackAfter !== null && today > c.mayorFallbackAfter;

const openDeadline = (c: BudgetReviewContext, dueOn: CivilDate) => ({
  type: OPEN_OBLIGATION as typeof OPEN_OBLIGATION,
  params: { code: LEGAL_DEADLINE, responsibleUnitId: c.responsibleUnitId, dueOn },
});
const cancelDeadline = {
  type: CANCEL_OBLIGATION as typeof CANCEL_OBLIGATION,
  params: { code: LEGAL_DEADLINE },
};

/**
 * A budget or management document of one fiscal year (issue 16, DOMAIN §5): pure, no clock, no
 * I/O. The deadline is a kernel obligation; the calendar's changes and the predecessor's approval
 * come as system events.
 */
export const budgetReviewMachine = setup({
  types: {
    context: {} as BudgetReviewContext,
    events: {} as BudgetReviewEvent,
    input: {} as BudgetReviewContext,
  },
  guards: {
    byCouncil: ({ context }) => context.authority === 'concejo',
    byMayor: ({ context }) => context.authority === 'alcalde',
    fallbackOpen: ({ context, event }) =>
      event.type === 'APPROVE_BY_MAYOR_FALLBACK' && fallbackOpen(context, event.today),
    chained: ({ context }) => context.chainedAfter !== null && context.dueOn === null,
    hasDeadline: ({ context }) => context.dueOn !== null,
    /** The phase named is the next one to complete. */
    nextPhase: ({ context, event }) =>
      event.type === 'COMPLETE_PHASE' && nextPhase(context)?.code === event.phase,
    phasesDone: ({ context }) => nextPhase(context) === undefined,
    phasePending: ({ context, event }) =>
      event.type === 'PHASE_DATE_CHANGED' &&
      phasesOf(context).some((p) => p.code === event.phase && p.completion === null),
  },
  actions: {
    ...obligationActions,
    // Does nothing in the machine: an effect the kernel writes to the outbox.
    [NOTIFY_SUCCESSORS]: (): void => undefined,
    arm: enqueueActions(({ context, event, enqueue }) => {
      if (event.type === 'DATE_CHANGED' || event.type === 'PREDECESSOR_APPROVED') {
        if (context.dueOn !== null) enqueue(cancelDeadline);
        enqueue(openDeadline(context, event.dueOn));
      }
    }),
    armInitial: enqueueActions(({ context, enqueue }) => {
      if (context.dueOn !== null) enqueue(openDeadline(context, context.dueOn));
      for (const phase of phasesOf(context))
        enqueue({
          type: OPEN_OBLIGATION as typeof OPEN_OBLIGATION,
          params: {
            code: PHASE_DEADLINE,
            key: phase.code,
            responsibleUnitId: context.responsibleUnitId,
            dueOn: phase.dueOn,
          },
        });
    }),
    // The ADMIN's new date for a phase not yet completed: its obligation re-armed on that day.
    redatePhase: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'PHASE_DATE_CHANGED') return;
      enqueue({
        type: CANCEL_OBLIGATION as typeof CANCEL_OBLIGATION,
        params: { code: PHASE_DEADLINE, key: event.phase },
      });
      enqueue({
        type: OPEN_OBLIGATION as typeof OPEN_OBLIGATION,
        params: {
          code: PHASE_DEADLINE,
          key: event.phase,
          responsibleUnitId: context.responsibleUnitId,
          dueOn: event.dueOn,
        },
      });
      enqueue.assign({
        phases: phasesOf(context).map((p) =>
          p.code === event.phase
            ? { ...p, dueOn: event.dueOn, basis: event.basis, missed: false }
            : p,
        ),
      });
    }),
    completePhase: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'COMPLETE_PHASE') return;
      enqueue({
        type: FULFIL_OBLIGATION as typeof FULFIL_OBLIGATION,
        params: { code: PHASE_DEADLINE, key: event.phase },
      });
      enqueue.assign({
        phases: phasesOf(context).map((p) =>
          p.code === event.phase
            ? {
                ...p,
                completion: {
                  documentRef: event.documentRef,
                  by: event.userId ?? null,
                  at: event.at,
                },
              }
            : p,
        ),
      });
    }),
    fulfil: enqueueActions(({ context, enqueue }) => {
      if (context.dueOn !== null)
        enqueue({
          type: FULFIL_OBLIGATION as typeof FULFIL_OBLIGATION,
          params: { code: LEGAL_DEADLINE },
        });
    }),
    redate: assign(({ event }) =>
      event.type === 'DATE_CHANGED' || event.type === 'PREDECESSOR_APPROVED'
        ? { dueOn: event.dueOn, dueBasis: event.basis, missed: false }
        : {},
    ),
    // The document's deadline, or one phase's (the expiry names it by its key).
    miss: assign(({ context, event }) =>
      event.type === 'DEADLINE_MISSED' && event.code === PHASE_DEADLINE
        ? {
            phases: phasesOf(context).map((p) =>
              p.code === event.key ? { ...p, missed: true } : p,
            ),
          }
        : { missed: true },
    ),
    submit: assign({
      versions: ({ context, event }) =>
        event.type === 'SUBMIT'
          ? [
              ...context.versions,
              {
                n: context.versions.length + 1,
                documentRef: event.documentRef,
                summary: event.summary ?? null,
                figures: event.figures,
                submittedBy: event.userId ?? null,
                at: event.at,
              },
            ]
          : context.versions,
    }),
    observe: assign({
      observations: ({ context, event }) =>
        event.type === 'OBSERVE'
          ? [
              ...context.observations,
              {
                version: context.versions.length,
                observations: event.observations,
                termBusinessDays: event.termBusinessDays,
                by: event.userId ?? null,
                at: event.at,
              },
            ]
          : context.observations,
    }),
    accept: assign({
      acceptance: ({ event }) =>
        event.type === 'ACCEPT'
          ? { reportRef: event.reportRef ?? null, by: event.userId ?? null, at: event.at }
          : null,
    }),
    conform: assign({
      conformity: ({ event }) =>
        event.type === 'CONFORMITY'
          ? { memoRef: event.memoRef, by: event.userId ?? null, at: event.at }
          : null,
    }),
    refer: assign({
      councilReferral: ({ event }) =>
        event.type === 'SEND_TO_COUNCIL' ? { memoRef: event.memoRef ?? null, at: event.at } : null,
    }),
    decideInCouncil: assign(({ context, event }) => {
      if (event.type === 'COUNCIL_APPROVED')
        return {
          agreement: {
            approved: true,
            agreementId: event.agreementId ?? null,
            number: event.agreementNumber,
            reason: null,
            at: event.at,
          },
          approvedOn: civilDateOf(context, event.at),
        };
      if (event.type === 'COUNCIL_REJECTED')
        return {
          agreement: {
            approved: false,
            agreementId: event.agreementId ?? null,
            number: event.agreementNumber,
            reason: event.reason,
            at: event.at,
          },
          // Rejected: it is prepared again, and referred again once reviewed.
          acceptance: null,
          conformity: null,
          councilReferral: null,
        };
      return {};
    }),
    resolve: assign(({ context, event }) =>
      event.type === 'APPROVE_BY_RESOLUTION' || event.type === 'APPROVE_BY_MAYOR_FALLBACK'
        ? {
            resolution: {
              number: event.resolutionNumber,
              fallback: event.type === 'APPROVE_BY_MAYOR_FALLBACK',
              at: event.at,
            },
            approvedOn: civilDateOf(context, event.at),
          }
        : {},
    ),
    publish: assign({
      publication: ({ event }) =>
        event.type === 'PUBLISH'
          ? { gazette: event.gazette, publishedOn: event.publishedOn, at: event.at }
          : null,
    }),
    resetReview: assign({ acceptance: null, conformity: null }),
  },
}).createMachine({
  id: 'budgetReview',
  initial: 'preparing',
  context: ({ input }) => input,
  entry: 'armInitial',
  // The calendar's date may move, and a chained date arrive, while it is not yet approved.
  on: {
    DATE_CHANGED: { actions: ['arm', 'redate'] },
    PHASE_DATE_CHANGED: { guard: 'phasePending', actions: 'redatePhase' },
    PREDECESSOR_APPROVED: { guard: 'chained', actions: ['arm', 'redate'] },
    DEADLINE_MISSED: { guard: 'hasDeadline', actions: 'miss' },
  },
  states: {
    /** The responsible unit prepares the document, or corrects what OPP observed (with a term). */
    preparing: {
      meta: meta({ deadlines: [correction] }),
      on: {
        COMPLETE_PHASE: { guard: 'nextPhase', actions: 'completePhase' },
        SUBMIT: { guard: 'phasesDone', target: 'opp_review', actions: 'submit' },
      },
    },
    /** Planeamiento y Presupuesto reviews it: observes (back, with a term) or accepts it. */
    opp_review: {
      on: {
        OBSERVE: { target: 'preparing', actions: ['observe', 'resetReview'] },
        ACCEPT: { target: 'management_review', actions: 'accept' },
      },
    },
    /** The Gerente Municipal gives conformity and elevates it to the Alcalde. */
    management_review: {
      on: { CONFORMITY: { target: 'mayor_review', actions: 'conform' } },
    },
    /** The Alcalde takes it to the Concejo or approves it by Resolución de Alcaldía. */
    mayor_review: {
      on: {
        SEND_TO_COUNCIL: { guard: 'byCouncil', target: 'awaiting_council', actions: 'refer' },
        APPROVE_BY_RESOLUTION: {
          guard: 'byMayor',
          target: 'approved',
          actions: ['fulfil', 'resolve'],
        },
        APPROVE_BY_MAYOR_FALLBACK: {
          guard: and(['byCouncil', 'fallbackOpen']),
          target: 'approved',
          actions: ['fulfil', 'resolve'],
        },
      },
    },
    /** On the Concejo's agenda: the Acuerdo approves it, or rejects it back to preparation. */
    awaiting_council: {
      on: {
        COUNCIL_APPROVED: { target: 'approved', actions: ['fulfil', 'decideInCouncil'] },
        COUNCIL_REJECTED: { target: 'preparing', actions: 'decideInCouncil' },
        APPROVE_BY_MAYOR_FALLBACK: {
          guard: 'fallbackOpen',
          target: 'approved',
          actions: ['fulfil', 'resolve'],
        },
      },
    },
    /** Approved: the chained documents hear the date; it is published next. */
    approved: {
      entry: NOTIFY_SUCCESSORS,
      on: { PUBLISH: { target: 'published', actions: 'publish' } },
    },
    published: { type: 'final' },
  },
});
