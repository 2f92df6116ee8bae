import type { EntityManager } from 'typeorm';
import { resolutionWorkItems } from './resolution.work-items.js';
import { civilDateAt, spanishDate } from '#calendar';
import { DelegationSubject, type DelegationsService } from '#org';
import { type Actor } from '#audit';
import { type Refusal, refuse } from '#core';
import { systemEvent, type WorkflowDefinition, type WorkflowEffect } from '#workflow';
import {
  AnnulDto,
  DismissReviewDto,
  EditResolutionDto,
  FileArgumentsDto,
  FileRemedyDto,
  LegalOpinionDto,
  NotifyDecisionDto,
  NotifyDto,
  PublishDto,
  ReasonDto,
  ResolveRemedyDto,
  RevokeDto,
  ServeHearingDto,
  SignDto,
  StartAnnulmentDto,
  StartRevocationDto,
  VisaDto,
  WithdrawDto,
} from './resolution.dto.js';
import { appealUnavailable } from './administrative-route.js';
import { ResolutionRefusal } from './resolution.errors.js';
import { completeResolutionEvent, resolutionEventSamples } from './resolution-request.js';
import {
  appealable,
  hearingDays,
  type OriginOutcome,
  pendingOf,
  REPORT_TO_ORIGIN,
  type ResolutionContext,
  resolutionMachine,
  resolutionObligations,
  windowOf,
} from './resolution.machine.js';
import { resolutionPolicy } from './resolution.policy.js';
import type { ResolutionPreparer } from './resolution-preparer.service.js';

/** The kind's name: registry key and URL segment (`/api/v1/resolutions`). */
export const RESOLUTIONS = 'resolutions';

const AFTER_SIGNATURE: ReadonlySet<string> = new Set([
  'signed',
  'notified',
  'published',
  'under_remedy',
  'firm',
  'under_review',
]);

const REVIEW_EVENTS: ReadonlySet<string> = new Set([
  'START_ANNULMENT',
  'START_REVOCATION',
  'SERVE_HEARING',
  'FILE_ARGUMENTS',
  'ANNUL',
  'REVOKE',
  'DISMISS_REVIEW',
]);

/** Why the machine refuses an event of the review (D9: Art. 213, 214). */
function reviewRefusal(
  state: string,
  context: ResolutionContext,
  event: { type: string; [field: string]: unknown },
): Refusal | string | null {
  const R = ResolutionRefusal;
  const review = context.review && context.review.outcome === null ? context.review : null;
  if (event.type === 'START_ANNULMENT' || event.type === 'START_REVOCATION') {
    if (state === 'under_review')
      return refuse(
        R.REVIEW_IN_PROGRESS,
        'Ya hay un procedimiento de nulidad o revocación en trámite contra este acto.',
      );
    if (state === 'under_remedy')
      return refuse(
        R.REMEDY_IN_PROGRESS,
        'Hay un recurso en trámite contra este acto: la nulidad se declara al resolverlo (Art. 227.2); la revisión de oficio se inicia cuando se resuelva.',
      );
    if (state === 'signed')
      return 'El acto aún no se notificó a todos sus destinatarios ni se publicó: no surte efectos que revisar de oficio.';
    if (event.type === 'START_ANNULMENT' && state === 'firm')
      return refuse(
        R.ANNULMENT_TERM_EXPIRED,
        'Venció la potestad de declarar la nulidad de oficio: 2 años desde que el acto quedó firme (Art. 213.3); solo cabe demandarla ante el Poder Judicial (Art. 213.4).',
      );
    return null;
  }
  if (state !== 'under_review' || !review) return null;
  if (
    (event.type === 'ANNUL' && review.kind !== 'nulidad') ||
    (event.type === 'REVOKE' && review.kind !== 'revocacion')
  )
    return refuse(
      R.REVIEW_KIND_MISMATCH,
      review.kind === 'nulidad'
        ? 'El procedimiento en trámite es de nulidad de oficio (Art. 213): se declara con ANNUL o se desestima.'
        : 'El procedimiento en trámite es de revocación (Art. 214): se declara con REVOKE o se desestima.',
    );
  const article = review.kind === 'nulidad' ? 'Art. 213.2' : 'Art. 214.2';
  if (event.type === 'ANNUL' || event.type === 'REVOKE' || event.type === 'DISMISS_REVIEW') {
    const unserved = review.hearings.filter((h) => h.notice === null).map((h) => h.name);
    if (unserved.length > 0)
      return refuse(
        R.HEARING_PENDING,
        `Antes de decidir se corre traslado a cada destinatario favorecido por el acto, con un plazo no menor de 5 días hábiles para su defensa (${article}); falta notificar el traslado a: ${unserved.join('; ')}.`,
      );
    const running = review.hearings.filter((h) => h.lapsedAt === null).map((h) => h.name);
    if (running.length > 0)
      return refuse(
        R.HEARING_PENDING,
        `El plazo del traslado (${hearingDays(context)} días hábiles, no menor de 5: ${article}) aún corre para: ${running.join('; ')}. La decisión espera a que venza.`,
      );
  }
  if (event.type === 'SERVE_HEARING')
    return 'Ese destinatario ya fue notificado con el traslado, o el acto no tiene destinatarios a quienes correr traslado.';
  if (event.type === 'FILE_ARGUMENTS')
    return 'Los descargos se registran mientras corre el plazo del traslado notificado a esa parte.';
  return null;
}

