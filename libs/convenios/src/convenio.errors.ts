import { refusalCodes } from '#core';

/**
 * Why a convenio refuses an event, beyond the plain TRANSITION_NOT_ALLOWED and FORBIDDEN: stable
 * codes a client can react to (listed in docs/errores.md).
 */
export const ConvenioRefusal = refusalCodes({
  FREE_ADHESION_CLAUSE_MISSING: [409, 'Falta la cláusula de libre adhesión y separación'],
  LEGAL_CHECKLIST_INCOMPLETE: [409, 'Informe legal incompleto'],
  COUNCIL_APPROVAL_REQUIRED: [409, 'Requiere Acuerdo de Concejo'],
  CONVENIO_ENDS_BEFORE_SIGNATURE: [409, 'Convenio vencido antes de su firma'],
  ADDENDUM_IN_PROGRESS: [409, 'Adenda en trámite'],
  ADDENDUM_MUST_EXTEND_TERM: [409, 'La adenda no amplía la vigencia'],
  OBLIGATION_NOT_PENDING: [409, 'Obligación no pendiente'],
  OWN_SUBMISSION: [403, 'Propuesta propia'],
  PROPOSING_UNIT_NOT_ALLOWED: [403, 'Unidad que no propone convenios'],
  SYSTEM_EVENT: [403, 'Lo registra el sistema'],
});
