import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments of workflow instances. The bytes live in a content-addressed store (a directory or
 * an S3 bucket) under their SHA-256; a row says which instance they support and who added them.
 * Rows are records: never changed or deleted (the trigger function comes from the resolutions).
 */
export class Attachments1764982800000 implements MigrationInterface {
  name = 'Attachments1764982800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        instance_id uuid NOT NULL REFERENCES workflow_instances(id),
        kind text NOT NULL CHECK (kind ~ '^[a-z_]{1,40}$'),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        description text CHECK (length(description) <= 500),
        media_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX attachments_instance ON attachments (municipality_id, instance_id, uploaded_at)`,
    );
    await q.query(`
      CREATE TRIGGER attachments_keep BEFORE UPDATE OR DELETE ON attachments
      FOR EACH ROW EXECUTE FUNCTION records_keep()`);
    await q.query(`
      CREATE TRIGGER attachments_no_truncate BEFORE TRUNCATE ON attachments
      FOR EACH STATEMENT EXECUTE FUNCTION records_keep()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments`);
  }
}