/** Why the machine refuses a FILE_REMEDY (D7): the filer's window, the remedies already used. */
function filingRefusal(
  state: string,
  context: ResolutionContext,
  event: { type: string; [field: string]: unknown },
): Refusal | string {
  const R = ResolutionRefusal;
  if (!AFTER_SIGNATURE.has(state))
    return 'Solo se interponen recursos contra un acto firmado y notificado o publicado.';
  const party = typeof event.party === 'string' ? event.party : null;
  const current = pendingOf(context, party);
  if (current) {
    const filedOn = typeof event.filedOn === 'string' ? event.filedOn : null;
    if (
      event.kind === 'apelacion' &&
      current.kind === 'reconsideracion' &&
      current.party === party &&
      appealable(context) &&
      current.negativeSilence &&
      current.resolutionDueOn !== null &&
      filedOn !== null
    )
      return refuse(
        R.REMEDY_IN_PROGRESS,
        `La apelación se tiene por presentada el ${spanishDate(filedOn)}, cuando la reconsideración aún estaba en plazo para resolverse (hasta el ${spanishDate(current.resolutionDueOn)}): entonces no había silencio administrativo negativo (Art. 199.3).`,
      );
    if (
      event.kind === 'apelacion' &&
      current.kind === 'reconsideracion' &&
      current.party === party &&
      appealable(context)
    )
      return refuse(
        R.REMEDY_IN_PROGRESS,
        'La reconsideración de esta parte sigue en trámite y en plazo: la apelación procede cuando se notifique su decisión, o cuando venzan los 30 días hábiles para resolverla sin decisión (silencio administrativo negativo, Art. 199.3).',
      );
    return refuse(
      R.REMEDY_IN_PROGRESS,
      'Esta parte ya tiene un recurso en trámite contra este acto.',
    );
  }
  if (context.remedies.some((r) => r.party === party && r.kind === event.kind))
    return event.kind === 'reconsideracion'
      ? refuse(
          R.REMEDY_ALREADY_RESOLVED,
          'Ya se resolvió una reconsideración de esta parte contra este acto: solo cabe apelación.',
        )
      : refuse(
          R.REMEDY_ALREADY_RESOLVED,
          'Ya se resolvió una apelación de esta parte contra este acto: se agotó la vía administrativa (Art. 228).',
        );
  if (event.kind === 'apelacion' && !appealable(context))
    return refuse(R.APPEAL_NOT_AVAILABLE, appealUnavailable(context));
  const window = windowOf(context, party);
  if (window?.status === 'firm') {
    const filedAt = typeof event.filedAt === 'string' ? Date.parse(event.filedAt) : NaN;
    const dueOn = window.dueOn ? ` el ${spanishDate(window.dueOn)}` : '';
    // Presented before the window ended, registered after the grace: firmness is now definitive.
    if (
      window.firmAt !== null &&
      window.firmProvisionalUntil !== null &&
      filedAt < Date.parse(window.firmAt)
    )
      return refuse(
        R.REGISTRATION_GRACE_EXPIRED,
        'El recurso se presentó antes de que venciera el plazo de esta parte, pero se registra después del plazo de registro que fija el perfil de la municipalidad: la firmeza del acto para esta parte ya es definitiva (Art. 222).',
      );
    return refuse(
      R.REMEDY_WINDOW_CLOSED,
      `El plazo para interponer recursos venció${dueOn}: el acto quedó firme para esta parte (Art. 222).`,
    );
  }
  if (context.scope === 'general' && !window)
    return 'Una resolución de alcance general se impugna desde su publicación.';
  return 'El recurso no procede en este estado.';
}

