import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Times per state over 90 days read hundreds of thousands of stays at scale: complete days are
 * rolled up into histograms (how many stays ended that day, by state and by duration bucket, each
 * bucket 10 % wider than the previous one), so a window reads a few thousand rows. The board rolls
 * up the days it lacks when it reads (`state_stay_rollups` says how far it went).
 */
export class StateStayDays1765850400000 implements MigrationInterface {
  name = 'StateStayDays1765850400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE state_stay_days (
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        day date NOT NULL,
        kind text NOT NULL,
        state text NOT NULL,
        bucket smallint NOT NULL CHECK (bucket >= 0),
        stays int NOT NULL CHECK (stays > 0),
        PRIMARY KEY (municipality_id, day, kind, state, bucket)
      )`);
    await q.query(`
      CREATE TABLE state_stay_rollups (
        municipality_id uuid PRIMARY KEY REFERENCES municipalities(id),
        through date NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE state_stay_rollups`);
    await q.query(`DROP TABLE state_stay_days`);
  }
}
