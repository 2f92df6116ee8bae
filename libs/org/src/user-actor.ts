import type { EntityManager } from 'typeorm';
import type { Actor, AuditChain } from '#audit';
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

/** A change a person made outside any workflow (a user, a session, a delegation, a calendar day). */
export interface AuditedUserChange {
  readonly municipalityId: string;
  readonly actorUserId: string;
  readonly type: string;
  readonly at: Date;
  readonly payload: Record<string, unknown>;
}

/** Appends such a change to the municipality's audit chain, in the caller's transaction. */
export async function auditUserChange(
  audit: AuditChain,
  manager: EntityManager,
  change: AuditedUserChange,
): Promise<void> {
  await audit.append(manager, {
    municipalityId: change.municipalityId,
    instanceId: null,
    kind: null,
    type: change.type,
    from: null,
    to: null,
    actor: await userActor(manager, change.municipalityId, change.actorUserId),
    at: change.at,
    payload: change.payload,
  });
}
