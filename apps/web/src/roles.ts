/** The roles as the console names them (home page, administration). */
export const ROLE_NAMES: Record<string, string> = {
  ADMIN: 'Administración del sistema',
  ALCALDE: 'Alcaldía',
  GERENTE_MUNICIPAL: 'Gerencia Municipal',
  SECRETARIA_GENERAL: 'Secretaría General',
  ASESORIA_JURIDICA: 'Asesoría Jurídica',
  PLANEAMIENTO_PRESUPUESTO: 'Planeamiento y Presupuesto',
  GERENCIA: 'Gerencia de línea',
  REGIDOR: 'Regidor(a)',
};

/** ADMIN administers the system and never acts in a workflow (its console has no workflow sections). */
export const isAdmin = (user: { roles: readonly string[] }): boolean =>
  user.roles.includes('ADMIN');
