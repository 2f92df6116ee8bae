import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists at scale (issue 13, point 4). Every list of a kind walks one index in its own order
 * (newest first, id as tie-break) and stops at the page: one index per filter, with the filter's
 * column before the order. The year is stored for every instance (no expression per row), the
 * Spanish text vector is stored once (no `to_tsvector` per row and query, and ANALYZE gathers its
 * word frequencies, so the planner tells a common word from a rare one), and each instance keeps
 * its list summary (`summary`, written by the kernel) so a page never reads the full context.
 */
export class ListReads1765670400000 implements MigrationInterface {
  name = 'ListReads1765670400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE workflow_instances i
         SET record_year = extract(year FROM i.created_at AT TIME ZONE m.time_zone)::int
        FROM municipalities m
       WHERE m.id = i.municipality_id AND i.record_year IS NULL`);
    await q.query(`
      ALTER TABLE workflow_instances
        ADD COLUMN summary jsonb,
        ADD COLUMN search_vector tsvector
          GENERATED ALWAYS AS (to_tsvector('spanish', search_text)) STORED`);
    await q.query(`DROP INDEX workflow_instances_listing`);
    await q.query(`DROP INDEX workflow_instances_owner_unit`);
    await q.query(`DROP INDEX workflow_instances_search`);
    await q.query(
      `CREATE INDEX workflow_instances_recent ON workflow_instances (municipality_id, kind, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_state_recent ON workflow_instances (municipality_id, kind, state, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_year_recent ON workflow_instances (municipality_id, kind, record_year, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_unit_recent ON workflow_instances (municipality_id, kind, owner_unit_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_search ON workflow_instances USING gin (search_vector)`,
    );
    // The inbox's unread filter and its unread count: only the unread entries, in the inbox's order.
    await q.query(
      `CREATE INDEX notifications_unread ON notifications (recipient_id, created_at DESC, seq DESC) WHERE read_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_unread`);
    await q.query(`DROP INDEX workflow_instances_search`);
    await q.query(`DROP INDEX workflow_instances_unit_recent`);
    await q.query(`DROP INDEX workflow_instances_year_recent`);
    await q.query(`DROP INDEX workflow_instances_state_recent`);
    await q.query(`DROP INDEX workflow_instances_recent`);
    await q.query(`ALTER TABLE workflow_instances DROP COLUMN search_vector, DROP COLUMN summary`);
    await q.query(
      `CREATE INDEX workflow_instances_search ON workflow_instances USING gin (to_tsvector('spanish', search_text))`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_owner_unit ON workflow_instances (municipality_id, kind, owner_unit_id)`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_listing ON workflow_instances (municipality_id, kind, state, created_at DESC)`,
    );
  }
}
