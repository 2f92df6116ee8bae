import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditChain } from '#audit';
import { APP_CONFIG, type AppConfig, Clock, SystemClock } from '#core';
import { queryOne, queryRows } from '#database';
import { ROLES, type Role } from './roles.js';
import { auditUserChange } from './user-actor.js';

/**
 * The time sessions and access tokens live by: real time, even with CLOCK=manual, because moving the
 * business clock (days, years in a demo) must not log everybody out. Its own class so tests can move it.
 */
@Injectable()
export class SessionClock extends SystemClock {}

/** A live login, with its user as stored now (roles and unit re-read, never taken from the token). */
export interface LiveSession {
  readonly sessionId: string;
  readonly userId: string;
  readonly username: string;
  readonly municipalityId: string;
  readonly unitId: string | null;
  readonly roles: readonly Role[];
  readonly expiresAt: Date;
}

export type RevocationReason =
  'logout' | 'user_deactivated' | 'password_changed' | 'password_reset';

interface SessionRow {
  id: string;
  user_id: string;
  municipality_id: string;
  expires_at: Date;
  revoked_at: Date | null;
  username: string;
  unit_id: string | null;
  roles: string[];
  active: boolean;
  user_municipality_id: string;
}

interface Cached {
  readonly row: SessionRow | undefined;
  readonly loadedAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bounds the memory of the cache; past it the oldest entries go (they are re-read on demand). */
const CACHE_MAX_ENTRIES = 50_000;
/** last_seen_at is written at most this often per session, so a busy user costs no write per request. */
const LAST_SEEN_RESOLUTION = '1 minute';

/**
 * Server-side sessions. Every request checks its session and user through a per-process cache
 * trusted for `SESSION_CACHE_MS`: a revocation made elsewhere (another API process, an SQL update)
 * takes effect here within that bound; one made by this process, at once.
 */
@Injectable()
export class SessionStore {
  private readonly cache = new Map<string, Cached>();
  /** Bumped by every local invalidation: a lookup that started before one must not cache its answer. */
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessionClock: SessionClock,
    private readonly clock: Clock,
    private readonly audit: AuditChain,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for a user who just proved who they are; the login goes to the audit chain. */
  async open(user: {
    id: string;
    municipalityId: string;
  }): Promise<{ sessionId: string; expiresAt: Date }> {
    const now = this.sessionClock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessions.maxHours * 3_600_000);
    return this.dataSource.transaction(async (manager) => {
      const row = await queryOne<{ id: string }>(
        manager,
        `INSERT INTO sessions (user_id, municipality_id, created_at, expires_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $3) RETURNING id`,
        [user.id, user.municipalityId, now, expiresAt],
      );
      if (!row) throw new Error('INSERT INTO sessions no devolvió la fila');
      await this.record(manager, 'auth.login', user.municipalityId, user.id, {
        sessionId: row.id,
        expiresAt: expiresAt.toISOString(),
      });
      return { sessionId: row.id, expiresAt };
    });
  }

  /** The session if it is live and its user active, else undefined. */
  async resolve(sessionId: string): Promise<LiveSession | undefined> {
    if (!UUID.test(sessionId)) return undefined;
    const now = this.sessionClock.now();
    const row = await this.lookup(sessionId, now);
    if (!row || row.revoked_at || !row.active || row.expires_at.getTime() <= now.getTime())
      return undefined;
    // A user moved to another municipality keeps nothing of the old one.
    if (row.user_municipality_id !== row.municipality_id) return undefined;
    const roles = row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    return {
      sessionId: row.id,
      userId: row.user_id,
      username: row.username,
      municipalityId: row.municipality_id,
      unitId: row.unit_id,
      roles,
      expiresAt: row.expires_at,
    };
  }

