import { and, assign, enqueueActions, not, setup } from 'xstate';
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
import { CONTENT_FIELDS, type ResolutionContent } from './resolution-content.js';
import { administrativeRoute, type DelegatedActsAppeal } from './administrative-route.js';

export type RemedyKind = 'reconsideracion' | 'apelacion';
/** `fundado_en_parte`: partially upheld; the act stands as the deciding act modified it. */
export type RemedyOutcome = 'fundado' | 'fundado_en_parte' | 'infundado' | 'improcedente';
export type NotificationChannel = 'personal' | 'email' | 'casilla';
/**
 * How a notice took effect: a channel, or `tacita` (TUO Art. 27.2): the party filed a remedy
 * before being served, so it is taken as served on the day it filed.
 */
export type ServiceChannel = NotificationChannel | 'tacita';
export type SignatureMode =
  'propia' | 'encargatura' | 'delegacion_firma' | 'delegacion_competencia';

/** Terms in business days, from the municipality's profile at creation (D4, D6, D7). */
export interface ResolutionTerms {
  legalOpinion: number;
  correction: number;
  visas: number;
  signature: number;
  notification: number;
  remedyFiling: number;
  remedyResolution: number;
  /**
   * Traslado to each favoured party before a nulidad or revocación is decided (Art. 213.2, 214.2):
   * at least 5. Absent in contexts created before it existed: 5.
   */
  hearing?: number;
}

export interface Signature {
  userId: string;
  name: string;
  /** As printed: the signer's post, or the delegator's post with "(e)" for an encargatura. */
  post: string;
  mode: SignatureMode;
  delegationId: string | null;
  instrument: string | null;
  delegatorRole: string | null;
  delegatorPost: string | null;
  /**
   * By delegación de competencia of the Alcalde: whether the profile admits an apelación against
   * acts so issued, with its basis, as it read when signed (absent in older acts: no apelación).
   */
  delegatedActsAppeal?: DelegatedActsAppeal | null;
  /** The line under the post, e.g. "Por delegación de firma del Gerente Municipal (RGM N° …)". */
  mention: string | null;
}

/** Service of the act, or of a decision on a remedy, to one person (TUO Art. 18, 20–25). */
export interface Service {
  channel: ServiceChannel;
  /** When it took effect (Art. 25): delivery recorded on the cargo, or the receipt of the e-mail or casilla. */
  servedAt: string;
  /** Its civil date in the municipality: day 1 of a term is the next business day (Art. 144). */
  servedOn: string;
  /** The cargo or the receipt, as referenced by whoever recorded it. */
  receipt: string | null;
  /** When it was recorded in Despacho. */
  at: string;
}

/** The act served to one addressee (particular scope). */
export interface Notification extends Service {
  /** Position in `addressees`. */
  addressee: number;
  name: string;
}

/**
 * One party's term to file a remedy (Art. 218.2), as a kernel obligation `interposicion_recursos`
 * with this key: the addressee's position (particular scope) or `publicacion` (general scope).
 */
export interface RemedyWindow {
  key: string;
  /** Position in `addressees`; null for the publication's window. */
  addressee: number | null;
  /**
   * open: running; remedied: a remedy was filed from it; awaiting_notice: its remedy was decided
   * and the apelación window opens when the decision is served; firm: the act is firm for the party.
   */
  status: 'open' | 'remedied' | 'awaiting_notice' | 'firm';
  /** The day the act (or the decision on a remedy) was served or published. */
  servedOn: string;
  /** Last day of the window, known once it lapsed. */
  dueOn: string | null;
  /** Firm for this party: end of the window's last day (Art. 222), or the decision that exhausted the remedies. */
  firmAt: string | null;
  /**
   * Until then a remedy filed in time at the mesa de partes may still be registered (the profile's
   * registration grace), reversing the firmness; null when definitive.
   */
  firmProvisionalUntil: string | null;
}

export interface Remedy {
  kind: RemedyKind;
  /** The window it came from (`RemedyWindow.key`). */
  party: string;
  /** Who filed it: an addressee (their position) or, against an act of general scope, anyone. */
  filedBy: { addressee: number | null; name: string };
  /** When it was presented at the mesa de partes, as stated (date and time). */
  filedAt: string;
  /** The business day it counts as filed (Art. 149 office hours; D3 non-business days). */
  filedOn: string;
  registeredAt: string;
  /** Who resolves it: the Gerente Municipal (reconsideración) or the Alcalde (apelación). */
  resolverRole: 'GERENTE_MUNICIPAL' | 'ALCALDE';
  outcome: RemedyOutcome | null;
  resolvedAt: string | null;
  /** The act that decides it, e.g. "Resolución de Gerencia Municipal N° 0102-2026-MML/GMM". */
  instrument: string | null;
  /** fundado_en_parte: what the decision changes in the act. */
  modification: string | null;
  /** 30 business days passed unresolved: the party may take it as rejected (silencio negativo). */
  negativeSilence: boolean;
  /** The last day of the term to resolve, once it passed unresolved (the kernel's expiry says it). */
  resolutionDueOn: string | null;
  /** Art. 199.4: the party filed the apelación after the silence; the reconsideración is closed. */
  closedBySilenceAt: string | null;
  /** Service of the decision to the party: the term to appeal runs from it. */
  decisionNotice: Service | null;
  /** Filed in time but registered after the window lapsed: the provisional firmness it reversed. */
  reversedFirmAt: string | null;
}

export interface Visa {
  unitId: string;
  userId: string;
  contentHash: string;
  at: string;
}

/** Nulidad de oficio (Art. 213) or revocación (Art. 214): the review of the act by the Alcalde. */
export type ReviewKind = 'nulidad' | 'revocacion';
/** Art. 214.1: the only causes of a revocación. */
export const REVOCATION_CAUSES = ['214.1.1', '214.1.2', '214.1.3'] as const;
export type RevocationCause = (typeof REVOCATION_CAUSES)[number];
/**
 * declarada: the act is null (ex tunc); declarada_en_parte: only an independent part is null and
 * the rest stands (Art. 13.2); revocada: the act ceases to have effect from then on (ex nunc);
 * desestimada: the review closes and the act stands.
 */
export type ReviewOutcome = 'declarada' | 'declarada_en_parte' | 'revocada' | 'desestimada';

/** The traslado to one favoured party (Art. 213.2, 214.2): served, then at least 5 business days to argue. */
export interface Hearing {
  /** Position in `addressees`. */
  addressee: number;
  name: string;
  /** The traslado served to the party; its term counts from the next business day (Art. 144). */
  notice: Service | null;
  /** Last day of the term, once it lapsed (the kernel's expiry says it). */
  dueOn: string | null;
  lapsedAt: string | null;
  /** Descargos the party filed, oldest first. */
  arguments: { summary: string; filedAt: string; at: string }[];
}

export interface Review {
  kind: ReviewKind;
  /** Why the Alcalde reviews the act. */
  reason: string;
  /** nulidad: the vice (Art. 10); revocación: its cause (Art. 214.1.1–214.1.3). */
  grounds: string;
  cause: RevocationCause | null;
  startedAt: string;
  /** The state the act was in when the review started. */
  from: string;
  /** One per addressee of an act of particular scope: the act favours them (Despacho's rule, D9). */
  hearings: Hearing[];
  outcome: ReviewOutcome | null;
  /** The act that decides it (mandatory), e.g. "Resolución de Alcaldía N° 120-2026-MML". */
  instrument: string | null;
  /** declarada_en_parte: the part annulled. */
  part: string | null;
  decidedAt: string | null;
}

export interface ResolutionLink {
  type: 'rectifica_a' | 'rectificada_por' | 'anulada_por' | 'modificada_por' | 'revocada_por';
  /** The linked act in Despacho; null when it lives outside (e.g. the Resolución de Alcaldía that annuls). */
  resolutionId: string | null;
  number: string | null;
  at: string;
}

