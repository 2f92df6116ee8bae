import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The due-timer query reads pending timers `ORDER BY fire_at, id`: with `id` in the index too,
 * PostgreSQL walks it in that order (a plain index scan) instead of a bitmap scan plus a sort. A
 * plain index scan also marks the entries of timers already fired as dead, so later passes skip
 * them; a bitmap scan rechecks every one of them until VACUUM, and each pass got slower as timers fired.
 */
export class TimersDueOrder1764806400000 implements MigrationInterface {
  name = 'TimersDueOrder1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deadline_timers_due`);
    await q.query(
      `CREATE INDEX deadline_timers_due ON deadline_timers (fire_at, id) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deadline_timers_due`);
    await q.query(
      `CREATE INDEX deadline_timers_due ON deadline_timers (fire_at) WHERE status = 'pending'`,
    );
  }
}
