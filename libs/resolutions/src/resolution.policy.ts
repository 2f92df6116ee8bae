import { type Actor, type Authority } from '#audit';
import { isRefusal, type Refusal, refuse } from '#core';
import { DelegationSubject, Role, UnitKind } from '#org';
import {
  type InstanceFacts,
  inUnit,
  type PolicyDecision,
  policyGuards,
  type WorkflowEvent,
} from '#workflow';
import { administrativeRoute } from './administrative-route.js';
import { ResolutionRefusal } from './resolution.errors.js';
import type { ResolutionContext } from './resolution.machine.js';

const SUBJECT = DelegationSubject.RESOLUCIONES_GERENCIA_MUNICIPAL;

/**
 * What counts at SIGN, by delegator: the Gerente's post (encargatura) and signature, or the
 * competence he delegates; the Alcalde's competence (LOM Art. 20 inc. 20). A delegación de firma of
 * the Alcalde counts too, only to be refused by name (TUO Art. 83.1); his encargatura (LOM Art. 24)
 * makes an Alcalde (e), who signs Resoluciones de Alcaldía, not these.
 */
const SIGNING_KINDS: Readonly<Record<string, readonly string[]>> = {
  [Role.GERENTE_MUNICIPAL]: ['encargatura', 'delegacion_firma', 'delegacion_competencia'],
  [Role.ALCALDE]: ['delegacion_competencia', 'delegacion_firma'],
};

/** Delegations that let someone other than the Gerente sign, or the Gerente sign for the Alcalde. */
export function signingAuthorities(actor: Actor): Authority[] {
  return (actor.authorities ?? []).filter(
    (a) => a.subjects.includes(SUBJECT) && SIGNING_KINDS[a.delegatorRole]?.includes(a.kind),
  );
}

/**
 * Whether the actor holds the post of `role`: as titular, or as its encargado in force (TUO de la
 * Ley 27444, Art. 84.2: the encargado replaces the titular for every legal effect). A delegation
 * de firma or de competencia does not make anyone the titular (Art. 78.2, 83.2).
 */
export function holdsPost(actor: Actor, role: Role): boolean {
  return (
    actor.roles.includes(role) ||
    (actor.authorities ?? []).some(
      (a) => a.kind === 'encargatura' && a.delegatorRole === role && a.subjects.includes(SUBJECT),
    )
  );
}

/**
 * Under which title the actor signs (D10): the delegation named in the event, else their own post
 * as Gerente Municipal, else their single delegation de firma or encargatura from the Gerente.
 * A string says why nobody may sign here.
 */
export function signingTitle(
  actor: Actor,
  /** null: in the signer's own right, as Gerente Municipal. */
  delegationId: string | null | undefined,
): { authority: Authority | null } | Refusal {
  const held = signingAuthorities(actor);
  if (delegationId === null)
    return actor.roles.includes(Role.GERENTE_MUNICIPAL)
      ? { authority: null }
      : refuse(
          ResolutionRefusal.NOT_A_SIGNER,
          'Solo el Gerente Municipal firma en ejercicio de competencias propias: la Resolución de Gerencia Municipal es su acto (LOM Art. 39).',
        );
  if (delegationId !== undefined) {
    const authority = held.find((a) => a.delegationId === delegationId);
    return authority
      ? { authority }
      : refuse(
          ResolutionRefusal.DELEGATION_NOT_IN_FORCE,
          'La delegación indicada no está a su nombre, no está vigente hoy o no comprende la firma de resoluciones.',
        );
  }
  if (actor.roles.includes(Role.GERENTE_MUNICIPAL)) return { authority: null };
  const forGerente = held.filter((a) => a.delegatorRole === Role.GERENTE_MUNICIPAL);
  if (forGerente.length === 1) return { authority: forGerente[0] ?? null };
  if (forGerente.length > 1)
    return refuse(
      ResolutionRefusal.DELEGATION_AMBIGUOUS,
      'Tiene más de una delegación vigente para firmar: indique cuál usa (delegationId).',
    );
  return refuse(
    ResolutionRefusal.NOT_A_SIGNER,
    'Solo el Gerente Municipal, o quien tenga una encargatura (TUO de la Ley 27444, Art. 84) o una delegación de firma vigente del Gerente (Art. 83), puede firmar.',
  );
}

