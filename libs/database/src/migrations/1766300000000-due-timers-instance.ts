import type { MigrationInterface, QueryRunner } from 'typeorm';

const DUE_TIMERS = (columns: string, select: string) => `
  CREATE FUNCTION due_timers(p_cutoff timestamptz, p_skip uuid[], p_limit int)
  RETURNS TABLE (${columns})
  LANGUAGE sql STABLE
  SET enable_bitmapscan = off
  AS $$
    SELECT ${select}
    FROM deadline_timers t JOIN workflow_instances i ON i.id = t.instance_id
    WHERE t.status = 'pending' AND t.fire_at <= p_cutoff AND t.id <> ALL (p_skip)
    ORDER BY t.fire_at, t.id
    LIMIT p_limit
  $$`;

/**
 * `due_timers()` also names each timer's instance: the timers' pass fires one municipality's due
 * timers in parallel lanes, and keeps every instance's timers in one lane so they stay in due order.
 * (Same ordered index scan as before; the function's result type changes, so it is recreated.)
 */
export class DueTimersInstance1766300000000 implements MigrationInterface {
  name = 'DueTimersInstance1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION due_timers(timestamptz, uuid[], int)`);
    await q.query(
      DUE_TIMERS(
        'id uuid, municipality_id uuid, instance_id uuid',
        't.id, i.municipality_id, t.instance_id',
      ),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION due_timers(timestamptz, uuid[], int)`);
    await q.query(DUE_TIMERS('id uuid, municipality_id uuid', 't.id, i.municipality_id'));
  }
}
