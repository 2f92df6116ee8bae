import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the account housekeeping: the worker deletes sessions that expired or were revoked
 * longer ago than SESSION_RETENTION_DAYS, and stale login-failure rows; an administrator's view and
 * unlock of an account find its failure row by user. Indexes only: no process writes differently.
 */
export class AccountHousekeeping1765497600000 implements MigrationInterface {
  name = 'AccountHousekeeping1765497600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX sessions_expires_at ON sessions (expires_at)`);
    await q.query(
      `CREATE INDEX sessions_revoked_at ON sessions (revoked_at) WHERE revoked_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX login_failures_user ON login_failures (user_id) WHERE user_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX login_failures_user`);
    await q.query(`DROP INDEX sessions_revoked_at`);
    await q.query(`DROP INDEX sessions_expires_at`);
  }
}