/** Why the machine refuses, when "not in this state" would not say it (D6, D7, D9). */
export function resolutionRefusal(
  state: string,
  context: ResolutionContext,
  event: { type: string; [field: string]: unknown },
): Refusal | string | null {
  const R = ResolutionRefusal;
  if (REVIEW_EVENTS.has(event.type)) return reviewRefusal(state, context, event);
  switch (event.type) {
    case 'FILE_REMEDY':
      return filingRefusal(state, context, event);
    case 'NOTIFY':
      if (state === 'signed' && context.scope === 'general')
        return refuse(
          R.PUBLICATION_REQUIRED,
          'Una resolución de alcance general se publica (PUBLISH), no se notifica.',
        );
      if (state === 'signed' || state === 'under_remedy')
        return refuse(R.ADDRESSEE_ALREADY_NOTIFIED, 'Ese destinatario ya fue notificado.');
      return null;
    case 'NOTIFY_DECISION':
      return AFTER_SIGNATURE.has(state)
        ? 'Esa decisión ya se notificó, o declaró fundado el recurso (el acto quedó sin efecto).'
        : null;
    case 'PUBLISH':
      return state === 'signed' && context.scope === 'particular'
        ? refuse(
            R.NOTIFICATION_REQUIRED,
            'Una resolución de alcance particular se notifica a cada destinatario (NOTIFY).',
          )
        : null;
    case 'VISA':
      return state === 'visas'
        ? refuse(R.VISA_NOT_PENDING, 'Su unidad ya visó o no debe visar este proyecto.')
        : null;
    default:
      return null;
  }
}

/** From the signature on, the act rests on the documents it was signed with: none is added after. */
const FROZEN_STATES: ReadonlySet<string> = new Set([
  'signed',
  'notified',
  'published',
  'under_remedy',
  'firm',
  'under_review',
  'annulled',
  'revoked',
  'withdrawn',
]);

/** Each event of the machine and the class of its payload (null: no payload). */
export const resolutionEvents = {
  EDIT: EditResolutionDto,
  SUBMIT: null,
  LEGAL_OPINION: LegalOpinionDto,
  RETURN: ReasonDto,
  VISA: VisaDto,
  SIGN: SignDto,
  NOTIFY: NotifyDto,
  PUBLISH: PublishDto,
  FILE_REMEDY: FileRemedyDto,
  RESOLVE_REMEDY: ResolveRemedyDto,
  NOTIFY_DECISION: NotifyDecisionDto,
  START_ANNULMENT: StartAnnulmentDto,
  START_REVOCATION: StartRevocationDto,
  SERVE_HEARING: ServeHearingDto,
  FILE_ARGUMENTS: FileArgumentsDto,
  ANNUL: AnnulDto,
  REVOKE: RevokeDto,
  DISMISS_REVIEW: DismissReviewDto,
  RECTIFY: null,
  WITHDRAW: WithdrawDto,
} as const satisfies WorkflowDefinition['events'];

export interface ResolutionsDependencies {
  readonly preparer: ResolutionPreparer;
  readonly delegations: DelegationsService;
}

/** What both machine versions' contexts have: what the common hooks read. */
type CommonContext = Pick<
  ResolutionContext,
  | 'number'
  | 'subject'
  | 'articles'
  | 'vistos'
  | 'considerandos'
  | 'originUnitId'
  | 'year'
  | 'scope'
  | 'signedAt'
  | 'origin'
>;

/** The hooks every machine version shares: search, label, listing, the caller's delegations. */
export function resolutionsCommonHooks<C extends CommonContext>(deps: ResolutionsDependencies) {
  return {
    searchText: (c: C) =>
      [c.number ?? '', c.subject, ...c.articles, ...c.vistos, ...c.considerandos].join(' '),
    label: (c: C) => (c.number ? c.number : `Proyecto de resolución «${c.subject}»`),
    listing: (c: C) => ({ unitId: c.originUnitId, year: c.year }),
    // What a list shows (ResolutionSummaryDto): never the articles or the grounds.
    summary: (c: C) => ({
      number: c.number,
      subject: c.subject,
      scope: c.scope,
      originUnitId: c.originUnitId,
      signedAt: c.signedAt,
      origin: c.origin ?? null,
    }),
    enrichActor: async (manager: EntityManager, actor: Actor, now: Date): Promise<Actor> => {
      if (!actor.userId) return actor;
      const today = civilDateAt(now, await deps.preparer.timeZoneOf(manager, actor.municipalityId));
      const held = await deps.delegations.inForce(
        manager,
        actor.municipalityId,
        actor.userId,
        DelegationSubject.RESOLUCIONES_GERENCIA_MUNICIPAL,
        today,
      );
      // The policy reads the unit's kind: a gerencia de línea does not sign RGMs (LOM Art. 39).
      const facts = await deps.delegations.delegateFacts(
        manager,
        actor.municipalityId,
        actor.userId,
      );
      return {
        ...actor,
        unitKind: facts?.unitKind ?? null,
        authorities: held.map((d) => ({
          delegationId: d.id,
          kind: d.kind,
          delegatorRole: d.delegatorRole,
          delegatorPost: d.delegatorPost,
          instrument: d.instrument,
          subjects: d.subjects,
        })),
      };
    },
    attachmentsFrozen: (state: string) => FROZEN_STATES.has(state),
  };
}

