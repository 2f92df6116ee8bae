import { refusalCodes } from '#core';

/** Why a budget modification refuses an event, beyond TRANSITION_NOT_ALLOWED and FORBIDDEN (docs/errores.md). */
export const BudgetModificationRefusal = refusalCodes({
  MAYOR_APPROVAL_REQUIRED: [409, 'La aprueba el Alcalde'],
  MANAGER_HOLDS_DELEGATION: [409, 'La aprueba el Gerente por delegación'],
  OWN_SUBMISSION: [403, 'Solicitud propia'],
  REQUESTING_UNIT_NOT_ALLOWED: [403, 'Unidad que no solicita modificaciones'],
  SYSTEM_EVENT: [403, 'Lo registra el sistema'],
});
