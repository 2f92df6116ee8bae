import { and, assign, enqueueActions, not, setup } from 'xstate';
import type { CivilDate } from '#calendar';
import {
  CANCEL_OBLIGATION,
  type DeadlineSpec,
  FULFIL_OBLIGATION,
  OPEN_OBLIGATION,
  obligationActions,
  type ObligationRef,
  type OpenObligation,
  type StateMeta,
} from '#workflow';
import type { ConvenioContent, Party } from './convenio-content.js';
import {
  convenioEndDate,
  expiryAlertRecipients,
  expiryAlerts,
  obligationSchedule,
} from './convenio-rules.js';
import { FREE_ADHESION_CLAUSE } from './convenios.profile.js';

/** Terms of each step in business days, from the municipality's profile at creation (D17). */
export interface ConvenioTerms {
  budgetCertification: number;
  legalOpinion: number;
  conformity: number;
  mayorReview: number;
  signature: number;
  correction: number;
}

export interface ChecklistItem {
  code: string;
  label: string;
}

/** One point of the informe legal, as Asesoría Jurídica answered it. */
export interface ChecklistAnswer {
  code: string;
  met: boolean;
  note: string | null;
}

/** The Acuerdo de Concejo that decided the convenio (LOM Art. 9 inc. 26, Art. 41). */
export interface CouncilAgreement {
  approved: boolean;
  /** The Acuerdo in Despacho (libs/council), when it was adopted there. */
  agreementId: string | null;
  /** As printed, e.g. "ACUERDO DE CONCEJO N° 045-2026-MML". */
  number: string;
  /** Approved "y sus adendas": later adendas are signed without a new Acuerdo (D17). */
  authorisesAddenda: boolean;
  reason: string | null;
  at: string;
}

/** One due date of one party's obligation, opened at signature as a kernel obligation. */
export interface ObligationDue {
  /** Kernel obligation key: the obligation's position and the due's number, `0-1`, `0-2`… */
  key: string;
  /** Position in `obligations`. */
  index: number;
  n: number;
  party: Party;
  dueOn: CivilDate;
  status: 'pending' | 'fulfilled' | 'overdue';
  evidence: string | null;
  fulfilledAt: string | null;
}

export interface PlannedAlert {
  /** Kernel obligation key: the last day it warns of and the days before it, `2028-01-14/90`. */
  key: string;
  days: number;
  on: CivilDate;
}

export interface GivenAlert {
  key: string;
  days: number;
  on: CivilDate;
  /** Who it goes to (see expiryAlertRecipients): the Alcalde when no renewal was under way at 30 days. */
  recipients: string[];
  at: string;
}

export interface Addendum {
  /** The adenda's own instance (same kind, `isAddendum`). */
  instanceId: string;
  object: string;
  /** The new last day, when the adenda extends the term (a renewal). */
  newEndDate: CivilDate | null;
  startedAt: string;
  outcome: 'signed' | 'rejected' | 'withdrawn' | null;
  number: string | null;
  concludedAt: string | null;
}

export type EndingCause = 'vencimiento' | 'mutuo_acuerdo' | 'incumplimiento' | 'separacion';

export interface Ending {
  cause: EndingCause;
  /** Free exit or breach: which party exits or breached. */
  party: Party | null;
  reason: string | null;
  /** The document that ends it: the adenda of mutual agreement, the carta notarial… */
  instrument: string | null;
  /** Free exit: the day the notice was served, and the day the exit takes effect. */
  noticeOn: CivilDate | null;
  effectiveOn: CivilDate | null;
  at: string;
}

