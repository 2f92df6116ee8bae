import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock, DomainError, ErrorCode } from '#core';
import { AuditChain, systemActor } from '#audit';
import { execute, queryOne, queryRows } from '#database';
import type { User } from './entities/user.entity.js';

/** At most this many stale rows are swept per failure: the sweep never slows a login much. */
const SWEEP_BATCH = 100;

/** The same key for `MML.Gerente` and `mml.gerente`; the name itself is not stored. */
export const accountKey = (username: string): string =>
  createHash('sha256').update(`login:${username.trim().toLowerCase()}`).digest('hex');

/** `accountKey` in SQL, of a user-name column (user names are lower-case ASCII, already trimmed). */
export const accountKeySql = (column: string): string =>
  `encode(sha256(convert_to('login:' || lower(${column}), 'UTF8')), 'hex')`;

/**
 * The end of a user's lockout, if any, as a scalar subquery on a `users` alias: its row is found by
 * user (set once the account failed a login) or by name (failures before the account existed).
 */
export const lockedUntilSql = (users: string): string =>
  `(SELECT max(f.locked_until) FROM login_failures f
    WHERE f.user_id = ${users}.id OR f.account_key = ${accountKeySql(`${users}.username`)})`;

/** What an administrator's unlock (or password reset) cleared. */
export interface ClearedLockout {
  /** The end of the lock it lifted; null if the account was not locked, only counting failures. */
  readonly lockedUntil: Date | null;
  /** Whether the lock was still in force (else it had expired and nobody had tried since). */
  readonly wasLocked: boolean;
  /** Failures counted toward the next lock (0 right after a lock). */
  readonly failures: number;
}

/**
 * Per-account lockout after repeated failed logins, kept in PostgreSQL so that it holds across API
 * processes and restarts and no client address resets it. Unknown names are counted and locked
 * the same way, so the answer never tells whether an account exists. Locks end on their own;
 * lock and unlock of a real account go into its municipality's audit chain.
 */
