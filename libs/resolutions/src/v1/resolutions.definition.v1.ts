import { type Refusal, refuse } from '#core';
import type { WorkflowDefinition } from '#workflow';
import { AnnulDtoV1 } from '../resolution.dto.js';
import { ResolutionRefusal } from '../resolution.errors.js';
import { resolutionPolicy } from '../resolution.policy.js';
import type { ResolutionContext } from '../resolution.machine.js';
import {
  RESOLUTIONS,
  resolutionEvents,
  resolutionsCommonHooks,
  type ResolutionsDependencies,
} from '../resolutions.definition.js';
import { completeResolutionEventV1, resolutionEventSamplesV1 } from './resolution-request.v1.js';
import { type ResolutionContextV1, resolutionMachineV1 } from './resolution.machine.v1.js';

/**
 * Why machine version 1 refuses an event, as it said before version 2 (D6, D7, D9). Frozen with
 * the machine.
 */
export function resolutionRefusalV1(
  state: string,
  context: ResolutionContextV1,
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
          ? refuse(
              R.APPEAL_NOT_AVAILABLE,
              context.signature?.delegatorRole === 'ALCALDE'
                ? 'El acto se emitió por delegación del Alcalde: se tiene por suyo y agota la vía administrativa (Art. 78.4; LOM Art. 50); solo cabe reconsideración.'
                : 'No hay superior jerárquico ante quien apelar: solo cabe reconsideración.',
            )
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

/** Version 1 has no NOTIFY_DECISION: a decision on a remedy was not served through Despacho. */
const {
  NOTIFY_DECISION: _notInV1,
  START_ANNULMENT: _startNotInV1,
  START_REVOCATION: _revocationNotInV1,
  SERVE_HEARING: _hearingNotInV1,
  FILE_ARGUMENTS: _argumentsNotInV1,
  REVOKE: _revokeNotInV1,
  DISMISS_REVIEW: _dismissNotInV1,
  ...current
} = resolutionEvents;
// Version 1 keeps its nulidad de oficio at once, with an optional instrument.
const eventsV1 = { ...current, ANNUL: AnnulDtoV1 };

/**
 * Machine version 1, kept for the instances created with it (their context has no per-party
 * windows): one remedy window per act, a state term counted from the last notification recorded.
 * Requests are validated with the current DTOs (e.g. NOTIFY brings `servedAt`, which version 1
 * does not read; FILE_REMEDY's `filedAt` is taken on its civil date).
 */
export function resolutionsDefinitionV1(
  deps: ResolutionsDependencies,
): WorkflowDefinition<ResolutionContextV1> {
  return {
    ...resolutionsCommonHooks<ResolutionContextV1>(deps),
    kind: RESOLUTIONS,
    version: 1,
    machine: resolutionMachineV1,
    // The policy reads what both versions share (units, scope, the remedy's resolver).
    policy: (actor, event, instance) =>
      resolutionPolicy(actor, event, {
        ...instance,
        context: instance.context as unknown as ResolutionContext,
      }),
    events: eventsV1,
    eventSamples: resolutionEventSamplesV1,
    complete: completeResolutionEventV1,
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
      origin: null,
    }),
    prepare: (scope, event, instance, actor) =>
      deps.preparer.prepareV1(scope, event, instance, actor),
    refusal: resolutionRefusalV1,
  };
}