export interface ConvenioContext extends ConvenioContent {
  /** The gerencia or office that proposes it: drafts, submits, corrects and follows it (D17). */
  requestingUnitId: string;
  /** Oficina de Planeamiento y Presupuesto: certifies when there are financial obligations. */
  budgetUnitId: string | null;
  legalUnitId: string;
  /** The Gerencia Municipal: conformity and elevation to the Alcalde. */
  managementUnitId: string;
  /** The Alcaldía: agenda of the Concejo, signature (LOM Art. 20 inc. 23). */
  mayorUnitId: string;
  terms: ConvenioTerms;
  /** From the profile at creation. */
  exemptWithoutFinancialObligations: boolean;
  expiryAlertDays: number[];
  profileExitNoticeDays: number;
  legalChecklist: ChecklistItem[];
  /** An adenda is an instance of its own, linked to the convenio it modifies. */
  parentConvenioId: string | null;
  isAddendum: boolean;
  /** The parent's Acuerdo authorised the Alcalde to sign its adendas (no new Acuerdo). */
  parentAuthorisesAddenda: boolean;
  submittedBy: string | null;
  budgetCertification: { certificateRef: string; at: string } | null;
  legalOpinion: {
    favorable: boolean;
    reportRef: string;
    checklist: ChecklistAnswer[];
    reasons: string | null;
    at: string;
  } | null;
  conformity: { memoRef: string; at: string } | null;
  councilReferral: { memoRef: string | null; at: string } | null;
  agreement: CouncilAgreement | null;
  returns: { reason: string; from: string; at: string }[];
  number: string | null;
  sequence: number | null;
  year: number | null;
  signedAt: string | null;
  signedOn: CivilDate | null;
  /** The first and last day in force, fixed at signature. */
  inForceFrom: CivilDate | null;
  inForceUntil: CivilDate | null;
  dues: ObligationDue[];
  /** The expiry alerts opened for the current last day (kernel obligations `aviso_vencimiento`). */
  alertPlan: PlannedAlert[];
  /** The alerts given, oldest first. */
  alerts: GivenAlert[];
  addenda: Addendum[];
  ending: Ending | null;
  withdrawal: { reason: string | null; at: string } | null;
}

/** The kernel's expiry of an obligation: which one lapsed. */
interface Lapse {
  code: string;
  key: string;
  deadlineId?: string;
  dueOn?: CivilDate;
}

/** The events as the machine sees them: the request completed (`at`, `userId`) and prepared (number, adenda's id). */
export type ConvenioEvent = { at: string; userId?: string | null } & (
  | ({ type: 'EDIT' } & Partial<ConvenioContent>)
  | { type: 'SUBMIT' }
  | { type: 'CERTIFY_BUDGET'; certificateRef: string }
  /** `from`: the state it leaves (added by `completeConvenioEvent`). */
  | { type: 'RETURN'; reason: string; from: string }
  | {
      type: 'LEGAL_OPINION';
      favorable: boolean;
      reportRef: string;
      checklist: { code: string; met: boolean; note?: string }[];
      reasons?: string;
    }
  | { type: 'CONFORMITY'; memoRef: string }
  | { type: 'SEND_TO_COUNCIL'; memoRef?: string }
  | {
      type: 'COUNCIL_APPROVED';
      agreementNumber: string;
      agreementId?: string | null;
      authorisesAddenda: boolean;
    }
  | {
      type: 'COUNCIL_REJECTED';
      agreementNumber: string;
      agreementId?: string | null;
      reason: string;
    }
  | {
      type: 'SIGN';
      /** Added by `prepare`: the register's number (series of the profile), and the civil date. */
      number: string;
      sequence: number;
      year: number;
      signedOn: CivilDate;
    }
  | { type: 'WITHDRAW'; reason?: string }
  | { type: 'REPORT_OBLIGATION'; key: string; evidence: string }
  | ({ type: 'OBLIGATION_OVERDUE' } & Lapse)
  | ({ type: 'EXPIRY_ALERT' } & Lapse)
  | ({ type: 'EXPIRE' } & Lapse)
  | {
      type: 'ADDENDUM';
      object: string;
      newEndDate?: CivilDate | null;
      /** Added by `prepare`: the adenda's instance, created in the same transaction. */
      addendumId: string;
    }
  | {
      type: 'ADDENDUM_CONCLUDED';
      addendumId: string;
      outcome: 'signed' | 'rejected' | 'withdrawn';
      number?: string | null;
    }
  | { type: 'MUTUAL_TERMINATION'; reason: string; instrument: string }
  | { type: 'TERMINATION_FOR_BREACH'; party: Party; reason: string; instrument: string }
  | { type: 'FREE_EXIT'; party: Party; reason?: string; instrument: string; noticeOn: CivilDate }
  | ({ type: 'NOTICE_LAPSED' } & Lapse)
);

type EventOf<T extends ConvenioEvent['type']> = Extract<ConvenioEvent, { type: T }>;

/**
 * The effect an adenda's end runs (entry of `incorporated`, `rejected`, `withdrawn`): the
 * definition turns it into ADDENDUM_CONCLUDED to its convenio, sent by the system after commit.
 */
export const REPORT_TO_PARENT = 'reportToParent';
export type AddendumOutcome = 'signed' | 'rejected' | 'withdrawn';

