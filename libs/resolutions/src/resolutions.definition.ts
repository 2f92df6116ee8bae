import type { EntityManager } from 'typeorm';
import { civilDateAt } from '#calendar';
import { DelegationSubject, type DelegationsService } from '#org';
import { type Actor } from '#audit';
import { type Refusal, refuse } from '#core';
import type { WorkflowDefinition } from '#workflow';
import {
  AnnulDto,
  EditResolutionDto,
  FileRemedyDto,
  LegalOpinionDto,
  NotifyDto,
  PublishDto,
  ReasonDto,
  ResolveRemedyDto,
  SignDto,
  VisaDto,
  WithdrawDto,
} from './resolution.dto.js';
import { appealUnavailable } from './administrative-route.js';
import { ResolutionRefusal } from './resolution.errors.js';
import { completeResolutionEvent, resolutionEventSamples } from './resolution-request.js';
import { type ResolutionContext, resolutionMachine } from './resolution.machine.js';
import { resolutionPolicy } from './resolution.policy.js';
import type { ResolutionPreparer } from './resolution-preparer.service.js';

/** The kind's name: registry key and URL segment (`/api/v1/resolutions`). */
export const RESOLUTIONS = 'resolutions';

/** Why the machine refuses, when "not in this state" would not say it (D6, D7, D9). */
export function resolutionRefusal(
  state: string,
  context: ResolutionContext,
  event: { type: string; [field: string]: unknown },
): Refusal | string | null {
  const R = ResolutionRefusal;
  switch (event.type) {
    case 'FILE_REMEDY':
      if (state === 'notified' || state === 'published') {
        if ((context.remedies ?? []).some((r) => r.kind === event.kind))
          return event.kind === 'reconsideracion'
            ? refuse(
                R.REMEDY_ALREADY_RESOLVED,
                'Ya se resolvió una reconsideración contra este acto: solo cabe apelación.',
              )
            : refuse(R.REMEDY_ALREADY_RESOLVED, 'Ya se resolvió una apelación contra este acto.');
        return event.kind === 'apelacion'
          ? refuse(R.APPEAL_NOT_AVAILABLE, appealUnavailable(context))
          : null;
      }
      if (state === 'firm')
        return refuse(
          R.REMEDY_WINDOW_CLOSED,
          'El plazo para interponer recursos venció: el acto quedó firme (Art. 222).',
        );
      if (state === 'under_remedy')
        return refuse(R.REMEDY_IN_PROGRESS, 'Ya hay un recurso en trámite contra este acto.');
      return 'Solo se interponen recursos contra un acto notificado o publicado.';
    case 'NOTIFY':
      if (state === 'signed' && context.scope === 'general')
        return refuse(
          R.PUBLICATION_REQUIRED,
          'Una resolución de alcance general se publica (PUBLISH), no se notifica.',
        );
      if (state === 'signed')
        return refuse(R.ADDRESSEE_ALREADY_NOTIFIED, 'Ese destinatario ya fue notificado.');
      return null;
    case 'PUBLISH':
      return state === 'signed' && context.scope === 'particular'
        ? refuse(
            R.NOTIFICATION_REQUIRED,
            'Una resolución de alcance particular se notifica a cada destinatario (NOTIFY).',
          )
        : null;
    case 'ANNUL':
      return state === 'firm'
        ? refuse(
            R.ANNULMENT_TERM_EXPIRED,
            'Venció la potestad de declarar la nulidad de oficio: 2 años desde que el acto quedó firme (Art. 213.3).',
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
  'annulled',
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
  ANNUL: AnnulDto,
  RECTIFY: null,
  WITHDRAW: WithdrawDto,
} as const satisfies WorkflowDefinition['events'];

export interface ResolutionsDependencies {
  readonly preparer: ResolutionPreparer;
  readonly delegations: DelegationsService;
}

/** The Resolución de Gerencia Municipal as a workflow kind. Hooks close over the module's services. */
export function resolutionsDefinition(
  deps: ResolutionsDependencies,
): WorkflowDefinition<ResolutionContext> {
  return {
    kind: RESOLUTIONS,
    version: 1,
    machine: resolutionMachine,
    policy: resolutionPolicy,
    events: resolutionEvents,
    eventSamples: resolutionEventSamples,
    complete: completeResolutionEvent,
    searchText: (c) =>
      [c.number ?? '', c.subject, ...c.articles, ...c.vistos, ...c.considerandos].join(' '),
    label: (c) => (c.number ? c.number : `Proyecto de resolución «${c.subject}»`),
    listing: (c) => ({ unitId: c.originUnitId, year: c.year }),
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
      remedy: c.remedy,
      remedies: c.remedies ?? [],
      firmAt: c.firmAt,
      annulment: c.annulment,
      withdrawal: c.withdrawal,
      links: c.links,
      rectifies: c.rectifies,
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
    prepare: (scope, event, instance, actor) =>
      deps.preparer.prepare(scope, event, instance, actor),
    refusal: resolutionRefusal,
    attachmentsFrozen: (state) => FROZEN_STATES.has(state),
  };
}