@Injectable()
export class LoginLockouts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditChain,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get windowMs(): number {
    return this.config.edge.loginLockout.minutes * 60_000;
  }

  /** Throws 429 while the account is locked, whatever the password; clears an expired lock. */
  async assertNotLocked(username: string, user: User | null): Promise<void> {
    await this.clock.sync();
    const now = this.clock.now();
    const key = accountKey(username);
    const row = await queryOne<{ locked_until: Date | null }>(
      this.dataSource.manager,
      `SELECT locked_until FROM login_failures WHERE account_key = $1`,
      [key],
    );
    const lockedUntil = row?.locked_until;
    if (!lockedUntil) return;
    if (lockedUntil > now) {
      const retryAfter = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `Demasiados intentos fallidos para esta cuenta. Por seguridad, el ingreso está suspendido; vuelva a intentar en ${Math.ceil(retryAfter / 60)} minuto(s).`,
        { retryAfter },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      // Only the process that clears the lock records the unlock.
      const cleared = await queryRows<{ user_id: string | null }>(
        manager,
        `UPDATE login_failures SET locked_until = NULL, failures = 0, window_started_at = $2
         WHERE account_key = $1 AND locked_until = $3 RETURNING user_id`,
        [key, now, lockedUntil],
      );
      if (cleared.length > 0 && user)
        await this.record(manager, user, 'account.unlocked', now, {
          reason: 'vencimiento',
          lockedUntil: lockedUntil.toISOString(),
        });
    });
  }

  /** Counts a failure; the one that reaches the threshold locks the account. */
  async recordFailure(username: string, user: User | null): Promise<void> {
    const now = this.clock.now();
    const { threshold, minutes } = this.config.edge.loginLockout;
    const windowStart = new Date(now.getTime() - this.windowMs);
    await this.dataSource.transaction(async (manager) => {
      const key = accountKey(username);
      // One statement, the row locked till commit: concurrent failures from several processes add up.
      const row = await queryOne<{ failures: number; locked_until: Date | null }>(
        manager,
        `INSERT INTO login_failures AS f
           (account_key, failures, window_started_at, last_failure_at, user_id)
         VALUES ($1, 1, $2, $2, $4)
         ON CONFLICT (account_key) DO UPDATE SET
           failures = CASE WHEN f.window_started_at <= $3 THEN 1 ELSE f.failures + 1 END,
           window_started_at = CASE WHEN f.window_started_at <= $3 THEN $2 ELSE f.window_started_at END,
           last_failure_at = $2,
           user_id = $4
         RETURNING failures, locked_until`,
        [key, now, windowStart, user?.id ?? null],
      );
      if (row && row.failures >= threshold && !(row.locked_until && row.locked_until > now)) {
        const lockedUntil = new Date(now.getTime() + minutes * 60_000);
        await execute(
          manager,
          `UPDATE login_failures SET locked_until = $2, failures = 0 WHERE account_key = $1`,
          [key, lockedUntil],
        );
        if (user)
          await this.record(manager, user, 'account.locked', now, {
            failures: row.failures,
            windowMinutes: minutes,
            lockedUntil: lockedUntil.toISOString(),
          });
      }
      // Rows of names nobody tried for a window; a real account's expired lock stays until its
      // next attempt, which records the unlock.
      await execute(
        manager,
        `DELETE FROM login_failures WHERE account_key IN (
           SELECT account_key FROM login_failures
           WHERE last_failure_at < $1
             AND (locked_until IS NULL OR (locked_until < $2 AND user_id IS NULL))
           LIMIT ${SWEEP_BATCH})`,
        [windowStart, now],
      );
    });
  }

  /**
   * An administrator's unlock: forgets the account's failures and lock, in the caller's
   * transaction (which audits it). Undefined if there was nothing to clear.
   */
  async clear(
    manager: EntityManager,
    user: Pick<User, 'id' | 'username'>,
  ): Promise<ClearedLockout | undefined> {
    await this.clock.sync();
    const rows = await queryRows<{ failures: number; locked_until: Date | null }>(
      manager,
      `DELETE FROM login_failures WHERE user_id = $1 OR account_key = $2
       RETURNING failures, locked_until`,
      [user.id, accountKey(user.username)],
    );
    if (rows.length === 0) return undefined;
    const ends = rows.flatMap((r) => (r.locked_until ? [r.locked_until.getTime()] : []));
    const lockedUntil = ends.length > 0 ? new Date(Math.max(...ends)) : null;
    return {
      lockedUntil,
      wasLocked: lockedUntil !== null && lockedUntil > this.clock.now(),
      failures: Math.max(...rows.map((r) => r.failures)),
    };
  }

  /**
   * Deletes at most `limit` rows that no longer count: their window passed and they hold no lock in
   * force. A real account's lock that ended and nobody tried since gets its `account.unlocked`
   * here, as the next attempt would have recorded it. Concurrent callers skip each other's rows.
   */
  async pruneStale(limit: number): Promise<number> {
    await this.clock.sync();
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.windowMs);
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<{
        locked_until: Date | null;
        id: string | null;
        municipality_id: string | null;
        username: string | null;
      }>(
        manager,
        `WITH gone AS (
           DELETE FROM login_failures WHERE account_key IN (
             SELECT account_key FROM login_failures
             WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until <= $2)
             ORDER BY last_failure_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING user_id, locked_until)
         SELECT g.locked_until, u.id, u.municipality_id, u.username
         FROM gone g LEFT JOIN users u ON u.id = g.user_id
         ORDER BY g.locked_until`,
        [windowStart, now, limit],
      );
      for (const row of rows)
        if (row.locked_until && row.id && row.municipality_id && row.username)
          await this.record(
            manager,
            { id: row.id, municipalityId: row.municipality_id, username: row.username },
            'account.unlocked',
            now,
            { reason: 'vencimiento', lockedUntil: row.locked_until.toISOString() },
          );
      return rows.length;
    });
  }

  /** A successful login starts the count again. */
  async recordSuccess(username: string): Promise<void> {
    await execute(
      this.dataSource.manager,
      `DELETE FROM login_failures WHERE account_key = $1 AND locked_until IS NULL`,
      [accountKey(username)],
    );
  }

  private async record(
    manager: EntityManager,
    user: Pick<User, 'id' | 'municipalityId' | 'username'>,
    type: 'account.locked' | 'account.unlocked',
    at: Date,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.append(manager, {
      municipalityId: user.municipalityId,
      instanceId: null,
      kind: null,
      type,
      from: null,
      to: null,
      actor: systemActor(user.municipalityId),
      at,
      payload: { userId: user.id, username: user.username, ...details },
    });
  }
}