/** Kernel obligations a convenio opens once signed (their codes are what clients match on). */
export const IN_FORCE = 'vigencia_convenio';
export const EXPIRY_ALERT = 'aviso_vencimiento';
export const PARTY_OBLIGATION = 'obligacion_convenio';
export const EXIT_NOTICE = 'preaviso_separacion';

export const convenioObligations = {
  [IN_FORCE]: {
    code: IN_FORCE,
    name: 'Vigencia del convenio',
    // The end of its last day: the convenio expired.
    onExpiry: 'EXPIRE',
  },
  [EXPIRY_ALERT]: {
    code: EXPIRY_ALERT,
    name: 'Aviso de vencimiento del convenio',
    onExpiry: 'EXPIRY_ALERT',
  },
  [PARTY_OBLIGATION]: {
    code: PARTY_OBLIGATION,
    name: 'Obligación del convenio',
    reminders: { before: [5] },
    // Issue 15: an overdue obligation escalates to the Gerente Municipal, who supervises execution.
    escalation: [{ role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 }],
    onExpiry: 'OBLIGATION_OVERDUE',
  },
  [EXIT_NOTICE]: {
    code: EXIT_NOTICE,
    name: 'Preaviso de separación del convenio',
    onExpiry: 'NOTICE_LAPSED',
  },
} as const;

const ESCALATION = [
  { role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 },
  { role: 'ALCALDE', afterBusinessDays: 3 },
] as const;

const business = (days: number) => ({ days, unit: 'business' as const });

const correction: DeadlineSpec<ConvenioContext> = {
  code: 'subsanacion',
  name: 'Subsanación de observaciones',
  term: (c) => business(c.terms.correction),
  responsibleUnit: (c) => c.requestingUnitId,
  reminders: { before: [2] },
  // Only once it was returned: a new draft has no term.
  appliesTo: (c) => c.returns.length > 0,
};
const budgetCertification: DeadlineSpec<ConvenioContext> = {
  code: 'certificacion_presupuestal',
  name: 'Certificación presupuestal',
  term: (c) => business(c.terms.budgetCertification),
  responsibleUnit: (c) => c.budgetUnitId,
  reminders: { before: [1] },
  escalation: ESCALATION,
};
const legalOpinion: DeadlineSpec<ConvenioContext> = {
  code: 'informe_legal',
  name: 'Informe legal',
  term: (c) => business(c.terms.legalOpinion),
  responsibleUnit: (c) => c.legalUnitId,
  reminders: { before: [2] },
  escalation: ESCALATION,
};
const conformity: DeadlineSpec<ConvenioContext> = {
  code: 'conformidad_gerencia',
  name: 'Conformidad de la Gerencia Municipal',
  term: (c) => business(c.terms.conformity),
  responsibleUnit: (c) => c.managementUnitId,
  reminders: { before: [1] },
  escalation: [{ role: 'ALCALDE', afterBusinessDays: 2 }],
};
const mayorReview: DeadlineSpec<ConvenioContext> = {
  code: 'revision_alcaldia',
  name: 'Revisión del Alcalde',
  term: (c) => business(c.terms.mayorReview),
  responsibleUnit: (c) => c.mayorUnitId,
  reminders: { before: [2] },
};
const signature: DeadlineSpec<ConvenioContext> = {
  code: 'firma_convenio',
  name: 'Suscripción del convenio',
  term: (c) => business(c.terms.signature),
  responsibleUnit: (c) => c.mayorUnitId,
  reminders: { before: [2] },
};

const meta = (m: StateMeta<ConvenioContext>) => m;

// ---------------------------------------------------------------------------------------------
// Pure functions of the context: the guards ask them, the actions and the screens show them.
// ---------------------------------------------------------------------------------------------

/** Every point of the checklist answered as met, by its code (unknown codes do not count). */
const metCodes = (answers: readonly { code: string; met: boolean }[]) =>
  new Set(answers.filter((a) => a.met).map((a) => a.code));

/** D11: the answer on the clause of free adhesion and separation says it is there. */
export const clauseConfirmed = (answers: readonly { code: string; met: boolean }[]): boolean =>
  metCodes(answers).has(FREE_ADHESION_CLAUSE);

/** The points of the profile's checklist the opinion does not give as met. */
export function unmetChecklist(
  context: Pick<ConvenioContext, 'legalChecklist'>,
  answers: readonly { code: string; met: boolean }[],
): ChecklistItem[] {
  const met = metCodes(answers);
  return context.legalChecklist.filter((item) => !met.has(item.code));
}

