import { refusalCodes } from '#core';

/** Why a budget review refuses an event, beyond TRANSITION_NOT_ALLOWED and FORBIDDEN (docs/errores.md). */
export const BudgetRefusal = refusalCodes({
  MAYOR_FALLBACK_NOT_YET: [409, 'El plazo del Concejo no ha vencido'],
  NO_MAYOR_FALLBACK: [409, 'Sin aprobación supletoria del Alcalde'],
  COUNCIL_APPROVAL_REQUIRED: [409, 'Requiere Acuerdo de Concejo'],
  MAYOR_APPROVES: [409, 'Lo aprueba el Alcalde'],
  SYSTEM_EVENT: [403, 'Lo registra el sistema'],
  OWN_SUBMISSION: [403, 'Documento presentado por usted'],
  CREATED_BY_SEEDING: [403, 'Lo crea la siembra del calendario'],
  ITEM_CLOSED: [409, 'Documento ya aprobado'],
  PHASE_NOT_NEXT: [409, 'No es la fase que sigue'],
  PHASES_PENDING: [409, 'Faltan fases por cumplir'],
});
