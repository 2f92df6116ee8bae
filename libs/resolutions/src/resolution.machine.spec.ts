import { join } from 'node:path';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';
import type { Actor } from '#audit';
import { addDays } from '#calendar';
import { DomainError } from '#core';
import { loadMunicipalityProfiles } from '#org';
import {
  CANCEL_OBLIGATION,
  deadlineSpecsOf,
  formatRegisterNumber,
  FULFIL_OBLIGATION,
  OPEN_OBLIGATION,
  type WorkflowEvent,
} from '#workflow';
import { declaredDeadlines, declaredEdges, explore, type PathCase } from '#workflow/testing';
import {
  ADDRESSEES,
  BUDGET,
  eventLabel,
  ISSUING,
  LEGAL,
  ORIGIN,
  resolutionEvents,
  resolutionKey,
  sampleResolutionContext,
  type Scope,
  SUPERIOR,
} from '#resolutions/testing';
import type {
  Hearing,
  Remedy,
  RemedyWindow,
  ResolutionContext,
  ResolutionLink,
  Review,
  Service,
  Signature,
} from './resolution.machine.js';
import { resolutionMachine as typed } from './resolution.machine.js';
import { signatureOf } from './resolution-signing.service.js';
import { resolutionsDefinition, type ResolutionsDependencies } from './resolutions.definition.js';
import { resolutionsSectionOf } from './resolutions.profile.js';
import { completeResolutionEvent } from './resolution-request.js';

// Driven with the events as the engine holds them (WorkflowEvent), not the machine's own union.
const resolutionMachine: AnyStateMachine = typed;

// The terms and the numbering come from the shipped profile, as the creator and the signer read them.
const profile = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities')).find(
  (p) => p.code === 'mml',
);
if (!profile) throw new Error('sin perfil mml');
const settings = resolutionsSectionOf(profile);
const TERMS = { ...settings.terms };
const TEMPLATE = profile.numbering[settings.series]?.template ?? '';

const NOW = '2026-12-01T15:00:00.000Z';
const TODAY = '2026-12-01';
/** A window's last day, and the end of it in Lima: when CONSENT makes the act firm for a party (D7, D9). */
const WINDOW_DUE = '2026-12-22';
const WINDOW_END = '2026-12-23T04:59:59.999Z';
/** The end of the registration grace after it (the profile's business days). */
const GRACE_END = '2026-12-25T05:00:00.000Z';
const GERENTE = { id: 'u-gerente', fullName: 'Luis Quispe Mamani', post: 'Gerente Municipal' };

type Ctx = ResolutionContext;
const ctx = (snapshot: AnyMachineSnapshot) => snapshot.context as Ctx;
const str = (event: WorkflowEvent, name: string) => event[name] as string;

/** Who returns a project from each state: the reviewer there (the engine takes the sender's unit). */
const returningUnit = (state: string, c: Ctx) =>
  state === 'legal_review' ? LEGAL : state === 'visas' ? (c.pendingVisas[0] ?? null) : ISSUING;

/** Who sends the event, as the engine knows it: the unit decides VISA and RETURN. */
function senderOf(snapshot: AnyMachineSnapshot, event: WorkflowEvent): Actor {
  const unitId =
    event.type === 'VISA'
      ? str(event, 'unitId')
      : event.type === 'RETURN'
        ? returningUnit(String(snapshot.value), ctx(snapshot))
        : ISSUING;
  return {
    userId: `user-${unitId ?? 'none'}`,
    name: 'remitente',
    municipalityId: 'm-1',
    unitId,
    roles: [],
  };
}

/** As a client sends it: no unit, no addressee position, no party, no decision position, no instant. */
const asClient = ({
  unitId: _unit,
  addresseeIndex: _index,
  party: _party,
  filerName: _filer,
  remedyIndex: _remedy,
  ...event
}: WorkflowEvent) => event as WorkflowEvent;

/**
 * The client's request completed as the engine does before asking the machine (pure). A request
 * that cannot be one here (no decision to serve) is refused by `complete`: a position no guard takes.
 */
const completed = (snapshot: AnyMachineSnapshot, event: WorkflowEvent, at = NOW): WorkflowEvent => {
  try {
    return completeResolutionEvent(
      asClient(event),
      { state: String(snapshot.value), context: ctx(snapshot) },
      senderOf(snapshot, event),
      new Date(at),
    );
  } catch (error) {
    if (error instanceof DomainError && event.type === 'NOTIFY_DECISION')
      return { ...asClient(event), remedyIndex: -1, at };
    if (error instanceof DomainError && event.type === 'RESOLVE_REMEDY')
      return { ...asClient(event), party: null, at };
    throw error;
  }
};

/** Then what the kind's `prepare` adds from the database and the calendar (ResolutionPreparer, ResolutionSigning). */
function prepared(
  snapshot: AnyMachineSnapshot,
  event: WorkflowEvent,
  signature?: Signature,
): WorkflowEvent {
  const complete = completed(snapshot, event);
  switch (event.type) {
    case 'SIGN':
      return {
        ...complete,
        number: formatRegisterNumber(TEMPLATE, 1, 2026),
        sequence: 1,
        year: 2026,
        verificationCode: 'K7Q2-9XMA',
        documentSha256: 'ab'.repeat(32),
        signature: signature ?? signatureOf(GERENTE, null),
      };
    case 'PUBLISH':
      return { ...complete, inForceFrom: addDays(str(event, 'date'), 1) };
    case 'RECTIFY':
      return { ...complete, rectifiedBy: 'r-rectifying-draft' };
    case 'NOTIFY':
    case 'NOTIFY_DECISION':
    case 'SERVE_HEARING':
      return { ...complete, servedOn: TODAY };
    case 'FILE_REMEDY':
      return { ...complete, filedOn: TODAY };
    case 'CONSENT':
      return { ...complete, at: WINDOW_END, dueOn: WINDOW_DUE, provisionalUntil: GRACE_END };
    default:
      return complete;
  }
}

const samplesOf = (scope: Scope) => resolutionEvents(TODAY, scope);
const events = (scope: Scope) => (snapshot: AnyMachineSnapshot) =>
  samplesOf(scope).map((e) => prepared(snapshot, e));
const start = (context: Ctx) => initialTransition(resolutionMachine, context)[0];
/** Sends client events, each prepared as the engine would, and fails on any refusal. */
function run(context: Ctx, sequence: WorkflowEvent[], signature?: Signature): AnyMachineSnapshot {
  return steps(context, sequence, signature).at(-1)?.[0] ?? start(context);
}
/** Each snapshot and the actions the transition into it returned. */
function steps(
  context: Ctx,
  sequence: WorkflowEvent[],
  signature?: Signature,
): [AnyMachineSnapshot, { type: string; params?: unknown }[]][] {
  const out: [AnyMachineSnapshot, { type: string; params?: unknown }[]][] = [];
  let snapshot = start(context);
  for (const event of sequence) {
    const ready = prepared(snapshot, event, signature);
    if (!snapshot.can(ready))
      throw new Error(`${String(snapshot.value)} rechaza ${eventLabel(event)}`);
    const [next, actions] = transition(resolutionMachine, snapshot, ready);
    out.push([next, actions]);
    snapshot = next;
  }
  return out;
}
const sample = (label: string, scope: Scope = 'particular'): WorkflowEvent => {
  const found = samplesOf(scope).find((e) => eventLabel(e) === label);
  if (!found) throw new Error(`sin muestra ${label}`);
  return found;
};
const obligationsIn = (actions: { type: string; params?: unknown }[]) =>
  actions
    .filter((a) => [OPEN_OBLIGATION, FULFIL_OBLIGATION, CANCEL_OBLIGATION].includes(a.type))
    .map((a) => [a.type.replace('kernel.', ''), a.params]);

