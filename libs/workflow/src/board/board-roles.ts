import type { Actor } from '#audit';
import { DomainError, ErrorCode } from '#core';
import { Role } from '#org';

/** Who reads the whole municipality's board: the Alcalde and the Gerente Municipal. */
export const BOARD_ROLES: readonly string[] = [Role.ALCALDE, Role.GERENTE_MUNICIPAL];

/** Refuses anyone but the board's readers (an administrator too: it does not act in files). */
export function assertBoardReader(actor: Pick<Actor, 'roles'>): void {
  if (!actor.roles.some((role) => BOARD_ROLES.includes(role)))
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'El tablero del Despacho de Alcaldía y los pendientes de toda la municipalidad son del Alcalde y del Gerente Municipal.',
    );
}
