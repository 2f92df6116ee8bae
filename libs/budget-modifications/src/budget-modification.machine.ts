import { assign, not, setup } from 'xstate';
import type { DeadlineSpec, StateMeta } from '#workflow';
import type { BudgetModificationContent } from './budget-modification.content.js';
import type { Approvable } from './budget-modifications.profile.js';

/** Terms of each step in business days, from the municipality's profile at creation. */
export interface BudgetModificationTerms {
  technicalReport: number;
  managerDecision: number;
  mayorDecision: number;
  correction: number;
}

/** The Gerente's delegated competence for this request, as the profile said at its creation. */
export interface ManagerDelegation {
  /** Whether it covers this request's modality (or the certification). */
  held: boolean;
  instrument: string;
  basis: string;
}

export interface TechnicalReport {
  favorable: boolean;
  reportRef: string;
  observations: string | null;
  at: string;
}

/** The act that formalizes the approval: the draft RGM created in Despacho, or the Alcalde's resolution. */
export interface Formalization {
  kind: 'resolucion_gerencia_municipal' | 'resolucion_alcaldia';
  /** The Resolución de Gerencia Municipal's instance (null: a Resolución de Alcaldía outside Despacho). */
  resolutionId: string | null;
  /** Its number, once signed (the Alcalde's: as he gave it). */
  number: string | null;
  at: string;
  signedAt: string | null;
}

export interface BudgetModificationContext extends BudgetModificationContent {
  /** The gerencia or office that asks: drafts, submits, corrects, withdraws. */
  requestingUnitId: string;
  /** Oficina de Planeamiento y Presupuesto: the technical report. */
  budgetUnitId: string;
  /** The Gerencia Municipal: the Gerente decides. */
  managementUnitId: string;
  /** The Alcaldía: decides when the Gerente holds no delegation. */
  mayorUnitId: string;
  terms: BudgetModificationTerms;
  managerDelegation: ManagerDelegation;
  submittedBy: string | null;
  submittedAt: string | null;
  /** The last technical report; earlier unfavourable ones stay in `returns`. */
  technicalReport: TechnicalReport | null;
  returns: { reason: string; reportRef: string; at: string }[];
  elevation: { memoRef: string | null; at: string } | null;
  approval: { by: 'gerente' | 'alcalde'; at: string } | null;
  /** The draft RGM this approval created (also while it runs its own lifecycle). */
  resolutionId: string | null;
  /** RGMs created and then withdrawn, kept for the record. */
  withdrawnResolutions: string[];
  formalization: Formalization | null;
  rejection: { reason: string; by: 'gerente' | 'alcalde'; at: string } | null;
  withdrawal: { reason: string | null; at: string } | null;
}

/** The events as the machine sees them: completed with `at` (and `userId`), APPROVE prepared with the RGM. */
export type BudgetModificationEvent = { at: string; userId?: string | null } & (
  | { type: 'SUBMIT' }
  | { type: 'TECHNICAL_REPORT'; favorable: boolean; reportRef: string; observations?: string }
  /** `resolutionId`: the draft RGM `prepare` created in the same transaction. */
  | { type: 'APPROVE'; resolutionId: string }
  | { type: 'ELEVATE'; memoRef?: string }
  | { type: 'APPROVE_BY_MAYOR'; resolutionRef: string }
  /** `from`: the state it leaves (added by `complete`): who rejected. */
  | { type: 'REJECT'; reason: string; from: string }
  | { type: 'WITHDRAW'; reason?: string }
  | {
      type: 'RESOLUTION_SIGNED';
      resolutionId: string;
      number: string | null;
      signedAt?: string | null;
    }
  | { type: 'RESOLUTION_WITHDRAWN'; resolutionId: string }
);

const business = (days: number) => ({ days, unit: 'business' as const });
const ESCALATION = [{ role: 'ALCALDE', afterBusinessDays: 3 }] as const;

const correction: DeadlineSpec<BudgetModificationContext> = {
  code: 'subsanacion',
  name: 'Subsanación de observaciones',
  term: (c) => business(c.terms.correction),
  responsibleUnit: (c) => c.requestingUnitId,
  reminders: { before: [1] },
  appliesTo: (c) => c.returns.length > 0,
};
const technicalReport: DeadlineSpec<BudgetModificationContext> = {
  code: 'informe_tecnico',
  name: 'Informe técnico de Planeamiento y Presupuesto',
  term: (c) => business(c.terms.technicalReport),
  responsibleUnit: (c) => c.budgetUnitId,
  reminders: { before: [1] },
  escalation: [{ role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 }, ...ESCALATION],
};
const managerDecision: DeadlineSpec<BudgetModificationContext> = {
  code: 'decision_gerente',
  name: 'Decisión del Gerente Municipal',
  term: (c) => business(c.terms.managerDecision),
  responsibleUnit: (c) => c.managementUnitId,
  reminders: { before: [1] },
  escalation: ESCALATION,
};
const mayorDecision: DeadlineSpec<BudgetModificationContext> = {
  code: 'decision_alcalde',
  name: 'Decisión del Alcalde',
  term: (c) => business(c.terms.mayorDecision),
  responsibleUnit: (c) => c.mayorUnitId,
  reminders: { before: [1] },
};

const meta = (m: StateMeta<BudgetModificationContext>) => m;

/** Whether the Gerente approves this request himself (delegated competence in the profile). */
export const managerApproves = (c: Pick<BudgetModificationContext, 'managerDelegation'>): boolean =>
  c.managerDelegation.held;

/** What the profile's list names for this request. */
export const approvableOf = (
  c: Pick<BudgetModificationContent, 'requestType' | 'modality'>,
): Approvable =>
  c.requestType === 'certificacion' ? 'certificacion' : (c.modality ?? 'transferencia_partidas');

