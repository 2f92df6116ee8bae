import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An agenda item about a file (a convenio, a budget document) carries the Acuerdo's decision back
 * to it: whether the Acuerdo also authorises the Alcalde to sign the convenio's adendas.
 */
export class CouncilDecisions1766023200000 implements MigrationInterface {
  name = 'CouncilDecisions1766023200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE council_agenda_items ADD COLUMN authorises_addenda boolean NOT NULL DEFAULT false`,
    );
    await q.query(
      `CREATE INDEX council_agenda_items_instance ON council_agenda_items (workflow_instance_id)
         WHERE workflow_instance_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX council_agenda_items_instance`);
    await q.query(`ALTER TABLE council_agenda_items DROP COLUMN authorises_addenda`);
  }
}
