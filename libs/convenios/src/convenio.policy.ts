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
import { ConvenioRefusal } from './convenio.errors.js';
import type { ConvenioContext } from './convenio.machine.js';

/** Events only the kernel sends (the timers of the convenio's obligations) or the adenda's own instance. */
export const CONVENIO_SYSTEM_EVENTS = [
  'EXPIRE',
  'EXPIRY_ALERT',
  'OBLIGATION_OVERDUE',
  'NOTICE_LAPSED',
  'ADDENDUM_CONCLUDED',
] as const;

const guard = policyGuards<ConvenioContext>({
  systemEvents: {
    events: CONVENIO_SYSTEM_EVENTS,
    refusal: ConvenioRefusal.SYSTEM_EVENT,
    detail:
      'Este evento lo registra el sistema: el vencimiento y los avisos los dan los plazos del convenio, y la conclusión de una adenda, la propia adenda.',
  },
  // Separation of duties: whoever drafted or submitted the convenio does not approve it.
  ownSubmission: {
    events: [
      'CERTIFY_BUDGET',
      'LEGAL_OPINION',
      'CONFORMITY',
      'SEND_TO_COUNCIL',
      'COUNCIL_APPROVED',
      'COUNCIL_REJECTED',
      'SIGN',
    ],
    submittedBy: (context) => context.submittedBy,
    refusal: ConvenioRefusal.OWN_SUBMISSION,
    detail:
      'Usted elaboró o presentó este convenio: lo aprueba otra persona (separación de funciones).',
  },
});

/**
 * Who may send what (D17): the requesting unit drafts, submits, corrects and follows it; OPP
 * certifies; Asesoría Jurídica gives the informe legal; the Gerente Municipal gives conformity and
 * elevates it; the Alcalde takes it to the Concejo, signs it and ends it (LOM Art. 20 inc. 23);
 * Secretaría General records the Acuerdo de Concejo (the council's module sends it as the system).
 */
export function convenioPolicy(
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<ConvenioContext>,
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
        context.requestingUnitId,
        'Solo la unidad que propone el convenio puede editarlo, presentarlo o retirarlo.',
      );
    case 'CERTIFY_BUDGET':
      return inUnit(
        actor,
        context.budgetUnitId,
        'Solo la Oficina de Planeamiento y Presupuesto certifica el crédito presupuestario.',
      );
    case 'LEGAL_OPINION':
      return inUnit(actor, context.legalUnitId, 'Solo Asesoría Jurídica emite el informe legal.');
    case 'RETURN':
      if (state === 'budget_certification')
        return inUnit(
          actor,
          context.budgetUnitId,
          'En la certificación presupuestal, solo Planeamiento y Presupuesto observa el convenio.',
        );
      if (state === 'management_conformity')
        return hasRole(
          actor,
          Role.GERENTE_MUNICIPAL,
          'Solo el Gerente Municipal devuelve el convenio con observaciones antes de elevarlo.',
        );
      return hasRole(
        actor,
        Role.ALCALDE,
        'Solo el Alcalde devuelve el convenio que le fue elevado.',
      );
    case 'CONFORMITY':
      return hasRole(
        actor,
        Role.GERENTE_MUNICIPAL,
        'Solo el Gerente Municipal da conformidad al convenio y lo eleva al Alcalde.',
      );
    case 'SEND_TO_COUNCIL':
      return hasRole(
        actor,
        Role.ALCALDE,
        'Solo el Alcalde propone el convenio al Concejo Municipal (LOM Art. 9 inc. 26, Art. 20 inc. 23).',
      );
    case 'SIGN':
      return hasRole(
        actor,
        Role.ALCALDE,
        'Solo el Alcalde celebra y suscribe los convenios de la municipalidad (LOM Art. 20 inc. 23).',
      );
    case 'COUNCIL_APPROVED':
    case 'COUNCIL_REJECTED':
      return hasRole(
        actor,
        Role.SECRETARIA_GENERAL,
        'Solo Secretaría General registra el Acuerdo de Concejo sobre el convenio.',
      );
    case 'REPORT_OBLIGATION':
    case 'ADDENDUM':
      return inUnit(
        actor,
        context.requestingUnitId,
        'Solo la unidad que propuso el convenio, que coordina su ejecución, registra el cumplimiento de las obligaciones y propone adendas.',
      );
    case 'MUTUAL_TERMINATION':
    case 'TERMINATION_FOR_BREACH':
      return hasRole(
        actor,
        Role.ALCALDE,
        'Solo el Alcalde, que celebró el convenio, lo resuelve (LOM Art. 20 inc. 23).',
      );
    case 'FREE_EXIT':
      // The municipality's exit is the Alcalde's decision; the counterpart's notice is registered by the unit that follows it.
      return event['party'] === 'contraparte'
        ? actor.roles.includes(Role.ALCALDE) || actor.unitId === context.requestingUnitId
          ? true
          : 'La carta de separación de la contraparte la registra la unidad que coordina el convenio o el Alcalde.'
        : hasRole(
            actor,
            Role.ALCALDE,
            'Solo el Alcalde ejerce la separación de la municipalidad del convenio (TUO de la Ley 27444, Art. 88.3).',
          );
    default:
      return 'Evento desconocido.';
  }
}