/**
 * Signed by the Alcalde without an Acuerdo de Concejo: an adenda of a convenio approved "y sus
 * adendas", or (D17 ⚠ local rule) a convenio without financial obligations where the profile
 * exempts them. Otherwise the Concejo approves it (LOM Art. 9 inc. 26).
 */
export function councilExempt(c: ConvenioContext): boolean {
  if (c.isAddendum && c.parentAuthorisesAddenda) return true;
  return c.exemptWithoutFinancialObligations && !c.hasFinancialObligations;
}

/** The first and last day in force for a signature on `signedOn`. */
export function inForcePeriod(
  c: ConvenioContext,
  signedOn: CivilDate,
): { from: CivilDate; until: CivilDate } {
  const from = c.startDate ?? signedOn;
  return { from, until: convenioEndDate(from, c) };
}

/** An adenda started and not yet concluded. */
export const addendumInProgress = (c: ConvenioContext): Addendum | undefined =>
  c.addenda.find((a) => a.outcome === null);

/** A renewal is under way: an adenda in progress extends the term (issue 15: then the Alcalde is not alerted). */
export const renewalUnderWay = (c: Pick<ConvenioContext, 'addenda'>): boolean =>
  c.addenda.some((a) => a.outcome === null && a.newEndDate !== null);

/** Calendar days of notice of a free exit: the convenio's, else the profile's (D11). */
export const exitNoticeDays = (c: ConvenioContext): number =>
  c.exitNoticeDays ?? c.profileExitNoticeDays;

/** The due dates of every obligation in a period (`after`: only those after that day). */
function schedule(
  c: ConvenioContext,
  from: CivilDate,
  until: CivilDate,
  after?: CivilDate,
): ObligationDue[] {
  return c.obligations.flatMap((obligation, index) =>
    obligationSchedule(obligation, from, until)
      .filter((due) => after === undefined || due.dueOn > after)
      .map((due) => ({
        key: `${index}-${due.n}`,
        index,
        n: due.n,
        party: obligation.party,
        dueOn: due.dueOn,
        status: 'pending' as const,
        evidence: null,
        fulfilledAt: null,
      })),
  );
}

type ObligationAction =
  | { type: typeof OPEN_OBLIGATION; params: OpenObligation }
  | { type: typeof FULFIL_OBLIGATION | typeof CANCEL_OBLIGATION; params: ObligationRef };

const open = (params: OpenObligation): ObligationAction => ({ type: OPEN_OBLIGATION, params });
const cancel = (params: ObligationRef): ObligationAction => ({ type: CANCEL_OBLIGATION, params });

/** The expiry alerts before `until` still to come after `after` (the profile's days, D17). */
export function alertPlan(
  c: Pick<ConvenioContext, 'expiryAlertDays'>,
  until: CivilDate,
  after: CivilDate,
): PlannedAlert[] {
  return expiryAlerts(until, c.expiryAlertDays, { after }).map((alert) => ({
    key: `${until}/${alert.days}`,
    days: alert.days,
    on: alert.on,
  }));
}

/** The term, its alerts and the obligations' due dates. */
function inForceObligations(
  c: ConvenioContext,
  dues: readonly ObligationDue[],
  until: CivilDate,
  alerts: readonly PlannedAlert[],
): ObligationAction[] {
  const unit = c.requestingUnitId;
  return [
    open({ code: IN_FORCE, responsibleUnitId: unit, dueOn: until }),
    ...alerts.map((alert) =>
      open({ code: EXPIRY_ALERT, key: alert.key, responsibleUnitId: unit, dueOn: alert.on }),
    ),
    ...dues.map((due) =>
      open({ code: PARTY_OBLIGATION, key: due.key, responsibleUnitId: unit, dueOn: due.dueOn }),
    ),
  ];
}

/** The alerts opened and not yet given (the last day moved: they warn of a day that is no longer the end). */
const alertsToCome = (c: ConvenioContext): PlannedAlert[] =>
  c.alertPlan.filter((planned) => !c.alerts.some((given) => given.key === planned.key));

