import { type Actor, type Authority } from '#audit';
import { isRefusal, type Refusal, refuse } from '#core';
import { DelegationSubject, Role, UnitKind } from '#org';
import type { InstanceFacts, PolicyDecision, WorkflowEvent } from '#workflow';
import { ResolutionRefusal } from './resolution.errors.js';
import type { ResolutionContext } from './resolution.machine.js';

const SUBJECT = DelegationSubject.RESOLUCIONES_GERENCIA_MUNICIPAL;

/** Only the Gerente's own signature or the Alcalde's competence can be delegated for these acts. */
const DELEGATORS: readonly string[] = [Role.GERENTE_MUNICIPAL, Role.ALCALDE];

/** Delegations that let someone other than the Gerente sign, or the Gerente sign for the Alcalde. */
export function signingAuthorities(actor: Actor): Authority[] {
  return (actor.authorities ?? []).filter(
    (a) => a.subjects.includes(SUBJECT) && DELEGATORS.includes(a.delegatorRole),
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
          'Solo el Gerente Municipal firma en ejercicio de competencias propias.',
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
    'Solo el Gerente Municipal, o quien tenga una encargatura o delegación de firma vigente, puede firmar.',
  );
}

const inUnit = (actor: Actor, unitId: string | null, refusal: string): PolicyDecision =>
  unitId !== null && actor.unitId === unitId ? true : refusal;

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

/** Who may send what (issue: originating unit, legal unit, visa units, the Gerente, the Alcalde). */
export function resolutionPolicy(
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<ResolutionContext>,
): PolicyDecision {
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
      // Separation of duties: whoever drafted the act does not sign it, whatever title they hold.
      if (instance.createdBy !== null && instance.createdBy === actor.userId)
        return refuse(
          ResolutionRefusal.OWN_DRAFT_NOT_SIGNABLE,
          'Usted elaboró este proyecto: lo firma otra autoridad (separación de funciones).',
        );
      const title = signingTitle(
        actor,
        typeof event.delegationId === 'string' || event.delegationId === null
          ? event.delegationId
          : undefined,
      );
      if (isRefusal(title)) return title;
      // D10: issuing general rules is not delegable.
      if (title.authority?.kind === 'delegacion_competencia' && context.scope === 'general')
        return refuse(
          ResolutionRefusal.GENERAL_ACT_NOT_DELEGABLE,
          'Una resolución de alcance general no se emite por delegación de competencia (Art. 78.2).',
        );
      return true;
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
          : 'La apelación la resuelve el Alcalde, superior jerárquico (Art. 220).';
      return actor.roles.includes(Role.GERENTE_MUNICIPAL)
        ? true
        : 'La reconsideración la resuelve el Gerente Municipal, que emitió el acto (Art. 219).';
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
      return actor.unitId === context.originUnitId || actor.roles.includes(Role.GERENTE_MUNICIPAL)
        ? true
        : 'Solo la unidad que elaboró la resolución o el Gerente Municipal pueden rectificarla.';
    default:
      return 'Evento desconocido.';
  }
}
