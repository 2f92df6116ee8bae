import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions, queryOne } from '#database';
import { type RegisterKey, RegisterService, registerYear } from '#workflow';
import { createTestDatabase } from './support/test-app.js';

/**
 * The register of numbered acts (D12) on a real PostgreSQL, without HTTP nor the app: the
 * project's migrations and the RegisterService, each number taken in its own transaction.
 */
describe('RegisterService: the gapless register of numbered acts (D12)', () => {
  const TEMPLATE = 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° {seq:4}-{year}-MML/GMM';
  const SERIES = 'resolucion_gerencia_municipal';
  const register = new RegisterService();
  let dataSource: DataSource;
  let mml: string;
  let other: string;
  let gmm: string;
  let gm2: string;
  let otherGm: string;

  const sql = <T>(text: string, params: unknown[] = []) => dataSource.query<T[]>(text, params);
  const one = async <T>(text: string, params: unknown[] = []) => {
    const row = await queryOne<T>(dataSource.manager, text, params);
    if (!row) throw new Error(`sin filas: ${text}`);
    return row;
  };
  const municipality = async (code: string) =>
    (
      await one<{ id: string }>(
        `INSERT INTO municipalities (code, name, short_name, profile) VALUES ($1, $1, $1, '{}') RETURNING id`,
        [code],
      )
    ).id;
  const unit = async (municipalityId: string, code: string) =>
    (
      await one<{ id: string }>(
        `INSERT INTO units (municipality_id, code, name, kind) VALUES ($1, $2, $2, 'gerencia_municipal') RETURNING id`,
        [municipalityId, code],
      )
    ).id;
  /** An act to number (register entries point to the instance they numbered). */
  const instances = async (municipalityId: string, n: number) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO workflow_instances (municipality_id, kind, machine_version, state, context, created_at, updated_at)
         SELECT $1, 'resolutions', 1, 'ready_to_sign', '{}', now(), now() FROM generate_series(1, $2) RETURNING id`,
        [municipalityId, n],
      )
    ).map((r) => r.id);
  const key = (over: Partial<RegisterKey> = {}): RegisterKey => ({
    municipalityId: mml,
    series: SERIES,
    issuingUnitId: gmm,
    year: 2026,
    ...over,
  });
  const AT = new Date('2026-12-01T15:00:00Z');
  /** One number in its own transaction, as a signature takes it. */
  const assign = (k: RegisterKey, instanceId: string, at = AT) =>
    dataSource.transaction((manager) => register.assign(manager, k, TEMPLATE, instanceId, at));
  const entries = (k: RegisterKey) =>
    sql<{ sequence: number; number: string; instance_id: string }>(
      `SELECT sequence, number, instance_id FROM register_entries
       WHERE municipality_id = $1 AND series = $2 AND issuing_unit_id = $3 AND year = $4 ORDER BY sequence`,
      [k.municipalityId, k.series, k.issuingUnitId, k.year],
    );
  /** Waits (without sleeping blindly) until `n` sessions of this database wait on a row lock. */
  const lockWaiters = async (n: number) => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const [row] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (row?.n === n) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`nunca hubo ${n} sesiones esperando el bloqueo`);
  };

  beforeAll(async () => {
    dataSource = new DataSource(dataSourceOptions(await createTestDatabase()));
    await dataSource.initialize();
    await dataSource.runMigrations();
    mml = await municipality('mml');
    other = await municipality('megantoni');
    gmm = await unit(mml, 'GMM');
    gm2 = await unit(mml, 'GDU');
    otherGm = await unit(other, 'GG');
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('D12: 50 signatures at once, each in its own transaction, take 1..50: no gap, no duplicate', async () => {
    const ids = await instances(mml, 50);
    const numbers = await Promise.all(ids.map((id) => assign(key(), id)));
    expect(numbers.map((n) => n.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    expect(new Set(numbers.map((n) => n.number)).size).toBe(50);
    const stored = await entries(key());
    expect(stored.map((e) => e.sequence)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // Each act kept the number it was given, formatted by the profile's template.
    const byInstance = new Map(ids.map((id, i) => [id, numbers[i]]));
    for (const e of stored) {
      expect(byInstance.get(e.instance_id)).toEqual({ sequence: e.sequence, number: e.number });
      expect(e.number).toBe(
        `RESOLUCIÓN DE GERENCIA MUNICIPAL N° ${String(e.sequence).padStart(4, '0')}-2026-MML/GMM`,
      );
    }
    const [counter] = await sql<{ last_value: number }>(
      `SELECT last_value FROM register_counters WHERE municipality_id = $1 AND series = $2 AND issuing_unit_id = $3 AND year = 2026`,
      [mml, SERIES, gmm],
    );
    expect(counter?.last_value).toBe(50);
  });

  it('D12: a signature rolled back gives its number back, even to a signer already waiting for it', async () => {
    const k = key({ year: 2025 });
    const [first, rolledBack, waiting] = await instances(mml, 3);
    expect((await assign(k, first as string)).sequence).toBe(1);

    // A takes n° 2 and holds the counter's lock; B waits on it; A fails and rolls back.
    let fail: (reason: Error) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    let numbered: (sequence: number) => void = () => undefined;
    const taken = new Promise<number>((resolve) => (numbered = resolve));
    const a = dataSource.transaction(async (manager: EntityManager) => {
      numbered((await register.assign(manager, k, TEMPLATE, rolledBack as string, AT)).sequence);
      return failed; // e.g. the PDF could not be stored
    });
    expect(await taken).toBe(2);
    const b = assign(k, waiting as string);
    await lockWaiters(1);
    fail(new Error('fallo después de numerar'));
    await expect(a).rejects.toThrow('fallo después de numerar');
    expect(await b).toEqual({
      sequence: 2,
      number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0002-2025-MML/GMM',
    });
    expect((await entries(k)).map((e) => [e.sequence, e.instance_id])).toEqual([
      [1, first],
      [2, waiting],
    ]);
  });

  it('D12: an act is numbered once; a second number for it fails and burns nothing', async () => {
    const k = key({ year: 2024 });
    const [act, next] = await instances(mml, 2);
    await assign(k, act as string);
    await expect(assign(k, act as string)).rejects.toThrow(/register_entries_instance/);
    expect((await assign(k, next as string)).sequence).toBe(2);
  });

  it('D12: one counter per (municipality, series, issuing unit, year), each from 1', async () => {
    const ids = await instances(mml, 4);
    const [otherAct] = await instances(other, 1);
    const keys = [
      key({ series: 'resolucion_gerencia_municipal_bis' }),
      key({ issuingUnitId: gm2 }),
      key({ year: 2027 }),
      key({ year: 2023 }),
    ];
    for (const [i, k] of keys.entries())
      expect((await assign(k, ids[i] as string)).sequence).toBe(1);
    expect(
      (await assign(key({ municipalityId: other, issuingUnitId: otherGm }), otherAct as string))
        .sequence,
    ).toBe(1);
    // The first series went on untouched by the others.
    const [next] = await instances(mml, 1);
    expect((await assign(key(), next as string)).sequence).toBe(51);
  });

  it('D12: the register restarts on 1 January in America/Lima, not in UTC', async () => {
    const k = key({ series: 'cambio_de_año' });
    const [late, utcNewYear, early] = await instances(mml, 3);
    const lastNight = new Date('2026-12-31T23:30:00-05:00');
    // 04:50 UTC on 1 January 2027: still 23:50 of 31 December in Lima.
    const stillDecember = new Date('2027-01-01T04:50:00Z');
    const newYear = new Date('2027-01-01T00:10:00-05:00');
    const at = (instant: Date, id: string) =>
      assign({ ...k, year: registerYear(instant, 'America/Lima') }, id, instant);
    expect(await at(lastNight, late as string)).toEqual({
      sequence: 1,
      number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM',
    });
    expect((await at(stillDecember, utcNewYear as string)).number).toBe(
      'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0002-2026-MML/GMM',
    );
    expect(await at(newYear, early as string)).toEqual({
      sequence: 1,
      number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2027-MML/GMM',
    });
    const [stored] = await sql<{ assigned_at: Date }>(
      `SELECT assigned_at FROM register_entries WHERE instance_id = $1`,
      [early],
    );
    expect(stored?.assigned_at.toISOString()).toBe('2027-01-01T05:10:00.000Z');
  });

  it('D12 (a number is never reused; Ley 25323: records are never deleted): register_entries refuses UPDATE, DELETE and TRUNCATE', async () => {
    const k = key();
    const before = await entries(k);
    for (const statement of [
      `UPDATE register_entries SET number = 'N° 0001-2026-OTRO' WHERE sequence = 1`,
      `UPDATE register_entries SET instance_id = instance_id`,
      `DELETE FROM register_entries WHERE sequence = 51`,
      `TRUNCATE register_entries`,
    ])
      await expect(sql(statement)).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: '42501' }),
        message: expect.stringContaining('register_entries no se modifica ni se borra'),
      });
    expect(await entries(k)).toEqual(before);
  });
});