/** The kernel obligations each event opens, fulfils or cancels (they read the context before it changes). */
function obligationsOf(c: ConvenioContext, e: ConvenioEvent): ObligationAction[] {
  switch (e.type) {
    case 'SIGN': {
      // An adenda's term and obligations are the parent's.
      if (c.isAddendum) return [];
      const { from, until } = inForcePeriod(c, e.signedOn);
      return inForceObligations(
        c,
        schedule(c, from, until),
        until,
        alertPlan(c, until, e.signedOn),
      );
    }
    case 'REPORT_OBLIGATION':
      return [{ type: FULFIL_OBLIGATION, params: { code: PARTY_OBLIGATION, key: e.key } }];
    case 'EXPIRY_ALERT':
      // Given: the kernel keeps it as lapsed on its day (nothing is owed).
      return [cancel({ code: EXPIRY_ALERT, key: e.key })];
    case 'ADDENDUM_CONCLUDED': {
      const extended = extension(c, e);
      if (!extended || c.inForceFrom === null || c.inForceUntil === null) return [];
      // The term and its alerts move to the new last day; the due dates after the old one open.
      return [
        cancel({ code: IN_FORCE }),
        ...alertsToCome(c).map((alert) => cancel({ code: EXPIRY_ALERT, key: alert.key })),
        ...inForceObligations(
          c,
          schedule(c, c.inForceFrom, extended, c.inForceUntil),
          extended,
          alertPlan(c, extended, e.at.slice(0, 10)),
        ),
      ];
    }
    case 'FREE_EXIT':
      return [
        open({
          code: EXIT_NOTICE,
          responsibleUnitId: c.requestingUnitId,
          term: { days: exitNoticeDays(c), unit: 'calendar' },
          // Day 1 of the notice is the day after it was served (TUO Art. 144).
          servedOn: e.noticeOn,
        }),
      ];
    default:
      return [];
  }
}

/** The new last day an adenda signed now brings, if it extends the term. */
function extension(c: ConvenioContext, e: EventOf<'ADDENDUM_CONCLUDED'>): CivilDate | null {
  if (e.outcome !== 'signed') return null;
  const addendum = c.addenda.find((a) => a.instanceId === e.addendumId);
  return addendum?.newEndDate && c.inForceUntil && addendum.newEndDate > c.inForceUntil
    ? addendum.newEndDate
    : null;
}

const CONTENT_KEYS: readonly (keyof ConvenioContent)[] = [
  'counterpart',
  'object',
  'convenioType',
  'startDate',
  'endDate',
  'termMonths',
  'hasFinancialObligations',
  'amountCents',
  'coordinators',
  'obligations',
  'exitNoticeDays',
];

/**
 * Convenios (D11, D17): pure, no clock, no I/O. Times come with the events (`at`); the register
 * number and the adenda's instance from `prepare`; the expiries from the kernel's obligations.
 */
