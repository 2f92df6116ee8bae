import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scope key of the rows that apply to every municipality (municipality_id NULL). */
const NATIONAL = '00000000-0000-0000-0000-000000000000';

/** Public-sector días no laborables already decreed (DOMAIN §6), each with its decree. */
const DECREED: ReadonlyArray<readonly [date: string, source: string]> = [
  ['2024-01-02', 'DS 151-2022-PCM'],
  ['2024-07-26', 'DS 011-2024-PCM'],
  ['2024-10-07', 'DS 011-2024-PCM'],
  ['2024-12-06', 'DS 011-2024-PCM'],
  ['2024-12-23', 'DS 011-2024-PCM'],
  ['2024-12-24', 'DS 011-2024-PCM'],
  ['2024-12-30', 'DS 011-2024-PCM'],
  ['2024-12-31', 'DS 011-2024-PCM'],
  ['2025-05-02', 'DS 042-2025-PCM'],
  ['2025-12-26', 'DS 042-2025-PCM'],
  ['2026-01-02', 'DS 042-2025-PCM'],
];

/**
 * The versioned non-working-day table (D1). National feriados are computed (date-holidays), not
 * stored; this holds decreed días no laborables (municipality_id NULL) and each municipality's own.
 */
export class Calendar1764288000000 implements MigrationInterface {
  name = 'Calendar1764288000000';

  async up(q: QueryRunner): Promise<void> {
    // One counter per scope (a municipality, or the nil uuid for national rows). A municipality's
    // calendar version is the national counter plus its own: every change that affects it adds one.
    await q.query(`
      CREATE TABLE calendar_versions (
        scope_id uuid PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE non_working_days (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid REFERENCES municipalities(id),
        date date NOT NULL,
        name text NOT NULL CHECK (btrim(name) <> ''),
        kind text NOT NULL CHECK (kind IN ('feriado_nacional', 'feriado_regional', 'dia_no_laborable')),
        source text NOT NULL CHECK (btrim(source) <> ''),
        version integer NOT NULL CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        removed_at timestamptz,
        removed_by uuid REFERENCES users(id),
        removed_version integer,
        CHECK ((removed_at IS NULL) = (removed_version IS NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX non_working_days_active_key
        ON non_working_days (COALESCE(municipality_id, '${NATIONAL}'::uuid), date)
        WHERE removed_at IS NULL`);
    // Archives law (Ley 25323): rows are never deleted or rewritten, only marked removed once.
    await q.query(`
      CREATE FUNCTION non_working_days_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'non_working_days: rows are never deleted; set removed_at instead';
        END IF;
        IF OLD.removed_at IS NOT NULL
           OR (NEW.id, NEW.municipality_id, NEW.date, NEW.name, NEW.kind, NEW.source, NEW.version,
               NEW.created_at, NEW.created_by)
              IS DISTINCT FROM
              (OLD.id, OLD.municipality_id, OLD.date, OLD.name, OLD.kind, OLD.source, OLD.version,
               OLD.created_at, OLD.created_by) THEN
          RAISE EXCEPTION 'non_working_days: a row can only be marked removed, once';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER non_working_days_keep BEFORE UPDATE OR DELETE ON non_working_days
        FOR EACH ROW EXECUTE FUNCTION non_working_days_keep()`);

    await q.query(`INSERT INTO calendar_versions (scope_id, version) VALUES ($1, 1)`, [NATIONAL]);
    for (const [date, source] of DECREED) {
      await q.query(
        `INSERT INTO non_working_days (municipality_id, date, name, kind, source, version)
         VALUES (NULL, $1, 'Día no laborable (sector público)', 'dia_no_laborable', $2, 1)`,
        [date, source],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE non_working_days');
    await q.query('DROP FUNCTION non_working_days_keep()');
    await q.query('DROP TABLE calendar_versions');
  }
}
