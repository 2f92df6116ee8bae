import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The phases of a management document (the Presupuesto Participativo's) have dates of their own,
 * versioned with their legal source in the same table: `phase` names the phase (null: the
 * document's own date), and each keeps its own version numbers.
 */
export class BudgetPhaseDates1766200000000 implements MigrationInterface {
  name = 'BudgetPhaseDates1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE budget_calendar_dates
        ADD COLUMN phase text CHECK (phase ~ '^[a-z][a-z0-9_]{0,39}$')`);
    await q.query(
      `ALTER TABLE budget_calendar_dates DROP CONSTRAINT budget_calendar_dates_instance_id_version_key`,
    );
    await q.query(`
      CREATE UNIQUE INDEX budget_calendar_dates_version
        ON budget_calendar_dates (instance_id, coalesce(phase, ''), version)`);
    await q.query(`DROP INDEX budget_calendar_one_item`);
    await q.query(`
      CREATE UNIQUE INDEX budget_calendar_one_item
        ON budget_calendar_dates (municipality_id, fiscal_year, document_code)
        WHERE version = 1 AND phase IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A phase's date would read as the document's: refuse rather than mix them.
    await q.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM budget_calendar_dates WHERE phase IS NOT NULL) THEN
          RAISE EXCEPTION 'hay fechas de fases: no se puede revertir sin mezclarlas con las de los documentos';
        END IF;
      END $$`);
    await q.query(`DROP INDEX budget_calendar_one_item`);
    await q.query(`DROP INDEX budget_calendar_dates_version`);
    await q.query(`ALTER TABLE budget_calendar_dates DROP COLUMN phase`);
    await q.query(
      `ALTER TABLE budget_calendar_dates ADD CONSTRAINT budget_calendar_dates_instance_id_version_key UNIQUE (instance_id, version)`,
    );
    await q.query(`
      CREATE UNIQUE INDEX budget_calendar_one_item
        ON budget_calendar_dates (municipality_id, fiscal_year, document_code) WHERE version = 1`);
  }
}