export const convenioMachine = setup({
  types: {
    context: {} as ConvenioContext,
    events: {} as ConvenioEvent,
    input: {} as ConvenioContext,
  },
  guards: {
    /** OPP certifies the budget only when the convenio commits the municipality's money (D17). */
    hasFinancialObligations: ({ context }) => context.hasFinancialObligations,
    favorable: ({ event }) => event.type === 'LEGAL_OPINION' && event.favorable,
    /** D11 (TUO de la Ley 27444, Art. 88.3): no clause of free adhesion and separation, no favourable opinion. */
    clauseConfirmed: ({ event }) =>
      event.type === 'LEGAL_OPINION' && clauseConfirmed(event.checklist),
    checklistMet: ({ context, event }) =>
      event.type === 'LEGAL_OPINION' && unmetChecklist(context, event.checklist).length === 0,
    councilExempt: ({ context }) => councilExempt(context),
    addendum: ({ context }) => context.isAddendum,
    /** Signed on or before its last day: a convenio is not signed already expired. */
    inForceAtSignature: ({ context, event }) =>
      event.type === 'SIGN' && inForcePeriod(context, event.signedOn).until >= event.signedOn,
    duePending: ({ context, event }) =>
      event.type === 'REPORT_OBLIGATION' &&
      context.dues.some((d) => d.key === event.key && d.status !== 'fulfilled'),
    dueOpen: ({ context, event }) =>
      event.type === 'OBLIGATION_OVERDUE' &&
      context.dues.some((d) => d.key === event.key && d.status === 'pending'),
    alertPending: ({ context, event }) =>
      event.type === 'EXPIRY_ALERT' &&
      context.alertPlan.some((a) => a.key === event.key) &&
      !context.alerts.some((a) => a.key === event.key),
    /** One adenda at a time; a renewal must extend the term. */
    addendumAdmissible: ({ context, event }) =>
      event.type === 'ADDENDUM' &&
      addendumInProgress(context) === undefined &&
      (event.newEndDate == null ||
        (context.inForceUntil !== null && event.newEndDate > context.inForceUntil)),
    addendumPending: ({ context, event }) =>
      event.type === 'ADDENDUM_CONCLUDED' &&
      context.addenda.some((a) => a.instanceId === event.addendumId && a.outcome === null),
  },
  actions: {
    ...obligationActions,
    // Does nothing in the machine (it stays pure): an effect the kernel writes to the outbox.
    [REPORT_TO_PARENT]: (_: unknown, _params: { outcome: AddendumOutcome }): void => undefined,
    edit: assign(({ event }) =>
      event.type === 'EDIT'
        ? Object.fromEntries(
            CONTENT_KEYS.filter((key) => event[key] !== undefined).map((key) => [key, event[key]]),
          )
        : {},
    ),
    submit: assign({ submittedBy: ({ event }) => event.userId ?? null }),
    certify: assign({
      budgetCertification: ({ event }) =>
        event.type === 'CERTIFY_BUDGET'
          ? { certificateRef: event.certificateRef, at: event.at }
          : null,
    }),
    recordReturn: assign({
      returns: ({ context, event }) =>
        event.type === 'RETURN'
          ? [...context.returns, { reason: event.reason, from: event.from, at: event.at }]
          : context.returns,
    }),
    recordOpinion: assign({
      legalOpinion: ({ event }) =>
        event.type === 'LEGAL_OPINION'
          ? {
              favorable: event.favorable,
              reportRef: event.reportRef,
              checklist: event.checklist.map((a) => ({
                code: a.code,
                met: a.met,
                note: a.note ?? null,
              })),
              reasons: event.reasons ?? null,
              at: event.at,
            }
          : null,
    }),
    /** An unfavourable opinion returns the draft for correction with its reasons. */
    returnForOpinion: assign({
      returns: ({ context, event }) =>
        event.type === 'LEGAL_OPINION'
          ? [
              ...context.returns,
              {
                reason: event.reasons ?? `Informe legal desfavorable (${event.reportRef})`,
                from: 'legal_review',
                at: event.at,
              },
            ]
          : context.returns,
    }),
    conform: assign({
      conformity: ({ event }) =>
        event.type === 'CONFORMITY' ? { memoRef: event.memoRef, at: event.at } : null,
    }),
    refer: assign({
      councilReferral: ({ event }) =>
        event.type === 'SEND_TO_COUNCIL' ? { memoRef: event.memoRef ?? null, at: event.at } : null,
    }),
    decideInCouncil: assign({
      agreement: ({ event }) =>
        event.type === 'COUNCIL_APPROVED'
          ? {
              approved: true,
              agreementId: event.agreementId ?? null,
              number: event.agreementNumber,
              authorisesAddenda: event.authorisesAddenda,
              reason: null,
              at: event.at,
            }
          : event.type === 'COUNCIL_REJECTED'
            ? {
                approved: false,
                agreementId: event.agreementId ?? null,
                number: event.agreementNumber,
                authorisesAddenda: false,
                reason: event.reason,
                at: event.at,
              }
            : null,
    }),
    /** The kernel obligations of the event (first: they read the context before it changes). */
    obligations: enqueueActions(({ context, event, enqueue }) => {
      for (const action of obligationsOf(context, event)) enqueue(action);
    }),
    sign: assign(({ context, event }) => {
      if (event.type !== 'SIGN') return {};
      const { from, until } = inForcePeriod(context, event.signedOn);
      return {
        number: event.number,
        sequence: event.sequence,
        year: event.year,
        signedAt: event.at,
        signedOn: event.signedOn,
        inForceFrom: from,
        inForceUntil: until,
        // An adenda's obligations and alerts are the parent's: it keeps none of its own.
        dues: context.isAddendum ? [] : schedule(context, from, until),
        alertPlan: context.isAddendum ? [] : alertPlan(context, until, event.signedOn),
      };
    }),
    reportObligation: assign({
      dues: ({ context, event }) =>
        event.type === 'REPORT_OBLIGATION'
          ? context.dues.map((d) =>
              d.key === event.key
                ? {
                    ...d,
                    status: 'fulfilled' as const,
                    evidence: event.evidence,
                    fulfilledAt: event.at,
                  }
                : d,
            )
          : context.dues,
    }),
    markOverdue: assign({
      dues: ({ context, event }) =>
        event.type === 'OBLIGATION_OVERDUE'
          ? context.dues.map((d) =>
              d.key === event.key ? { ...d, status: 'overdue' as const } : d,
            )
          : context.dues,
    }),
    recordAlert: assign({
      alerts: ({ context, event }) => {
        if (event.type !== 'EXPIRY_ALERT') return context.alerts;
        const planned = context.alertPlan.find((a) => a.key === event.key);
        return planned
          ? [
              ...context.alerts,
              {
                key: planned.key,
                days: planned.days,
                on: planned.on,
                recipients: expiryAlertRecipients(planned.days, renewalUnderWay(context)),
                at: event.at,
              },
            ]
          : context.alerts;
      },
    }),
    startAddendum: assign({
      addenda: ({ context, event }) =>
        event.type === 'ADDENDUM'
          ? [
              ...context.addenda,
              {
                instanceId: event.addendumId,
                object: event.object,
                newEndDate: event.newEndDate ?? null,
                startedAt: event.at,
                outcome: null,
                number: null,
                concludedAt: null,
              },
            ]
          : context.addenda,
    }),
    concludeAddendum: assign(({ context, event }) => {
      if (event.type !== 'ADDENDUM_CONCLUDED') return {};
      const extended = extension(context, event);
      return {
        addenda: context.addenda.map((a) =>
          a.instanceId === event.addendumId
            ? { ...a, outcome: event.outcome, number: event.number ?? null, concludedAt: event.at }
            : a,
        ),
        ...(extended && context.inForceFrom && context.inForceUntil
          ? {
              inForceUntil: extended,
              dues: [
                ...context.dues,
                ...schedule(context, context.inForceFrom, extended, context.inForceUntil),
              ],
              // The alerts still to come warn of the new last day.
              alertPlan: [
                ...context.alertPlan.filter((planned) =>
                  context.alerts.some((given) => given.key === planned.key),
                ),
                ...alertPlan(context, extended, event.at.slice(0, 10)),
              ],
            }
          : {}),
      };
    }),
    end: assign({
      ending: ({ context, event }) => {
        switch (event.type) {
          case 'EXPIRE':
            return endingOf('vencimiento', event.at, { effectiveOn: context.inForceUntil });
          case 'MUTUAL_TERMINATION':
            return endingOf('mutuo_acuerdo', event.at, {
              reason: event.reason,
              instrument: event.instrument,
              effectiveOn: event.at.slice(0, 10),
            });
          case 'TERMINATION_FOR_BREACH':
            return endingOf('incumplimiento', event.at, {
              party: event.party,
              reason: event.reason,
              instrument: event.instrument,
              effectiveOn: event.at.slice(0, 10),
            });
          case 'FREE_EXIT':
            return endingOf('separacion', event.at, {
              party: event.party,
              reason: event.reason ?? null,
              instrument: event.instrument,
              noticeOn: event.noticeOn,
              effectiveOn: null,
            });
          case 'NOTICE_LAPSED':
            return context.ending
              ? { ...context.ending, effectiveOn: event.dueOn ?? event.at.slice(0, 10) }
              : null;
          default:
            return context.ending;
        }
      },
    }),
    withdraw: assign({
      withdrawal: ({ event }) =>
        event.type === 'WITHDRAW' ? { reason: event.reason ?? null, at: event.at } : null,
    }),
  },
}).createMachine({
  id: 'convenio',
  initial: 'draft',
  context: ({ input }) => input,
  states: {
    /** The requesting unit drafts it, or corrects what was observed (then with a term). */
    draft: {
      meta: meta({ deadlines: [correction] }),
      on: {
        EDIT: { actions: 'edit' },
        SUBMIT: [
          { guard: 'hasFinancialObligations', target: 'budget_certification', actions: 'submit' },
          { target: 'legal_review', actions: 'submit' },
        ],
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    /** OPP certifies the budget, or observes the draft (D17). */
    budget_certification: {
      meta: meta({ deadlines: [budgetCertification] }),
      on: {
        CERTIFY_BUDGET: { target: 'legal_review', actions: 'certify' },
        RETURN: { target: 'draft', actions: 'recordReturn' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    /** Asesoría Jurídica's informe legal, with its checklist (D11 first). */
    legal_review: {
      meta: meta({ deadlines: [legalOpinion] }),
      on: {
        LEGAL_OPINION: [
          {
            guard: and(['favorable', 'clauseConfirmed', 'checklistMet']),
            target: 'management_conformity',
            actions: 'recordOpinion',
          },
          {
            guard: not('favorable'),
            target: 'draft',
            actions: ['recordOpinion', 'returnForOpinion'],
          },
        ],
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    /** The Gerente Municipal gives conformity and elevates it to the Alcalde, or returns it. */
    management_conformity: {
      meta: meta({ deadlines: [conformity] }),
      on: {
        CONFORMITY: { target: 'mayor_review', actions: 'conform' },
        RETURN: { target: 'draft', actions: 'recordReturn' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    /** The Alcalde puts it on the Concejo's agenda, signs it where no Acuerdo is needed, or returns it. */
    mayor_review: {
      meta: meta({ deadlines: [mayorReview] }),
      on: {
        SEND_TO_COUNCIL: { target: 'awaiting_council', actions: 'refer' },
        SIGN: [
          {
            guard: and(['councilExempt', 'addendum', 'inForceAtSignature']),
            target: 'incorporated',
            actions: ['sign'],
          },
          {
            guard: and(['councilExempt', 'inForceAtSignature']),
            target: 'in_force',
            actions: ['obligations', 'sign'],
          },
        ],
        RETURN: { target: 'draft', actions: 'recordReturn' },
      },
    },
    /** On the Concejo's agenda: the Acuerdo approves it (authorising the signature) or rejects it. */
    awaiting_council: {
      on: {
        COUNCIL_APPROVED: { target: 'approved', actions: 'decideInCouncil' },
        COUNCIL_REJECTED: { target: 'rejected', actions: 'decideInCouncil' },
      },
    },
    /** Approved by Acuerdo de Concejo: the Alcalde signs it, and it takes its number. */
    approved: {
      meta: meta({ deadlines: [signature] }),
      on: {
        SIGN: [
          {
            guard: and(['addendum', 'inForceAtSignature']),
            target: 'incorporated',
            actions: ['sign'],
          },
          { guard: 'inForceAtSignature', target: 'in_force', actions: ['obligations', 'sign'] },
        ],
      },
    },
    /** Signed and in force: obligations, alerts, adendas, and its end. */
    in_force: {
      on: {
        REPORT_OBLIGATION: { guard: 'duePending', actions: ['obligations', 'reportObligation'] },
        OBLIGATION_OVERDUE: { guard: 'dueOpen', actions: 'markOverdue' },
        EXPIRY_ALERT: { guard: 'alertPending', actions: ['obligations', 'recordAlert'] },
        ADDENDUM: { guard: 'addendumAdmissible', actions: 'startAddendum' },
        ADDENDUM_CONCLUDED: {
          guard: 'addendumPending',
          actions: ['obligations', 'concludeAddendum'],
        },
        EXPIRE: { target: 'expired', actions: 'end' },
        MUTUAL_TERMINATION: { target: 'ended', actions: 'end' },
        TERMINATION_FOR_BREACH: { target: 'ended', actions: 'end' },
        FREE_EXIT: { target: 'exit_notice', actions: ['obligations', 'end'] },
      },
    },
    /** A party exercised its free exit (D11): the convenio binds until the notice lapses. */
    exit_notice: {
      on: {
        REPORT_OBLIGATION: { guard: 'duePending', actions: ['obligations', 'reportObligation'] },
        OBLIGATION_OVERDUE: { guard: 'dueOpen', actions: 'markOverdue' },
        EXPIRY_ALERT: { guard: 'alertPending', actions: ['obligations', 'recordAlert'] },
        ADDENDUM_CONCLUDED: {
          guard: 'addendumPending',
          actions: ['obligations', 'concludeAddendum'],
        },
        NOTICE_LAPSED: { target: 'ended', actions: 'end' },
        // Its last day came before the notice lapsed: it simply expired.
        EXPIRE: { target: 'expired', actions: 'end' },
        MUTUAL_TERMINATION: { target: 'ended', actions: 'end' },
      },
    },
    expired: { type: 'final' },
    ended: { type: 'final' },
    /** An adenda, signed: part of the convenio it modifies from now on. */
    incorporated: {
      type: 'final',
      entry: { type: REPORT_TO_PARENT, params: { outcome: 'signed' } },
    },
    rejected: { type: 'final', entry: { type: REPORT_TO_PARENT, params: { outcome: 'rejected' } } },
    withdrawn: {
      type: 'final',
      entry: { type: REPORT_TO_PARENT, params: { outcome: 'withdrawn' } },
    },
  },
});

function endingOf(cause: EndingCause, at: string, over: Partial<Ending>): Ending {
  return {
    cause,
    party: null,
    reason: null,
    instrument: null,
    noticeOn: null,
    effectiveOn: null,
    ...over,
    at,
  };
}
