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
import { BudgetModificationRefusal } from './budget-modification.errors.js';
import type { BudgetModificationContext } from './budget-modification.machine.js';

/** Sent by the draft RGM's own instance when it is signed or withdrawn. */
export const BUDGET_MODIFICATION_SYSTEM_EVENTS: ReadonlySet<string> = new Set([
  'RESOLUTION_SIGNED',
  'RESOLUTION_WITHDRAWN',
]);

const guard = policyGuards<BudgetModificationContext>({
  systemEvents: {
    events: BUDGET_MODIFICATION_SYSTEM_EVENTS,
    refusal: BudgetModificationRefusal.SYSTEM_EVENT,
    detail:
      'Este evento lo registra el sistema cuando la Resolución de Gerencia Municipal se firma o se retira.',
  },
  // Events that judge what someone asked: never by whoever drafted or submitted it.
  ownSubmission: {
    events: ['TECHNICAL_REPORT', 'APPROVE', 'ELEVATE', 'APPROVE_BY_MAYOR', 'REJECT'],
    submittedBy: (context) => context.submittedBy,
    refusal: BudgetModificationRefusal.OWN_SUBMISSION,
    detail:
      'Usted elaboró o presentó esta solicitud: la evalúa y decide otra persona (separación de funciones).',
  },
});

/**
 * Who may send what: the requesting unit drafts, submits and withdraws; Planeamiento y
 * Presupuesto reports; the Gerente Municipal approves (by delegation), elevates or rejects; the
 * Alcalde approves by his own resolution or rejects what was elevated to him.
 */
export function budgetModificationPolicy(
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<BudgetModificationContext>,
): PolicyDecision {
  const refused = guard(actor, event, instance);
  if (refused) return refused;
  const { context, state } = instance;
  switch (event.type) {
    case 'SUBMIT':
    case 'WITHDRAW':
      return inUnit(
        actor,
        context.requestingUnitId,
        'Solo la unidad que solicita la modificación puede presentarla o retirarla.',
      );
    case 'TECHNICAL_REPORT':
      return inUnit(
        actor,
        context.budgetUnitId,
        'Solo la Oficina de Planeamiento y Presupuesto emite el informe técnico.',
      );
    case 'APPROVE':
    case 'ELEVATE':
      return hasRole(
        actor,
        Role.GERENTE_MUNICIPAL,
        'Solo el Gerente Municipal aprueba la solicitud o la eleva al Alcalde.',
      );
    case 'APPROVE_BY_MAYOR':
      return hasRole(
        actor,
        Role.ALCALDE,
        'Solo el Alcalde, titular del pliego, aprueba por Resolución de Alcaldía lo que se le elevó.',
      );
    case 'REJECT':
      return state === 'mayor_decision'
        ? hasRole(actor, Role.ALCALDE, 'Solo el Alcalde rechaza la solicitud que se le elevó.')
        : hasRole(actor, Role.GERENTE_MUNICIPAL, 'Solo el Gerente Municipal rechaza la solicitud.');
    default:
      return 'Evento desconocido.';
  }
}
