import { and, assign, setup } from 'xstate';
import type { DeadlineSpec, StateMeta } from '#workflow';
import { CONTENT_FIELDS, type ResolutionContent } from './resolution-content.js';
import { administrativeRoute, type DelegatedActsAppeal } from './administrative-route.js';

export type RemedyKind = 'reconsideracion' | 'apelacion';
export type RemedyOutcome = 'fundado' | 'infundado' | 'improcedente';
export type NotificationChannel = 'personal' | 'email' | 'casilla';
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

export interface Remedy {
  kind: RemedyKind;
  filedAt: string;
  registeredAt: string;
  /** Who resolves it: the Gerente Municipal (reconsideración) or the Alcalde (apelación). */
  resolverRole: 'GERENTE_MUNICIPAL' | 'ALCALDE';
  outcome: RemedyOutcome | null;
  resolvedAt: string | null;
  /** 30 business days passed unresolved: the party may take it as rejected (silencio negativo). */
  negativeSilence: boolean;
}

export interface Visa {
  unitId: string;
  userId: string;
  contentHash: string;
  at: string;
}

export interface ResolutionLink {
  type: 'rectifica_a' | 'rectificada_por' | 'anulada_por';
  /** The linked act in Despacho; null when it lives outside (e.g. the Resolución de Alcaldía that annuls). */
  resolutionId: string | null;
  number: string | null;
  at: string;
}

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
  notifications: { addressee: number; name: string; channel: NotificationChannel; at: string }[];
  notifiedAt: string | null;
  publication: { gazette: string; date: string; inForceFrom: string } | null;
  remedy: Remedy | null;
  /** Remedies already resolved, oldest first (a reconsideración may be followed by an apelación). */
  remedies: Remedy[];
  firmAt: string | null;
  annulment: { reason: string; instrument: string | null; at: string } | null;
  withdrawal: { reason: string | null; at: string } | null;
  links: ResolutionLink[];
  /** The resolution this draft rectifies (D8), if any. */
  rectifies: string | null;
}

/** What a client sends for each event (the DTOs, validated), and what the kernel sends on expiry. */
export type ResolutionRequest =
  | ({ type: 'EDIT' } & Partial<ResolutionContent>)
  | { type: 'SUBMIT' }
  | { type: 'LEGAL_OPINION'; favorable: boolean; reportRef: string; reasons?: string }
  | { type: 'RETURN'; reason: string }
  | { type: 'VISA'; contentHash?: string }
  | { type: 'SIGN'; delegationId?: string | null }
  | { type: 'NOTIFY'; addressee: string; channel: NotificationChannel }
  | { type: 'PUBLISH'; gazette: string; date: string }
  | { type: 'FILE_REMEDY'; kind: RemedyKind; filedAt: string }
  | { type: 'RESOLVE_REMEDY'; outcome: RemedyOutcome }
  | { type: 'ANNUL'; reason: string; instrument?: string }
  | { type: 'RECTIFY' }
  | { type: 'WITHDRAW'; reason?: string }
  | { type: 'CONSENT' }
  | { type: 'NEGATIVE_SILENCE' };

/** What each event adds to its request before the machine sees it. */
interface Prepared {
  /** The instant (`completeResolutionEvent`; CONSENT: the end of the window, `prepare`). */
  at: string;
}

