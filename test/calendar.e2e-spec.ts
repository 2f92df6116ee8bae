import type { EntityManager } from 'typeorm';
import { type CalendarChange, CalendarService } from '#calendar';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Item {
  date: string;
  name: string;
  kind: string;
  source: string;
  id: string | null;
  scope: 'nacional' | 'municipal';
  adoption?: { adopted: boolean; instrument: string | null };
}
interface Holidays {
  year: number;
  version: number;
  items: Item[];
}
type Response = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

const expectProblem = (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
  expect(typeof response.body['detail']).toBe('string');
};

const fields = (body: Record<string, unknown>) =>
  ((body['errors'] as Array<{ field: string }> | undefined) ?? []).map((e) => e.field).sort();

describe('Calendar: holidays, deadlines and the versioned non-working-day table', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of [
      'mml.gerente',
      'mml.admin',
      'megantoni.gerente',
      'megantoni.admin',
      'mml.gdu',
    ]) {
      tokens[user] = await t.login(user);
    }
    const rows = await t.query<{ username: string; id: string; municipality_id: string }>(
      "SELECT username, id, municipality_id FROM users WHERE username IN ('mml.admin', 'megantoni.admin')",
    );
    for (const row of rows) {
      ids[row.username] = row.id;
      ids[row.username.split('.')[0] ?? ''] = row.municipality_id;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (user: string, path: string) =>
    t.http.get(`/api/v1/calendar/${path}`).set('authorization', `Bearer ${tokens[user]}`);
  const post = (user: string, body: object) =>
    t.http
      .post('/api/v1/calendar/non-working-days')
      .set('authorization', `Bearer ${tokens[user]}`)
      .send(body);
  const remove = (user: string, id: string) =>
    t.http
      .delete(`/api/v1/calendar/non-working-days/${id}`)
      .set('authorization', `Bearer ${tokens[user]}`);
  const holidays = async (user: string, year: number): Promise<Holidays> => {
    const response = await get(user, `holidays?year=${year}`);
    expect(response.status).toBe(200);
    return response.body as Holidays;
  };
  const due = async (user: string, query: string): Promise<string> => {
    const response = await get(user, `deadline?${query}`);
    expect(response.status).toBe(200);
    return (response.body as { due: string }).due;
  };

  it('documents the calendar routes in OpenAPI', async () => {
    const docs = await t.http.get('/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/calendar/holidays',
        '/api/v1/calendar/deadline',
        '/api/v1/calendar/non-working-days',
        '/api/v1/calendar/non-working-days/{id}',
      ]),
    );
  });

  describe('GET /calendar/holidays', () => {
    it('lists 2026 for each municipality: Inti Raymi only in Megantoni, every day with its source', async () => {
      const mml = await holidays('mml.gerente', 2026);
      const meg = await holidays('megantoni.gerente', 2026);
      for (const list of [mml, meg]) {
        expect(list.year).toBe(2026);
        expect(Number.isInteger(list.version)).toBe(true);
        expect(list.items.every((d) => d.source.trim().length > 0)).toBe(true);
        const dates = list.items.map((d) => d.date);
        expect(dates).toEqual([...dates].sort());
        expect(new Set(dates).size).toBe(dates.length);
        expect(list.items.find((d) => d.date === '2026-01-02')).toMatchObject({
          kind: 'dia_no_laborable',
          source: 'DS 042-2025-PCM',
          scope: 'nacional',
          id: expect.any(String),
        });
        expect(list.items.find((d) => d.date === '2026-12-09')).toMatchObject({
          kind: 'feriado_nacional',
          scope: 'nacional',
          id: null,
        });
        expect(dates).toEqual(
          expect.arrayContaining(['2026-04-02', '2026-04-03', '2026-06-07', '2026-07-23']),
        );
      }
      expect(mml.items.find((d) => d.date === '2026-06-24')).toBeUndefined();
      expect(meg.items.find((d) => d.date === '2026-06-24')).toEqual({
        date: '2026-06-24',
        name: 'Inti Raymi',
        kind: 'feriado_regional',
        source: expect.stringMatching(/Cusco/),
        id: null,
        scope: 'municipal',
      });
      expect(meg.items).toHaveLength(mml.items.length + 1);
    });

    it('holds the decreed días no laborables of 2024 and 2025 with their decrees', async () => {
      const decreed = async (year: number) =>
        (await holidays('mml.gdu', year)).items
          .filter((d) => d.kind === 'dia_no_laborable')
          .map((d) => `${d.date} ${d.source}`);
      expect(await decreed(2024)).toEqual([
        '2024-01-02 DS 151-2022-PCM',
        ...['07-26', '10-07', '12-06', '12-23', '12-24', '12-30', '12-31'].map(
          (d) => `2024-${d} DS 011-2024-PCM`,
        ),
      ]);
      expect(await decreed(2025)).toEqual([
        '2025-05-02 DS 042-2025-PCM',
        '2025-12-26 DS 042-2025-PCM',
      ]);
    });

    it('cites the legal source of the Inti Raymi, Decreto Ley 21860: Wed 24 Jun 2026 is a feriado in Megantoni (Cusco), a business day in Lima', async () => {
      const meg = await holidays('megantoni.gerente', 2026);
      expect(meg.items.find((d) => d.date === '2026-06-24')).toMatchObject({
        name: 'Inti Raymi',
        kind: 'feriado_regional',
        source: expect.stringMatching(/^Decreto Ley 21860\b.*Cusco/),
        scope: 'municipal',
      });
      expect(meg.items.find((d) => d.date === '2026-06-24')).not.toHaveProperty('adoption');
      expect(await due('megantoni.gerente', 'from=2026-06-23&days=2')).toBe('2026-06-26');
      expect(await due('mml.gerente', 'from=2026-06-23&days=2')).toBe('2026-06-25');
    });

    it('tells a national día no laborable (Fri 2 Jan 2026, DS 042-2025-PCM) adopted by default from a feriado, which is law and binds everyone (TUO Art. 145.1; Decreto Legislativo 713, Art. 6)', async () => {
      for (const user of ['mml.gerente', 'megantoni.gerente']) {
        const list = await holidays(user, 2026);
        expect(list.items.find((d) => d.date === '2026-01-02')).toMatchObject({
          kind: 'dia_no_laborable',
          source: 'DS 042-2025-PCM',
          scope: 'nacional',
          adoption: { adopted: true, instrument: null },
        });
        const newYear = list.items.find((d) => d.date === '2026-01-01');
        expect(newYear).toMatchObject({
          kind: 'feriado_nacional',
          source: 'Decreto Legislativo 713, art. 6',
        });
        expect(newYear).not.toHaveProperty('adoption');
        expect(list.items.filter((d) => d.adoption !== undefined).map((d) => d.kind)).toEqual([
          'dia_no_laborable',
        ]);
        // Wed 31 Dec 2025 + 1 día hábil: Thu 1 Jan feriado, Fri 2 Jan adopted → Mon 5 Jan.
        expect(await due(user, 'from=2025-12-31&days=1')).toBe('2026-01-05');
      }
    });

    it('needs a token and a year between 1990 and 2100', async () => {
      expectProblem(
        await t.http.get('/api/v1/calendar/holidays?year=2026'),
        401,
        'UNAUTHENTICATED',
      );
      for (const query of ['', 'year=', 'year=abc', 'year=1989', 'year=2101', 'year=2026.5']) {
        const response = await get('mml.gerente', `holidays?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fields(response.body)).toEqual(['year']);
      }
      const extra = await get('mml.gerente', 'holidays?year=2026&mes=6');
      expectProblem(extra, 400, 'VALIDATION_FAILED');
      expect(fields(extra.body)).toEqual(['mes']);
    });
  });

  describe('GET /calendar/deadline', () => {
    it('counts días hábiles from the business day after "from" (D1, D2)', async () => {
      const response = await get('mml.gerente', 'deadline?from=2026-03-31&days=3');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        from: '2026-03-31',
        days: 3,
        unit: 'business',
        due: '2026-04-07',
      });
      expect(await due('mml.gerente', 'from=2025-12-31&days=1')).toBe('2026-01-05');
      expect(await due('mml.gerente', 'from=2025-12-19&days=5')).toBe('2025-12-30');
    });

    it('applies the regional feriado only in the municipality whose profile has it', async () => {
      expect(await due('megantoni.gerente', 'from=2026-06-23&days=1')).toBe('2026-06-25');
      expect(await due('mml.gerente', 'from=2026-06-23&days=1')).toBe('2026-06-24');
    });

    it('counts calendar days and moves a non-business last day (D1)', async () => {
      const response = await get('mml.gerente', 'deadline?from=2026-07-20&days=8&unit=calendar');
      expect(response.body).toEqual({
        from: '2026-07-20',
        days: 8,
        unit: 'calendar',
        due: '2026-07-30',
      });
    });

    it('answers 400 naming the field for every bad input, never 500', async () => {
      const cases: Array<[string, string[]]> = [
        ['from=2026-02-30&days=1', ['from']],
        ['from=2026-13-01&days=1', ['from']],
        ['from=2026-2-3&days=1', ['from']],
        ['from=hoy&days=1', ['from']],
        ['from=2026-03-31T00:00:00Z&days=1', ['from']],
        ['from=1900-01-01&days=1', ['from']],
        ['days=1', ['from']],
        ['from=2026-03-31&days=0', ['days']],
        ['from=2026-03-31&days=-1', ['days']],
        ['from=2026-03-31&days=1.5', ['days']],
        ['from=2026-03-31&days=3651', ['days']],
        ['from=2026-03-31&days=x', ['days']],
        ['from=2026-03-31&days=1&days=2', ['days']],
        ['from=2026-03-31', ['days']],
        ['from=2026-03-31&days=1&unit=weeks', ['unit']],
        ['from=2026-03-31&days=1&unit=', ['unit']],
        ['from=2026-02-30&days=0&unit=x', ['days', 'from', 'unit']],
      ];
      for (const [query, bad] of cases) {
        const response = await get('mml.gerente', `deadline?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect([query, fields(response.body)]).toEqual([query, bad]);
      }
      expect(await due('mml.gerente', 'from=2026-03-31&days=3650')).toMatch(/^2040-/);
    });
  });

  describe('non-working days: POST and DELETE (admin)', () => {
    const newDay = {
      date: '2026-07-27',
      name: 'Día no laborable (sector público)',
      source: 'DS 999-2026-PCM (prueba)',
    };

    it('adds a municipal día no laborable: only that municipality changes, and its version goes up', async () => {
      const mmlBefore = await holidays('mml.gerente', 2026);
      const megBefore = await holidays('megantoni.gerente', 2026);
      // Fri 24 Jul 2026 + 1: Mon 27 before; after the new day, 28 and 29 are feriados → Thu 30.
      expect(await due('mml.gerente', 'from=2026-07-24&days=1')).toBe('2026-07-27');

      const created = await post('mml.admin', newDay);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...newDay,
        id: expect.any(String),
        kind: 'dia_no_laborable',
        scope: 'municipal',
        version: mmlBefore.version + 1,
        createdBy: ids['mml.admin'],
        removedAt: null,
      });

      expect(await due('mml.gerente', 'from=2026-07-24&days=1')).toBe('2026-07-30');
      expect(await due('megantoni.gerente', 'from=2026-07-24&days=1')).toBe('2026-07-27');
      const mmlAfter = await holidays('mml.gerente', 2026);
      expect(mmlAfter.version).toBe(mmlBefore.version + 1);
      expect(mmlAfter.items.find((d) => d.date === '2026-07-27')).toEqual({
        ...newDay,
        kind: 'dia_no_laborable',
        id: created.body['id'],
        scope: 'municipal',
      });
      expect(await holidays('megantoni.gerente', 2026)).toEqual(megBefore);

      // A user of the other municipality cannot even see it, let alone remove it.
      expectProblem(
        await remove('megantoni.admin', created.body['id'] as string),
        404,
        'NOT_FOUND',
      );

      const removed = await remove('mml.admin', created.body['id'] as string);
      expect(removed.status).toBe(200);
      expect(removed.body).toMatchObject({
        id: created.body['id'],
        removedBy: ids['mml.admin'],
        removedAt: expect.any(String),
        removedVersion: mmlBefore.version + 2,
      });
      expect(await due('mml.gerente', 'from=2026-07-24&days=1')).toBe('2026-07-27');
      const restored = await holidays('mml.gerente', 2026);
      expect(restored.version).toBe(mmlBefore.version + 2);
      expect(restored.items).toEqual(mmlBefore.items);

      // Archived, not deleted (Ley 25323).
      const [row] = await t.query<Record<string, unknown>>(
        'SELECT date::text AS date, source, version, removed_at, removed_by, removed_version FROM non_working_days WHERE id = $1',
        [created.body['id']],
      );
      expect(row).toMatchObject({
        date: '2026-07-27',
        source: newDay.source,
        version: mmlBefore.version + 1,
        removed_at: expect.any(Date),
        removed_by: ids['mml.admin'],
        removed_version: mmlBefore.version + 2,
      });
      expectProblem(await remove('mml.admin', created.body['id'] as string), 404, 'NOT_FOUND');
    });

    it('the database itself refuses to delete or rewrite a row', async () => {
      await expect(t.query('DELETE FROM non_working_days')).rejects.toThrow(/never deleted/);
      await expect(
        t.query("UPDATE non_working_days SET source = 'otra' WHERE date = '2026-01-02'"),
      ).rejects.toThrow(/only be marked removed/);
      const [{ n }] = (await t.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM non_working_days WHERE municipality_id IS NULL',
      )) as [{ n: number }];
      expect(n).toBe(11);
    });

    it('allows a regional feriado, and the same date again once removed', async () => {
      const body = {
        date: '2026-09-14',
        name: 'Aniversario (prueba)',
        source: 'Ordenanza de prueba',
        kind: 'feriado_regional',
      };
      const first = await post('megantoni.admin', body);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ kind: 'feriado_regional', scope: 'municipal' });
      expect((await remove('megantoni.admin', first.body['id'] as string)).status).toBe(200);
      const again = await post('megantoni.admin', body);
      expect(again.status).toBe(201);
      expect((await remove('megantoni.admin', again.body['id'] as string)).status).toBe(200);
    });

    it('refuses a date that is already not a business day (409)', async () => {
      const versionBefore = (await holidays('mml.gerente', 2026)).version;
      for (const [user, date, reason] of [
        ['mml.admin', '2026-01-02', /Día no laborable/], // DS 042-2025-PCM, national
        ['mml.admin', '2026-12-25', /Navidad/],
        ['mml.admin', '2026-11-28', /sábado/],
        ['megantoni.admin', '2026-06-24', /Inti Raymi/],
      ] as const) {
        const response = await post(user, { ...newDay, date });
        expectProblem(response, 409, 'DAY_ALREADY_NON_WORKING');
        expect(response.body['detail']).toMatch(reason);
      }
      expect((await holidays('mml.gerente', 2026)).version).toBe(versionBefore);
    });

    it('refusal texts cite the article: a day already non-working names its norm and TUO Art. 145.1; a national one points to the profile setting (Fri 2 Jan 2026, DS 042-2025-PCM)', async () => {
      const already = await post('megantoni.admin', { ...newDay, date: '2026-06-24' });
      expectProblem(already, 409, 'DAY_ALREADY_NON_WORKING');
      expect(already.body['detail']).toMatch(
        /^El 2026-06-24 ya es un día inhábil \(Inti Raymi, Decreto Ley 21860\b.*\): no se agregó; .*\(TUO de la Ley 27444, Art\. 145\.1\)\.$/,
      );
      const decreed = await post('mml.admin', { ...newDay, date: '2026-01-02' });
      expectProblem(decreed, 409, 'DAY_ALREADY_NON_WORKING');
      expect(decreed.body['detail']).toMatch(/DS 042-2025-PCM.*Art\. 145\.1/);

      const [national] = await t.query<{ id: string }>(
        "SELECT id FROM non_working_days WHERE date = '2026-01-02' AND municipality_id IS NULL",
      );
      const refused = await remove('megantoni.admin', national?.id ?? '');
      expectProblem(refused, 403, 'NATIONAL_DAY_NOT_REMOVABLE');
      expect(refused.body['detail']).toMatch(/DS 042-2025-PCM/);
      expect(refused.body['detail']).toMatch(/nationalNonWorkingDays\.decisions/);
      expect(refused.body['detail']).toMatch(/TUO de la Ley 27444, Art\. 145\.1/);
    });

    it('lets only one of two simultaneous additions of the same date through', async () => {
      const body = { ...newDay, date: '2026-10-09' };
      const answers = (await Promise.all([post('mml.admin', body), post('mml.admin', body)])).map(
        (r) => r.status,
      );
      expect(answers.sort()).toEqual([201, 409]);
      const [row] = await t.query<{ id: string }>(
        "SELECT id FROM non_working_days WHERE date = '2026-10-09' AND removed_at IS NULL",
      );
      expect((await remove('mml.admin', row?.id ?? '')).status).toBe(200);
    });

    it('validates the body, naming the fields', async () => {
      const cases: Array<[object, string[]]> = [
        [{}, ['date', 'name', 'source']],
        [{ ...newDay, date: '2026-02-30' }, ['date']],
        [{ ...newDay, source: '   ' }, ['source']],
        [{ ...newDay, name: 42 }, ['name']],
        [{ ...newDay, kind: 'feriado_nacional' }, ['kind']],
        [{ ...newDay, municipalityId: ids['megantoni'] }, ['municipalityId']],
      ];
      for (const [body, bad] of cases) {
        const response = await post('mml.admin', body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fields(response.body)).toEqual(bad);
      }
      expectProblem(await remove('mml.admin', 'no-es-uuid'), 400, 'VALIDATION_FAILED');
      expectProblem(
        await remove('mml.admin', '6f1c2a7e-4b7d-4c1e-9a55-0d6b1f1e2a3b'),
        404,
        'NOT_FOUND',
      );
    });

    it('is for administrators only, and national days cannot be removed by a municipality', async () => {
      const versionBefore = (await holidays('mml.gerente', 2026)).version;
      expectProblem(await post('mml.gerente', newDay), 403, 'FORBIDDEN');
      const [national] = await t.query<{ id: string }>(
        "SELECT id FROM non_working_days WHERE date = '2026-01-02' AND municipality_id IS NULL",
      );
      expectProblem(await remove('mml.gerente', national?.id ?? ''), 403, 'FORBIDDEN');
      const refused = await remove('mml.admin', national?.id ?? '');
      expectProblem(refused, 403, 'NATIONAL_DAY_NOT_REMOVABLE');
      expect(refused.body['detail']).toMatch(/DS 042-2025-PCM/);
      expect((await holidays('mml.gerente', 2026)).version).toBe(versionBefore);
      expect(await due('mml.gerente', 'from=2025-12-31&days=1')).toBe('2026-01-05');
    });
  });

  describe('CalendarService change listeners', () => {
    it('are called inside the transaction that writes the change', async () => {
      const service = t.app.get(CalendarService);
      const seen: Array<{ change: CalendarChange; insideTx: boolean; committed: number }> = [];
      const stop = service.onChange(async (manager: EntityManager, change) => {
        const visible = (await manager.query(
          'SELECT removed_at FROM non_working_days WHERE id = $1',
          [change.day.id],
        )) as Array<{ removed_at: Date | null }>;
        // Another connection still sees the state before the change: it is not committed yet.
        const outside = await t.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM non_working_days WHERE id = $1 AND removed_at IS NULL',
          [change.day.id],
        );
        const fresh = await service.calendarFor(change.municipalityId, manager);
        expect(fresh.isBusinessDay(change.day.date)).toBe(change.action === 'removed');
        expect(visible).toHaveLength(1);
        seen.push({
          change,
          insideTx: manager.queryRunner?.isTransactionActive === true,
          committed: outside[0]?.n ?? -1,
        });
      });
      try {
        const mml = ids['mml'] ?? '';
        const before = (await service.holidays(mml, 2026)).version;
        const added = await service.addNonWorkingDay(
          mml,
          { date: '2026-11-02', name: 'Día no laborable', source: 'DS de prueba' },
          ids['mml.admin'] ?? '',
        );
        await service.removeNonWorkingDay(mml, added.id, ids['mml.admin'] ?? '');
        expect(
          seen.map((s) => [s.change.action, s.change.version, s.insideTx, s.committed]),
        ).toEqual([
          ['added', before + 1, true, 0],
          ['removed', before + 2, true, 1],
        ]);
        expect(seen[0]?.change).toMatchObject({
          municipalityId: mml,
          actorUserId: ids['mml.admin'],
          day: { id: added.id, date: '2026-11-02', source: 'DS de prueba', scope: 'municipal' },
        });
      } finally {
        stop();
      }
    });

    it('a failing listener rolls the whole change back', async () => {
      const service = t.app.get(CalendarService);
      const mml = ids['mml'] ?? '';
      const before = await service.holidays(mml, 2026);
      const stop = service.onChange(() => {
        throw new Error('recalculo fallido');
      });
      try {
        await expect(
          service.addNonWorkingDay(
            mml,
            { date: '2026-11-03', name: 'Día no laborable', source: 'DS de prueba' },
            ids['mml.admin'] ?? '',
          ),
        ).rejects.toThrow('recalculo fallido');
      } finally {
        stop();
      }
      expect(await service.holidays(mml, 2026)).toEqual(before);
      expect(
        await t.query("SELECT 1 FROM non_working_days WHERE date = '2026-11-03'"),
      ).toHaveLength(0);
      expect((await service.calendarFor(mml)).isBusinessDay('2026-11-03')).toBe(true);
    });

    it('sees changes made by another process (the cache is checked against the version)', async () => {
      const service = t.app.get(CalendarService);
      const meg = ids['megantoni'] ?? '';
      expect((await service.calendarFor(meg)).isBusinessDay('2026-11-04')).toBe(true);
      // What another API replica would do: write the row and bump the version, bypassing this cache.
      const [row] = await t.query<{ id: string }>(
        `WITH v AS (
           INSERT INTO calendar_versions (scope_id, version) VALUES ($1, 1)
           ON CONFLICT (scope_id) DO UPDATE SET version = calendar_versions.version + 1
           RETURNING version)
         INSERT INTO non_working_days (municipality_id, date, name, kind, source, version)
         SELECT $1, '2026-11-04', 'Día no laborable', 'dia_no_laborable', 'DS de prueba', v.version + 1 FROM v
         RETURNING id`,
        [meg],
      );
      expect((await service.calendarFor(meg)).reasonNotBusiness('2026-11-04')).toBe(
        'Día no laborable',
      );
      await service.removeNonWorkingDay(meg, row?.id ?? '', ids['megantoni.admin'] ?? '');
      expect((await service.calendarFor(meg)).isBusinessDay('2026-11-04')).toBe(true);
    });
  });
});
