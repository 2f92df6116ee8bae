import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Codes of the terms declared before codes existed, by the label they were stored with. */
const CODES_BY_NAME: Readonly<Record<string, string>> = {
  'Cumplimiento del encargo': 'cumplimiento_encargo',
  'Revisión del cumplimiento': 'revision_cumplimiento',
  'Opinión legal': 'opinion_legal',
  'Subsanación de observaciones': 'subsanacion',
  Visaciones: 'visaciones',
  Firma: 'firma',
  Notificación: 'notificacion',
  'Plazo para interponer recursos': 'interposicion_recursos',
  'Resolución del recurso': 'resolucion_recurso',
};

/**
 * Deadlines get a stable code (what clients and the kernel match on, never the Spanish label) and
 * can be obligations: opened by a kind on an instance whatever its state, several of one code
 * told apart by a key, with a last day that may be a fixed date (no term to recount).
 */
export class DeadlineCodesObligations1765065600000 implements MigrationInterface {
  name = 'DeadlineCodesObligations1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE deadlines
        ADD COLUMN code text,
        ADD COLUMN obligation boolean NOT NULL DEFAULT false,
        ADD COLUMN obligation_key text NOT NULL DEFAULT ''`);
    const names = Object.keys(CODES_BY_NAME);
    await q.query(
      `UPDATE deadlines d SET code = coalesce(m.code, 'plazo_' || left(md5(d.name), 8))
       FROM (SELECT DISTINCT name FROM deadlines) n
       LEFT JOIN unnest($1::text[], $2::text[]) AS m(name, code) ON m.name = n.name
       WHERE d.name = n.name`,
      [names, names.map((name) => CODES_BY_NAME[name])],
    );
    await q.query(`
      ALTER TABLE deadlines
        ALTER COLUMN code SET NOT NULL,
        ADD CONSTRAINT deadlines_code_format CHECK (code ~ '^[a-z][a-z0-9_]{0,62}$'),
        ALTER COLUMN term_days DROP NOT NULL,
        ALTER COLUMN term_unit DROP NOT NULL,
        ADD CONSTRAINT deadlines_term_whole CHECK ((term_days IS NULL) = (term_unit IS NULL)),
        ADD CONSTRAINT deadlines_term_only_obligations CHECK (obligation OR term_days IS NOT NULL)`);
    // One open obligation per code and key on an instance: opening it twice is a kind's bug.
    await q.query(
      `CREATE UNIQUE INDEX deadlines_open_obligation ON deadlines (instance_id, code, obligation_key)
       WHERE obligation AND closed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(
      `SELECT count(*)::int AS n FROM deadlines WHERE obligation`,
    )) as [{ n: number }];
    if (n > 0)
      throw new Error(
        `Hay ${n} obligaciones registradas: la versión anterior no las conoce y se perderían.`,
      );
    await q.query(`DROP INDEX deadlines_open_obligation`);
    await q.query(`
      ALTER TABLE deadlines
        DROP CONSTRAINT deadlines_term_only_obligations,
        DROP CONSTRAINT deadlines_term_whole,
        ALTER COLUMN term_unit SET NOT NULL,
        ALTER COLUMN term_days SET NOT NULL,
        DROP CONSTRAINT deadlines_code_format,
        DROP COLUMN obligation_key,
        DROP COLUMN obligation,
        DROP COLUMN code`);
  }
}
