import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const CALENDAR = '/api/v1/budget/calendar';
const REVIEWS = '/api/v1/budget-reviews';

interface Item {
  id: string;
  documentCode: string;
  responsibleUnit: string;
  authority: string;
  dueOn: string | null;
  dueBasis: string;
  dateVersion: number;
  status: string;
  state: string;
  verify: boolean;
}

/**
 * Issue 16, the management calendar: seeded each fiscal year from the profile's `budget:` rules,
 * one budget-reviews file per document; its dates versioned with their legal source; reminders
 * 30/15/5 business days before each deadline and the escalation to the Alcalde when it is missed.
 */
describe('The management calendar (issue 16; LOM Art. 9 inc. 16, Art. 20 inc. 10)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let items: Item[] = [];

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Monday 2 November 2026, 10:00 in Lima.
    await client.setClock('2026-11-02T15:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  const rows = async () =>
    (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM budget_calendar_dates`))[0]?.n;
  const instances = async () =>
    (
      await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM workflow_instances WHERE kind = 'budget-reviews'`,
      )
    )[0]?.n;
  const item = (code: string) => {
    const found = items.find((i) => i.documentCode === code);
    if (!found) throw new Error(`sin ${code}`);
    return found;
  };
  const year = async (username = 'mml.gerente', y = 2027) => {
    const response = await client.get(username, `${CALENDAR}/${y}`);
    expect(response.status).toBe(200);
    items = response.body.items as Item[];
    return items;
  };

  it('refuses a year outside the profile (400 year) and a seed by anyone but the ADMIN; nothing written', async () => {
    for (const y of [2024, 2031]) {
      const response = await client.post('mml.admin', `${CALENDAR}/${y}/seed`, {});
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toEqual(['year']);
    }
    const notYear = await client.post('mml.admin', `${CALENDAR}/dos-mil/seed`, {});
    expectProblem(notYear, 400, 'VALIDATION_FAILED');
    expect(fields(notYear.body)).toEqual(['year']);
    expectProblem(await client.post('mml.gerente', `${CALENDAR}/2027/seed`, {}), 403, 'FORBIDDEN');
    expectProblem(await client.get('mml.gerente', `${CALENDAR}/2040`), 400, 'VALIDATION_FAILED');
    expect(await rows()).toBe(0);
    expect(await instances()).toBe(0);
  });

  it('seeds one file per document of the profile, as the system; seeding again creates nothing', async () => {
    const seeded = await client.post('mml.admin', `${CALENDAR}/2027/seed`, {});
    expect(seeded.status).toBe(200);
    expect(seeded.body.created).toBe(9);
    const again = await client.post('mml.admin', `${CALENDAR}/2027/seed`, {});
    expect(again.body.created).toBe(0);
    expect(await instances()).toBe(9);
    // A date per document, and one per phase of the Presupuesto Participativo (4).
    expect(await rows()).toBe(13);
    // Created by the system, not by the ADMIN (who never acts in a workflow).
    const creators = await t.query<{ created_by: string | null }>(
      `SELECT DISTINCT created_by FROM workflow_instances WHERE kind = 'budget-reviews'`,
    );
    expect(creators).toEqual([{ created_by: null }]);
    await year();
    // LOM Art. 9 inc. 16: the PIA of 2027 by 31 December 2026, by the Concejo.
    expect(item('pia')).toMatchObject({
      dueOn: '2026-12-31',
      authority: 'concejo',
      responsibleUnit: 'Gerencia de Planificación y Presupuesto',
      status: 'on_time',
      state: 'preparing',
      dateVersion: 1,
    });
    expect(item('pia').dueBasis).toMatch(/LOM Art\. 9 inc\. 16/);
    // Chained: no date until the PIA is approved; the Ley 32069 regime flagged ⚠.
    expect(item('pac')).toMatchObject({ dueOn: null, authority: 'alcalde', verify: true });
    // LOM Art. 20 inc. 11: Balance y Memoria in the first quarter of the next year.
    expect(item('balance_memoria')).toMatchObject({ dueOn: '2028-03-31', authority: 'concejo' });
    // Its last day passed already: late.
    expect(item('poi_multianual')).toMatchObject({ dueOn: '2026-04-30', status: 'late' });
    // The PIA's file carries the deadline as a kernel obligation.
    const pia = await client.get('mml.presupuesto', `${REVIEWS}/${item('pia').id}`);
    expect(pia.body.deadlines).toEqual([
      expect.objectContaining({ code: 'plazo_legal', dueOn: '2026-12-31' }),
    ]);
    // Another municipality sees its own calendar only (not seeded yet: empty).
    expect((await client.get('megantoni.gerente', `${CALENDAR}/2027`)).body.items).toEqual([]);
    expectProblem(
      await client.get('megantoni.gerente', `${REVIEWS}/${item('pia').id}`),
      404,
      'NOT_FOUND',
    );
  });

  it('a date changes only with its legal source (400 basis), as a new version; the file re-arms its deadline', async () => {
    const poi = item('poi_anual');
    const path = `${CALENDAR}/items/${poi.id}/dates`;
    const before = await rows();
    const noBasis = await client.post('mml.admin', path, { dueOn: '2026-11-20' });
    expectProblem(noBasis, 400, 'VALIDATION_FAILED');
    expect(fields(noBasis.body)).toEqual(['basis']);
    const blank = await client.post('mml.admin', path, { dueOn: '2026-11-20', basis: '  ' });
    expect(fields(blank.body)).toEqual(['basis']);
    const badDate = await client.post('mml.admin', path, {
      dueOn: '2026-02-30',
      basis: 'X Art. 1',
    });
    expect(fields(badDate.body)).toEqual(['dueOn']);
    expectProblem(
      await client.post('mml.gerente', path, { dueOn: '2026-11-20', basis: 'X Art. 1' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await client.post('megantoni.admin', path, { dueOn: '2026-11-20', basis: 'X Art. 1' }),
      404,
      'NOT_FOUND',
    );
    expect(await rows()).toBe(before);

    const basis =
      'Directiva de CEPLAN N° 001-2026, Art. 8: el POI anual se aprueba hasta el 20 de noviembre.';
    const changed = await client.post('mml.admin', path, { dueOn: '2026-11-20', basis });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ dueOn: '2026-11-20', dueBasis: basis, dateVersion: 2 });
    // Within 15 business days and not approved: at risk.
    expect(changed.body.status).toBe('at_risk');
    const versions = await client.get('mml.gerente', path);
    expect(
      versions.body.map((v: { dueOn: string; source: string }) => [v.dueOn, v.source]),
    ).toEqual([
      ['2026-12-31', 'perfil'],
      ['2026-11-20', 'admin'],
    ]);
    // The file hears it as a system event and re-arms its obligation.
    const rearmed = await client.eventually(async () => {
      const file = (await client.get('mml.presupuesto', `${REVIEWS}/${poi.id}`)).body;
      return file.dueOn === '2026-11-20' ? file : undefined;
    }, 'la nueva fecha en el expediente');
    expect(rearmed.deadlines).toEqual([
      expect.objectContaining({ code: 'plazo_legal', dueOn: '2026-11-20' }),
    ]);
    const [audit] = await t.query<{ actor_id: string | null }>(
      `SELECT actor_id FROM audit_events WHERE instance_id = $1 AND type = 'DATE_CHANGED'`,
      [poi.id],
    );
    expect(audit?.actor_id).toBeNull();
    // Versions are never changed nor deleted.
    await expect(t.query(`DELETE FROM budget_calendar_dates`)).rejects.toThrow();
  });

  it("a phase's date (DS 142-2009-EF, Art. 6: fixed by the annual ordinance) changes the same way, and its own deadline is re-armed", async () => {
    const pp = item('presupuesto_participativo');
    const path = `${CALENDAR}/items/${pp.id}/dates`;
    const basis = 'Ordenanza Municipal N° 2590-2026-MML, Art. 4: cronograma del proceso.';
    const before = await rows();
    const noBasis = await client.post('mml.admin', path, {
      dueOn: '2026-11-27',
      phase: 'concertacion',
    });
    expect(fields(noBasis.body)).toEqual(['basis']);
    const unknown = await client.post('mml.admin', path, {
      dueOn: '2026-11-27',
      basis,
      phase: 'ejecucion',
    });
    expectProblem(unknown, 400, 'VALIDATION_FAILED');
    expect(fields(unknown.body)).toEqual(['phase']);
    expect(await rows()).toBe(before);

    const changed = await client.post('mml.admin', path, {
      dueOn: '2026-11-27',
      basis,
      phase: 'concertacion',
    });
    expect(changed.status).toBe(200);
    // The document's own date is untouched.
    expect(changed.body).toMatchObject({ dueOn: pp.dueOn, dateVersion: 1 });
    const versions = (await client.get('mml.gerente', path)).body as {
      phase: string | null;
      version: number;
      dueOn: string;
      source: string;
    }[];
    expect(
      versions.filter((v) => v.phase === 'concertacion').map((v) => [v.version, v.dueOn, v.source]),
    ).toEqual([
      [1, '2026-04-30', 'perfil'],
      [2, '2026-11-27', 'admin'],
    ]);
    const rearmed = await client.eventually(async () => {
      const file = (await client.get('mml.presupuesto', `${REVIEWS}/${pp.id}`)).body;
      const phase = (file.phases as { code: string; dueOn: string }[]).find(
        (p) => p.code === 'concertacion',
      );
      return phase?.dueOn === '2026-11-27' ? file : undefined;
    }, 'la nueva fecha de la fase en el expediente');
    expect(
      (rearmed.deadlines as { code: string; key: string; dueOn: string; status: string }[])
        .filter((d) => d.code === 'fase' && d.key === 'concertacion' && d.status === 'pending')
        .map((d) => d.dueOn),
    ).toEqual(['2026-11-27']);
    // A phase already completed keeps its date.
    await client.post('mml.analista', `${REVIEWS}/${pp.id}/events`, {
      type: 'COMPLETE_PHASE',
      phase: 'preparacion',
      documentRef: 'Ordenanza Municipal N° 2590-2026-MML',
    });
    expectProblem(
      await client.post('mml.admin', path, { dueOn: '2026-12-01', basis, phase: 'preparacion' }),
      409,
      'ITEM_CLOSED',
    );
  });

  it('reminds the unit and the Gerente 30, 15 and 5 business days before, and escalates to the Alcalde when missed', async () => {
    const pia = item('pia');
    const schedule = (await client.get('mml.gerente', `${REVIEWS}/${pia.id}/deadlines`)).body;
    const timers = (
      schedule.items[0] as { alerts: { kind: string; fireAt: string }[] }
    ).alerts.filter((x) => x.kind === 'reminder');
    // 31 Dec 2026 is a Thursday; 8, 9 and 25 December are feriados (Ley 31381).
    const days = timers.map((x) =>
      new Date(new Date(x.fireAt).getTime() - 5 * 3_600_000).toISOString().slice(0, 10),
    );
    expect(days).toEqual(['2026-11-16', '2026-12-07', '2026-12-23']);
    const notices = async () =>
      t.query<{ kind: string; username: string }>(
        `SELECT n.kind, u.username FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.instance_id = $1 AND n.kind IN ('reminder', 'overdue', 'escalation')
          ORDER BY n.created_at, u.username`,
        [pia.id],
      );
    await client.setClock('2026-11-15T23:00:00Z');
    expect(await notices()).toEqual([]);
    await client.setClock('2026-11-16T23:00:00Z');
    // The responsible unit's people and the Gerente.
    expect(await notices()).toEqual([
      { kind: 'reminder', username: 'mml.analista' },
      { kind: 'reminder', username: 'mml.gerente' },
      { kind: 'reminder', username: 'mml.presupuesto' },
    ]);
    await client.setClock('2026-12-07T23:00:00Z');
    await client.setClock('2026-12-23T23:00:00Z');
    expect((await notices()).filter((n) => n.kind === 'reminder')).toHaveLength(9);
    await year();
    expect(item('pia').status).toBe('at_risk');
    await client.setClock('2026-12-31T23:00:00Z');
    expect((await notices()).filter((n) => n.kind === 'escalation')).toEqual([]);
    // The end of 31 December in Lima: missed, the Alcalde is told.
    await client.setClock('2027-01-01T05:00:01Z');
    const after = await notices();
    expect(after.filter((n) => n.kind === 'overdue').map((n) => n.username)).toEqual([
      'mml.analista',
      'mml.presupuesto',
    ]);
    expect(after.filter((n) => n.kind === 'escalation').map((n) => n.username)).toEqual([
      'mml.alcalde',
    ]);
    await year();
    expect(item('pia').status).toBe('late');
    const file = (await client.get('mml.gerente', `${REVIEWS}/${pia.id}`)).body;
    expect(file).toMatchObject({ state: 'preparing', missed: true });
  });
});
