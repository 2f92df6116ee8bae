import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Pendientes conmigo" (issue 14, point 3): what each unit or role must do now, across every kind,
 * kept by the kernel in each transition's transaction so a tray is an index read, never a scan of
 * instances. The due date is copied from the deadline the item answers to (and moved with it when
 * the calendar changes). Items of instances that existed before this migration are derived by the
 * definitions themselves at the next start (`kernel_tasks`: the workers run each task once).
 */
export class WorkItems1765760400000 implements MigrationInterface {
  name = 'WorkItems1765760400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE work_items (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        instance_id uuid NOT NULL REFERENCES workflow_instances(id),
        kind text NOT NULL,
        action text NOT NULL CHECK (action ~ '^[a-z0-9_]{1,40}$'),
        name text NOT NULL,
        unit_id uuid REFERENCES units(id),
        role text,
        label text NOT NULL,
        term_code text,
        term_key text NOT NULL DEFAULT '',
        deadline_id uuid,
        term_name text,
        due_on date,
        due_at timestamptz,
        since timestamptz NOT NULL,
        CHECK (unit_id IS NOT NULL OR role IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX work_items_instance ON work_items (instance_id)`);
    await q.query(
      `CREATE INDEX work_items_unit ON work_items (municipality_id, unit_id, due_at, id) WHERE unit_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX work_items_role ON work_items (municipality_id, role, due_at, id) WHERE role IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX work_items_deadline ON work_items (deadline_id) WHERE deadline_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX work_items_due ON work_items (municipality_id, due_at, id)`);
    await q.query(`
      CREATE TABLE kernel_tasks (
        name text PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO kernel_tasks (name) VALUES ('rebuild_work_items')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kernel_tasks`);
    await q.query(`DROP TABLE work_items`);
  }
}