/**
 * The file of another kind whose approval drafted this act (e.g. a budget modification request):
 * it hears when the act is signed or withdrawn (a system event after commit).
 */
export interface ResolutionOrigin {
  /** Its kind, e.g. `budget-modifications`. */
  kind: string;
  id: string;
  /** How the act's screens name it, in Spanish. */
  label: string;
}

/** The effect signing or withdrawing runs: tells the origin, when there is one (see ResolutionOrigin). */
export const REPORT_TO_ORIGIN = 'reportToOrigin';
export type OriginOutcome = 'signed' | 'withdrawn';

export interface ResolutionContext extends ResolutionContent {
  originUnitId: string;
  legalUnitId: string;
  budgetUnitId: string | null;
  /** The Gerencia Municipal: issues, numbers and signs. */
  issuingUnitId: string;
  /** The Alcaldía: resolves appeals (D7). */
  superiorUnitId: string | null;
  terms: ResolutionTerms;
  /** SHA-256 of the canonical content: what each visa approves (D14). */
  contentHash: string;
  legalOpinion: {
    favorable: boolean;
    reportRef: string;
    reasons: string | null;
    at: string;
  } | null;
  pendingVisas: string[];
  visas: Visa[];
  /** Visas an edit voided (D14), kept for the record. */
  voidedVisas: Visa[];
  returns: { reason: string; from: string; unitId: string | null; at: string }[];
  number: string | null;
  sequence: number | null;
  year: number | null;
  signedAt: string | null;
  verificationCode: string | null;
  documentSha256: string | null;
  signature: Signature | null;
  notifications: Notification[];
  /** When the last addressee was served: the act is notified to all. */
  notifiedAt: string | null;
  publication: { gazette: string; date: string; inForceFrom: string } | null;
  /** Each party's term to file a remedy, in the order they opened. */
  windows: RemedyWindow[];
  /** Remedies in progress, one per party at most, oldest first (Art. 218: each party has its own). */
  pending: Remedy[];
  /** The last remedy filed or decided (for display). */
  remedy: Remedy | null;
  /** Remedies already resolved or closed, oldest first. */
  remedies: Remedy[];
  /** Firm for every party (Art. 222); null while some window runs or a remedy is in progress. */
  firmAt: string | null;
  /** The latest registration grace of the windows that made it firm (see RemedyWindow). */
  firmProvisionalUntil: string | null;
  annulment: { reason: string; instrument: string | null; at: string } | null;
  /** The review in progress or the last one decided (D9); null if none. Absent in older contexts. */
  review?: Review | null;
  /** Reviews decided, oldest first (a desestimada one may be followed by another). */
  reviews?: Review[];
  /** Art. 214: the act ceased to have effect from `effectiveFrom` on (not before). */
  revocation?: { reason: string; cause: RevocationCause; instrument: string; at: string } | null;
  withdrawal: { reason: string | null; at: string } | null;
  links: ResolutionLink[];
  /** The resolution this draft rectifies (D8), if any. */
  rectifies: string | null;
  /** The file whose approval drafted this act; absent or null when drafted directly. */
  origin?: ResolutionOrigin | null;
}

/** What a client sends for each event (the DTOs, validated), and what the kernel sends on expiry. */
export type ResolutionRequest =
  | ({ type: 'EDIT' } & Partial<ResolutionContent>)
  | { type: 'SUBMIT' }
  | { type: 'LEGAL_OPINION'; favorable: boolean; reportRef: string; reasons?: string }
  | { type: 'RETURN'; reason: string }
  | { type: 'VISA'; contentHash?: string }
  | { type: 'SIGN'; delegationId?: string | null }
  | {
      type: 'NOTIFY';
      addressee: string;
      channel: NotificationChannel;
      servedAt: string;
      receipt?: string;
    }
  | { type: 'PUBLISH'; gazette: string; date: string }
  | { type: 'FILE_REMEDY'; kind: RemedyKind; filedAt: string; filedBy: string }
  | {
      type: 'RESOLVE_REMEDY';
      outcome: RemedyOutcome;
      instrument?: string;
      modification?: string;
      filedBy?: string;
    }
  | {
      type: 'NOTIFY_DECISION';
      channel: NotificationChannel;
      servedAt: string;
      receipt?: string;
      remedy?: number;
    }
  | { type: 'START_ANNULMENT'; reason: string; grounds: string }
  | { type: 'START_REVOCATION'; reason: string; cause: RevocationCause; grounds: string }
  | {
      type: 'SERVE_HEARING';
      addressee: string;
      channel: NotificationChannel;
      servedAt: string;
      receipt?: string;
    }
  | { type: 'FILE_ARGUMENTS'; filedBy: string; filedAt: string; summary: string }
  | {
      type: 'ANNUL';
      reason: string;
      instrument: string;
      extent?: 'total' | 'parcial';
      part?: string;
    }
  | { type: 'REVOKE'; reason: string; instrument: string }
  | { type: 'DISMISS_REVIEW'; reason: string; instrument: string }
  | { type: 'RECTIFY' }
  | { type: 'WITHDRAW'; reason?: string }
  | { type: 'CONSENT'; code: string; key: string; deadlineId: string; dueOn: string }
  | { type: 'NEGATIVE_SILENCE'; code: string; key: string; deadlineId: string; dueOn: string }
  | { type: 'HEARING_LAPSED'; code: string; key: string; deadlineId: string; dueOn: string };

/** What each event adds to its request before the machine sees it. */
interface Prepared {
  /** The instant (`completeResolutionEvent`; CONSENT: the end of the window, `prepare`). */
  at: string;
}

/**
 * The events as the machine sees them: the request completed (who, when, which addressee, which
 * party: `completeResolutionEvent`) and prepared (number, document, civil dates: `prepare`).
 */
export type ResolutionEvent = Prepared &
  (
    | ({ type: 'EDIT'; contentHash: string } & Partial<ResolutionContent>)
    | { type: 'SUBMIT' }
    | { type: 'LEGAL_OPINION'; favorable: boolean; reportRef: string; reasons?: string }
    | { type: 'RETURN'; reason: string; unitId: string | null; from: string }
    | { type: 'VISA'; unitId: string | null; userId: string; contentHash?: string }
    | {
        type: 'SIGN';
        delegationId?: string | null;
        number: string;
        sequence: number;
        year: number;
        verificationCode: string;
        documentSha256: string;
        signature: Signature;
      }
    | {
        type: 'NOTIFY';
        addressee: string;
        channel: NotificationChannel;
        addresseeIndex: number;
        servedAt?: string;
        /** Added by `prepare`. */
        servedOn?: string;
        receipt?: string;
      }
    | { type: 'PUBLISH'; gazette: string; date: string; inForceFrom: string }
    | {
        type: 'FILE_REMEDY';
        kind: RemedyKind;
        filedAt: string;
        filedBy: string;
        /** The filer's window key (`RemedyWindow.key`); null when no party matches. */
        party: string | null;
        addresseeIndex: number | null;
        filerName: string;
        /** Added by `prepare`: the business day it counts as filed. */
        filedOn?: string;
      }
    | {
        type: 'RESOLVE_REMEDY';
        outcome: RemedyOutcome;
        instrument?: string;
        modification?: string;
        /** Whose remedy is decided (`Remedy.party`); null when none matches. */
        party: string | null;
      }
    | {
        type: 'NOTIFY_DECISION';
        channel: NotificationChannel;
        /** Position in `remedies` of the decision served. */
        remedyIndex: number;
        servedAt?: string;
        servedOn?: string;
        receipt?: string;
      }
    | { type: 'START_ANNULMENT'; reason: string; grounds: string; from: string }
    | {
        type: 'START_REVOCATION';
        reason: string;
        cause: RevocationCause;
        grounds: string;
        from: string;
      }
    | {
        type: 'SERVE_HEARING';
        addressee: string;
        channel: NotificationChannel;
        addresseeIndex: number;
        servedAt?: string;
        servedOn?: string;
        receipt?: string;
      }
    | {
        type: 'FILE_ARGUMENTS';
        filedBy: string;
        addresseeIndex: number;
        filedAt: string;
        summary: string;
      }
    | {
        type: 'ANNUL';
        reason: string;
        instrument?: string;
        extent?: 'total' | 'parcial';
        part?: string;
      }
    | { type: 'REVOKE'; reason: string; instrument: string }
    | { type: 'DISMISS_REVIEW'; reason: string; instrument: string }
    | { type: 'HEARING_LAPSED'; key?: string; dueOn?: string }
    | { type: 'RECTIFY'; rectifiedBy: string }
    | { type: 'WITHDRAW'; reason?: string }
    | {
        type: 'CONSENT';
        key: string;
        dueOn?: string;
        /** Added by `prepare`: until when a remedy filed in time may still be registered. */
        provisionalUntil?: string | null;
      }
    | { type: 'NEGATIVE_SILENCE'; key?: string; dueOn?: string }
  );

