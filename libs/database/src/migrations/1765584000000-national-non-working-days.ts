import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a row of `non_working_days` may be (D1). National feriados are law (Decreto Legislativo 713,
 * Art. 6, and later laws), bind every municipality and are computed, never stored. A national row
 * (municipality_id NULL) is a día no laborable the Executive decreed by DS for the public sector,
 * which each municipality adopts or not in its profile (`nationalNonWorkingDays`); a municipal row
 * is a día no laborable or a regional feriado of that municipality. The seeded rows already comply.
 */
export class NationalNonWorkingDays1765584000000 implements MigrationInterface {
  name = 'NationalNonWorkingDays1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE non_working_days
        ADD CONSTRAINT non_working_days_no_feriado_nacional CHECK (kind <> 'feriado_nacional'),
        ADD CONSTRAINT non_working_days_national_is_decreed
          CHECK (municipality_id IS NOT NULL OR kind = 'dia_no_laborable')`);
    await q.query(`
      COMMENT ON COLUMN non_working_days.municipality_id IS
        'NULL: día no laborable del sector público declarado por decreto supremo para todo el país; cada municipalidad decide en su perfil si lo adopta (nationalNonWorkingDays).'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`COMMENT ON COLUMN non_working_days.municipality_id IS NULL`);
    await q.query(`
      ALTER TABLE non_working_days
        DROP CONSTRAINT non_working_days_national_is_decreed,
        DROP CONSTRAINT non_working_days_no_feriado_nacional`);
  }
}