// ——— what each declared transition does to the context (D5–D16) ———
type Effect = (c: Ctx, e: WorkflowEvent) => Ctx;
const same: Effect = (c) => c;
const edit: Effect = (c, e) => ({
  ...c,
  subject: str(e, 'subject'),
  contentHash: str(e, 'contentHash'),
  // D14: an edit voids every visa given on the previous content.
  voidedVisas: [...c.voidedVisas, ...c.visas],
  visas: [],
  pendingVisas: [],
});
const opinion = (e: WorkflowEvent) => ({
  favorable: e['favorable'] as boolean,
  reportRef: str(e, 'reportRef'),
  reasons: (e['reasons'] as string | undefined) ?? null,
  at: str(e, 'at'),
});
const favorable: Effect = (c, e) => ({
  ...c,
  legalOpinion: opinion(e),
  // D14: originating and legal units, and budget when money is involved; a new round of visas.
  pendingVisas: c.hasBudgetImpact ? [ORIGIN, LEGAL, BUDGET] : [ORIGIN, LEGAL],
  voidedVisas: [...c.voidedVisas, ...c.visas],
  visas: [],
});
const unfavorable: Effect = (c, e) => ({ ...c, legalOpinion: opinion(e) });
const returned: Effect = (c, e) => ({
  ...c,
  returns: [
    ...c.returns,
    { reason: str(e, 'reason'), from: str(e, 'from'), unitId: str(e, 'unitId'), at: str(e, 'at') },
  ],
  pendingVisas: [],
});
const withdrawn: Effect = (c, e) => ({
  ...c,
  withdrawal: { reason: str(e, 'reason'), at: str(e, 'at') },
});
const visa: Effect = (c, e) => ({
  ...c,
  pendingVisas: c.pendingVisas.filter((unit) => unit !== e['unitId']),
  visas: [
    ...c.visas,
    { unitId: str(e, 'unitId'), userId: str(e, 'userId'), contentHash: c.contentHash, at: NOW },
  ],
});
const signed: Effect = (c, e) => ({
  ...c,
  number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM',
  sequence: 1,
  year: 2026,
  signedAt: NOW,
  verificationCode: str(e, 'verificationCode'),
  documentSha256: str(e, 'documentSha256'),
  signature: e['signature'] as Signature,
});

/** A service as recorded: when it took effect, its civil date, the cargo, when it was recorded. */
const serviceOf = (e: WorkflowEvent, channel = e['channel'] as Service['channel']): Service => ({
  channel,
  servedAt: str(e, 'servedAt'),
  servedOn: TODAY,
  receipt: (e['receipt'] as string | undefined) ?? null,
  at: NOW,
});
const openWindow = (key: string, addressee: number | null): RemedyWindow => ({
  key,
  addressee,
  status: 'open',
  servedOn: TODAY,
  dueOn: null,
  firmAt: null,
  firmProvisionalUntil: null,
});
const putWindow = (c: Ctx, window: RemedyWindow): RemedyWindow[] =>
  c.windows.some((w) => w.key === window.key)
    ? c.windows.map((w) => (w.key === window.key ? window : w))
    : [...c.windows, window];
const windowFor = (c: Ctx, key: string) => c.windows.find((w) => w.key === key);

// D6, Art. 144: each addressee served on a day of their own; their window opens from it.
const notify: Effect = (c, e) => {
  const index = e['addresseeIndex'] as number;
  return {
    ...c,
    notifications: [
      ...c.notifications,
      { addressee: index, name: ADDRESSEES[index] ?? '', ...serviceOf(e) },
    ],
    windows: putWindow(c, openWindow(String(index), index)),
  };
};
// With the last one the act is notified: on the day the last service took effect.
const notifyLast: Effect = (c, e) => {
  const next = notify(c, e);
  return {
    ...next,
    notifiedAt:
      next.notifications
        .map((n) => n.servedAt)
        .sort()
        .at(-1) ?? null,
  };
};
// D15: published on its date, in force the day after; one window for everybody from that date.
const published: Effect = (c, e) => ({
  ...c,
  publication: { gazette: str(e, 'gazette'), date: TODAY, inForceFrom: '2026-12-02' },
  windows: [...c.windows, openWindow('publicacion', null)],
});
const remedyOf = (e: WorkflowEvent, party: string): Remedy => ({
  kind: e['kind'] as Remedy['kind'],
  party,
  filedBy: {
    addressee: e['addresseeIndex'] as number | null,
    name: str(e, 'filerName'),
  },
  filedAt: str(e, 'filedAt'),
  filedOn: TODAY,
  registeredAt: NOW,
  // D7: the same body reconsiders; the hierarchical superior (the Alcalde) hears the apelación.
  resolverRole: e['kind'] === 'apelacion' ? 'ALCALDE' : 'GERENTE_MUNICIPAL',
  outcome: null,
  resolvedAt: null,
  instrument: null,
  modification: null,
  negativeSilence: false,
  resolutionDueOn: null,
  closedBySilenceAt: null,
  decisionNotice: null,
  reversedFirmAt: null,
});
/**
 * D7: the filer's window is used. Art. 27.2: an addressee not yet served is served by filing (and
 * a decision not yet served, by appealing it). Art. 222 with the grace: a lapsed window's
 * provisional firmness is reversed.
 */
const filed: Effect = (c, e) => {
  const party = str(e, 'party');
  const window = windowFor(c, party);
  const index = e['addresseeIndex'] as number | null;
  const tacit: Service = {
    channel: 'tacita',
    servedAt: str(e, 'filedAt'),
    servedOn: TODAY,
    receipt: null,
    at: NOW,
  };
  const notifications =
    !window && index !== null
      ? [...c.notifications, { addressee: index, name: str(e, 'filerName'), ...tacit }]
      : c.notifications;
  const remedies =
    window?.status === 'awaiting_notice'
      ? c.remedies.map((r) =>
          r.party === party && r.outcome !== null && r.decisionNotice === null
            ? { ...r, decisionNotice: tacit }
            : r,
        )
      : c.remedies;
  const allServed =
    c.scope === 'general' ||
    c.addressees.every((_, i) => notifications.some((n) => n.addressee === i));
  return {
    ...c,
    notifications,
    notifiedAt:
      c.scope === 'particular' && allServed && c.notifiedAt === null
        ? (notifications
            .map((n) => n.servedAt)
            .sort()
            .at(-1) ?? null)
        : c.notifiedAt,
    remedies,
    pending: [
      ...c.pending,
      {
        ...remedyOf(e, party),
        reversedFirmAt: window?.status === 'firm' ? window.firmAt : null,
      },
    ],
    windows: putWindow(c, {
      key: party,
      addressee: index,
      status: 'remedied',
      servedOn: window?.servedOn ?? TODAY,
      dueOn: window?.dueOn ?? null,
      firmAt: null,
      firmProvisionalUntil: null,
    }),
    remedy: {
      ...remedyOf(e, party),
      reversedFirmAt: window?.status === 'firm' ? window.firmAt : null,
    },
    firmAt: null,
    firmProvisionalUntil: null,
  };
};
// Art. 199.4: the apelación after the silence closes the reconsideración; the duty to resolve passes on.
const appealOnSilence: Effect = (c, e) => {
  const current = c.pending.find((r) => r.party === e['party']);
  if (!current) throw new Error('sin recurso en trámite de esa parte');
  const appeal = remedyOf(e, current.party);
  return {
    ...c,
    remedies: [...c.remedies, { ...current, closedBySilenceAt: NOW }],
    pending: c.pending.map((r) => (r === current ? appeal : r)),
    remedy: appeal,
  };
};
/** Everyone served and every window firm. */
const everyoneFirm = (c: Ctx) =>
  (c.scope === 'general'
    ? c.publication !== null
    : c.addressees.every((_, i) => c.notifications.some((n) => n.addressee === i))) &&
  c.windows.length > 0 &&
  c.windows.every((w) => w.status === 'firm');
