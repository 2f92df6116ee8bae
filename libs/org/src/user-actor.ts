import type { EntityManager } from 'typeorm';
import type { Actor } from '#audit';
import { queryOne } from '#database';

/** The audit's actor for a change a user made outside a workflow (a calendar day, a delegation). */
export async function userActor(
  manager: EntityManager,
  municipalityId: string,
  userId: string,
): Promise<Actor> {
  const user = await queryOne<{ username: string; unit_id: string | null; roles: string[] }>(
    manager,
    `SELECT username, unit_id, roles FROM users WHERE id = $1`,
    [userId],
  );
  return {
    userId,
    name: user?.username ?? 'desconocido',
    municipalityId,
    unitId: user?.unit_id ?? null,
    roles: user?.roles ?? [],
  };
}
