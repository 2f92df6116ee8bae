import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The workflow kernel: instances, the audit chain, deadlines and their timers, outbox, idempotency, inbox. */
export class WorkflowKernel1764374400000 implements MigrationInterface {
  name = 'WorkflowKernel1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workflow_instances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        kind text NOT NULL,
        machine_version int NOT NULL,
        state text NOT NULL,
        context jsonb NOT NULL,
        version int NOT NULL DEFAULT 1,
        search_text text NOT NULL DEFAULT '',
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX workflow_instances_listing ON workflow_instances (municipality_id, kind, state, created_at DESC)`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_search ON workflow_instances USING gin (to_tsvector('spanish', search_text))`,
    );

    // The head row of each tenant's chain serialises appends: seq stays gapless and prev_hash exact.
    await q.query(`
      CREATE TABLE audit_heads (
        municipality_id uuid PRIMARY KEY REFERENCES municipalities(id),
        seq bigint NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE audit_events (
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        seq bigint NOT NULL,
        instance_id uuid,
        kind text,
        type text NOT NULL,
        from_state text,
        to_state text,
        actor_id uuid,
        actor_name text NOT NULL,
        on_behalf_of text,
        at timestamptz NOT NULL,
        payload jsonb NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (municipality_id, seq)
      )`);
    await q.query(
      `CREATE INDEX audit_events_instance ON audit_events (instance_id, seq) WHERE instance_id IS NOT NULL`,
    );
    // Append-only whatever the role: even the owner's UPDATE, DELETE and TRUNCATE are refused.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events es de solo anexado: % no está permitido', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);

    await q.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        instance_id uuid NOT NULL REFERENCES workflow_instances(id),
        state text NOT NULL,
        -- The instance version that entered the state: orders deadlines even when the clock stands still.
        opened_version int NOT NULL,
        name text NOT NULL,
        term_days int NOT NULL CHECK (term_days > 0),
        term_unit text NOT NULL CHECK (term_unit IN ('business', 'calendar')),
        starts_on date NOT NULL,
        due_on date NOT NULL,
        due_at timestamptz NOT NULL,
        responsible_unit_id uuid REFERENCES units(id),
        expiry_event text,
        status text NOT NULL CHECK (status IN ('pending', 'expired', 'met', 'met_late', 'cancelled')),
        created_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX deadlines_instance ON deadlines (instance_id)`);
    await q.query(
      `CREATE INDEX deadlines_open ON deadlines (municipality_id, due_at) WHERE closed_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE deadline_timers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deadline_id uuid NOT NULL REFERENCES deadlines(id),
        instance_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('reminder', 'expiry', 'escalation')),
        level int NOT NULL,
        target text NOT NULL,
        fire_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'fired', 'cancelled')),
        -- When its delayed job was first requested (outbox row or sweeper); NULL = not near enough yet.
        armed_at timestamptz,
        fired_at timestamptz
      )`);
    // A recalculated deadline cancels its pending timers and plans new ones; fired ones never repeat.
    await q.query(
      `CREATE UNIQUE INDEX deadline_timers_once ON deadline_timers (deadline_id, kind, level) WHERE status <> 'cancelled'`,
    );
    await q.query(
      `CREATE INDEX deadline_timers_due ON deadline_timers (fire_at) WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX deadline_timers_unarmed ON deadline_timers (fire_at) WHERE status = 'pending' AND armed_at IS NULL`,
    );
    await q.query(`CREATE INDEX deadline_timers_deadline ON deadline_timers (deadline_id)`);

    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        name text NOT NULL,
        payload jsonb NOT NULL,
        available_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_unsent ON outbox (created_at) WHERE sent_at IS NULL`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id),
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Insertion order: "newest first" stays stable when many share an instant (a manual clock).
        seq bigint GENERATED ALWAYS AS IDENTITY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        recipient_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('request', 'reminder', 'overdue', 'escalation')),
        dedupe_key text NOT NULL,
        instance_id uuid REFERENCES workflow_instances(id),
        deadline_id uuid REFERENCES deadlines(id),
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (recipient_id, dedupe_key)
      )`);
    await q.query(
      `CREATE INDEX notifications_inbox ON notifications (recipient_id, created_at DESC, seq DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notifications',
      'idempotency_keys',
      'outbox',
      'deadline_timers',
      'deadlines',
      'audit_events',
      'audit_heads',
      'workflow_instances',
    ])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
  }
}
