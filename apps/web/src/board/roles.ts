/** Who may open the board (the API says the same: 403 for anyone else). */
export const BOARD_ROLES: readonly string[] = ['ALCALDE', 'GERENTE_MUNICIPAL'];

export const canReadBoard = (roles: readonly string[]): boolean =>
  roles.some((role) => BOARD_ROLES.includes(role));