/**
 * Budget modification requests (issue 16.3): pure, no clock, no I/O. The draft RGM's id comes
 * with APPROVE (from `prepare`); its signature comes back as RESOLUTION_SIGNED, sent by the system.
 */
export const budgetModificationMachine = setup({
  types: {
    context: {} as BudgetModificationContext,
    events: {} as BudgetModificationEvent,
    input: {} as BudgetModificationContext,
  },
  guards: {
    favorable: ({ event }) => event.type === 'TECHNICAL_REPORT' && event.favorable,
    managerApproves: ({ context }) => managerApproves(context),
    /** Only the RGM this request is waiting for counts (never an earlier, withdrawn one). */
    ownResolution: ({ context, event }) =>
      (event.type === 'RESOLUTION_SIGNED' || event.type === 'RESOLUTION_WITHDRAWN') &&
      event.resolutionId === context.resolutionId,
  },
  actions: {
    submit: assign({
      submittedBy: ({ event }) => event.userId ?? null,
      submittedAt: ({ event }) => event.at,
    }),
    recordReport: assign({
      technicalReport: ({ event }) =>
        event.type === 'TECHNICAL_REPORT'
          ? {
              favorable: event.favorable,
              reportRef: event.reportRef,
              observations: event.observations ?? null,
              at: event.at,
            }
          : null,
    }),
    returnToUnit: assign({
      returns: ({ context, event }) =>
        event.type === 'TECHNICAL_REPORT'
          ? [
              ...context.returns,
              { reason: event.observations ?? '', reportRef: event.reportRef, at: event.at },
            ]
          : context.returns,
    }),
    approveByManager: assign(({ event }) =>
      event.type === 'APPROVE'
        ? { approval: { by: 'gerente' as const, at: event.at }, resolutionId: event.resolutionId }
        : {},
    ),
    elevate: assign({
      elevation: ({ event }) =>
        event.type === 'ELEVATE' ? { memoRef: event.memoRef ?? null, at: event.at } : null,
    }),
    approveByMayor: assign(({ event }) =>
      event.type === 'APPROVE_BY_MAYOR'
        ? {
            approval: { by: 'alcalde' as const, at: event.at },
            formalization: {
              kind: 'resolucion_alcaldia' as const,
              resolutionId: null,
              number: event.resolutionRef,
              at: event.at,
              signedAt: null,
            },
          }
        : {},
    ),
    formalize: assign(({ event }) =>
      event.type === 'RESOLUTION_SIGNED'
        ? {
            formalization: {
              kind: 'resolucion_gerencia_municipal' as const,
              resolutionId: event.resolutionId,
              number: event.number,
              at: event.at,
              signedAt: event.signedAt ?? null,
            },
          }
        : {},
    ),
    /** The RGM was withdrawn: the Gerente decides again (and a new approval drafts a new one). */
    resolutionWithdrawn: assign(({ context }) => ({
      withdrawnResolutions: context.resolutionId
        ? [...context.withdrawnResolutions, context.resolutionId]
        : context.withdrawnResolutions,
      resolutionId: null,
      approval: null,
    })),
    reject: assign({
      rejection: ({ event }) =>
        event.type === 'REJECT'
          ? {
              reason: event.reason,
              by: event.from === 'mayor_decision' ? ('alcalde' as const) : ('gerente' as const),
              at: event.at,
            }
          : null,
    }),
    withdraw: assign({
      withdrawal: ({ event }) =>
        event.type === 'WITHDRAW' ? { reason: event.reason ?? null, at: event.at } : null,
    }),
  },
}).createMachine({
  id: 'budgetModification',
  initial: 'draft',
  context: ({ input }) => input,
  states: {
    /** The requesting unit drafts it, or corrects what OPP observed (then with a term). */
    draft: {
      meta: meta({ deadlines: [correction] }),
      on: {
        SUBMIT: { target: 'opp_report', actions: 'submit' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    /** Planeamiento y Presupuesto gives its technical report. */
    opp_report: {
      meta: meta({ deadlines: [technicalReport] }),
      on: {
        TECHNICAL_REPORT: [
          { guard: 'favorable', target: 'manager_decision', actions: 'recordReport' },
          { guard: not('favorable'), target: 'draft', actions: ['recordReport', 'returnToUnit'] },
        ],
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    /** The Gerente approves (by delegation: drafting the RGM), elevates to the Alcalde, or rejects. */
    manager_decision: {
      meta: meta({ deadlines: [managerDecision] }),
      on: {
        APPROVE: {
          guard: 'managerApproves',
          target: 'resolution_in_progress',
          actions: 'approveByManager',
        },
        ELEVATE: { guard: not('managerApproves'), target: 'mayor_decision', actions: 'elevate' },
        REJECT: { target: 'rejected', actions: 'reject' },
      },
    },
    /** The Alcalde approves by Resolución de Alcaldía (outside Despacho) or rejects. */
    mayor_decision: {
      meta: meta({ deadlines: [mayorDecision] }),
      on: {
        APPROVE_BY_MAYOR: { target: 'approved', actions: 'approveByMayor' },
        REJECT: { target: 'rejected', actions: 'reject' },
      },
    },
    /** Approved by the Gerente: the draft RGM runs its own lifecycle until it is signed. */
    resolution_in_progress: {
      on: {
        RESOLUTION_SIGNED: { guard: 'ownResolution', target: 'formalized', actions: 'formalize' },
        RESOLUTION_WITHDRAWN: {
          guard: 'ownResolution',
          target: 'manager_decision',
          actions: 'resolutionWithdrawn',
        },
      },
    },
    /** Approved by the Alcalde's resolution. */
    approved: { type: 'final' },
    /** Approved by the signed Resolución de Gerencia Municipal, with its number. */
    formalized: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
