import type { EntityManager } from 'typeorm';
import { civilDateAt } from '#calendar';
import { DelegationSubject, type DelegationsService } from '#org';
import type { Actor, WorkflowDefinition } from '#workflow';
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
  WithdrawDto,
} from './resolution.dto.js';
import { type ResolutionContext, resolutionMachine } from './resolution.machine.js';
import { resolutionPolicy } from './resolution.policy.js';
import { RESOLUTIONS, type ResolutionPreparer } from './resolution-preparer.service.js';

export { RESOLUTIONS };

/** Why the machine refuses, when "not in this state" would not say it (D6, D7, D9). */
export function resolutionRefusal(
  state: string,
  context: ResolutionContext,
  event: { type: string; [field: string]: unknown },
): string | null {
  switch (event.type) {
    case 'FILE_REMEDY':
      if (state === 'notified' || state === 'published') {
        if ((context.remedies ?? []).some((r) => r.kind === event.kind))
          return event.kind === 'reconsideracion'
            ? 'Ya se resolvió una reconsideración contra este acto: solo cabe apelación.'
            : 'Ya se resolvió una apelación contra este acto.';
        return event.kind === 'apelacion'
          ? context.signature?.delegatorRole === 'ALCALDE'
            ? 'El acto se emitió por delegación del Alcalde: no cabe apelación, solo reconsideración (Art. 218).'
            : 'No hay superior jerárquico ante quien apelar: solo cabe reconsideración.'
          : null;
      }
      if (state === 'firm')
        return 'El plazo para interponer recursos venció: el acto quedó firme (Art. 222).';
      if (state === 'under_remedy') return 'Ya hay un recurso en trámite contra este acto.';
      return 'Solo se interponen recursos contra un acto notificado o publicado.';
    case 'NOTIFY':
      if (state === 'signed' && context.scope === 'general')
        return 'Una resolución de alcance general se publica (PUBLISH), no se notifica.';
      if (state === 'signed') return 'Ese destinatario ya fue notificado.';
      return null;
    case 'PUBLISH':
      return state === 'signed' && context.scope === 'particular'
        ? 'Una resolución de alcance particular se notifica a cada destinatario (NOTIFY).'
        : null;
    case 'ANNUL':
      return state === 'firm'
        ? 'Venció la potestad de declarar la nulidad de oficio: 2 años desde que el acto quedó firme (Art. 213.3).'
        : null;
    case 'VISA':
      return state === 'visas' ? 'Su unidad ya visó o no debe visar este proyecto.' : null;
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
    events: {
      EDIT: EditResolutionDto,
      SUBMIT: null,
      LEGAL_OPINION: LegalOpinionDto,
      RETURN: ReasonDto,
      VISA: null,
      SIGN: SignDto,
      NOTIFY: NotifyDto,
      PUBLISH: PublishDto,
      FILE_REMEDY: FileRemedyDto,
      RESOLVE_REMEDY: ResolveRemedyDto,
      ANNUL: AnnulDto,
      RECTIFY: null,
      WITHDRAW: WithdrawDto,
    },
    eventSamples: {
      LEGAL_OPINION: [{ favorable: true }, { favorable: false }],
      FILE_REMEDY: [{ kind: 'reconsideracion' }, { kind: 'apelacion' }],
      RESOLVE_REMEDY: [{ outcome: 'fundado' }, { outcome: 'infundado' }],
    },
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
      return {
        ...actor,
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