/**
 * The events as the machine sees them: the request completed (who, when, which addressee:
 * `completeResolutionEvent`) and prepared (number, document, created draft: `prepare`).
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
    | { type: 'NOTIFY'; addressee: string; channel: NotificationChannel; addresseeIndex: number }
    | { type: 'PUBLISH'; gazette: string; date: string; inForceFrom: string }
    | { type: 'FILE_REMEDY'; kind: RemedyKind; filedAt: string }
    | { type: 'RESOLVE_REMEDY'; outcome: RemedyOutcome }
    | { type: 'ANNUL'; reason: string; instrument?: string }
    | { type: 'RECTIFY'; rectifiedBy: string }
    | { type: 'WITHDRAW'; reason?: string }
    | { type: 'CONSENT' }
    | { type: 'NEGATIVE_SILENCE' }
  );

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
  appliesTo: (c) => c.scope === 'particular',
};
/** D7: 15 business days to file a remedy; with none, the act becomes firm (Art. 222). */
const remedyFiling: DeadlineSpec<ResolutionContext> = {
  code: 'interposicion_recursos',
  name: 'Plazo para interponer recursos',
  term: (c) => business(c.terms.remedyFiling),
  // The originating unit follows the window: it receives any remedy filed.
  responsibleUnit: (c) => c.originUnitId,
  // D2: from the publication's date, which may be earlier than the day it is recorded; after a
  // reconsideración, from its resolution (the day the window reopens).
  startsOn: (c) => ((c.remedies ?? []).length === 0 ? (c.publication?.date ?? null) : null),
  onExpiry: 'CONSENT',
};
/** D7: 30 business days to resolve; then negative silence. Alerts 10 and 5 business days before the end (days 20 and 25 of 30). */
const remedyResolution: DeadlineSpec<ResolutionContext> = {
  code: 'resolucion_recurso',
  name: 'Resolución del recurso',
  term: (c) => business(c.terms.remedyResolution),
  responsibleUnit: (c) =>
    c.remedy?.resolverRole === 'ALCALDE' ? c.superiorUnitId : c.issuingUnitId,
  reminders: { before: [10, 5] },
  onExpiry: 'NEGATIVE_SILENCE',
};

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

/** Acts in force (signed and after) can be rectified or annulled. */
const inForce = {
  RECTIFY: { actions: 'linkRectification' },
  ANNUL: { target: 'annulled', actions: 'annul' },
} as const;