/** Where the cédula of each addressee (D6) and of each decision on a remedy is served from. */
function notices(c: ResolutionContext, id: string) {
  const base = `/api/v1/resolutions/${id}`;
  return {
    notices:
      c.signedAt && c.scope === 'particular'
        ? c.addressees.map((a, index) => ({
            addressee: index,
            name: a.name,
            url: `${base}/notices/${index}`,
          }))
        : [],
    remedies: c.remedies.map((r, index) => ({
      ...r,
      noticeUrl:
        r.outcome !== null && r.outcome !== 'fundado' ? `${base}/remedies/${index}/notice` : null,
    })),
  };
}

/**
 * A drafted-by-approval act tells its origin (e.g. the budget modification) that it was signed, with
 * its number, or withdrawn: RESOLUTION_SIGNED / RESOLUTION_WITHDRAWN, as the system, after commit.
 */
export const reportToOrigin: WorkflowEffect<ResolutionContext> = {
  rows: (c, params, instance) => {
    const { outcome } = params as { outcome: OriginOutcome };
    if (!c.origin) return [];
    return [
      systemEvent(
        c.origin.id,
        outcome === 'signed'
          ? {
              type: 'RESOLUTION_SIGNED',
              resolutionId: instance.id,
              number: c.number,
              signedAt: c.signedAt,
            }
          : { type: 'RESOLUTION_WITHDRAWN', resolutionId: instance.id },
      ),
    ];
  },
};

/**
 * The Resolución de Gerencia Municipal as a workflow kind (machine version 2: a remedy window per
 * party, served dates, cédulas). Hooks close over the module's services.
 */
export function resolutionsDefinition(
  deps: ResolutionsDependencies,
): WorkflowDefinition<ResolutionContext> {
  return {
    ...resolutionsCommonHooks<ResolutionContext>(deps),
    kind: RESOLUTIONS,
    version: 2,
    workItems: resolutionWorkItems,
    machine: resolutionMachine,
    policy: resolutionPolicy,
    events: resolutionEvents,
    eventSamples: resolutionEventSamples,
    complete: completeResolutionEvent,
    obligations: resolutionObligations,
    effects: { [REPORT_TO_ORIGIN]: reportToOrigin },
    present: (c, id) => ({
      subject: c.subject,
      scope: c.scope,
      hasBudgetImpact: c.hasBudgetImpact,
      vistos: c.vistos,
      considerandos: c.considerandos,
      articles: c.articles,
      addressees: c.addressees,
      originUnitId: c.originUnitId,
      contentHash: c.contentHash,
      legalOpinion: c.legalOpinion,
      pendingVisas: c.pendingVisas,
      visas: c.visas,
      voidedVisas: c.voidedVisas,
      returns: c.returns,
      number: c.number,
      sequence: c.sequence,
      year: c.year,
      signedAt: c.signedAt,
      signature: c.signature,
      verificationCode: c.verificationCode,
      documentSha256: c.documentSha256,
      documentUrl: c.signedAt ? `/api/v1/resolutions/${id}/document` : null,
      notifications: c.notifications,
      notifiedAt: c.notifiedAt,
      publication: c.publication,
      windows: c.windows,
      pending: c.pending,
      remedy: c.remedy,
      ...notices(c, id),
      firmAt: c.firmAt,
      firmProvisionalUntil: c.firmProvisionalUntil,
      annulment: c.annulment,
      review: c.review ?? null,
      reviews: c.reviews ?? [],
      revocation: c.revocation ?? null,
      withdrawal: c.withdrawal,
      links: c.links,
      rectifies: c.rectifies,
      origin: c.origin ?? null,
    }),
    prepare: (scope, event, instance, actor) =>
      deps.preparer.prepare(scope, event, instance, actor),
    refusal: resolutionRefusal,
  };
}
