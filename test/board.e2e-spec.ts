import { expectProblem } from './support/problems.js';
import { createMandate } from './support/mandates.js';
import {
  createResolution,
  driveTo,
  resolutionIn,
  sendEvent,
  unitOf,
} from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

interface UnitLoad {
  unitId: string | null;
  unitName: string;
  total: number;
  overdue: number;
}
interface Summary {
  today: string;
  waiting: {
    total: number;
    overdue: number;
    byUnit: UnitLoad[];
    byPost: { role: string; holders: string[]; total: number; overdue: number }[];
  };
  upcoming: {
    until: string;
    businessDays: number;
    total: number;
    byDay: { dueOn: string; total: number }[];
  };
  signed: { month: string; total: number; bySeries: { series: string; total: number }[] };
  escalations: {
    instanceId: string;
    kind: string;
    label: string;
    deadlineName: string;
    dueOn: string;
    level: number;
    target: string;
    firedAt: string;
  }[];
}
interface WorkItemPage {
  items: {
    instanceId: string;
    action: string;
    unitId: string | null;
    role: string | null;
    overdue: boolean;
  }[];
  total: number;
  overdue: number;
}

describe('Despacho de Alcaldía: the tracking board (issue 14, point 6)', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima (8 and 9 December are feriados).
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(() => t.close());

  const read = async <T>(username: string, path: string): Promise<T> => {
    const response = await client.get(username, path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${response.text}`);
    return response.body as T;
  };
  const summary = (username = 'mml.alcalde') => read<Summary>(username, '/api/v1/board');
  const allItems = (query: string, username = 'mml.alcalde') =>
    read<WorkItemPage>(username, `/api/v1/work-items?scope=all&pageSize=100&${query}`);

  it('is for the Alcalde and the Gerente Municipal only: a gerencia, the administrator and a regidor get 403', async () => {
    for (const username of ['mml.gdu', 'mml.admin', 'mml.secretaria', 'mml.juridica'])
      for (const path of [
        '/api/v1/board',
        '/api/v1/board/time-in-state',
        '/api/v1/board/signed',
        '/api/v1/board/escalations',
        '/api/v1/work-items?scope=all',
      ])
        expectProblem(await client.get(username, path), 403, 'FORBIDDEN');
    expect((await client.get('mml.gerente', '/api/v1/board')).status).toBe(200);
    expect((await client.get('mml.alcalde', '/api/v1/board')).status).toBe(200);
  });

  it('refuses bad filters with 400 and the field', async () => {
    for (const path of [
      '/api/v1/board/time-in-state?days=45',
      '/api/v1/board/time-in-state?days=treinta',
      '/api/v1/board/signed?pageSize=500',
      '/api/v1/board/escalations?page=0',
      '/api/v1/work-items?scope=todos',
      '/api/v1/work-items?scope=all&role=JEFE',
    ])
      expectProblem(await client.get('mml.alcalde', path), 400, 'VALIDATION_FAILED');
  });

  it('shows what waits on whom, by unit and by post, and each figure lists its items', async () => {
    const before = await summary();
    const gdu = await unitOf(client, 'mml.gdu');
    const legal = await unitOf(client, 'mml.juridica');
    const gerencia = await unitOf(client, 'mml.gerente');
    const draft = await createResolution(client);
    await sendEvent(client, 'mml.gdu', draft.id, { type: 'SUBMIT' });
    const mandate = await createMandate(client);
    const ready = await resolutionIn(client, 'ready_to_sign');

    const after = await summary();
    const load = (s: Summary, unitId: string) =>
      s.waiting.byUnit.find((u) => u.unitId === unitId) ?? { total: 0, overdue: 0 };
    expect(load(after, legal).total - load(before, legal).total).toBe(1);
    expect(load(after, gdu).total - load(before, gdu).total).toBe(1);
    // The Gerente's signature is his post's, counted for the Gerencia Municipal where it sits.
    expect(load(after, gerencia).total - load(before, gerencia).total).toBe(1);
    const post = after.waiting.byPost.find((p) => p.role === 'GERENTE_MUNICIPAL');
    expect(post?.holders.length).toBeGreaterThan(0);
    expect(after.waiting.total - before.waiting.total).toBe(3);

    // Click-through: the unit's list (with its posts), the post's list.
    const legalList = await allItems(`unitId=${legal}`);
    expect(legalList.total).toBe(load(after, legal).total);
    expect(legalList.items.map((i) => i.instanceId)).toContain(draft.id);
    const gerenciaList = await allItems(`unitId=${gerencia}`);
    expect(gerenciaList.total).toBe(load(after, gerencia).total);
    expect(gerenciaList.items).toContainEqual(
      expect.objectContaining({
        instanceId: ready.id,
        action: 'firmar',
        role: 'GERENTE_MUNICIPAL',
      }),
    );
    const postList = await allItems('role=GERENTE_MUNICIPAL', 'mml.gerente');
    expect(postList.total).toBe(post?.total);
    expect((await allItems(`unitId=${gdu}`)).items.map((i) => i.instanceId)).toContain(mandate.id);
  });

  it('counts the deadlines of the next 10 business days, day by day (feriados skipped)', async () => {
    const s = await summary();
    expect(s.today).toBe('2026-12-01');
    // 2, 3, 4, 7, 10, 11, 14, 15, 16, 17: the 8th and 9th are feriados.
    expect(s.upcoming).toMatchObject({ until: '2026-12-17', businessDays: 10 });
    expect(s.upcoming.total).toBe(s.upcoming.byDay.reduce((sum, d) => sum + d.total, 0));
    const listed = await allItems('overdue=false&dueBefore=2026-12-17');
    expect(listed.total).toBe(s.upcoming.total);
    // The encargo of 5 business days is due on Thursday 10 December.
    expect(s.upcoming.byDay).toContainEqual({ dueOn: '2026-12-10', total: 1 });
  });

  it('counts what was signed this month per series and lists it; another municipality sees none of it', async () => {
    const signed = await resolutionIn(client, 'signed');
    const s = await summary();
    expect(s.signed.month).toBe('2026-12');
    expect(s.signed.bySeries).toEqual([{ series: 'resolucion_gerencia_municipal', total: 1 }]);
    const list = await read<{
      items: { instanceId: string; number: string; series: string }[];
      total: number;
    }>('mml.alcalde', '/api/v1/board/signed?series=resolucion_gerencia_municipal');
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ instanceId: signed.id, number: signed['number'] });
    const elsewhere = await read<Summary>('megantoni.alcalde', '/api/v1/board');
    expect(elsewhere.signed.total).toBe(0);
    expect(elsewhere.waiting.total).toBe(0);
    expect((await allItems('', 'megantoni.alcalde')).total).toBe(0);
  });

  it('measures the time in each state from the stays the kernel records at each change', async () => {
    await client.setClock('2026-12-02T15:00:00Z');
    const draft = await createResolution(client, { subject: 'Permanencias medidas' });
    await client.setClock('2026-12-02T16:00:00Z');
    const submitted = await sendEvent(client, 'mml.gdu', draft.id, { type: 'SUBMIT' });
    await client.setClock('2026-12-02T18:30:00Z');
    await driveTo(client, submitted, 'visas');
    const stays = await t.query<{ state: string; seconds: number }>(
      `SELECT state, extract(epoch FROM left_at - entered_at)::int AS seconds FROM state_stays
       WHERE instance_id = $1 ORDER BY left_at, id`,
      [draft.id],
    );
    expect(stays).toEqual([
      { state: 'draft', seconds: 3600 },
      { state: 'legal_review', seconds: 9000 },
    ]);

    // Five returned with observations at 19:00, corrected and submitted again 1 to 5 hours later.
    const observed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await createResolution(client, { subject: `Observada ${i}` });
      await sendEvent(client, 'mml.gdu', created.id, { type: 'SUBMIT' });
      observed.push(created.id);
    }
    await client.setClock('2026-12-02T19:00:00Z');
    for (const id of observed)
      await sendEvent(client, 'mml.juridica', id, { type: 'RETURN', reason: 'Falta el informe' });
    for (const [i, id] of observed.entries()) {
      await client.setClock(
        new Date(Date.parse('2026-12-02T19:00:00Z') + (i + 1) * 3_600_000).toISOString(),
      );
      await sendEvent(client, 'mml.gdu', id, { type: 'SUBMIT' });
    }
    type Times = {
      days: number;
      items: {
        kind: string;
        state: string;
        stays: number;
        medianSeconds: number;
        p90Seconds: number;
      }[];
    };
    const observedTimes = (times: Times) =>
      times.items.find((i) => i.kind === 'resolutions' && i.state === 'observed');
    const close = (value: number | undefined, exact: number) =>
      expect(Math.abs((value ?? 0) - exact) / exact).toBeLessThan(0.1);
    // Exact: median 3 h, p90 4.6 h (percentile_cont); the histograms answer within 10 %.
    const today = await read<Times>('mml.gerente', '/api/v1/board/time-in-state?days=30');
    expect(today.days).toBe(30);
    expect(observedTimes(today)?.stays).toBe(5);
    close(observedTimes(today)?.medianSeconds, 10_800);
    close(observedTimes(today)?.p90Seconds, 16_560);
    // The next day, those days are rolled up into histograms: the same figures.
    await client.setClock('2026-12-03T15:00:00Z');
    const rolled = await read<Times>('mml.alcalde', '/api/v1/board/time-in-state?days=30');
    expect(observedTimes(rolled)).toEqual(observedTimes(today));
    const days = await t.query<{ through: string }>(
      `SELECT to_char(through, 'YYYY-MM-DD') AS through FROM state_stay_rollups`,
    );
    expect(days).toEqual([{ through: '2026-12-02' }]);

    // 40 days later: outside the 30-day window, inside the 90-day one.
    await client.setClock('2027-01-12T15:00:00Z');
    const later30 = await read<Times>('mml.alcalde', '/api/v1/board/time-in-state?days=30');
    expect(observedTimes(later30)).toBeUndefined();
    const later90 = await read<Times>('mml.alcalde', '/api/v1/board/time-in-state?days=90');
    expect(observedTimes(later90)).toEqual(observedTimes(today));

    // A manual clock moved back unrolls the days it has not reached: they count again from the stays.
    await client.setClock('2026-12-03T16:00:00Z');
    const back = await read<Times>('mml.alcalde', '/api/v1/board/time-in-state?days=30');
    expect(observedTimes(back)).toEqual(observedTimes(today));
    expect(
      await t.query(`SELECT to_char(through, 'YYYY-MM-DD') AS through FROM state_stay_rollups`),
    ).toEqual([{ through: '2026-12-02' }]);
  });

  it('shows an overdue encargo against its gerencia and its escalation to the Gerente', async () => {
    await client.setClock('2027-01-13T15:00:00Z');
    const gdu = await unitOf(client, 'mml.gdu');
    const mandate = await createMandate(client, { title: 'Informe escalado' });
    const due = mandate.deadlines[0]?.dueOn ?? '';
    // Past the last day and two business days more: overdue, then escalated to the Gerente.
    await client.setClock('2027-01-26T05:00:00Z');
    const s = await summary();
    const load = s.waiting.byUnit.find((u) => u.unitId === gdu);
    expect(load?.overdue).toBeGreaterThanOrEqual(1);
    const overdue = await allItems(`unitId=${gdu}&overdue=true`);
    expect(overdue.total).toBe(load?.overdue);
    expect(overdue.items.map((i) => i.instanceId)).toContain(mandate.id);
    expect(s.escalations[0]).toMatchObject({
      instanceId: mandate.id,
      kind: 'mandates',
      label: expect.stringContaining('Informe escalado'),
      dueOn: due,
      level: 1,
    });
    const escalations = await read<{ items: { instanceId: string }[]; total: number }>(
      'mml.gerente',
      '/api/v1/board/escalations?pageSize=50',
    );
    expect(escalations.items.map((e) => e.instanceId)).toContain(mandate.id);
    expect(escalations.total).toBeGreaterThanOrEqual(1);
  });
});