type EventOf<T extends ResolutionEvent['type']> = Extract<ResolutionEvent, { type: T }>;

/** Obligation codes (D7): each party's window to file, and the term to resolve each remedy. */
export const REMEDY_WINDOW = 'interposicion_recursos';
export const REMEDY_RESOLUTION = 'resolucion_recurso';
/** D9: the traslado to each favoured party before a nulidad or revocación (Art. 213.2, 214.2). */
export const REVIEW_HEARING = 'traslado_revision';
/** The legal minimum of the traslado, in business days (Art. 213.2). */
export const MIN_HEARING_DAYS = 5;
/** The window of an act of general scope: one for everybody, from the publication. */
export const PUBLICATION_KEY = 'publicacion';

const ESCALATION = [
  { role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 },
  { role: 'ALCALDE', afterBusinessDays: 3 },
] as const;

const business = (days: number) => ({ days, unit: 'business' as const });

const legalOpinion: DeadlineSpec<ResolutionContext> = {
  code: 'opinion_legal',
  name: 'Opinión legal',
  term: (c) => business(c.terms.legalOpinion),
  responsibleUnit: (c) => c.legalUnitId,
  reminders: { before: [2] },
  escalation: ESCALATION,
};
const correction: DeadlineSpec<ResolutionContext> = {
  code: 'subsanacion',
  name: 'Subsanación de observaciones',
  term: (c) => business(c.terms.correction),
  responsibleUnit: (c) => c.originUnitId,
  reminders: { before: [2] },
};
const visas: DeadlineSpec<ResolutionContext> = {
  code: 'visaciones',
  name: 'Visaciones',
  term: (c) => business(c.terms.visas),
  responsibleUnit: (c) => c.originUnitId,
  reminders: { before: [1] },
  escalation: ESCALATION,
};
const signature: DeadlineSpec<ResolutionContext> = {
  code: 'firma',
  name: 'Firma',
  term: (c) => business(c.terms.signature),
  responsibleUnit: (c) => c.issuingUnitId,
  reminders: { before: [1] },
  escalation: [{ role: 'ALCALDE', afterBusinessDays: 2 }],
};
/** D6: notified within 5 business days of issuance; the overdue alert goes to the originating unit. */
const notification: DeadlineSpec<ResolutionContext> = {
  code: 'notificacion',
  name: 'Notificación',
  term: (c) => business(c.terms.notification),
  responsibleUnit: (c) => c.originUnitId,
  reminders: { before: [1] },
  escalation: [{ role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 }],
  // Only while addressees remain to be served: after a remedy, the act may come back to `signed`.
  appliesTo: (c) => c.scope === 'particular' && !allServed(c),
};

/**
 * The obligations the machine opens (D7): one window per party, from the day it was served
 * (Art. 144), and the term to resolve each remedy, from the day it counts as filed (Art. 218.2).
 */
export const resolutionObligations = {
  [REMEDY_WINDOW]: {
    code: REMEDY_WINDOW,
    name: 'Plazo para interponer recursos',
    // With none filed, the act is firm for that party (Art. 222).
    onExpiry: 'CONSENT',
  },
  [REMEDY_RESOLUTION]: {
    code: REMEDY_RESOLUTION,
    name: 'Resolución del recurso',
    // Alerts 10 and 5 business days before the end (days 20 and 25 of 30); then negative silence.
    reminders: { before: [10, 5] },
    onExpiry: 'NEGATIVE_SILENCE',
  },
  [REVIEW_HEARING]: {
    code: REVIEW_HEARING,
    name: 'Traslado para descargos (nulidad o revocación)',
    // Lapsed: the Alcalde may decide (Art. 213.2).
    onExpiry: 'HEARING_LAPSED',
  },
} as const;

const meta = (m: StateMeta<ResolutionContext>) => m;