const firmNow = (c: Ctx, at: string): Ctx => {
  if (!everyoneFirm(c)) return c;
  const graces = c.windows
    .map((w) => w.firmProvisionalUntil)
    .filter((g): g is string => g !== null && g > at)
    .sort();
  return { ...c, firmAt: at, firmProvisionalUntil: graces.at(-1) ?? null };
};
// Art. 222: the party's window lapsed with no remedy; firm for it, provisionally for the grace.
const consent: Effect = (c, e) => {
  const key = str(e, 'key');
  const window = windowFor(c, key);
  if (!window) throw new Error(`sin ventana ${key}`);
  const next = {
    ...c,
    windows: putWindow(c, {
      ...window,
      status: 'firm',
      dueOn: WINDOW_DUE,
      firmAt: WINDOW_END,
      firmProvisionalUntil: GRACE_END,
    }),
  };
  return next.pending.length > 0 ? next : firmNow(next, WINDOW_END);
};
/**
 * D7: decided. A reconsideración still appealable waits for its decision to be served; anything
 * else leaves the act firm for the party (definitively). fundado_en_parte links the deciding act.
 */
const resolved: Effect = (c, e) => {
  const current = c.pending.find((r) => r.party === e['party']);
  if (!current) throw new Error('sin recurso en trámite de esa parte');
  const outcome = e['outcome'] as NonNullable<Remedy['outcome']>;
  const remedy: Remedy = {
    ...current,
    outcome,
    resolvedAt: NOW,
    instrument: (e['instrument'] as string | undefined) ?? null,
    modification: outcome === 'fundado_en_parte' ? str(e, 'modification') : null,
  };
  const party = current.party;
  const appealLeft =
    current.kind === 'reconsideracion' &&
    c.signature?.delegatorRole !== 'ALCALDE' &&
    c.superiorUnitId !== null &&
    !c.remedies.some((r) => r.party === party && r.kind === 'apelacion');
  const window = windowFor(c, party);
  const next: Ctx = {
    ...c,
    remedy,
    pending: c.pending.filter((r) => r !== current),
    remedies: [...c.remedies, remedy],
    links:
      outcome === 'fundado_en_parte'
        ? [
            ...c.links,
            { type: 'modificada_por', resolutionId: null, number: str(e, 'instrument'), at: NOW },
          ]
        : c.links,
    windows:
      outcome === 'fundado' || !window
        ? c.windows
        : putWindow(c, {
            ...window,
            status: appealLeft ? 'awaiting_notice' : 'firm',
            firmAt: appealLeft ? null : NOW,
            firmProvisionalUntil: null,
          }),
  };
  return outcome === 'fundado' || next.pending.length > 0 ? next : firmNow(next, NOW);
};
// Art. 199.3: the term passed unresolved (the remedy the kernel names); the day it ended is recorded.
const silence: Effect = (c, e) => {
  const silent = c.pending.find((r) => `${r.party}-${r.kind}` === e['key']);
  if (!silent) throw new Error('sin recurso con ese plazo');
  const marked = { ...silent, negativeSilence: true, resolutionDueOn: str(e, 'dueOn') };
  return {
    ...c,
    pending: c.pending.map((r) => (r === silent ? marked : r)),
    remedy:
      c.remedy?.party === silent.party &&
      c.remedy.kind === silent.kind &&
      c.remedy.registeredAt === silent.registeredAt
        ? marked
        : c.remedy,
  };
};
// The decision served to its party: from it runs the term to appeal (Art. 24.1, 144).
const decisionNoticed: Effect = (c, e) => {
  const index = e['remedyIndex'] as number;
  const decided = c.remedies[index];
  if (!decided) throw new Error('sin decisión');
  const noticed = { ...decided, decisionNotice: serviceOf(e) };
  const window = windowFor(c, decided.party);
  return {
    ...c,
    remedies: c.remedies.map((r, i) => (i === index ? noticed : r)),
    remedy:
      c.remedy?.outcome !== null &&
      c.remedy?.party === decided.party &&
      c.remedy.kind === decided.kind &&
      c.remedy.registeredAt === decided.registeredAt
        ? noticed
        : c.remedy,
    windows:
      window?.status === 'awaiting_notice'
        ? putWindow(c, { ...window, status: 'open', servedOn: TODAY, dueOn: null })
        : c.windows,
  };
};
const rectified: Effect = (c) => ({
  ...c,
  links: [
    ...c.links,
    { type: 'rectificada_por', resolutionId: 'r-rectifying-draft', number: null, at: NOW },
  ],
});
// D9: the review opens with a traslado pending for each addressee of a particular act.
const reviewStarted: Effect = (c, e) => ({
  ...c,
  review: {
    kind: e.type === 'START_ANNULMENT' ? 'nulidad' : 'revocacion',
    reason: str(e, 'reason'),
    grounds: str(e, 'grounds'),
    cause: e.type === 'START_REVOCATION' ? (str(e, 'cause') as '214.1.2') : null,
    startedAt: NOW,
    from: str(e, 'from'),
    hearings:
      c.scope === 'particular'
        ? c.addressees.map((a, addressee) => ({
            addressee,
            name: a.name,
            notice: null,
            dueOn: null,
            lapsedAt: null,
            arguments: [],
          }))
        : [],
    outcome: null,
    instrument: null,
    part: null,
    decidedAt: null,
  },
});
const review = (c: Ctx) => {
  if (!c.review) throw new Error('sin revisión');
  return c.review;
};
const hearingChanged =
  (change: (h: Hearing, e: WorkflowEvent) => Hearing, key: (e: WorkflowEvent) => number): Effect =>
  (c, e) => ({
    ...c,
    review: {
      ...review(c),
      hearings: review(c).hearings.map((h) => (h.addressee === key(e) ? change(h, e) : h)),
    },
  });
const hearingServed = hearingChanged(
  (h, e) => ({ ...h, notice: serviceOf(e) }),
  (e) => e['addresseeIndex'] as number,
);
const argued = hearingChanged(
  (h, e) => ({
    ...h,
    arguments: [
      ...h.arguments,
      { summary: str(e, 'summary'), filedAt: str(e, 'filedAt'), at: NOW },
    ],
  }),
  (e) => e['addresseeIndex'] as number,
);
const hearingLapsed = hearingChanged(
  (h, e) => ({ ...h, dueOn: str(e, 'dueOn'), lapsedAt: NOW }),
  (e) => Number(e['key']),
);
const decided =
  (outcome: Review['outcome']): Effect =>
  (c, e) => {
    const done: Review = {
      ...review(c),
      outcome,
      instrument: str(e, 'instrument'),
      part: outcome === 'declarada_en_parte' ? str(e, 'part') : null,
      decidedAt: NOW,
    };
    const link = (type: ResolutionLink['type']) => [
      ...c.links,
      { type, resolutionId: null, number: str(e, 'instrument'), at: NOW },
    ];
    const base = { ...c, review: done, reviews: [...(c.reviews ?? []), done] };
    if (outcome === 'declarada')
      return {
        ...base,
        annulment: { reason: str(e, 'reason'), instrument: str(e, 'instrument'), at: NOW },
        links: link('anulada_por'),
      };
    if (outcome === 'declarada_en_parte') return { ...base, links: link('modificada_por') };
    if (outcome === 'revocada')
      return {
        ...base,
        revocation: {
          reason: str(e, 'reason'),
          cause: review(c).cause ?? '214.1.1',
          instrument: str(e, 'instrument'),
          at: NOW,
        },
        links: link('revocada_por'),
      };
    return base;
  };

