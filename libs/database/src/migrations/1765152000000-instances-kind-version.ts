import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every process checks at boot that it knows each kind and machine version stored: a skip scan of
 * this index answers with one probe per pair, however many instances there are.
 */
export class InstancesKindVersion1765152000000 implements MigrationInterface {
  name = 'InstancesKindVersion1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX workflow_instances_kind_version ON workflow_instances (kind, machine_version)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_kind_version`);
  }
}
