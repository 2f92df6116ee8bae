import { type Actor } from '#audit';
import {
  type InstanceFacts,
  inUnit,
  type PolicyDecision,
  policyGuards,
  type WorkflowEvent,
} from '#workflow';
import type { MandateContext } from './mandate.machine.js';

/** Who may assign: the Alcalde (to the Gerente and the gerencias) and the Gerente Municipal (to the gerencias). */
export const ASSIGNER_ROLES = ['ALCALDE', 'GERENTE_MUNICIPAL'] as const;

export function mayAssign(actor: Actor): true | string {
  if (!ASSIGNER_ROLES.some((role) => actor.roles.includes(role)))
    return 'Solo el Alcalde o el Gerente Municipal pueden asignar encargos.';
  if (!actor.unitId) return 'Su usuario no pertenece a ninguna unidad orgánica.';
  return true;
}

/** Mandates have no system events, and the unit that submits is not the one that accepts. */
const guard = policyGuards<MandateContext>({});

/** The responsible unit works on it; the assigning unit reviews, returns or cancels it. */
export function mandatePolicy(
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<MandateContext>,
): PolicyDecision {
  const refused = guard(actor, event, instance);
  if (refused) return refused;
  const { context } = instance;
  switch (event.type) {
    case 'REPORT_PROGRESS':
    case 'SUBMIT':
      return inUnit(
        actor,
        context.responsibleUnitId,
        'Solo la unidad responsable del encargo puede informar avances o presentar su cumplimiento.',
      );
    case 'ACCEPT':
    case 'RETURN':
    case 'CANCEL':
      return inUnit(
        actor,
        context.assignerUnitId,
        'Solo la unidad que asignó el encargo puede darlo por cumplido, observarlo o dejarlo sin efecto.',
      );
    default:
      return 'Evento desconocido.';
  }
}