/** Every transition of the machine (the contract's states and events) and what it must do. */
const EFFECTS: Record<string, Effect> = {
  'draft:EDIT:draft': edit,
  'draft:SUBMIT:legal_review': same,
  'draft:WITHDRAW:withdrawn': withdrawn,
  'legal_review:LEGAL_OPINION:visas': favorable,
  'legal_review:LEGAL_OPINION:observed': unfavorable,
  'legal_review:RETURN:observed': returned,
  'legal_review:WITHDRAW:withdrawn': withdrawn,
  'observed:EDIT:observed': edit,
  'observed:SUBMIT:legal_review': same,
  'observed:WITHDRAW:withdrawn': withdrawn,
  'visas:VISA:ready_to_sign': visa,
  'visas:VISA:visas': visa,
  'visas:RETURN:observed': returned,
  'visas:WITHDRAW:withdrawn': withdrawn,
  'ready_to_sign:SIGN:signed': signed,
  'ready_to_sign:RETURN:observed': returned,
  'ready_to_sign:WITHDRAW:withdrawn': withdrawn,
  'signed:NOTIFY:notified': notifyLast,
  'signed:NOTIFY:signed': notify,
  'signed:PUBLISH:published': published,
  'signed:FILE_REMEDY:under_remedy': filed,
  'signed:CONSENT:signed': consent,
  'signed:RECTIFY:signed': rectified,
  'notified:FILE_REMEDY:under_remedy': filed,
  'notified:CONSENT:firm': consent,
  'notified:CONSENT:notified': consent,
  'notified:NOTIFY_DECISION:notified': decisionNoticed,
  'notified:RECTIFY:notified': rectified,
  'notified:START_ANNULMENT:under_review': reviewStarted,
  'notified:START_REVOCATION:under_review': reviewStarted,
  'published:FILE_REMEDY:under_remedy': filed,
  'published:CONSENT:firm': consent,
  'published:NOTIFY_DECISION:published': decisionNoticed,
  'published:RECTIFY:published': rectified,
  'published:START_ANNULMENT:under_review': reviewStarted,
  'published:START_REVOCATION:under_review': reviewStarted,
  'under_remedy:RESOLVE_REMEDY:annulled': resolved,
  'under_remedy:RESOLVE_REMEDY:under_remedy': resolved,
  'under_remedy:RESOLVE_REMEDY:firm': resolved,
  'under_remedy:RESOLVE_REMEDY:signed': resolved,
  'under_remedy:RESOLVE_REMEDY:notified': resolved,
  'under_remedy:RESOLVE_REMEDY:published': resolved,
  'under_remedy:NEGATIVE_SILENCE:under_remedy': silence,
  'under_remedy:FILE_REMEDY:under_remedy#0': appealOnSilence,
  'under_remedy:FILE_REMEDY:under_remedy#1': filed,
  'under_remedy:NOTIFY:under_remedy': notifyLast,
  'under_remedy:CONSENT:under_remedy': consent,
  'under_remedy:NOTIFY_DECISION:under_remedy': decisionNoticed,
  'under_remedy:RECTIFY:under_remedy': rectified,
  'firm:RECTIFY:firm': rectified,
  'firm:START_ANNULMENT:under_review': reviewStarted,
  'firm:START_REVOCATION:under_review': reviewStarted,
  'under_review:SERVE_HEARING:under_review': hearingServed,
  'under_review:FILE_ARGUMENTS:under_review': argued,
  'under_review:HEARING_LAPSED:under_review': hearingLapsed,
  'under_review:ANNUL:annulled': decided('declarada'),
  'under_review:ANNUL:under_remedy': decided('declarada_en_parte'),
  'under_review:ANNUL:notified': decided('declarada_en_parte'),
  'under_review:ANNUL:published': decided('declarada_en_parte'),
  'under_review:ANNUL:firm': decided('declarada_en_parte'),
  'under_review:REVOKE:revoked': decided('revocada'),
  'under_review:DISMISS_REVIEW:under_remedy': decided('desestimada'),
  'under_review:DISMISS_REVIEW:notified': decided('desestimada'),
  'under_review:DISMISS_REVIEW:published': decided('desestimada'),
  'under_review:DISMISS_REVIEW:firm': decided('desestimada'),
  'under_review:FILE_REMEDY:under_review': filed,
  'under_review:RESOLVE_REMEDY:annulled': resolved,
  'under_review:RESOLVE_REMEDY:under_review': resolved,
  'under_review:NEGATIVE_SILENCE:under_review': silence,
  'under_review:CONSENT:under_review': consent,
  'under_review:NOTIFY_DECISION:under_review': decisionNoticed,
  'under_review:RECTIFY:under_review': rectified,
  'firm:FILE_REMEDY:under_remedy': filed,
  'firm:NOTIFY_DECISION:firm': decisionNoticed,
};
const FINAL = ['annulled', 'revoked', 'withdrawn'];

/** The graph explored from each kind of draft: every guard that reads the context, both ways. */
const variants: Array<[string, Scope, Ctx]> = [
  [
    'particular, con impacto presupuestal',
    'particular',
    sampleResolutionContext('particular', TERMS),
  ],
  ['general', 'general', sampleResolutionContext('general', TERMS)],
  [
    'particular, sin impacto presupuestal',
    'particular',
    sampleResolutionContext('particular', TERMS, { hasBudgetImpact: false }),
  ],
];
// Without budget impact only the visas differ (D14): once signed, the graph is the first variant's.
const BEFORE_SIGNING = ['draft', 'legal_review', 'observed', 'visas', 'ready_to_sign'];
const explorer = (variant: string, scope: Scope) => (snapshot: AnyMachineSnapshot) =>
  variant.includes('sin impacto') && !BEFORE_SIGNING.includes(String(snapshot.value))
    ? []
    : events(scope)(snapshot);
const explored = variants.map(([variant, scope, input]) => ({
  variant,
  scope,
  input,
  ...explore(resolutionMachine, input, explorer(variant, scope), resolutionKey),
}));
/**
 * Where refusals are checked: one snapshot per state and set of events it accepts, in each variant.
 * Every reached snapshot is a cartesian product of parties, windows, remedies and reviews (tens of
 * thousands); these representatives cover every (state, event) pair, accepted and refused, with
 * each combination of guards that tells them apart.
 */
