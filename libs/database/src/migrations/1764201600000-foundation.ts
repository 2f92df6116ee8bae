import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants, their units and people, and the queue smoke-check table. */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,31}$'),
        name text NOT NULL,
        short_name text NOT NULL,
        time_zone text NOT NULL DEFAULT 'America/Lima',
        profile jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        parent_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, code)
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        unit_id uuid REFERENCES units(id),
        username text NOT NULL,
        full_name text NOT NULL,
        post text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);
    await q.query(`CREATE INDEX users_municipality_idx ON users (municipality_id)`);
    await q.query(`
      CREATE TABLE system_pings (
        id text PRIMARY KEY,
        backend text NOT NULL,
        requested_at timestamptz NOT NULL,
        processed_at timestamptz,
        deliveries integer NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE system_pings');
    await q.query('DROP TABLE users');
    await q.query('DROP TABLE units');
    await q.query('DROP TABLE municipalities');
  }
}