  /** Logout: ends the caller's own session. Revoking twice is a no-op (and is audited once). */
  async revoke(
    session: Pick<LiveSession, 'sessionId' | 'userId' | 'municipalityId'>,
    reason: RevocationReason,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const revoked = await queryRows<{ id: string }>(
        manager,
        `UPDATE sessions SET revoked_at = $2, revoked_reason = $3
         WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
        [session.sessionId, this.sessionClock.now(), reason],
      );
      if (revoked.length > 0)
        await this.record(manager, 'auth.logout', session.municipalityId, session.userId, {
          sessionId: session.sessionId,
        });
    });
    this.invalidate((row) => row?.id === session.sessionId, session.sessionId);
  }

  /**
   * Revokes every live session of a user in the caller's transaction, each audited; call
   * `forgetUser` once it committed so this process stops trusting its cache at once. `keepSessionId`
   * survives (a user who changed their own password stays logged in where they did it).
   */
  async revokeAllOf(
    manager: EntityManager,
    municipalityId: string,
    userId: string,
    reason: RevocationReason,
    actorUserId: string | null,
    keepSessionId?: string,
  ): Promise<number> {
    const revoked = await queryRows<{ id: string }>(
      manager,
      `UPDATE sessions SET revoked_at = $3, revoked_reason = $4
       WHERE user_id = $1 AND municipality_id = $2 AND revoked_at IS NULL
         AND ($5::uuid IS NULL OR id <> $5) RETURNING id`,
      [userId, municipalityId, this.sessionClock.now(), reason, keepSessionId ?? null],
    );
    for (const { id } of revoked)
      await this.record(manager, 'session.revoked', municipalityId, actorUserId ?? userId, {
        sessionId: id,
        userId,
        reason,
      });
    return revoked.length;
  }

  /**
   * Deletes at most `limit` sessions that ended (expired or were revoked) before `endedBefore`, by
   * the session clock; concurrent callers skip each other's rows. Returns how many went. The audit
   * keeps their logins and logouts; a deleted session's token was already refused.
   */
  async pruneEnded(endedBefore: Date, limit: number): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `DELETE FROM sessions WHERE id IN (
         SELECT id FROM sessions WHERE expires_at < $1 OR revoked_at < $1
         LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [endedBefore, limit],
    );
    for (const { id } of rows) this.cache.delete(id);
    return rows.length;
  }

  /** Drops this process's cached view of a user's sessions (after a change committed). */
  forgetUser(userId: string): void {
    this.invalidate((row) => row === undefined || row.user_id === userId);
  }

  private invalidate(matches: (row: SessionRow | undefined) => boolean, key?: string): void {
    this.generation++;
    if (key !== undefined) this.cache.delete(key);
    for (const [id, cached] of this.cache) if (matches(cached.row)) this.cache.delete(id);
  }

  private async lookup(sessionId: string, now: Date): Promise<SessionRow | undefined> {
    const ttl = this.config.sessions.cacheMs;
    const cached = this.cache.get(sessionId);
    const age = cached ? now.getTime() - cached.loadedAt : -1;
    if (cached && age >= 0 && age < ttl) return cached.row;

    const generation = this.generation;
    const row = await queryOne<SessionRow>(
      this.dataSource.manager,
      `WITH seen AS (
         UPDATE sessions SET last_seen_at = $2
         WHERE id = $1 AND revoked_at IS NULL AND last_seen_at < $2::timestamptz - interval '${LAST_SEEN_RESOLUTION}'
         RETURNING id)
       SELECT s.id, s.user_id, s.municipality_id, s.expires_at, s.revoked_at, u.username, u.unit_id,
              u.roles, u.active, u.municipality_id AS user_municipality_id
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $1`,
      [sessionId, now],
    );
    if (ttl > 0 && generation === this.generation) {
      this.cache.delete(sessionId);
      if (this.cache.size >= CACHE_MAX_ENTRIES) {
        const oldest = this.cache.keys().next();
        if (!oldest.done) this.cache.delete(oldest.value);
      }
      this.cache.set(sessionId, { row, loadedAt: now.getTime() });
    }
    return row;
  }

  /** Audited without secrets: session ids only (a session id alone authenticates nobody). */
  private record(
    manager: EntityManager,
    type: string,
    municipalityId: string,
    actorUserId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const at = this.clock.now();
    return auditUserChange(this.audit, manager, { municipalityId, actorUserId, type, at, payload });
  }
}