const representatives = explored.flatMap(({ variant, scope, reached }) => {
  const seen = new Set<string>();
  return reached.flatMap((snapshot) => {
    if (variant.includes('sin impacto') && !BEFORE_SIGNING.includes(String(snapshot.value)))
      return [];
    const accepted = events(scope)(snapshot)
      .filter((event) => snapshot.can(event))
      .map(eventLabel)
      .join(',');
    const key = `${String(snapshot.value)}|${accepted}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [[`(${variant}) ${resolutionKey(snapshot)}`, scope, snapshot] as const];
  });
});
const allPaths = explored.flatMap(({ variant, paths }) => paths.map((path) => ({ variant, path })));
const pathName = ({ variant, path }: { variant: string; path: PathCase }) =>
  `(${variant}) ${path.events.map(eventLabel).join(' → ')}`;

describe('resolution machine: every transition, pure (xstate transition(), no database)', () => {
  it('has a sample payload for every event the machine knows, and the kind declares each a client sends', () => {
    const known = [...resolutionMachine.events].sort();
    expect([...new Set(samplesOf('particular').map((e) => e.type))].sort()).toEqual(known);
    // CONSENT and NEGATIVE_SILENCE are sent by the kernel when a term runs out, never by a client.
    const definition = resolutionsDefinition({} as ResolutionsDependencies);
    expect(
      [...Object.keys(definition.events), 'CONSENT', 'NEGATIVE_SILENCE', 'HEARING_LAPSED'].sort(),
    ).toEqual(known);
  });

  it('covers every transition the machine declares (a new one fails here until it has its effect)', () => {
    const declared = declaredEdges(resolutionMachine);
    expect(Object.keys(EFFECTS).sort()).toEqual([...declared].sort());
    const covered = new Set(allPaths.map(({ path }) => path.edge));
    expect([...covered].sort()).toEqual([...declared].sort());
  });

  it.each(Object.keys(EFFECTS))(
    '%s: target state and context on every path that takes it',
    (edge) => {
      // `state:EVENT:target`, with `#n` when one event has several candidates to the same target.
      const target = edge.split(':')[2]?.split('#')[0];
      const taking = allPaths.filter(({ path }) => path.edge === edge);
      expect(taking.length).toBeGreaterThan(0);
      for (const taken of taking) {
        const { before, after } = taken.path;
        const event = taken.path.events.at(-1) as WorkflowEvent;
        const effect = EFFECTS[edge] ?? same;
        // The path's name in both sides: a failure says which one.
        expect({ path: pathName(taken), state: after.value, context: after.context }).toEqual({
          path: pathName(taken),
          state: target,
          context: effect(ctx(before), event),
        });
        expect(after.status).toBe(FINAL.includes(target ?? '') ? 'done' : 'active');
        if (event.type === 'VISA')
          expect(ctx(after).pendingVisas).toHaveLength(ctx(before).pendingVisas.length - 1);
      }
    },
  );

  it.each(representatives)(
    '%s: every refused event leaves the snapshot unchanged',
    (_key, scope, snapshot) => {
      for (const event of events(scope)(snapshot)) {
        // The engine asks the machine before `prepare` with the completed request, then applies the
        // prepared one: what the machine accepts prepared, it must accept completed.
        if (snapshot.can(event)) expect(snapshot.can(completed(snapshot, event))).toBe(true);
        else {
          const [next] = transition(resolutionMachine, snapshot, event);
          expect({ event: eventLabel(event), value: next.value, context: next.context }).toEqual({
            event: eventLabel(event),
            value: snapshot.value,
            context: snapshot.context,
          });
        }
      }
    },
  );
});

