import { type Actor } from '#audit';
import { Role } from '#org';
import {
  hasRole,
  type InstanceFacts,
  inUnit,
  type PolicyDecision,
  policyGuards,
  type WorkflowEvent,
} from '#workflow';
import { BudgetRefusal } from './budget.errors.js';
import { BUDGET_SYSTEM_EVENTS, type BudgetReviewContext } from './budget-review.machine.js';

const guard = policyGuards<BudgetReviewContext>({
  systemEvents: {
    events: BUDGET_SYSTEM_EVENTS,
    refusal: BudgetRefusal.SYSTEM_EVENT,
    detail:
      'Este evento lo registra el sistema: el Acuerdo de Concejo lo envía el Concejo al entrar en vigor, y las fechas, el calendario de gestión.',
  },
  // Planeamiento y Presupuesto prepares most documents itself: another of its people reviews them.
  ownSubmission: {
    events: ['OBSERVE', 'ACCEPT'],
    submittedBy: (context) => context.versions.at(-1)?.submittedBy,
    refusal: BudgetRefusal.OWN_SUBMISSION,
    detail:
      'Usted presentó esta versión del documento: la revisa otra persona de Planeamiento y Presupuesto (separación de funciones).',
  },
});

/**
 * Who may send what (issue 16): the responsible unit completes its phases, prepares and submits; Planeamiento y
 * Presupuesto observes or accepts (never the person who presented that version); the Gerente Municipal gives conformity; the Alcalde takes it to
 * the Concejo or approves it by Resolución de Alcaldía, and publishes it. The Acuerdo, the
 * calendar's dates and the deadline come from the system; the administrator never acts.
 */
export function budgetReviewPolicy(
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<BudgetReviewContext>,
): PolicyDecision {
  const refused = guard(actor, event, instance);
  if (refused) return refused;
  const { context } = instance;
  switch (event.type) {
    case 'COMPLETE_PHASE':
    case 'SUBMIT':
      return inUnit(
        actor,
        context.responsibleUnitId,
        `Solo la unidad responsable presenta ${context.documentName}.`,
      );
    case 'OBSERVE':
    case 'ACCEPT':
      return actor.unitId === context.budgetUnitId &&
        actor.roles.includes(Role.PLANEAMIENTO_PRESUPUESTO)
        ? true
        : 'Solo Planeamiento y Presupuesto revisa el documento, lo observa o lo acepta.';
    case 'CONFORMITY':
      return hasRole(
        actor,
        Role.GERENTE_MUNICIPAL,
        'Solo el Gerente Municipal da conformidad al documento y lo eleva al Alcalde.',
      );
    case 'SEND_TO_COUNCIL':
    case 'APPROVE_BY_RESOLUTION':
    case 'APPROVE_BY_MAYOR_FALLBACK':
    case 'PUBLISH':
      return hasRole(
        actor,
        Role.ALCALDE,
        'Solo el Alcalde lo somete al Concejo, lo aprueba por Resolución de Alcaldía o dispone su publicación (LOM Art. 20).',
      );
    default:
      return 'Evento desconocido.';
  }
}
