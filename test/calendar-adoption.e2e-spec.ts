import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalendarService } from '#calendar';
import { MUNICIPALITY_PROFILES, type MunicipalityProfiles } from '#org';
import { createResolution, sendEvent } from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const SHIPPED = join(process.cwd(), 'config/municipalities');
/** The shipped default: every national día no laborable adopted, no decision of its own. */
const DEFAULT_SECTION =
  /^nationalNonWorkingDays:\n {2}adoptedByDefault: true\n {2}decisions: \[\]\n/m;
/** Test instruments: what each municipality decided about the días no laborables of DS 042-2025-PCM. */
const MEGANTONI_DECREE = 'Decreto de Alcaldía N° 001-2025-A/MDM';
const LIMA_RESOLUTION = 'Resolución de Alcaldía N° 480-2025-MML';

interface Item {
  date: string;
  kind: string;
  source: string;
  scope: string;
  adoption?: { adopted: boolean; instrument: string | null };
}

/**
 * D1 with the municipality's choice (TUO de la Ley 27444, Art. 145.1: a term excludes the days «no
 * laborables del servicio» and the feriados): feriados are law and bind everyone; a día no
 * laborable the Executive decrees for the public sector counts only where the municipality adopts
 * it, by its own instrument (profile `nationalNonWorkingDays`). Test profiles: Megantoni adopts by
 * default but its Decreto de Alcaldía keeps its offices open on Fri 2 Jan 2026; Lima adopts only
 * what it decides, and its Resolución de Alcaldía adopts that same day.
 */