describe('resolution machine: guards that read the context, both ways', () => {
  const particular = sampleResolutionContext('particular', TERMS);
  const general = sampleResolutionContext('general', TERMS);
  const toVisas = [sample('SUBMIT'), sample('LEGAL_OPINION(favorable)')];
  const allVisas = [sample('VISA(origin)'), sample('VISA(legal)'), sample('VISA(budget)')];
  const toSigned = [...toVisas, ...allVisas, sample('SIGN')];
  const toNotified = [...toSigned, sample('NOTIFY(0)'), sample('NOTIFY(1)')];
  const toPublished = [...toSigned, sample('PUBLISH', 'general')];

  it('D14: without budget impact only the originating unit and Asesoría Jurídica visa', () => {
    const noBudget = sampleResolutionContext('particular', TERMS, { hasBudgetImpact: false });
    const visas = run(noBudget, toVisas);
    expect(ctx(visas).pendingVisas).toEqual([ORIGIN, LEGAL]);
    expect(visas.can(prepared(visas, sample('VISA(budget)')))).toBe(false);
    expect(run(noBudget, [...toVisas, sample('VISA(legal)'), sample('VISA(origin)')]).value).toBe(
      'ready_to_sign',
    );
    expect(ctx(run(particular, toVisas)).pendingVisas).toEqual([ORIGIN, LEGAL, BUDGET]);
  });

  it('D14: a unit visas once; the last pending visa, whichever it is, makes it ready to sign', () => {
    const once = run(particular, [...toVisas, sample('VISA(legal)')]);
    expect(once.can(prepared(once, sample('VISA(legal)')))).toBe(false);
    const reversed = run(particular, [...toVisas, ...[...allVisas].reverse()]);
    expect(reversed.value).toBe('ready_to_sign');
    expect(ctx(reversed).visas.map((v) => v.unitId)).toEqual([BUDGET, LEGAL, ORIGIN]);
  });

  it('D14: an edit after a return voids the visas already given, and they stay on record', () => {
    const returned = run(particular, [
      ...toVisas,
      sample('VISA(origin)'),
      sample('VISA(legal)'),
      sample('RETURN'),
    ]);
    expect(returned.value).toBe('observed');
    expect(ctx(returned).visas).toHaveLength(2);
    const edited = run(particular, [
      ...toVisas,
      sample('VISA(origin)'),
      sample('VISA(legal)'),
      sample('RETURN'),
      sample('EDIT'),
    ]);
    const c = ctx(edited);
    expect(c.visas).toEqual([]);
    expect(c.voidedVisas.map((v) => [v.unitId, v.contentHash])).toEqual([
      [ORIGIN, particular.contentHash],
      [LEGAL, particular.contentHash],
    ]);
    expect(c.contentHash).not.toBe(particular.contentHash);
    const again = run(particular, [
      ...toVisas,
      sample('VISA(origin)'),
      sample('RETURN'),
      sample('EDIT'),
      ...toVisas,
      ...allVisas,
    ]);
    expect(ctx(again).visas.every((v) => v.contentHash === c.contentHash)).toBe(true);
  });

  it('D6/D15: an act of particular scope is notified to each addressee once; one of general scope is published', () => {
    const signedParticular = run(particular, toSigned);
    expect(signedParticular.can(prepared(signedParticular, sample('PUBLISH')))).toBe(false);
    const once = run(particular, [...toSigned, sample('NOTIFY(1)')]);
    expect(once.value).toBe('signed');
    expect(once.can(prepared(once, sample('NOTIFY(1)')))).toBe(false);
    expect(ctx(once).notifiedAt).toBeNull();
    const signedGeneral = run(general, toSigned);
    expect(signedGeneral.can(prepared(signedGeneral, sample('NOTIFY(0)')))).toBe(false);
    expect(run(general, toPublished).value).toBe('published');
  });

  it('Art. 18, 25, 144: each service opens that addressee’s window, counted from the day it took effect', () => {
    const [[, first], [, second]] = steps(particular, toNotified).slice(-2) as [
      [AnyMachineSnapshot, { type: string; params?: unknown }[]],
      [AnyMachineSnapshot, { type: string; params?: unknown }[]],
    ];
    const window = (key: string) => [
      'openObligation',
      {
        code: 'interposicion_recursos',
        key,
        responsibleUnitId: ORIGIN,
        term: { days: TERMS.remedyFiling, unit: 'business' },
        servedOn: TODAY,
      },
    ];
    expect(obligationsIn(first)).toEqual([window('0')]);
    expect(obligationsIn(second)).toEqual([window('1')]);
    const c = ctx(run(particular, toNotified));
    expect(c.notifications.map((n) => [n.addressee, n.channel, n.servedAt, n.receipt])).toEqual([
      [0, 'personal', NOW, 'Cargo N° 001-2026'],
      [1, 'email', NOW, null],
    ]);
    // Notified when the last service took effect, not when it was recorded.
    const late = run(particular, [
      ...toSigned,
      sample('NOTIFY(0)'),
      { ...sample('NOTIFY(1)'), servedAt: '2026-12-01T13:30:00.000Z' },
    ]);
    expect(ctx(late).notifiedAt).toBe(NOW);
    const early = run(particular, [
      ...toSigned,
      { ...sample('NOTIFY(0)'), servedAt: '2026-12-01T13:30:00.000Z' },
      { ...sample('NOTIFY(1)'), servedAt: '2026-12-01T14:30:00.000Z' },
    ]);
    expect(ctx(early).notifiedAt).toBe('2026-12-01T14:30:00.000Z');
    // Published: one window for everybody, from the publication's date.
    const [, publishing] = steps(general, toPublished).at(-1) ?? [];
    expect(obligationsIn(publishing ?? [])).toEqual([
      [
        'openObligation',
        expect.objectContaining({ key: 'publicacion', servedOn: TODAY, responsibleUnitId: ORIGIN }),
      ],
    ]);
  });

  it('Art. 222: the act is firm for a party when its window lapses, and for all when the last one does', () => {
    const oneLapsed = run(particular, [...toNotified, sample('CONSENT(1)')]);
    expect(oneLapsed.value).toBe('notified');
    expect(ctx(oneLapsed).windows.map((w) => [w.key, w.status, w.firmAt])).toEqual([
      ['0', 'open', null],
      ['1', 'firm', WINDOW_END],
    ]);
    expect(ctx(oneLapsed).firmAt).toBeNull();
    // The kernel sends one expiry per window: the same one again finds nothing open.
    expect(oneLapsed.can(prepared(oneLapsed, sample('CONSENT(1)')))).toBe(false);
    const [[firm, actions]] = steps(particular, [
      ...toNotified,
      sample('CONSENT(1)'),
      sample('CONSENT(0)'),
    ]).slice(-1);
    expect(firm.value).toBe('firm');
    expect(ctx(firm).firmAt).toBe(WINDOW_END);
    expect(ctx(firm).firmProvisionalUntil).toBe(GRACE_END);
    // The lapsed window is closed as lapsed (cancel keeps it `expired`).
    expect(obligationsIn(actions)).toEqual([
      ['cancelObligation', { code: 'interposicion_recursos', key: '0' }],
    ]);
    // Served to one only: that one may lapse, the act is not firm while the other is unserved.
    const halfServed = run(particular, [...toSigned, sample('NOTIFY(0)'), sample('CONSENT(0)')]);
    expect(halfServed.value).toBe('signed');
  });

  it('Art. 218.2, 221: a remedy uses its filer’s window, and opens 30 business days to resolve from the filing day', () => {
    const [[under, actions]] = steps(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
    ]).slice(-1);
    expect(under.value).toBe('under_remedy');
    expect(obligationsIn(actions)).toEqual([
      ['fulfilObligation', { code: 'interposicion_recursos', key: '0' }],
      [
        'openObligation',
        {
          code: 'resolucion_recurso',
          key: '0-reconsideracion',
          responsibleUnitId: ISSUING,
          term: { days: TERMS.remedyResolution, unit: 'business' },
          startsOn: TODAY,
        },
      ],
    ]);
    expect(ctx(under).remedy?.filedBy).toEqual({ addressee: 0, name: ADDRESSEES[0] });
    // The other party's window keeps running while the remedy is in progress, and may lapse.
    const otherLapses = run(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('CONSENT(1)'),
    ]);
    expect(otherLapses.value).toBe('under_remedy');
    expect(ctx(otherLapses).firmAt).toBeNull();
  });

  it('Art. 27.2: an addressee not yet served who files a remedy is served by filing it', () => {
    const tacit = run(particular, [...toSigned, sample('FILE_REMEDY(reconsideracion)')]);
    expect(tacit.value).toBe('under_remedy');
    expect(ctx(tacit).notifications).toEqual([
      expect.objectContaining({ addressee: 0, channel: 'tacita', servedOn: TODAY }),
    ]);
    // Decided while the other addressee is still unserved: back to notifying.
    const back = run(particular, [
      ...toSigned,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('RESOLVE_REMEDY(infundado)'),
    ]);
    expect(back.value).toBe('signed');
  });

  it('Art. 218.2: each party files within its own window, even while another party’s remedy is in progress; each is decided on its own', () => {
    const both = run(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('FILE_REMEDY(reconsideracion,1)'),
    ]);
    expect(both.value).toBe('under_remedy');
    expect(ctx(both).pending.map((r) => [r.party, r.kind])).toEqual([
      ['0', 'reconsideracion'],
      ['1', 'reconsideracion'],
    ]);
    // The same party, not twice.
    expect(both.can(prepared(both, sample('FILE_REMEDY(reconsideracion,1)')))).toBe(false);
    // With two in progress, the decision must say whose remedy it decides.
    const unnamed = { type: 'RESOLVE_REMEDY', outcome: 'infundado' };
    expect(() =>
      completeResolutionEvent(
        unnamed,
        { state: 'under_remedy', context: ctx(both) },
        senderOf(both, unnamed),
        new Date(NOW),
      ),
    ).toThrow(DomainError);
    // The second party's decided first: still under remedy, the first one's in progress.
    const oneLeft = run(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('FILE_REMEDY(reconsideracion,1)'),
      sample('RESOLVE_REMEDY(infundado,1)'),
    ]);
    expect(oneLeft.value).toBe('under_remedy');
    expect(ctx(oneLeft).pending.map((r) => r.party)).toEqual(['0']);
    expect(ctx(oneLeft).windows.map((w) => [w.key, w.status])).toEqual([
      ['0', 'remedied'],
      ['1', 'awaiting_notice'],
    ]);
    expect(
      transition(
        resolutionMachine,
        oneLeft,
        prepared(oneLeft, sample('RESOLVE_REMEDY(infundado)')),
      )[0].value,
    ).toBe('notified');
  });

  it('Art. 222 and the registration grace: a remedy filed in time but registered after the lapse reverses the provisional firmness', () => {
    const firm = run(particular, [...toNotified, sample('CONSENT(0)'), sample('CONSENT(1)')]);
    expect(firm.value).toBe('firm');
    const reopening = prepared(firm, sample('FILE_REMEDY(reconsideracion)'));
    expect(firm.can(reopening)).toBe(true);
    const [reopened] = transition(resolutionMachine, firm, reopening);
    expect(reopened.value).toBe('under_remedy');
    expect(ctx(reopened).firmAt).toBeNull();
    expect(ctx(reopened).remedy?.reversedFirmAt).toBe(WINDOW_END);
    // Registered after the grace: firmness is definitive.
    const afterGrace = { ...reopening, at: '2026-12-25T05:00:00.001Z' };
    expect(firm.can(afterGrace)).toBe(false);
    // With no grace in the profile, a lapsed window is firm at once.
    const noGrace = { ...prepared(firm, sample('CONSENT(0)')), provisionalUntil: null };
    const definitive = [noGrace, { ...noGrace, key: '1' }].reduce(
      (s, e) => transition(resolutionMachine, s, e)[0],
      run(particular, toNotified),
    );
    expect(definitive.value).toBe('firm');
    expect(definitive.can(reopening)).toBe(false);
  });

  it('D7 (Art. 218): one reconsideración, then an apelación to the Alcalde, from the decision’s notification (Art. 24.1, 144)', () => {
    const decided = run(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('RESOLVE_REMEDY(infundado)'),
    ]);
    expect(decided.value).toBe('notified');
    expect(decided.can(prepared(decided, sample('FILE_REMEDY(reconsideracion)')))).toBe(false);
    // The window to appeal waits for the decision to be served; the other party's may still lapse.
    expect(ctx(decided).windows.map((w) => [w.key, w.status])).toEqual([
      ['0', 'awaiting_notice'],
      ['1', 'open'],
    ]);
    const [[noticed, actions]] = steps(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('RESOLVE_REMEDY(infundado)'),
      sample('NOTIFY_DECISION'),
    ]).slice(-1);
    expect(obligationsIn(actions)).toEqual([
      [
        'openObligation',
        expect.objectContaining({ code: 'interposicion_recursos', key: '0', servedOn: TODAY }),
      ],
    ]);
    expect(ctx(noticed).remedies[0]?.decisionNotice).toMatchObject({ channel: 'personal' });
    const appeal = run(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('RESOLVE_REMEDY(infundado)'),
      sample('NOTIFY_DECISION'),
      sample('CONSENT(1)'),
      sample('FILE_REMEDY(apelacion)'),
    ]);
    expect(ctx(appeal).remedy?.resolverRole).toBe('ALCALDE');
    const final = transition(
      resolutionMachine,
      appeal,
      prepared(appeal, sample('RESOLVE_REMEDY(infundado)')),
    )[0];
    expect(final.value).toBe('firm');
    expect(ctx(final).remedies.map((r) => [r.kind, r.outcome])).toEqual([
      ['reconsideracion', 'infundado'],
      ['apelacion', 'infundado'],
    ]);
    // The decision on the apelación is served too, and opens nothing: the route is exhausted.
    const served = transition(
      resolutionMachine,
      final,
      prepared(final, sample('NOTIFY_DECISION')),
    )[0];
    expect(served.value).toBe('firm');
    expect(ctx(served).remedies[1]?.decisionNotice).not.toBeNull();
    // General scope: the window reopens on the publication's side.
    expect(
      run(general, [
        ...toPublished,
        sample('FILE_REMEDY(reconsideracion)', 'general'),
        sample('RESOLVE_REMEDY(infundado)'),
      ]).value,
    ).toBe('published');
  });

  it('Art. 199.3–199.4: after the silence on a reconsideración its party appeals; it is closed and the Alcalde must resolve', () => {
    const filed = [...toNotified, sample('FILE_REMEDY(reconsideracion)')];
    // Before the silence: the apelación waits for the decision.
    const pending = run(particular, filed);
    expect(pending.can(prepared(pending, sample('FILE_REMEDY(apelacion)')))).toBe(false);
    const silent = run(particular, [...filed, sample('NEGATIVE_SILENCE')]);
    expect(silent.value).toBe('under_remedy');
    expect(ctx(silent).remedy?.negativeSilence).toBe(true);
    // The duty to resolve remains (Art. 199.4) …
    expect(silent.can(prepared(silent, sample('RESOLVE_REMEDY(infundado)')))).toBe(true);
    // … until the party uses the next remedy.
    // An apelación presented on or before the last day to resolve was not filed on silence.
    const endsToday = run(particular, [...filed, { ...sample('NEGATIVE_SILENCE'), dueOn: TODAY }]);
    const appeal = sample('FILE_REMEDY(apelacion)');
    expect(endsToday.can(completed(endsToday, appeal))).toBe(true);
    expect(endsToday.can(prepared(endsToday, appeal))).toBe(false);
    const [[appealed, actions]] = steps(particular, [
      ...filed,
      sample('NEGATIVE_SILENCE'),
      sample('FILE_REMEDY(apelacion)'),
    ]).slice(-1);
    expect(appealed.value).toBe('under_remedy');
    expect(ctx(appealed).remedies).toEqual([
      expect.objectContaining({ kind: 'reconsideracion', outcome: null, closedBySilenceAt: NOW }),
    ]);
    expect(ctx(appealed).remedy).toMatchObject({ kind: 'apelacion', resolverRole: 'ALCALDE' });
    expect(obligationsIn(actions)).toEqual([
      ['cancelObligation', { code: 'resolucion_recurso', key: '0-reconsideracion' }],
      [
        'openObligation',
        expect.objectContaining({
          code: 'resolucion_recurso',
          key: '0-apelacion',
          responsibleUnitId: SUPERIOR,
        }),
      ],
    ]);
  });

  it('D7 (Art. 217.1): fundado annuls the act; fundado_en_parte leaves it standing as modified, and appealable', () => {
    const filed = [...toNotified, sample('FILE_REMEDY(reconsideracion)')];
    expect(run(particular, [...filed, sample('RESOLVE_REMEDY(fundado)')]).value).toBe('annulled');
    const partly = run(particular, [...filed, sample('RESOLVE_REMEDY(fundado_en_parte)')]);
    expect(partly.value).toBe('notified');
    expect(ctx(partly).remedy).toMatchObject({
      outcome: 'fundado_en_parte',
      instrument: 'Resolución de Gerencia Municipal N° 0102-2026-MML/GMM',
      modification: 'Se reduce la ampliación de plazo a veinte días calendario.',
    });
    expect(ctx(partly).links).toEqual([
      {
        type: 'modificada_por',
        resolutionId: null,
        number: 'Resolución de Gerencia Municipal N° 0102-2026-MML/GMM',
        at: NOW,
      },
    ]);
    expect(ctx(partly).windows[0]?.status).toBe('awaiting_notice');
  });

  it('D7/D10: no apelación when the Gerente signed by delegation of the Alcalde, nor without a superior', () => {
    const byDelegation = signatureOf(GERENTE, {
      delegationId: 'd-1',
      kind: 'delegacion_competencia',
      delegatorRole: 'ALCALDE',
      delegatorPost: 'Alcalde Metropolitano',
      instrument: 'Resolución de Alcaldía N° 005-2026-MML',
      subjects: ['resoluciones_gerencia_municipal'],
    });
    const delegated = run(particular, toNotified, byDelegation);
    expect(delegated.can(prepared(delegated, sample('FILE_REMEDY(apelacion)')))).toBe(false);
    expect(delegated.can(prepared(delegated, sample('FILE_REMEDY(reconsideracion)')))).toBe(true);
    // A rejected reconsideración leaves nothing to appeal: firm for that party at the decision.
    const rejected = run(
      particular,
      [
        ...toNotified,
        sample('CONSENT(1)'),
        sample('FILE_REMEDY(reconsideracion)'),
        sample('RESOLVE_REMEDY(infundado)'),
      ],
      byDelegation,
    );
    expect(rejected.value).toBe('firm');
    expect(ctx(rejected).firmAt).toBe(NOW);

    const noSuperior = run({ ...particular, superiorUnitId: null }, toNotified);
    expect(noSuperior.can(prepared(noSuperior, sample('FILE_REMEDY(apelacion)')))).toBe(false);
  });

  it('D9 (Art. 213.3): the nulidad de oficio starts within 2 years of the act becoming firm, not a millisecond after', () => {
    const firm = run(particular, [...toNotified, sample('CONSENT(0)'), sample('CONSENT(1)')]);
    expect(ctx(firm).firmAt).toBe(WINDOW_END);
    const start = (at: string) => completed(firm, sample('START_ANNULMENT'), at);
    expect(firm.can(start('2028-12-23T04:59:59.999Z'))).toBe(true);
    expect(firm.can(start('2028-12-23T05:00:00.000Z'))).toBe(false);
    const [unchanged] = transition(resolutionMachine, firm, start('2029-01-05T15:00:00.000Z'));
    expect(unchanged.value).toBe('firm');
    // Never declared at once any more: the procedure comes first (Art. 213.2).
    expect(firm.can(completed(firm, sample('ANNUL')))).toBe(false);
  });

  it('D9 (Art. 213.2): annulling a favourable act waits for the traslado of each addressee to lapse; the annulling act is linked', () => {
    const open = run(particular, [...toNotified, sample('START_ANNULMENT')]);
    expect(open.value).toBe('under_review');
    expect(ctx(open).review?.hearings.map((h) => h.addressee)).toEqual([0, 1]);
    expect(open.can(prepared(open, sample('ANNUL')))).toBe(false);
    const served = run(particular, [
      ...toNotified,
      sample('START_ANNULMENT'),
      sample('SERVE_HEARING(0)'),
      sample('SERVE_HEARING(1)'),
      sample('FILE_ARGUMENTS'),
      sample('HEARING_LAPSED(0)'),
    ]);
    // One party's term still runs: no decision yet.
    expect(served.can(prepared(served, sample('ANNUL')))).toBe(false);
    const done = run(particular, [
      ...toNotified,
      sample('START_ANNULMENT'),
      sample('SERVE_HEARING(0)'),
      sample('SERVE_HEARING(1)'),
      sample('FILE_ARGUMENTS'),
      sample('HEARING_LAPSED(0)'),
      sample('HEARING_LAPSED(1)'),
      sample('ANNUL'),
    ]);
    const instrument = 'Resolución de Alcaldía N° 120-2026-MML';
    expect(done.value).toBe('annulled');
    expect(ctx(done).annulment).toEqual({ reason: 'Nulidad de oficio', instrument, at: NOW });
    expect(ctx(done).links).toEqual([
      { type: 'anulada_por', resolutionId: null, number: instrument, at: NOW },
    ]);
    expect(ctx(done).review?.hearings[0]?.arguments).toHaveLength(1);
  });

  it('D9: an act of general scope favours no determined party: no traslado; REVOKE only in a revocación (Art. 214)', () => {
    const general = sampleResolutionContext('general', TERMS);
    const published = [
      ...toSigned.filter((e) => e.type !== 'NOTIFY'),
      sample('PUBLISH', 'general'),
    ];
    const open = run(general, [...published, sample('START_ANNULMENT', 'general')]);
    expect(open.can(prepared(open, sample('REVOKE', 'general')))).toBe(false);
    const revoked = run(general, [
      ...published,
      sample('START_REVOCATION', 'general'),
      sample('REVOKE', 'general'),
    ]);
    expect(revoked.value).toBe('revoked');
    expect(ctx(revoked).revocation).toMatchObject({ cause: '214.1.2' });
  });
});