/**
 * Resolución de Gerencia Municipal (D5–D16): pure, no clock, no I/O. The instant, the register
 * number and the document come in the event, added by the kind's `prepare` in the transaction.
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
    addresseePending: ({ context, event }) =>
      event.type === 'NOTIFY' &&
      !context.notifications.some((n) => n.addressee === event.addresseeIndex),
    lastAddressee: ({ context, event }) =>
      event.type === 'NOTIFY' &&
      !context.notifications.some((n) => n.addressee === event.addresseeIndex) &&
      new Set([...context.notifications.map((n) => n.addressee), event.addresseeIndex]).size ===
        context.addressees.length,
    particular: ({ context }) => context.scope === 'particular',
    general: ({ context }) => context.scope === 'general',
    /**
     * D7: one reconsideración and one apelación at most; no apelación when the Gerente acted by
     * delegation of the Alcalde (the act is the Alcalde's) or there is no superior.
     */
    remedyAdmissible: ({ context, event }) =>
      event.type === 'FILE_REMEDY' &&
      !(context.remedies ?? []).some((r) => r.kind === event.kind) &&
      (event.kind === 'reconsideracion' || appealable(context)),
    /** A reconsideración rejected leaves the apelación open (D7: the reconsideración is optional). */
    appealOpen: ({ context, event }) =>
      event.type === 'RESOLVE_REMEDY' &&
      event.outcome !== 'fundado' &&
      context.remedy?.kind === 'reconsideracion' &&
      appealable(context) &&
      !(context.remedies ?? []).some((r) => r.kind === 'apelacion'),
    upheld: ({ event }) => event.type === 'RESOLVE_REMEDY' && event.outcome === 'fundado',
    /** D9: the power to annul expires 2 years after the act became firm. */
    withinAnnulmentTerm: ({ context, event }) =>
      event.type === 'ANNUL' &&
      (context.firmAt === null || Date.parse(event.at) <= twoYearsAfter(context.firmAt)),
  },
  actions: {
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
    notify: assign({
      notifications: ({ context, event }) =>
        event.type === 'NOTIFY'
          ? [
              ...context.notifications,
              {
                addressee: event.addresseeIndex,
                name: context.addressees[event.addresseeIndex]?.name ?? event.addressee,
                channel: event.channel,
                at: event.at,
              },
            ]
          : context.notifications,
    }),
    notified: assign({ notifiedAt: ({ event }) => event.at }),
    publish: assign({
      publication: ({ event }) =>
        event.type === 'PUBLISH'
          ? { gazette: event.gazette, date: event.date, inForceFrom: event.inForceFrom }
          : null,
    }),
    fileRemedy: assign({
      remedy: ({ context, event }) =>
        event.type === 'FILE_REMEDY'
          ? {
              kind: event.kind,
              filedAt: event.filedAt,
              registeredAt: event.at,
              resolverRole: event.kind === 'apelacion' ? 'ALCALDE' : 'GERENTE_MUNICIPAL',
              outcome: null,
              resolvedAt: null,
              negativeSilence: false,
            }
          : context.remedy,
    }),
    resolveRemedy: assign(({ context, event }) => {
      if (event.type !== 'RESOLVE_REMEDY' || !context.remedy) return {};
      const resolved = { ...context.remedy, outcome: event.outcome, resolvedAt: event.at };
      return { remedy: resolved, remedies: [...(context.remedies ?? []), resolved] };
    }),
    negativeSilence: assign({
      remedy: ({ context }) =>
        context.remedy ? { ...context.remedy, negativeSilence: true } : null,
    }),
    becomeFirm: assign({ firmAt: ({ event }) => event.at }),
    annul: assign(({ context, event }) =>
      event.type === 'ANNUL'
        ? {
            annulment: {
              reason: event.reason,
              instrument: event.instrument ?? null,
              at: event.at,
            },
            links: event.instrument
              ? [
                  ...context.links,
                  {
                    type: 'anulada_por' as const,
                    resolutionId: null,
                    number: event.instrument,
                    at: event.at,
                  },
                ]
              : context.links,
          }
        : {},
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
        SIGN: { target: 'signed', actions: 'sign' },
        RETURN: { target: 'observed', actions: 'recordReturn' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    signed: {
      meta: meta({ deadlines: [notification] }),
      on: {
        NOTIFY: [
          {
            guard: and(['particular', 'lastAddressee']),
            target: 'notified',
            actions: ['notify', 'notified'],
          },
          { guard: and(['particular', 'addresseePending']), actions: 'notify' },
        ],
        PUBLISH: { guard: 'general', target: 'published', actions: 'publish' },
        ...inForce,
      },
    },
    notified: {
      meta: meta({ deadlines: [remedyFiling] }),
      on: {
        FILE_REMEDY: { guard: 'remedyAdmissible', target: 'under_remedy', actions: 'fileRemedy' },
        CONSENT: { target: 'firm', actions: 'becomeFirm' },
        ...inForce,
      },
    },
    published: {
      meta: meta({ deadlines: [remedyFiling] }),
      on: {
        FILE_REMEDY: { guard: 'remedyAdmissible', target: 'under_remedy', actions: 'fileRemedy' },
        CONSENT: { target: 'firm', actions: 'becomeFirm' },
        ...inForce,
      },
    },
    under_remedy: {
      meta: meta({ deadlines: [remedyResolution] }),
      on: {
        RESOLVE_REMEDY: [
          { guard: 'upheld', target: 'annulled', actions: 'resolveRemedy' },
          // The window for the apelación reopens: 15 business days from this resolution.
          {
            guard: and(['appealOpen', 'particular']),
            target: 'notified',
            actions: 'resolveRemedy',
          },
          { guard: and(['appealOpen', 'general']), target: 'published', actions: 'resolveRemedy' },
          { target: 'firm', actions: ['resolveRemedy', 'becomeFirm'] },
        ],
        NEGATIVE_SILENCE: { actions: 'negativeSilence' },
        ...inForce,
      },
    },
    firm: {
      on: {
        RECTIFY: { actions: 'linkRectification' },
        ANNUL: { guard: 'withinAnnulmentTerm', target: 'annulled', actions: 'annul' },
      },
    },
    annulled: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/** An apelación goes to the superior: none when the act exhausts the administrative route (D7, D10). */
function appealable(context: ResolutionContext): boolean {
  return !administrativeRoute(context).exhausted;
}

function twoYearsAfter(iso: string): number {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() + 2);
  return date.getTime();
}