describe('National días no laborables adopted by each municipality (D1; TUO Art. 145.1)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let profilesDir = '';
  const municipality: Record<string, string> = {};

  beforeAll(async () => {
    profilesDir = mkdtempSync(join(tmpdir(), 'perfiles-'));
    const decide = (file: string, section: string[]) => {
      const shipped = readFileSync(join(SHIPPED, file), 'utf8');
      const edited = shipped.replace(DEFAULT_SECTION, `${section.join('\n')}\n`);
      expect(edited).not.toBe(shipped);
      writeFileSync(join(profilesDir, file), edited);
    };
    decide('megantoni.yaml', [
      'nationalNonWorkingDays:',
      '  decisions:',
      "    - date: '2026-01-02'",
      '      adopted: false',
      `      instrument: '${MEGANTONI_DECREE}'`,
    ]);
    decide('mml.yaml', [
      'nationalNonWorkingDays:',
      '  adoptedByDefault: false',
      '  decisions:',
      "    - date: '2026-01-02'",
      '      adopted: true',
      `      instrument: '${LIMA_RESOLUTION}'`,
    ]);
    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      MUNICIPALITIES_DIR: profilesDir,
    });
    client = new WorkflowClient(t);
    // Wednesday 31 December 2025, 10:00 in Lima.
    await client.setClock('2025-12-31T15:00:00Z');
    for (const row of await t.query<{ code: string; id: string }>(
      'SELECT code, id FROM municipalities',
    ))
      municipality[row.code] = row.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(profilesDir, { recursive: true, force: true });
  });

  const holidays = async (user: string, year: number): Promise<Item[]> => {
    const response = await client.get(user, `/api/v1/calendar/holidays?year=${year}`);
    expect(response.status).toBe(200);
    return (response.body as { items: Item[] }).items;
  };
  const on = (items: Item[], date: string) => items.find((d) => d.date === date);
  const due = async (user: string, from: string, days: number): Promise<string> => {
    const response = await client.get(
      user,
      `/api/v1/calendar/deadline?from=${from}&days=${days}&unit=business`,
    );
    expect(response.status).toBe(200);
    return (response.body as { due: string }).due;
  };

  it('shows for Fri 2 Jan 2026 (DS 042-2025-PCM) whether each municipality adopts it and by which instrument (TUO Art. 145.1)', async () => {
    expect(on(await holidays('megantoni.gerente', 2026), '2026-01-02')).toMatchObject({
      kind: 'dia_no_laborable',
      source: 'DS 042-2025-PCM',
      scope: 'nacional',
      adoption: { adopted: false, instrument: MEGANTONI_DECREE },
    });
    expect(on(await holidays('mml.gerente', 2026), '2026-01-02')).toMatchObject({
      kind: 'dia_no_laborable',
      source: 'DS 042-2025-PCM',
      scope: 'nacional',
      adoption: { adopted: true, instrument: LIMA_RESOLUTION },
    });
    // Without a decision the profile's default holds, and no instrument is claimed.
    for (const date of ['2025-05-02', '2025-12-26']) {
      expect(on(await holidays('mml.gerente', 2025), date)?.adoption).toEqual({
        adopted: false,
        instrument: null,
      });
      expect(on(await holidays('megantoni.gerente', 2025), date)?.adoption).toEqual({
        adopted: true,
        instrument: null,
      });
    }
  });

  it('counts business days as adopted: Fri 2 Jan 2026 is hábil in Megantoni, which kept its offices open, not in Lima (TUO Art. 145.1)', async () => {
    // Wed 31 Dec 2025 + 1 día hábil: Thu 1 Jan is a feriado everywhere.
    expect(await due('megantoni.gerente', '2025-12-31', 1)).toBe('2026-01-02');
    expect(await due('mml.gerente', '2025-12-31', 1)).toBe('2026-01-05');
    // Wed 24 Dec 2025 + 1: Thu 25 is Navidad; Fri 26 (DS 042-2025-PCM) Lima did not adopt.
    expect(await due('mml.gerente', '2025-12-24', 1)).toBe('2025-12-26');
    expect(await due('megantoni.gerente', '2025-12-24', 1)).toBe('2025-12-29');
    const calendar = t.app.get(CalendarService);
    expect(
      (await calendar.calendarFor(municipality['megantoni'] ?? '')).isBusinessDay('2026-01-02'),
    ).toBe(true);
    expect(
      (await calendar.calendarFor(municipality['mml'] ?? '')).reasonNotBusiness('2026-01-02'),
    ).toMatch(/Día no laborable/);
  });

  it('feriados are law and bind every municipality whatever it adopts: Thu 2 and Fri 3 Apr 2026 (Decreto Legislativo 713, Art. 6)', async () => {
    for (const user of ['mml.gerente', 'megantoni.gerente']) {
      const items = await holidays(user, 2026);
      for (const date of ['2026-04-02', '2026-04-03']) {
        expect(on(items, date)).toMatchObject({
          kind: 'feriado_nacional',
          source: 'Decreto Legislativo 713, art. 6',
        });
        expect(on(items, date)).not.toHaveProperty('adoption');
      }
      expect(await due(user, '2026-04-01', 1)).toBe('2026-04-06');
    }
  });

  it('the workflow engine counts with it: the 7-day legal opinion of a resolution submitted on Wed 31 Dec 2025 ends on 12 Jan 2026 in Megantoni, 13 Jan in Lima (TUO Art. 143, 145.1)', async () => {
    const dueOn: Record<string, string> = {};
    for (const [prefix, origin] of [
      ['megantoni', 'megantoni.gdu'],
      ['mml', 'mml.gdu'],
    ] as const) {
      const draft = await createResolution(client, { hasBudgetImpact: false }, origin);
      const submitted = await sendEvent(client, origin, draft.id, { type: 'SUBMIT' });
      const opinion = submitted.deadlines.find((d) => d.name === 'Opinión legal');
      dueOn[prefix] = opinion?.dueOn ?? '';
    }
    expect(dueOn).toEqual({ megantoni: '2026-01-12', mml: '2026-01-13' });
  });

  it('the table holds as national rows only días no laborables decreed by DS: never a feriado, which is law and computed (Decreto Legislativo 713, Art. 6)', async () => {
    const insert = (municipalityId: string | null, kind: string) =>
      t.query(
        `INSERT INTO non_working_days (municipality_id, date, name, kind, source, version)
         VALUES ($1, '2026-07-27', 'Prueba', $2, 'DS de prueba', 1)`,
        [municipalityId, kind],
      );
    await expect(insert(null, 'feriado_nacional')).rejects.toThrow(/non_working_days_/);
    await expect(insert(null, 'feriado_regional')).rejects.toThrow(
      /non_working_days_national_is_decreed/,
    );
    await expect(insert(municipality['mml'] ?? '', 'feriado_nacional')).rejects.toThrow(
      /non_working_days_no_feriado_nacional/,
    );
    expect(await t.query("SELECT 1 FROM non_working_days WHERE date = '2026-07-27'")).toEqual([]);
  });

  it('a profile decision on a day no DS declared (Mon 5 Jan 2026) stops the boot, naming the file and the setting (D1)', async () => {
    const calendar = t.app.get(CalendarService);
    await expect(calendar.onApplicationBootstrap()).resolves.toBeUndefined();
    const profiles = t.app.get<MunicipalityProfiles>(MUNICIPALITY_PROFILES);
    const decisions = profiles.find((p) => p.code === 'megantoni')?.nationalNonWorkingDays
      ?.decisions;
    if (!decisions) throw new Error('el perfil de prueba no tiene decisiones');
    decisions.push({ date: '2026-01-05', adopted: false, instrument: MEGANTONI_DECREE });
    try {
      await expect(calendar.onApplicationBootstrap()).rejects.toThrow(
        /megantoni\.yaml nationalNonWorkingDays\.decisions\.1: el 2026-01-05 no es un día no laborable del sector público declarado por decreto supremo/,
      );
    } finally {
      decisions.pop();
    }
  });
});
