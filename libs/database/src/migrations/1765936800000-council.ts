import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'council_members',
  'council_absences',
  'council_sessions',
  'council_agenda_items',
  'council_attendance',
  'council_votes',
  'council_item_decisions',
  'council_acuerdos',
];

/**
 * The Concejo Municipal (LOM Art. 13, 16, 17; docs/reglas/concejo.md): its members and their
 * leaves, sessions with their agenda, attendance, each member's vote, the decision on each item and
 * the numbered Acuerdos. Every row carries its municipality; nothing is ever deleted (Ley 25323):
 * what changes later (a session's status, its acta, an Acuerdo's vigencia) is updated in place.
 * An Acuerdo takes its number from the register of numbered acts, which so far only knew
 * workflow instances: a register entry now belongs to an instance or to an agenda item.
 */
export class Council1765936800000 implements MigrationInterface {
  name = 'Council1765936800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE council_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        name text NOT NULL CHECK (btrim(name) <> ''),
        role text NOT NULL CHECK (role IN ('alcalde', 'regidor')),
        user_id uuid REFERENCES users(id),
        active_from date NOT NULL,
        active_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (active_to IS NULL OR active_to >= active_from),
        UNIQUE (municipality_id, id)
      )`);
    await q.query(`
      CREATE TABLE council_absences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        member_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('licencia', 'suspension')),
        from_date date NOT NULL,
        to_date date,
        instrument text NOT NULL CHECK (btrim(instrument) <> ''),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (to_date IS NULL OR to_date >= from_date),
        FOREIGN KEY (municipality_id, member_id) REFERENCES council_members (municipality_id, id)
      )`);
    await q.query(`
      CREATE TABLE council_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        kind text NOT NULL CHECK (kind IN ('ordinaria', 'extraordinaria', 'solemne')),
        date date NOT NULL,
        convoked_on date NOT NULL,
        presiding_member_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'convocada'
          CHECK (status IN ('convocada', 'en_curso', 'levantada')),
        agenda_locked boolean NOT NULL,
        acta_status text NOT NULL DEFAULT 'pendiente'
          CHECK (acta_status IN ('pendiente', 'dispensada', 'aprobada')),
        acta_settled_at timestamptz,
        acta_approved_in uuid REFERENCES council_sessions(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (date >= convoked_on),
        CHECK ((acta_status = 'pendiente') = (acta_settled_at IS NULL)),
        CHECK ((acta_status = 'aprobada') = (acta_approved_in IS NOT NULL)),
        UNIQUE (municipality_id, id),
        FOREIGN KEY (municipality_id, presiding_member_id)
          REFERENCES council_members (municipality_id, id)
      )`);
    await q.query(
      `CREATE INDEX council_sessions_date ON council_sessions (municipality_id, date DESC, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE council_agenda_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        session_id uuid NOT NULL,
        position int NOT NULL CHECK (position >= 1),
        item_type text NOT NULL,
        title text NOT NULL CHECK (btrim(title) <> ''),
        workflow_instance_id uuid REFERENCES workflow_instances(id),
        vote_status text NOT NULL DEFAULT 'pendiente'
          CHECK (vote_status IN ('pendiente', 'en_votacion', 'decidido')),
        vote_opened_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, position),
        UNIQUE (municipality_id, id),
        FOREIGN KEY (municipality_id, session_id) REFERENCES council_sessions (municipality_id, id)
      )`);
    await q.query(`
      CREATE TABLE council_attendance (
        id bigserial PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        session_id uuid NOT NULL,
        member_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('llegada', 'retiro')),
        at timestamptz NOT NULL,
        recorded_by uuid REFERENCES users(id),
        FOREIGN KEY (municipality_id, session_id) REFERENCES council_sessions (municipality_id, id),
        FOREIGN KEY (municipality_id, member_id) REFERENCES council_members (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX council_attendance_session ON council_attendance (session_id, id)`);
    await q.query(`
      CREATE TABLE council_votes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        item_id uuid NOT NULL,
        member_id uuid NOT NULL,
        choice text NOT NULL CHECK (choice IN ('a_favor', 'en_contra', 'abstencion')),
        reason text,
        at timestamptz NOT NULL,
        recorded_by uuid REFERENCES users(id),
        CHECK ((choice = 'abstencion') = (reason IS NOT NULL)),
        UNIQUE (item_id, member_id),
        FOREIGN KEY (municipality_id, item_id) REFERENCES council_agenda_items (municipality_id, id),
        FOREIGN KEY (municipality_id, member_id) REFERENCES council_members (municipality_id, id)
      )`);
    await q.query(`
      CREATE TABLE council_item_decisions (
        item_id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        outcome text NOT NULL CHECK (outcome IN ('approved', 'rejected')),
        a_favor int NOT NULL CHECK (a_favor >= 0),
        en_contra int NOT NULL CHECK (en_contra >= 0),
        abstenciones int NOT NULL CHECK (abstenciones >= 0),
        required int,
        base_size int,
        casting_member_id uuid,
        casting_choice text CHECK (casting_choice IN ('a_favor', 'en_contra')),
        decided_at timestamptz NOT NULL,
        CHECK ((casting_member_id IS NULL) = (casting_choice IS NULL)),
        FOREIGN KEY (municipality_id, item_id) REFERENCES council_agenda_items (municipality_id, id),
        FOREIGN KEY (municipality_id, casting_member_id)
          REFERENCES council_members (municipality_id, id)
      )`);
    await q.query(`
      CREATE TABLE council_acuerdos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        session_id uuid NOT NULL,
        item_id uuid NOT NULL UNIQUE,
        number text NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        seq int NOT NULL CHECK (seq > 0),
        adopted_at timestamptz NOT NULL,
        in_force_from timestamptz,
        UNIQUE (municipality_id, year, seq),
        FOREIGN KEY (municipality_id, session_id) REFERENCES council_sessions (municipality_id, id),
        FOREIGN KEY (municipality_id, item_id) REFERENCES council_agenda_items (municipality_id, id)
      )`);
    await q.query(
      `CREATE INDEX council_acuerdos_year ON council_acuerdos (municipality_id, year, seq DESC)`,
    );
    await q.query(`
      CREATE FUNCTION council_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '%: el registro del Concejo no se borra', TG_TABLE_NAME;
      END $$`);
    for (const table of TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_keep BEFORE DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION council_keep()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION council_keep()`);
    }

    // A register entry is an instance's (a resolution, a convenio) or an agenda item's (an Acuerdo).
    await q.query(`
      ALTER TABLE register_entries
        ALTER COLUMN instance_id DROP NOT NULL,
        ADD COLUMN council_item_id uuid REFERENCES council_agenda_items(id),
        ADD CONSTRAINT register_entries_owner CHECK (num_nonnulls(instance_id, council_item_id) = 1)`);
    await q.query(
      `CREATE UNIQUE INDEX register_entries_council_item ON register_entries (council_item_id, series)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX register_entries_council_item`);
    await q.query(`
      ALTER TABLE register_entries DROP CONSTRAINT register_entries_owner,
        DROP COLUMN council_item_id, ALTER COLUMN instance_id SET NOT NULL`);
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION council_keep()`);
  }
}
