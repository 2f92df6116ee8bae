import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row may name the BullMQ job it requests (`job_id`; the row id otherwise). Timers of one
 * instant share a job: each arming transaction writes its own row naming that job, instead of all
 * of them inserting one shared row id and waiting on each other's commits.
 */
export class OutboxJobId1764547200000 implements MigrationInterface {
  name = 'OutboxJobId1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN job_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN job_id`);
  }
}
