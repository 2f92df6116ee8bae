import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delegations and acting officials (D10): who may act in whose place, on which subjects, from when
 * until when, and the legal instrument that says so. Rows are never deleted (Ley 25323, archives):
 * a delegation ends by its `valid_until` or by being revoked, once.
 */
export class Delegations1764633600000 implements MigrationInterface {
  name = 'Delegations1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delegations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        kind text NOT NULL
          CHECK (kind IN ('delegacion_competencia', 'delegacion_firma', 'encargatura')),
        delegator_role text NOT NULL CHECK (btrim(delegator_role) <> ''),
        delegator_post text NOT NULL CHECK (btrim(delegator_post) <> ''),
        delegate_user_id uuid NOT NULL REFERENCES users(id),
        instrument text NOT NULL CHECK (btrim(instrument) <> ''),
        subjects text[] NOT NULL CHECK (cardinality(subjects) >= 1),
        valid_from date NOT NULL,
        valid_until date,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id),
        revocation_reason text,
        CHECK (valid_until >= valid_from),
        CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL)),
        CHECK (revoked_at IS NOT NULL OR revoked_by IS NULL)
      )`);
    // The signing check: which delegations does this user hold in this municipality?
    await q.query(
      `CREATE INDEX delegations_delegate ON delegations (municipality_id, delegate_user_id)`,
    );
    await q.query(`
      CREATE FUNCTION delegations_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'delegations: rows are never deleted; revoke instead';
        END IF;
        IF OLD.revoked_at IS NOT NULL
           OR (NEW.id, NEW.municipality_id, NEW.kind, NEW.delegator_role, NEW.delegator_post,
               NEW.delegate_user_id, NEW.instrument, NEW.subjects, NEW.valid_from, NEW.valid_until,
               NEW.created_by, NEW.created_at)
              IS DISTINCT FROM
              (OLD.id, OLD.municipality_id, OLD.kind, OLD.delegator_role, OLD.delegator_post,
               OLD.delegate_user_id, OLD.instrument, OLD.subjects, OLD.valid_from, OLD.valid_until,
               OLD.created_by, OLD.created_at) THEN
          RAISE EXCEPTION 'delegations: a row can only be revoked, once';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER delegations_keep BEFORE UPDATE OR DELETE ON delegations
        FOR EACH ROW EXECUTE FUNCTION delegations_keep()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE delegations');
    await q.query('DROP FUNCTION delegations_keep()');
  }
}
