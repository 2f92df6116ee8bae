import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins per account name, shared by every API process and kept across restarts, so no
 * client address can reset them. Keyed by a hash of the lowercased name: unknown names are counted
 * (and locked) like real ones, so a lockout does not reveal which accounts exist, and what a
 * person typed as a user name is not kept in clear.
 */
export class LoginLockouts1765238400000 implements MigrationInterface {
  name = 'LoginLockouts1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failures (
        account_key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz,
        -- Set for real accounts only: their lock and unlock go into the municipality's audit.
        user_id uuid REFERENCES users (id) ON DELETE CASCADE
      )`);
    // The sweep of stale rows reads by age.
    await q.query(`CREATE INDEX login_failures_last_failure ON login_failures (last_failure_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failures`);
  }
}
