import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CLOCK=manual keeps the deployment's time here, so the API and every worker read one clock. The
 * row is created by the first process that boots with CLOCK=manual. Every update bumps `version`
 * (processes apply only newer versions, whatever order they hear them in), gets a fresh `move_id`
 * (the id of the job that fires what the move made due) and notifies `despacho_clock`, even an
 * update made by hand in psql.
 */
export class ManualClock1764979200000 implements MigrationInterface {
  name = 'ManualClock1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE manual_clock (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        now timestamptz NOT NULL,
        version bigint NOT NULL DEFAULT 1,
        move_id uuid NOT NULL DEFAULT gen_random_uuid(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`
      CREATE FUNCTION manual_clock_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        NEW.move_id := gen_random_uuid();
        NEW.updated_at := clock_timestamp();
        -- Delivered at commit, to every process listening (their cached time).
        PERFORM pg_notify('despacho_clock',
          NEW.version || ':' || (extract(epoch FROM NEW.now) * 1000)::bigint);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER manual_clock_moved BEFORE UPDATE ON manual_clock
      FOR EACH ROW EXECUTE FUNCTION manual_clock_moved()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE manual_clock`);
    await q.query(`DROP FUNCTION manual_clock_moved()`);
  }
}
