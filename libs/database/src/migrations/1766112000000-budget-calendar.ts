import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The management calendar (issue 16, DOMAIN §5): every date of every budget or management document
 * of a fiscal year, each version with its legal source. Version 1 comes from the profile when the
 * year is seeded (null: chained, waiting for its predecessor's approval); later ones from the ADMIN
 * or from the predecessor's approval. Never changed nor deleted, like the non-working-day table.
 */
export class BudgetCalendar1766112000000 implements MigrationInterface {
  name = 'BudgetCalendar1766112000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE budget_calendar_dates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        instance_id uuid NOT NULL REFERENCES workflow_instances(id),
        fiscal_year int NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        document_code text NOT NULL CHECK (document_code ~ '^[a-z][a-z0-9_]{0,39}$'),
        version int NOT NULL CHECK (version > 0),
        due_on date,
        basis text NOT NULL CHECK (btrim(basis) <> ''),
        source text NOT NULL CHECK (source IN ('perfil', 'admin', 'encadenado')),
        recorded_by uuid REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        UNIQUE (instance_id, version)
      )`);
    // One document per municipality and year: seeding twice creates nothing.
    await q.query(`
      CREATE UNIQUE INDEX budget_calendar_one_item
        ON budget_calendar_dates (municipality_id, fiscal_year, document_code) WHERE version = 1`);
    await q.query(`
      CREATE TRIGGER budget_calendar_dates_keep BEFORE UPDATE OR DELETE ON budget_calendar_dates
      FOR EACH ROW EXECUTE FUNCTION records_keep()`);
    await q.query(`
      CREATE TRIGGER budget_calendar_dates_no_truncate BEFORE TRUNCATE ON budget_calendar_dates
      FOR EACH STATEMENT EXECUTE FUNCTION records_keep()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE budget_calendar_dates`);
  }
}
