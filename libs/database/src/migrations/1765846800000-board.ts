import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Alcaldía's board (issue 14, point 6) reads aggregates that must stay fast with millions of
 * files: how long files stay in each state (one row per completed stay, written by the kernel in
 * the transition's own statement), resolutions signed per series this month, and recent
 * escalations. Existing stays are derived from the audit trail, which records every change of
 * state with its instant.
 */
export class Board1765846800000 implements MigrationInterface {
  name = 'Board1765846800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances ADD COLUMN state_entered_at timestamptz`);
    await q.query(`
      UPDATE workflow_instances i SET state_entered_at = coalesce(
        (SELECT max(e.at) FROM audit_events e
         WHERE e.instance_id = i.id AND e.to_state = i.state AND e.from_state IS DISTINCT FROM e.to_state),
        i.created_at)`);
    await q.query(
      `ALTER TABLE workflow_instances ALTER COLUMN state_entered_at SET DEFAULT now(), ALTER COLUMN state_entered_at SET NOT NULL`,
    );
    await q.query(`
      CREATE TABLE state_stays (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        instance_id uuid NOT NULL REFERENCES workflow_instances(id),
        kind text NOT NULL,
        state text NOT NULL,
        entered_at timestamptz NOT NULL,
        left_at timestamptz NOT NULL,
        CHECK (left_at >= entered_at)
      )`);
    // The board reads a window of recent stays per municipality without touching the heap.
    await q.query(
      `CREATE INDEX state_stays_left ON state_stays (municipality_id, left_at) INCLUDE (kind, state, entered_at)`,
    );
    await q.query(`CREATE INDEX state_stays_instance ON state_stays (instance_id)`);
    await q.query(`
      INSERT INTO state_stays (municipality_id, instance_id, kind, state, entered_at, left_at)
      SELECT municipality_id, instance_id, kind, from_state, entered, at FROM (
        SELECT e.municipality_id, e.instance_id, e.kind, e.from_state, e.at,
               lag(e.at) OVER (PARTITION BY e.instance_id ORDER BY e.at, e.id) AS entered
        FROM audit_events e
        WHERE e.instance_id IS NOT NULL AND e.from_state IS DISTINCT FROM e.to_state) changes
      WHERE from_state IS NOT NULL AND entered IS NOT NULL AND at >= entered`);
    await q.query(
      `CREATE INDEX register_entries_assigned ON register_entries (municipality_id, assigned_at)`,
    );
    await q.query(
      `CREATE INDEX deadline_timers_escalated ON deadline_timers (fired_at DESC) WHERE kind = 'escalation' AND status = 'fired'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deadline_timers_escalated`);
    await q.query(`DROP INDEX register_entries_assigned`);
    await q.query(`DROP TABLE state_stays`);
    await q.query(`ALTER TABLE workflow_instances DROP COLUMN state_entered_at`);
  }
}
