import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per login: the access token names it (`sid`), so logout, deactivation or an absolute
 * expiry end the login on the server even while the token's own `exp` has not passed.
 */
export class Sessions1765324800000 implements MigrationInterface {
  name = 'Sessions1765324800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        CONSTRAINT sessions_expiry_after_creation CHECK (expires_at > created_at),
        CONSTRAINT sessions_revocation_has_reason CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    // Revoking a user's live sessions (deactivation) reads only those.
    await q.query(`CREATE INDEX sessions_user_live ON sessions (user_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sessions`);
  }
}