/**
 * Units whose members may draft a Resolución de Gerencia Municipal. Asesoría Jurídica gives the
 * legal opinion on every draft (it would opine on its own), and the Alcaldía issues its own acts.
 */
export const DRAFTING_UNIT_KINDS: readonly string[] = [
  UnitKind.gerencia_linea,
  UnitKind.oficina,
  UnitKind.planeamiento_presupuesto,
  UnitKind.secretaria_general,
  UnitKind.gerencia_municipal,
];

const guard = policyGuards<ResolutionContext>({
  // Separation of duties: whoever drafted the act does not sign it, whatever title they hold.
  ownSubmission: {
    events: ['SIGN'],
    refusal: ResolutionRefusal.OWN_DRAFT_NOT_SIGNABLE,
    detail: 'Usted elaboró este proyecto: lo firma otra autoridad (separación de funciones).',
  },
});

/** Who may send what (issue: originating unit, legal unit, visa units, the Gerente, the Alcalde). */
export function resolutionPolicy(
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<ResolutionContext>,
): PolicyDecision {
  const refused = guard(actor, event, instance);
  if (refused) return refused;
  const { context, state } = instance;
  switch (event.type) {
    case 'EDIT':
    case 'SUBMIT':
    case 'WITHDRAW':
      return inUnit(
        actor,
        context.originUnitId,
        'Solo la unidad que elaboró el proyecto puede editarlo, presentarlo o retirarlo.',
      );
    case 'LEGAL_OPINION':
      return inUnit(actor, context.legalUnitId, 'Solo la unidad de asesoría jurídica opina.');
    case 'RETURN':
      if (state === 'legal_review')
        return inUnit(
          actor,
          context.legalUnitId,
          'En revisión legal, solo asesoría jurídica observa.',
        );
      if (state === 'visas')
        return actor.unitId !== null && context.pendingVisas.includes(actor.unitId)
          ? true
          : 'Solo una unidad que aún debe visar puede observar el proyecto.';
      return isRefusal(signingTitle(actor, undefined))
        ? 'Solo quien puede firmar observa un proyecto listo para la firma.'
        : true;
    case 'VISA':
      return actor.unitId !== null && context.pendingVisas.includes(actor.unitId)
        ? true
        : 'Su unidad no tiene visación pendiente en este proyecto.';
    case 'SIGN': {
      const title = signingTitle(
        actor,
        typeof event.delegationId === 'string' || event.delegationId === null
          ? event.delegationId
          : undefined,
      );
      if (isRefusal(title)) return title;
      return delegatedSigningRefusal(actor, title.authority, context) ?? true;
    }
    case 'NOTIFY':
    case 'PUBLISH':
    case 'FILE_REMEDY':
    case 'NOTIFY_DECISION':
    case 'SERVE_HEARING':
    case 'FILE_ARGUMENTS':
      return actor.unitId === context.originUnitId ||
        actor.unitId === context.issuingUnitId ||
        actor.roles.includes(Role.SECRETARIA_GENERAL)
        ? true
        : 'Solo la unidad que elaboró la resolución, la Gerencia Municipal o Secretaría General registran notificaciones, publicaciones y recursos.';
    case 'RESOLVE_REMEDY': {
      // The remedy decided: the one named (its party), else the last one (machine version 1).
      const decided =
        (context.pending ?? []).find((r) => r.party === event.party) ?? context.remedy;
      if (decided?.resolverRole === 'ALCALDE')
        return actor.roles.includes(Role.ALCALDE)
          ? true
          : 'La apelación la resuelve el Alcalde, superior jerárquico (TUO de la Ley 27444, Art. 220).';
      // The encargado of the Gerencia resolves it too, also against acts the titular signed.
      return holdsPost(actor, Role.GERENTE_MUNICIPAL)
        ? true
        : 'La reconsideración la resuelve el órgano que dictó el acto (TUO de la Ley 27444, Art. 219): el Gerente Municipal o quien esté encargado de la Gerencia (Art. 84.2); no quien solo tiene delegada la firma o la competencia (Art. 78.2, 83.2).';
    }
    case 'START_ANNULMENT':
    case 'ANNUL':
    case 'DISMISS_REVIEW':
      return actor.roles.includes(Role.ALCALDE)
        ? true
        : 'La nulidad de oficio la declara el superior jerárquico de quien emitió el acto: el Alcalde (TUO de la Ley 27444, Art. 213.2).';
    case 'START_REVOCATION':
    case 'REVOKE':
      return actor.roles.includes(Role.ALCALDE)
        ? true
        : 'La revocación la declara la más alta autoridad de la entidad: el Alcalde (TUO de la Ley 27444, Art. 214.2).';
    case 'RECTIFY':
      return actor.unitId === context.originUnitId || holdsPost(actor, Role.GERENTE_MUNICIPAL)
        ? true
        : 'Solo la unidad que elaboró la resolución o el Gerente Municipal pueden rectificarla.';
    default:
      return 'Evento desconocido.';
  }
}