describe('resolution deadlines declared on the states (meta.deadlines) and obligations, terms from the profile', () => {
  // Only `machine` is read here; the hooks that need services are not called.
  const definition = resolutionsDefinition({} as ResolutionsDependencies);
  const particular = sampleResolutionContext('particular', TERMS);
  const general = sampleResolutionContext('general', TERMS);
  const business = (days: number) => ({ days, unit: 'business' });
  const view = (state: string, c: Ctx) => declaredDeadlines(definition, state, c);
  const up = ['GERENTE_MUNICIPAL+1', 'ALCALDE+3'];

  it.each<[string, Scope, object[]]>([
    ['draft', 'particular', []],
    [
      'legal_review',
      'particular',
      [
        {
          code: 'opinion_legal',
          name: 'Opinión legal',
          term: business(TERMS.legalOpinion),
          responsibleUnit: LEGAL,
          reminders: [2],
          reminderUnit: 'business',
          escalation: up,
          onExpiry: null,
        },
      ],
    ],
    [
      'observed',
      'particular',
      [
        {
          code: 'subsanacion',
          name: 'Subsanación de observaciones',
          term: business(TERMS.correction),
          responsibleUnit: ORIGIN,
          reminders: [2],
          reminderUnit: 'business',
          escalation: [],
          onExpiry: null,
        },
      ],
    ],
    [
      'visas',
      'particular',
      [
        {
          code: 'visaciones',
          name: 'Visaciones',
          term: business(TERMS.visas),
          responsibleUnit: ORIGIN,
          reminders: [1],
          reminderUnit: 'business',
          escalation: up,
          onExpiry: null,
        },
      ],
    ],
    [
      'ready_to_sign',
      'particular',
      [
        {
          code: 'firma',
          name: 'Firma',
          term: business(TERMS.signature),
          responsibleUnit: ISSUING,
          reminders: [1],
          reminderUnit: 'business',
          escalation: ['ALCALDE+2'],
          onExpiry: null,
        },
      ],
    ],
    [
      'signed',
      'particular',
      [
        {
          code: 'notificacion',
          name: 'Notificación',
          term: business(TERMS.notification),
          responsibleUnit: ORIGIN,
          reminders: [1],
          reminderUnit: 'business',
          escalation: ['GERENTE_MUNICIPAL+1'],
          onExpiry: null,
        },
      ],
    ],
    // D6: an act of general scope is published, not notified: no notification term.
    ['signed', 'general', []],
    // The remedy terms are obligations (one per party, one per remedy), not terms of a state.
    ['notified', 'particular', []],
    ['published', 'general', []],
    ['under_remedy', 'particular', []],
    ['firm', 'particular', []],
    ['annulled', 'particular', []],
    ['withdrawn', 'particular', []],
  ])('%s (%s)', (state, scope, expected) => {
    expect(view(state, scope === 'particular' ? particular : general)).toEqual(expected);
  });

  it('declares the obligations: a window per party (CONSENT on expiry) and a term per remedy (NEGATIVE_SILENCE, alerts on days 20 and 25)', () => {
    expect(definition.obligations).toEqual({
      interposicion_recursos: {
        code: 'interposicion_recursos',
        name: 'Plazo para interponer recursos',
        onExpiry: 'CONSENT',
      },
      resolucion_recurso: {
        code: 'resolucion_recurso',
        name: 'Resolución del recurso',
        reminders: { before: [10, 5] },
        onExpiry: 'NEGATIVE_SILENCE',
      },
      traslado_revision: {
        code: 'traslado_revision',
        name: 'Traslado para descargos (nulidad o revocación)',
        onExpiry: 'HEARING_LAPSED',
      },
    });
  });

  it('declares a state for every deadline it names, and names every state of the contract', () => {
    expect(Object.keys(resolutionMachine.root.states).sort()).toEqual(
      [
        'draft',
        'legal_review',
        'observed',
        'visas',
        'ready_to_sign',
        'signed',
        'notified',
        'published',
        'under_remedy',
        'firm',
        'under_review',
        'annulled',
        'revoked',
        'withdrawn',
      ].sort(),
    );
  });

  it('the shipped profiles give the statutory terms (D4 Art. 143, D6 Art. 24.1, D7 Art. 218.2) and the remedies settings', () => {
    for (const p of loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'))) {
      const section = resolutionsSectionOf(p);
      expect(section.terms).toMatchObject({
        legalOpinion: 7,
        notification: 5,
        remedyFiling: 15,
        remedyResolution: 30,
      });
      expect(section.remedies.officeHours.opens < section.remedies.officeHours.closes).toBe(true);
      expect(section.remedies.registrationGraceDays).toBeGreaterThanOrEqual(0);
      expect(section.remedies.filingPlace).toMatch(/Mesa de Partes/);
    }
  });

  it('D6: the notification term runs only while addressees remain to be served', () => {
    const spec = deadlineSpecsOf(definition, 'signed')[0];
    const halfServed = run(particular, [
      sample('SUBMIT'),
      sample('LEGAL_OPINION(favorable)'),
      sample('VISA(origin)'),
      sample('VISA(legal)'),
      sample('VISA(budget)'),
      sample('SIGN'),
      sample('NOTIFY(0)'),
    ]);
    expect(spec?.appliesTo?.(ctx(halfServed))).toBe(true);
    const all = transition(
      resolutionMachine,
      halfServed,
      prepared(halfServed, sample('NOTIFY(1)')),
    )[0];
    expect(spec?.appliesTo?.(ctx(all))).toBe(false);
  });
});
