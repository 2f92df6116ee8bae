import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registers of numbered acts (D12) and the signed documents (D13, D16), plus the columns lists
 * filter by (owning unit, filing year). Register entries and documents are never changed or deleted.
 */
export class Resolutions1764720000000 implements MigrationInterface {
  name = 'Resolutions1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workflow_instances
        ADD COLUMN owner_unit_id uuid REFERENCES units(id),
        ADD COLUMN record_year int`);
    // Encargos already filed: their owner is the responsible unit (as `listing` says from now on).
    await q.query(`
      UPDATE workflow_instances SET owner_unit_id = (context->>'responsibleUnitId')::uuid
      WHERE kind = 'mandates' AND context ? 'responsibleUnitId'`);
    await q.query(
      `CREATE INDEX workflow_instances_owner_unit ON workflow_instances (municipality_id, kind, owner_unit_id)`,
    );

    // One row per (municipality, series, issuing unit, year): the row lock, held until the signing
    // transaction commits, is what makes numbers gapless; a rollback gives the number back.
    await q.query(`
      CREATE TABLE register_counters (
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        series text NOT NULL,
        issuing_unit_id uuid NOT NULL REFERENCES units(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        last_value int NOT NULL CHECK (last_value > 0),
        PRIMARY KEY (municipality_id, series, issuing_unit_id, year)
      )`);
    await q.query(`
      CREATE TABLE register_entries (
        municipality_id uuid NOT NULL,
        series text NOT NULL,
        issuing_unit_id uuid NOT NULL,
        year int NOT NULL,
        sequence int NOT NULL,
        number text NOT NULL,
        instance_id uuid NOT NULL REFERENCES workflow_instances(id),
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (municipality_id, series, issuing_unit_id, year, sequence),
        FOREIGN KEY (municipality_id, series, issuing_unit_id, year)
          REFERENCES register_counters (municipality_id, series, issuing_unit_id, year)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX register_entries_instance ON register_entries (instance_id, series)`,
    );

    await q.query(`
      CREATE TABLE signed_documents (
        instance_id uuid PRIMARY KEY REFERENCES workflow_instances(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        verification_code text NOT NULL UNIQUE,
        content_type text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE FUNCTION records_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% no se modifica ni se borra: es un registro permanente', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['register_entries', 'signed_documents']) {
      await q.query(`
        CREATE TRIGGER ${table}_keep BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION records_keep()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION records_keep()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signed_documents`);
    await q.query(`DROP TABLE register_entries`);
    await q.query(`DROP FUNCTION records_keep()`);
    await q.query(`DROP TABLE register_counters`);
    await q.query(`DROP INDEX workflow_instances_owner_unit`);
    await q.query(
      `ALTER TABLE workflow_instances DROP COLUMN owner_unit_id, DROP COLUMN record_year`,
    );
  }
}
