import { refusalCodes } from '#core';

/** Refusals of user management (listed in docs/errores.md). */
export const UserRefusal = refusalCodes({
  ADMIN_LOCKOUT: [409, 'La municipalidad quedaría sin administrador'],
  USERNAME_TAKEN: [409, 'Nombre de usuario en uso'],
  CURRENT_PASSWORD_INVALID: [403, 'Contraseña actual incorrecta'],
  SELF_PASSWORD_RESET: [403, 'Cambie su contraseña con la actual'],
  ROLE_UNIT_MISMATCH: [400, 'El rol no corresponde a la unidad'],
});