/** The units whose visa is required (D14): originating, legal, and budget when money is involved. */
export function requiredVisas(context: ResolutionContext): string[] {
  return [
    ...new Set(
      [
        context.originUnitId,
        context.legalUnitId,
        context.hasBudgetImpact ? context.budgetUnitId : null,
      ].filter((unit): unit is string => unit !== null),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// After the signature: pure functions of the context and the prepared event. The guards ask what
// the context would become; the actions make it so.
// ---------------------------------------------------------------------------------------------

/** An apelación goes to the superior: none when the act exhausts the administrative route (D7, D10). */
export function appealable(context: ResolutionContext): boolean {
  return !administrativeRoute(context).exhausted;
}

/** Every addressee served (particular scope), or the act published (general scope). */
export function allServed(c: ResolutionContext): boolean {
  if (c.scope === 'general') return c.publication !== null;
  const served = new Set((c.notifications ?? []).map((n) => n.addressee));
  return c.addressees.every((_, index) => served.has(index));
}

export const windowOf = (c: ResolutionContext, key: string | null): RemedyWindow | undefined =>
  (c.windows ?? []).find((w) => w.key === key);

const withWindow = (c: ResolutionContext, window: RemedyWindow): RemedyWindow[] =>
  windowOf(c, window.key)
    ? c.windows.map((w) => (w.key === window.key ? window : w))
    : [...(c.windows ?? []), window];

/** Firm for everyone: every party served, and every window firm (Art. 222). */
function firmForAll(c: ResolutionContext): boolean {
  return allServed(c) && c.windows.length > 0 && c.windows.every((w) => w.status === 'firm');
}

/** Where the act rests when no remedy is in progress. */
export function restingState(c: ResolutionContext): 'signed' | 'notified' | 'published' | 'firm' {
  if (!allServed(c)) return 'signed';
  if (firmForAll(c)) return 'firm';
  return c.scope === 'particular' ? 'notified' : 'published';
}

/** Firm since `at` if everyone is now firm; the latest grace of the windows decides until when it is provisional. */
function settle(c: ResolutionContext, at: string): ResolutionContext {
  if (c.firmAt !== null || !firmForAll(c)) return c;
  const graces = c.windows
    .map((w) => w.firmProvisionalUntil)
    .filter((g): g is string => g !== null && g > at)
    .sort();
  return { ...c, firmAt: at, firmProvisionalUntil: graces.at(-1) ?? null };
}

/** The remedy a party has in progress, if any. */
export const pendingOf = (c: ResolutionContext, party: string | null): Remedy | null =>
  (c.pending ?? []).find((r) => r.party === party) ?? null;

const anyPending = (c: ResolutionContext): boolean => (c.pending ?? []).length > 0;

/** The key of a remedy's term to resolve: its party and kind (`0-reconsideracion`). */
export const resolutionKey = (remedy: Pick<Remedy, 'party' | 'kind'>): string =>
  `${remedy.party}-${remedy.kind}`;

function served(e: {
  channel: ServiceChannel;
  servedAt?: string;
  servedOn?: string;
  receipt?: string;
  at: string;
}): Service {
  return {
    channel: e.channel,
    servedAt: e.servedAt ?? e.at,
    servedOn: e.servedOn ?? e.at.slice(0, 10),
    receipt: e.receipt ?? null,
    at: e.at,
  };
}

/** NOTIFY: the addressee served; their window opens from that day. */
function afterNotify(c: ResolutionContext, e: EventOf<'NOTIFY'>): ResolutionContext {
  const service = served(e);
  const next: ResolutionContext = {
    ...c,
    notifications: [
      ...c.notifications,
      {
        addressee: e.addresseeIndex,
        name: c.addressees[e.addresseeIndex]?.name ?? e.addressee,
        ...service,
      },
    ],
    windows: withWindow(c, {
      key: String(e.addresseeIndex),
      addressee: e.addresseeIndex,
      status: 'open',
      servedOn: service.servedOn,
      dueOn: null,
      firmAt: null,
      firmProvisionalUntil: null,
    }),
  };
  return allServed(next) ? { ...next, notifiedAt: lastService(next) } : next;
}

const lastService = (c: ResolutionContext): string | null =>
  c.notifications
    .map((n) => n.servedAt)
    .sort()
    .at(-1) ?? null;

/** PUBLISH: one window for everybody, from the publication's date (D2, D15). */
function afterPublish(c: ResolutionContext, e: EventOf<'PUBLISH'>): ResolutionContext {
  return {
    ...c,
    publication: { gazette: e.gazette, date: e.date, inForceFrom: e.inForceFrom },
    windows: withWindow(c, {
      key: PUBLICATION_KEY,
      addressee: null,
      status: 'open',
      servedOn: e.date,
      dueOn: null,
      firmAt: null,
      firmProvisionalUntil: null,
    }),
  };
}

function newRemedy(e: EventOf<'FILE_REMEDY'>, party: string): Remedy {
  return {
    kind: e.kind,
    party,
    filedBy: { addressee: e.addresseeIndex, name: e.filerName },
    filedAt: e.filedAt,
    filedOn: e.filedOn ?? e.filedAt.slice(0, 10),
    registeredAt: e.at,
    resolverRole: e.kind === 'apelacion' ? 'ALCALDE' : 'GERENTE_MUNICIPAL',
    outcome: null,
    resolvedAt: null,
    instrument: null,
    modification: null,
    negativeSilence: false,
    resolutionDueOn: null,
    closedBySilenceAt: null,
    decisionNotice: null,
    reversedFirmAt: null,
  };
}

/**
 * FILE_REMEDY: the party's window is used. A party not yet served is taken as served the day it
 * filed (Art. 27.2), as is a decision not yet served to it. A remedy filed in time but registered
 * after the window lapsed reverses the provisional firmness.
 */
function afterFiling(c: ResolutionContext, e: EventOf<'FILE_REMEDY'>): ResolutionContext {
  const party = e.party ?? '';
  const window = windowOf(c, party);
  const filedOn = e.filedOn ?? e.filedAt.slice(0, 10);
  const tacit: Service = {
    channel: 'tacita',
    servedAt: e.filedAt,
    servedOn: filedOn,
    receipt: null,
    at: e.at,
  };
  let next: ResolutionContext = c;
  let reversedFirmAt: string | null = null;
  if (!window && e.addresseeIndex !== null)
    next = {
      ...next,
      notifications: [
        ...next.notifications,
        { addressee: e.addresseeIndex, name: e.filerName, ...tacit },
      ],
    };
  if (window?.status === 'firm') reversedFirmAt = window.firmAt;
  if (window?.status === 'awaiting_notice')
    next = {
      ...next,
      remedies: next.remedies.map((r) =>
        r.party === party && r.outcome !== null && r.decisionNotice === null
          ? { ...r, decisionNotice: tacit }
          : r,
      ),
    };
  next = {
    ...next,
    windows: withWindow(next, {
      key: party,
      addressee: e.addresseeIndex,
      servedOn: window?.servedOn ?? filedOn,
      dueOn: window?.dueOn ?? null,
      status: 'remedied',
      firmAt: null,
      firmProvisionalUntil: null,
    }),
    pending: [...(next.pending ?? []), { ...newRemedy(e, party), reversedFirmAt }],
    remedy: { ...newRemedy(e, party), reversedFirmAt },
    firmAt: null,
    firmProvisionalUntil: null,
  };
  return allServed(next) && next.notifiedAt === null && next.scope === 'particular'
    ? { ...next, notifiedAt: lastService(next) }
    : next;
}

/** Art. 199.4: the apelación filed after the silence closes the reconsideración and opens itself. */
function afterAppealOnSilence(c: ResolutionContext, e: EventOf<'FILE_REMEDY'>): ResolutionContext {
  const current = pendingOf(c, e.party);
  if (!current) return c;
  const closed = { ...current, closedBySilenceAt: e.at };
  const appeal = newRemedy(e, current.party);
  return {
    ...c,
    remedies: [...c.remedies, closed],
    pending: c.pending.map((r) => (r === current ? appeal : r)),
    remedy: appeal,
  };
}

/**
 * RESOLVE_REMEDY: fundado annuls the act (the machine goes to `annulled`). Otherwise the act stands
 * — as modified by the deciding act when fundado_en_parte — and, if a reconsideración can still be
 * appealed, the party's window reopens when the decision is served; if not, the act is firm for it.
 */
function afterResolution(c: ResolutionContext, e: EventOf<'RESOLVE_REMEDY'>): ResolutionContext {
  const current = pendingOf(c, e.party);
  if (!current) return c;
  const resolved: Remedy = {
    ...current,
    outcome: e.outcome,
    resolvedAt: e.at,
    instrument: e.instrument ?? null,
    modification: e.outcome === 'fundado_en_parte' ? (e.modification ?? null) : null,
  };
  const window = windowOf(c, current.party);
  const appealLeft =
    current.kind === 'reconsideracion' &&
    appealable(c) &&
    !c.remedies.some((r) => r.party === current.party && r.kind === 'apelacion');
  const next: ResolutionContext = {
    ...c,
    remedy: resolved,
    pending: c.pending.filter((r) => r !== current),
    remedies: [...c.remedies, resolved],
    links:
      e.outcome === 'fundado_en_parte' && e.instrument
        ? [
            ...c.links,
            { type: 'modificada_por', resolutionId: null, number: e.instrument, at: e.at },
          ]
        : c.links,
    windows:
      e.outcome === 'fundado' || !window
        ? c.windows
        : withWindow(c, {
            ...window,
            status: appealLeft ? 'awaiting_notice' : 'firm',
            // Exhausted by the authority's decision: firm for the party, definitively.
            firmAt: appealLeft ? null : e.at,
            firmProvisionalUntil: null,
          }),
  };
  return e.outcome === 'fundado' || anyPending(next) ? next : settle(next, e.at);
}

/** NOTIFY_DECISION: the decision served; a reconsideración's party may appeal from then (Art. 144). */
function afterDecisionNotice(
  c: ResolutionContext,
  e: EventOf<'NOTIFY_DECISION'>,
): ResolutionContext {
  const decided = c.remedies[e.remedyIndex];
  if (!decided) return c;
  const service = served(e);
  const noticed = { ...decided, decisionNotice: service };
  const window = windowOf(c, decided.party);
  // `remedy` shows the last one: the same decision, unless another remedy came after it.
  const sameAsLatest =
    c.remedy !== null &&
    c.remedy.outcome !== null &&
    c.remedy.party === decided.party &&
    c.remedy.kind === decided.kind &&
    c.remedy.registeredAt === decided.registeredAt;
  return {
    ...c,
    remedies: c.remedies.map((r, i) => (i === e.remedyIndex ? noticed : r)),
    remedy: sameAsLatest ? noticed : c.remedy,
    windows:
      window?.status === 'awaiting_notice'
        ? withWindow(c, {
            ...window,
            status: 'open',
            servedOn: service.servedOn,
            dueOn: null,
          })
        : c.windows,
  };
}

/** CONSENT: the party's window lapsed with no remedy: the act is firm for it (Art. 222). */
function afterConsent(c: ResolutionContext, e: EventOf<'CONSENT'>): ResolutionContext {
  const window = windowOf(c, e.key);
  if (!window) return c;
  const next = {
    ...c,
    windows: withWindow(c, {
      ...window,
      status: 'firm',
      dueOn: e.dueOn ?? window.dueOn,
      firmAt: e.at,
      firmProvisionalUntil: e.provisionalUntil ?? null,
    }),
  };
  return anyPending(next) ? next : settle(next, e.at);
}

// ---------------------------------------------------------------------------------------------
// D9: the review of the act by the Alcalde — nulidad de oficio (Art. 213) or revocación (Art. 214).
// ---------------------------------------------------------------------------------------------

/** The traslado's term: the profile's, never under the legal 5 business days (Art. 213.2, 214.2). */
export const hearingDays = (c: ResolutionContext): number =>
  Math.max(MIN_HEARING_DAYS, c.terms.hearing ?? MIN_HEARING_DAYS);

/**
 * Whom the act favours (Art. 213.2): every addressee of an act of particular scope (Despacho does
 * not judge whether a particular act is favourable: each addressee is heard). An act of general
 * scope has no determined party: no traslado.
 */
export const favouredParties = (c: ResolutionContext): number[] =>
  c.scope === 'particular' ? c.addressees.map((_, index) => index) : [];

/** START_ANNULMENT, START_REVOCATION: the review opens, with a traslado pending for each favoured party. */
function afterStartReview(
  c: ResolutionContext,
  e: EventOf<'START_ANNULMENT'> | EventOf<'START_REVOCATION'>,
): ResolutionContext {
  return {
    ...c,
    review: {
      kind: e.type === 'START_ANNULMENT' ? 'nulidad' : 'revocacion',
      reason: e.reason,
      grounds: e.grounds,
      cause: e.type === 'START_REVOCATION' ? e.cause : null,
      startedAt: e.at,
      from: e.from,
      hearings: favouredParties(c).map((addressee) => ({
        addressee,
        name: c.addressees[addressee]?.name ?? '',
        notice: null,
        dueOn: null,
        lapsedAt: null,
        arguments: [],
      })),
      outcome: null,
      instrument: null,
      part: null,
      decidedAt: null,
    },
  };
}

export const openReview = (c: ResolutionContext): Review | null =>
  c.review && c.review.outcome === null ? c.review : null;

const hearingOf = (c: ResolutionContext, addressee: number): Hearing | undefined =>
  openReview(c)?.hearings.find((h) => h.addressee === addressee);

function withHearing(c: ResolutionContext, hearing: Hearing): ResolutionContext {
  const review = openReview(c);
  if (!review) return c;
  return {
    ...c,
    review: {
      ...review,
      hearings: review.hearings.map((h) => (h.addressee === hearing.addressee ? hearing : h)),
    },
  };
}

/** Every traslado served and its term lapsed (none if the act favours nobody). */
export function hearingsDone(c: ResolutionContext): boolean {
  const review = openReview(c);
  return review !== null && review.hearings.every((h) => h.notice !== null && h.lapsedAt !== null);
}

/** Where the act rests once the review closes without annulling it all. */
export const restingAfterReview = (c: ResolutionContext): string =>
  anyPending(c) ? 'under_remedy' : restingState(c);

/** ANNUL, REVOKE, DISMISS_REVIEW: the review decided, with the act that decides it. */
function afterReviewDecision(
  c: ResolutionContext,
  e: EventOf<'ANNUL'> | EventOf<'REVOKE'> | EventOf<'DISMISS_REVIEW'>,
): ResolutionContext {
  const review = openReview(c);
  if (!review) return c;
  const instrument = e.instrument ?? null;
  const outcome: ReviewOutcome =
    e.type === 'REVOKE'
      ? 'revocada'
      : e.type === 'DISMISS_REVIEW'
        ? 'desestimada'
        : e.extent === 'parcial'
          ? 'declarada_en_parte'
          : 'declarada';
  const decided: Review = {
    ...review,
    outcome,
    instrument,
    part: outcome === 'declarada_en_parte' ? (e.type === 'ANNUL' ? (e.part ?? null) : null) : null,
    decidedAt: e.at,
  };
  const link = (type: ResolutionLink['type']): ResolutionLink[] =>
    instrument ? [...c.links, { type, resolutionId: null, number: instrument, at: e.at }] : c.links;
  const base = { ...c, review: decided, reviews: [...(c.reviews ?? []), decided] };
  switch (outcome) {
    case 'declarada':
      return {
        ...base,
        annulment: { reason: e.reason, instrument, at: e.at },
        links: link('anulada_por'),
      };
    case 'declarada_en_parte':
      return { ...base, links: link('modificada_por') };
    case 'revocada':
      return {
        ...base,
        revocation: {
          reason: e.reason,
          cause: review.cause ?? '214.1.1',
          instrument: instrument ?? '',
          at: e.at,
        },
        links: link('revocada_por'),
      };
    default:
      return base;
  }
}

/** The kernel obligations each event opens, fulfils or cancels (read from the context before it). */
type ObligationAction =
  | { type: typeof OPEN_OBLIGATION; params: OpenObligation }
  | { type: typeof FULFIL_OBLIGATION | typeof CANCEL_OBLIGATION; params: ObligationRef };

function obligationsOf(c: ResolutionContext, e: ResolutionEvent): ObligationAction[] {
  const open = (params: OpenObligation): ObligationAction => ({ type: OPEN_OBLIGATION, params });
  const fulfil = (params: ObligationRef): ObligationAction => ({
    type: FULFIL_OBLIGATION,
    params,
  });
  const cancel = (params: ObligationRef): ObligationAction => ({
    type: CANCEL_OBLIGATION,
    params,
  });
  const window = (key: string, servedOn: string) =>
    open({
      code: REMEDY_WINDOW,
      key,
      // The originating unit follows the window: it receives any remedy filed.
      responsibleUnitId: c.originUnitId,
      term: business(c.terms.remedyFiling),
      servedOn,
    });
  const toResolve = (remedy: Remedy) =>
    open({
      code: REMEDY_RESOLUTION,
      key: resolutionKey(remedy),
      responsibleUnitId: remedy.resolverRole === 'ALCALDE' ? c.superiorUnitId : c.issuingUnitId,
      term: business(c.terms.remedyResolution),
      // Counted from the day it counts as filed, not the day it was registered (Art. 218.2).
      startsOn: remedy.filedOn,
    });
  switch (e.type) {
    case 'NOTIFY':
      return [window(String(e.addresseeIndex), served(e).servedOn)];
    case 'PUBLISH':
      return [window(PUBLICATION_KEY, e.date)];
    case 'FILE_REMEDY': {
      const current = pendingOf(c, e.party);
      if (current)
        return [
          cancel({ code: REMEDY_RESOLUTION, key: resolutionKey(current) }),
          toResolve(newRemedy(e, current.party)),
        ];
      const party = e.party ?? '';
      return [
        ...(windowOf(c, party)?.status === 'open'
          ? [fulfil({ code: REMEDY_WINDOW, key: party })]
          : []),
        toResolve(newRemedy(e, party)),
      ];
    }
    case 'RESOLVE_REMEDY': {
      const current = pendingOf(c, e.party);
      return current ? [fulfil({ code: REMEDY_RESOLUTION, key: resolutionKey(current) })] : [];
    }
    case 'NOTIFY_DECISION': {
      const decided = c.remedies[e.remedyIndex];
      return decided && windowOf(c, decided.party)?.status === 'awaiting_notice'
        ? [window(decided.party, served(e).servedOn)]
        : [];
    }
    case 'CONSENT':
      // Closed as lapsed: the record says the window ran out with no remedy.
      return [cancel({ code: REMEDY_WINDOW, key: e.key })];
    case 'SERVE_HEARING':
      // The traslado runs from the day it was served (Art. 144), at least 5 business days.
      return [
        open({
          code: REVIEW_HEARING,
          key: String(e.addresseeIndex),
          responsibleUnitId: c.superiorUnitId ?? c.issuingUnitId,
          term: business(hearingDays(c)),
          servedOn: served(e).servedOn,
        }),
      ];
    case 'HEARING_LAPSED':
      return e.key === undefined ? [] : [cancel({ code: REVIEW_HEARING, key: e.key })];
    default:
      return [];
  }
}

/** Acts in force (signed and after) can be rectified (D8). */
const inForce = {
  RECTIFY: { actions: 'linkRectification' },
} as const;

/**
 * D9: an act in force for its parties (notified, published, firm) may be reviewed by the Alcalde:
 * nulidad de oficio within 2 years of becoming firm (Art. 213.3), or revocación (Art. 214).
 */
const reviewable = {
  ...inForce,
  START_ANNULMENT: { guard: 'withinAnnulmentTerm', target: 'under_review', actions: 'startReview' },
  START_REVOCATION: { target: 'under_review', actions: 'startReview' },
} as const;

/** Where the act goes back to when a review closes and it stands (whole, or in part). */
const REST_STATES = ['under_remedy', 'notified', 'published', 'firm'] as const;

/**
 * Resolución de Gerencia Municipal (D5–D16): pure, no clock, no I/O. The instant, the register
 * number, the document and the civil dates come in the event, added by the kind's `complete` and
 * `prepare` in the transaction. Version 2: each party has its own remedy window (obligations).
 */
export const resolutionMachine = setup({
  types: {
    context: {} as ResolutionContext,
    events: {} as ResolutionEvent,
    input: {} as ResolutionContext,
  },
  guards: {
    favorable: ({ event }) => event.type === 'LEGAL_OPINION' && event.favorable,
    /** The sending unit's visa is pending. */
    visaPending: ({ context, event }) =>
      event.type === 'VISA' && event.unitId !== null && context.pendingVisas.includes(event.unitId),
    lastVisa: ({ context, event }) =>
      event.type === 'VISA' &&
      context.pendingVisas.length === 1 &&
      context.pendingVisas[0] === event.unitId,
    particular: ({ context }) => context.scope === 'particular',
    general: ({ context }) => context.scope === 'general',
    /** An addressee of a particular act, not yet served (once each, D6). */
    addresseePending: ({ context, event }) =>
      event.type === 'NOTIFY' &&
      context.scope === 'particular' &&
      context.addressees[event.addresseeIndex] !== undefined &&
      !context.notifications.some((n) => n.addressee === event.addresseeIndex),
    /** With this one, every addressee has been served. */
    servesAll: ({ context, event }) =>
      event.type === 'NOTIFY' && allServed(afterNotify(context, event)),
    /**
     * D7: a party may file from its window — open, or lapsed within the registration grace (filed
     * in time: the prepare checks the filing date), or not yet served (Art. 27.2) — one
     * reconsideración and one apelación at most per party, the apelación only with a superior.
     */
    remedyAdmissible: ({ context, event }) => {
      if (event.type !== 'FILE_REMEDY' || event.party === null) return false;
      const party = event.party;
      // One at a time per party: another party's remedy in progress does not stop this one.
      if (pendingOf(context, party)) return false;
      if (context.remedies.some((r) => r.party === party && r.kind === event.kind)) return false;
      if (event.kind === 'apelacion' && !appealable(context)) return false;
      const window = windowOf(context, party);
      if (!window) return event.addresseeIndex !== null && context.signedAt !== null;
      if (window.status === 'firm')
        return window.firmProvisionalUntil !== null && event.at <= window.firmProvisionalUntil;
      return window.status === 'open' || window.status === 'awaiting_notice';
    },
    /**
     * Art. 199.3–199.4: after the silence on a reconsideración, its party may appeal — an apelación
     * presented after the term to resolve passed (its filing day, once `prepare` knows it).
     */
    appealOnSilence: ({ context, event }) => {
      const current = event.type === 'FILE_REMEDY' ? pendingOf(context, event.party) : null;
      return (
        event.type === 'FILE_REMEDY' &&
        event.kind === 'apelacion' &&
        current !== null &&
        current.kind === 'reconsideracion' &&
        current.negativeSilence &&
        current.party === event.party &&
        appealable(context) &&
        (event.filedOn === undefined ||
          current.resolutionDueOn === null ||
          event.filedOn > current.resolutionDueOn)
      );
    },
    /** The window named by the kernel's expiry is still running. */
    windowLapses: ({ context, event }) =>
      event.type === 'CONSENT' && windowOf(context, event.key)?.status === 'open',
    firmOnConsent: ({ context, event }) =>
      event.type === 'CONSENT' && afterConsent(context, event).firmAt !== null,
    /** The kernel's expiry names the remedy whose term to resolve ended (its key). */
    silenceOfPending: ({ context, event }) =>
      event.type === 'NEGATIVE_SILENCE' &&
      context.pending.some(
        (r) => !r.negativeSilence && (event.key === undefined || resolutionKey(r) === event.key),
      ),
    /** The remedy named is in progress. */
    resolvable: ({ context, event }) =>
      event.type === 'RESOLVE_REMEDY' && pendingOf(context, event.party) !== null,
    upheld: ({ event }) => event.type === 'RESOLVE_REMEDY' && event.outcome === 'fundado',
    /** Another party's remedy is still in progress once this one is decided. */
    othersPending: ({ context, event }) =>
      event.type === 'RESOLVE_REMEDY' && anyPending(afterResolution(context, event)),
    /** Where the act rests once the remedy is decided. */
    restsFirm: ({ context, event }) =>
      event.type === 'RESOLVE_REMEDY' && restingState(afterResolution(context, event)) === 'firm',
    restsSigned: ({ context, event }) =>
      event.type === 'RESOLVE_REMEDY' && restingState(afterResolution(context, event)) === 'signed',
    /** A decision on a remedy, not yet served to its party (a fundado one closed the file). */
    decisionPending: ({ context, event }) => {
      if (event.type !== 'NOTIFY_DECISION') return false;
      const decided = context.remedies[event.remedyIndex];
      return (
        decided !== undefined &&
        decided.outcome !== null &&
        decided.outcome !== 'fundado' &&
        decided.decisionNotice === null
      );
    },
    /** D9: the power to annul expires 2 years after the act became firm. */
    withinAnnulmentTerm: ({ context, event }) =>
      event.type === 'START_ANNULMENT' &&
      (context.firmAt === null || Date.parse(event.at) <= twoYearsAfter(context.firmAt)),
    /** The review in progress is a nulidad de oficio (Art. 213) / a revocación (Art. 214). */
    annulling: ({ context }) => openReview(context)?.kind === 'nulidad',
    revoking: ({ context }) => openReview(context)?.kind === 'revocacion',
    /** Art. 213.2, 214.2: every favoured party was heard for the whole term of the traslado. */
    hearingsDone: ({ context }) => hearingsDone(context),
    /** Art. 13.2: only an independent part of the act is annulled; the rest stands. */
    partial: ({ event }) => event.type === 'ANNUL' && event.extent === 'parcial',
    /** Where the act rests after the review (a remedy may have been filed meanwhile). */
    restsIn: ({ context }, params: { state: string }) =>
      restingAfterReview(context) === params.state,
    /** A favoured party whose traslado was not served yet. */
    hearingToServe: ({ context, event }) =>
      event.type === 'SERVE_HEARING' && hearingOf(context, event.addresseeIndex)?.notice === null,
    /** Descargos of a party served with the traslado, while its term runs. */
    argumentsInTerm: ({ context, event }) => {
      if (event.type !== 'FILE_ARGUMENTS') return false;
      const hearing = hearingOf(context, event.addresseeIndex);
      return hearing !== undefined && hearing.notice !== null && hearing.lapsedAt === null;
    },
    /** The kernel's expiry names a traslado still running. */
    hearingLapses: ({ context, event }) => {
      if (event.type !== 'HEARING_LAPSED') return false;
      const hearing = hearingOf(context, Number(event.key));
      return hearing !== undefined && hearing.notice !== null && hearing.lapsedAt === null;
    },
  },
  actions: {
    // Does nothing in the machine (it stays pure): an effect the kernel writes to the outbox.
    [REPORT_TO_ORIGIN]: (_: unknown, _params: { outcome: OriginOutcome }): void => undefined,
    ...obligationActions,
    edit: assign(({ context, event }) => {
      if (event.type !== 'EDIT') return {};
      const defined = Object.fromEntries(
        CONTENT_FIELDS.filter((field) => event[field] !== undefined).map((field) => [
          field,
          event[field],
        ]),
      );
      return {
        ...defined,
        contentHash: event.contentHash,
        // D14: an edit voids every visa given on the previous content.
        voidedVisas: [...context.voidedVisas, ...context.visas],
        visas: [],
        pendingVisas: [],
      };
    }),
    recordOpinion: assign({
      legalOpinion: ({ event }) =>
        event.type === 'LEGAL_OPINION'
          ? {
              favorable: event.favorable,
              reportRef: event.reportRef,
              reasons: event.reasons ?? null,
              at: event.at,
            }
          : null,
    }),
    openVisas: assign({
      pendingVisas: ({ context }) => requiredVisas(context),
      // A new round after a return: the earlier visas no longer count, but stay on record.
      voidedVisas: ({ context }) => [...context.voidedVisas, ...context.visas],
      visas: () => [],
    }),
    recordVisa: assign(({ context, event }) => {
      if (event.type !== 'VISA' || event.unitId === null) return {};
      const unitId = event.unitId;
      return {
        pendingVisas: context.pendingVisas.filter((unit) => unit !== unitId),
        visas: [
          ...context.visas,
          { unitId, userId: event.userId, contentHash: context.contentHash, at: event.at },
        ],
      };
    }),
    recordReturn: assign({
      returns: ({ context, event }) =>
        event.type === 'RETURN'
          ? [
              ...context.returns,
              {
                reason: event.reason,
                from: event.from,
                unitId: event.unitId,
                at: event.at,
              },
            ]
          : context.returns,
      pendingVisas: () => [],
    }),
    sign: assign(({ event }) =>
      event.type === 'SIGN'
        ? {
            number: event.number,
            sequence: event.sequence,
            year: event.year,
            signedAt: event.at,
            verificationCode: event.verificationCode,
            documentSha256: event.documentSha256,
            signature: event.signature,
          }
        : {},
    ),
    /** The kernel obligations of the event (first: they read the context before it changes). */
    obligations: enqueueActions(({ context, event, enqueue }) => {
      for (const action of obligationsOf(context, event)) enqueue(action);
    }),
    notify: assign(({ context, event }) =>
      event.type === 'NOTIFY' ? afterNotify(context, event) : context,
    ),
    publish: assign(({ context, event }) =>
      event.type === 'PUBLISH' ? afterPublish(context, event) : context,
    ),
    fileRemedy: assign(({ context, event }) =>
      event.type === 'FILE_REMEDY' ? afterFiling(context, event) : context,
    ),
    appealOnSilence: assign(({ context, event }) =>
      event.type === 'FILE_REMEDY' ? afterAppealOnSilence(context, event) : context,
    ),
    resolveRemedy: assign(({ context, event }) =>
      event.type === 'RESOLVE_REMEDY' ? afterResolution(context, event) : context,
    ),
    notifyDecision: assign(({ context, event }) =>
      event.type === 'NOTIFY_DECISION' ? afterDecisionNotice(context, event) : context,
    ),
    consent: assign(({ context, event }) =>
      event.type === 'CONSENT' ? afterConsent(context, event) : context,
    ),
    negativeSilence: assign(({ context, event }) => {
      if (event.type !== 'NEGATIVE_SILENCE') return {};
      const silent = context.pending.find(
        (r) => !r.negativeSilence && (event.key === undefined || resolutionKey(r) === event.key),
      );
      if (!silent) return {};
      const marked = {
        ...silent,
        negativeSilence: true,
        resolutionDueOn: event.dueOn ?? silent.resolutionDueOn,
      };
      const same = (r: Remedy | null) =>
        r !== null &&
        r.party === silent.party &&
        r.kind === silent.kind &&
        r.registeredAt === silent.registeredAt;
      return {
        pending: context.pending.map((r) => (r === silent ? marked : r)),
        remedy: same(context.remedy) ? marked : context.remedy,
      };
    }),
    startReview: assign(({ context, event }) =>
      event.type === 'START_ANNULMENT' || event.type === 'START_REVOCATION'
        ? afterStartReview(context, event)
        : context,
    ),
    serveHearing: assign(({ context, event }) => {
      if (event.type !== 'SERVE_HEARING') return context;
      const hearing = hearingOf(context, event.addresseeIndex);
      return hearing ? withHearing(context, { ...hearing, notice: served(event) }) : context;
    }),
    fileArguments: assign(({ context, event }) => {
      if (event.type !== 'FILE_ARGUMENTS') return context;
      const hearing = hearingOf(context, event.addresseeIndex);
      return hearing
        ? withHearing(context, {
            ...hearing,
            arguments: [
              ...hearing.arguments,
              { summary: event.summary, filedAt: event.filedAt, at: event.at },
            ],
          })
        : context;
    }),
    hearingLapsed: assign(({ context, event }) => {
      if (event.type !== 'HEARING_LAPSED') return context;
      const hearing = hearingOf(context, Number(event.key));
      return hearing
        ? withHearing(context, {
            ...hearing,
            dueOn: event.dueOn ?? null,
            lapsedAt: event.at,
          })
        : context;
    }),
    decideReview: assign(({ context, event }) =>
      event.type === 'ANNUL' || event.type === 'REVOKE' || event.type === 'DISMISS_REVIEW'
        ? afterReviewDecision(context, event)
        : context,
    ),
    linkRectification: assign({
      links: ({ context, event }) =>
        event.type === 'RECTIFY'
          ? [
              ...context.links,
              {
                type: 'rectificada_por' as const,
                resolutionId: event.rectifiedBy,
                number: null,
                at: event.at,
              },
            ]
          : context.links,
    }),
    withdraw: assign({
      withdrawal: ({ event }) =>
        event.type === 'WITHDRAW' ? { reason: event.reason ?? null, at: event.at } : null,
    }),
  },
}).createMachine({
  id: 'resolution',
  initial: 'draft',
  context: ({ input }) => input,
  states: {
    draft: {
      on: {
        EDIT: { actions: 'edit' },
        SUBMIT: 'legal_review',
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    legal_review: {
      meta: meta({ deadlines: [legalOpinion] }),
      on: {
        LEGAL_OPINION: [
          { guard: 'favorable', target: 'visas', actions: ['recordOpinion', 'openVisas'] },
          { target: 'observed', actions: 'recordOpinion' },
        ],
        RETURN: { target: 'observed', actions: 'recordReturn' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    observed: {
      meta: meta({ deadlines: [correction] }),
      on: {
        EDIT: { actions: 'edit' },
        SUBMIT: 'legal_review',
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    visas: {
      meta: meta({ deadlines: [visas] }),
      on: {
        VISA: [
          { guard: 'lastVisa', target: 'ready_to_sign', actions: 'recordVisa' },
          { guard: 'visaPending', actions: 'recordVisa' },
        ],
        RETURN: { target: 'observed', actions: 'recordReturn' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    ready_to_sign: {
      meta: meta({ deadlines: [signature] }),
      on: {
        SIGN: {
          target: 'signed',
          actions: ['sign', { type: REPORT_TO_ORIGIN, params: { outcome: 'signed' } }],
        },
        RETURN: { target: 'observed', actions: 'recordReturn' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    /** Signed; particular scope: addressees still to be served (each one's window already runs). */
    signed: {
      meta: meta({ deadlines: [notification] }),
      on: {
        NOTIFY: [
          {
            guard: and(['addresseePending', 'servesAll']),
            target: 'notified',
            actions: ['obligations', 'notify'],
          },
          { guard: 'addresseePending', actions: ['obligations', 'notify'] },
        ],
        PUBLISH: { guard: 'general', target: 'published', actions: ['obligations', 'publish'] },
        FILE_REMEDY: {
          guard: 'remedyAdmissible',
          target: 'under_remedy',
          actions: ['obligations', 'fileRemedy'],
        },
        CONSENT: { guard: 'windowLapses', actions: ['obligations', 'consent'] },
        ...inForce,
      },
    },
    notified: {
      on: {
        FILE_REMEDY: {
          guard: 'remedyAdmissible',
          target: 'under_remedy',
          actions: ['obligations', 'fileRemedy'],
        },
        CONSENT: [
          {
            guard: and(['windowLapses', 'firmOnConsent']),
            target: 'firm',
            actions: ['obligations', 'consent'],
          },
          { guard: 'windowLapses', actions: ['obligations', 'consent'] },
        ],
        NOTIFY_DECISION: {
          guard: 'decisionPending',
          actions: ['obligations', 'notifyDecision'],
        },
        ...reviewable,
      },
    },
    published: {
      on: {
        FILE_REMEDY: {
          guard: 'remedyAdmissible',
          target: 'under_remedy',
          actions: ['obligations', 'fileRemedy'],
        },
        // One window for everybody: when it lapses, the act is firm (Art. 222).
        CONSENT: { guard: 'windowLapses', target: 'firm', actions: ['obligations', 'consent'] },
        NOTIFY_DECISION: {
          guard: 'decisionPending',
          actions: ['obligations', 'notifyDecision'],
        },
        ...reviewable,
      },
    },
    under_remedy: {
      on: {
        RESOLVE_REMEDY: [
          {
            guard: and(['resolvable', 'upheld']),
            target: 'annulled',
            actions: ['obligations', 'resolveRemedy'],
          },
          // Another party's remedy is still in progress: the act stays under remedy.
          {
            guard: and(['resolvable', 'othersPending']),
            actions: ['obligations', 'resolveRemedy'],
          },
          {
            guard: and(['resolvable', 'restsFirm']),
            target: 'firm',
            actions: ['obligations', 'resolveRemedy'],
          },
          {
            guard: and(['resolvable', 'restsSigned']),
            target: 'signed',
            actions: ['obligations', 'resolveRemedy'],
          },
          {
            guard: and(['resolvable', 'particular']),
            target: 'notified',
            actions: ['obligations', 'resolveRemedy'],
          },
          { guard: 'resolvable', target: 'published', actions: ['obligations', 'resolveRemedy'] },
        ],
        NEGATIVE_SILENCE: { guard: 'silenceOfPending', actions: 'negativeSilence' },
        FILE_REMEDY: [
          { guard: 'appealOnSilence', actions: ['obligations', 'appealOnSilence'] },
          // Another party's remedy, within its own window (Art. 218.2): both are in progress.
          { guard: 'remedyAdmissible', actions: ['obligations', 'fileRemedy'] },
        ],
        NOTIFY: { guard: 'addresseePending', actions: ['obligations', 'notify'] },
        CONSENT: { guard: 'windowLapses', actions: ['obligations', 'consent'] },
        NOTIFY_DECISION: {
          guard: 'decisionPending',
          actions: ['obligations', 'notifyDecision'],
        },
        ...inForce,
      },
    },
    firm: {
      on: {
        ...reviewable,
        // Filed in time at the mesa de partes, registered within the grace: firmness reversed.
        FILE_REMEDY: {
          guard: 'remedyAdmissible',
          target: 'under_remedy',
          actions: ['obligations', 'fileRemedy'],
        },
        NOTIFY_DECISION: {
          guard: 'decisionPending',
          actions: ['obligations', 'notifyDecision'],
        },
      },
    },
    /**
     * D9: the Alcalde reviews the act (nulidad de oficio or revocación). The favoured parties are
     * served a traslado and may file descargos; the decision waits for every traslado to lapse.
     * Meanwhile the act keeps its effects: the remedy windows and remedies follow their course.
     */
    under_review: {
      on: {
        SERVE_HEARING: { guard: 'hearingToServe', actions: ['obligations', 'serveHearing'] },
        FILE_ARGUMENTS: { guard: 'argumentsInTerm', actions: 'fileArguments' },
        HEARING_LAPSED: { guard: 'hearingLapses', actions: ['obligations', 'hearingLapsed'] },
        ANNUL: [
          {
            guard: and(['annulling', 'hearingsDone', not('partial')]),
            target: 'annulled',
            actions: 'decideReview',
          },
          ...REST_STATES.map((state) => ({
            guard: and([
              'annulling',
              'hearingsDone',
              'partial',
              { type: 'restsIn' as const, params: { state } },
            ]),
            target: state,
            actions: 'decideReview' as const,
          })),
        ],
        REVOKE: {
          guard: and(['revoking', 'hearingsDone']),
          target: 'revoked',
          actions: 'decideReview',
        },
        DISMISS_REVIEW: REST_STATES.map((state) => ({
          guard: and(['hearingsDone', { type: 'restsIn' as const, params: { state } }]),
          target: state,
          actions: 'decideReview' as const,
        })),
        FILE_REMEDY: { guard: 'remedyAdmissible', actions: ['obligations', 'fileRemedy'] },
        RESOLVE_REMEDY: [
          {
            guard: and(['resolvable', 'upheld']),
            target: 'annulled',
            actions: ['obligations', 'resolveRemedy'],
          },
          { guard: 'resolvable', actions: ['obligations', 'resolveRemedy'] },
        ],
        NEGATIVE_SILENCE: { guard: 'silenceOfPending', actions: 'negativeSilence' },
        CONSENT: { guard: 'windowLapses', actions: ['obligations', 'consent'] },
        NOTIFY_DECISION: {
          guard: 'decisionPending',
          actions: ['obligations', 'notifyDecision'],
        },
        ...inForce,
      },
    },
    annulled: { type: 'final' },
    /** Art. 214: revoked — its effects cease from the revocation on (not before, unlike a nulidad). */
    revoked: { type: 'final' },
    withdrawn: {
      type: 'final',
      entry: { type: REPORT_TO_ORIGIN, params: { outcome: 'withdrawn' } },
    },
  },
});

function twoYearsAfter(iso: string): number {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() + 2);
  return date.getTime();
}