/**
 * D10 at SIGN, once the title is known: what the law forbids to sign under it, with its article.
 * Null when nothing does.
 */
function delegatedSigningRefusal(
  actor: Actor,
  authority: Authority | null,
  context: ResolutionContext,
): Refusal | null {
  if (!authority) return null;
  const R = ResolutionRefusal;
  // LOM Art. 20 inc. 20: the Alcalde's administrative powers go to the Gerente Municipal only.
  if (
    authority.delegatorRole === Role.ALCALDE &&
    authority.kind === 'delegacion_competencia' &&
    !actor.roles.includes(Role.GERENTE_MUNICIPAL)
  )
    return refuse(
      R.NOT_A_SIGNER,
      'El Alcalde delega sus atribuciones administrativas solo en el Gerente Municipal (LOM Art. 20 inc. 20): esta delegación no le permite firmar.',
    );
  // TUO Art. 83.1: no delegación de firma for an act that exhausts the administrative route.
  if (authority.kind === 'delegacion_firma') {
    const route = administrativeRoute({
      signature: { mode: 'delegacion_firma', delegatorRole: authority.delegatorRole },
      superiorUnitId: context.superiorUnitId,
    });
    if (route.exhausted)
      return refuse(
        R.SIGNATURE_NOT_DELEGABLE,
        `No se delega la firma de un acto que agota la vía administrativa (TUO de la Ley 27444, Art. 83.1): ${route.why}. No es una Resolución de Gerencia Municipal.`,
      );
  }
  // LOM Art. 39: a gerencia de línea resolves by its own resolutions; as encargado of the Gerencia
  // it signs as the Gerente Municipal (e) (TUO Art. 84.2).
  if (actor.unitKind === UnitKind.gerencia_linea && authority.kind !== 'encargatura')
    return refuse(
      R.LINE_GERENCIA_CANNOT_SIGN,
      'Una gerencia de línea resuelve sus asuntos con sus propias resoluciones y no firma Resoluciones de Gerencia Municipal, ni por delegación de firma ni de competencia (LOM Art. 39). Solo como encargado de la Gerencia Municipal, que firma «(e)» (TUO de la Ley 27444, Art. 84.2).',
    );
  // TUO Art. 78.2: issuing general rules is not delegable.
  if (authority.kind === 'delegacion_competencia' && context.scope === 'general')
    return refuse(
      R.GENERAL_ACT_NOT_DELEGABLE,
      'Una resolución de alcance general no se emite por delegación de competencia: la atribución de emitir normas generales es indelegable (TUO de la Ley 27444, Art. 78.2).',
    );
  return null;
}
