import { WorkItemsService } from '#workflow';
import { expectProblem } from './support/problems.js';
import { createMandate } from './support/mandates.js';
import {
  createResolution,
  driveTo,
  resolutionIn,
  sendEvent,
  today,
  unitOf,
  whoIs,
} from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const WORK_ITEMS = '/api/v1/work-items';

interface WorkItem {
  id: string;
  kind: string;
  instanceId: string;
  state: string;
  action: string;
  name: string;
  label: string;
  unitId: string | null;
  role: string | null;
  term: { code: string; key: string; name: string | null } | null;
  dueOn: string | null;
  businessDaysLeft: number | null;
  overdue: boolean;
  since: string;
}
interface WorkItemPage {
  items: WorkItem[];
  total: number;
  overdue: number;
  page: number;
  pageSize: number;
}

describe('Pendientes conmigo: GET /work-items across every kind (issue 14, point 3)', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima (8 and 9 December are feriados).
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(() => t.close());

  const tray = async (username: string, query = ''): Promise<WorkItemPage> => {
    const response = await client.get(username, `${WORK_ITEMS}${query ? `?${query}` : ''}`);
    if (response.status !== 200)
      throw new Error(`pendientes de ${username}: ${response.status} ${response.text}`);
    return response.body as WorkItemPage;
  };
  const itemsOn = async (username: string, instanceId: string) =>
    (await tray(username, 'pageSize=100')).items.filter((i) => i.instanceId === instanceId);
  const actionsOn = async (username: string, instanceId: string) =>
    (await itemsOn(username, instanceId)).map((i) => i.action);

  it('follows a resolution: whoever must act next has it, with the state term, and nobody else (D5, D14)', async () => {
    const draft = await createResolution(client);
    expect(await actionsOn('mml.gdu', draft.id)).toEqual([]);

    const submitted = await sendEvent(client, 'mml.gdu', draft.id, { type: 'SUBMIT' });
    const opinion = submitted.deadlines.find((d) => d.code === 'opinion_legal');
    const [item] = await itemsOn('mml.juridica', draft.id);
    expect(item).toMatchObject({
      kind: 'resolutions',
      state: 'legal_review',
      action: 'emitir_opinion',
      name: 'Emitir la opinión legal',
      unitId: await unitOf(client, 'mml.juridica'),
      role: null,
      term: { code: 'opinion_legal', key: '', name: 'Opinión legal' },
      dueOn: opinion?.dueOn,
      overdue: false,
    });
    expect(item?.label).toContain('Proyecto de resolución «');
    expect(item?.businessDaysLeft).toBeGreaterThan(0);
    for (const other of ['mml.gdu', 'mml.gerente', 'mml.presupuesto', 'mml.alcalde'])
      expect(await actionsOn(other, draft.id)).toEqual([]);

    // Each unit with a pending visa has its own item; one visa leaves the others as they were.
    const visas = await driveTo(client, submitted, 'visas');
    for (const visor of ['mml.gdu', 'mml.juridica', 'mml.presupuesto'])
      expect(await actionsOn(visor, draft.id)).toEqual(['visar']);
    const [budgetBefore] = await itemsOn('mml.presupuesto', draft.id);
    const visaed = await sendEvent(client, 'mml.gdu', visas.id, { type: 'VISA' });
    expect(await actionsOn('mml.gdu', draft.id)).toEqual([]);
    const [budgetAfter] = await itemsOn('mml.presupuesto', draft.id);
    expect(budgetAfter?.since).toBe(budgetBefore?.since);

    // Ready to sign: only the Gerente Municipal, not every member of the Gerencia's reach.
    const ready = await driveTo(client, visaed, 'ready_to_sign');
    expect(await itemsOn('mml.gerente', draft.id)).toEqual([
      expect.objectContaining({
        action: 'firmar',
        role: 'GERENTE_MUNICIPAL',
        term: expect.objectContaining({ code: 'firma' }),
      }),
    ]);
    for (const other of ['mml.gdu', 'mml.secretaria', 'mml.alcalde'])
      expect(await actionsOn(other, draft.id)).toEqual([]);

    // Signed: the originating unit serves the addressees (D6); served, nobody owes anything.
    const signed = await driveTo(client, ready, 'signed');
    const [notify] = await itemsOn('mml.gdu', draft.id);
    expect(notify).toMatchObject({ action: 'notificar', label: signed['number'] });
    await driveTo(client, signed, 'notified');
    expect(await actionsOn('mml.gdu', draft.id)).toEqual([]);
    expect(await actionsOn('mml.gerente', draft.id)).toEqual([]);
  });

  it('D10: whoever holds an encargatura of the Gerente in force has the signatures in the tray', async () => {
    const ready = await resolutionIn(client, 'ready_to_sign');
    expect(await actionsOn('mml.secretaria', ready.id)).toEqual([]);
    const secretaria = await whoIs(client, 'mml.secretaria');
    const created = await client.post('mml.admin', '/api/v1/admin/delegations', {
      kind: 'encargatura',
      delegatorRole: 'GERENTE_MUNICIPAL',
      delegatorPost: 'Gerente Municipal Metropolitano',
      delegateUserId: secretaria.id,
      instrument: 'Resolución de Alcaldía N° 010-2026-MML',
      subjects: ['resoluciones_gerencia_municipal'],
      validFrom: await today(client),
    });
    expect(created.status).toBe(201);
    expect(await actionsOn('mml.secretaria', ready.id)).toEqual(['firmar']);
    const revoked = await client.post(
      'mml.admin',
      `/api/v1/admin/delegations/${(created.body as { id: string }).id}/revoke`,
      { reason: 'Retorno del titular' },
    );
    expect(revoked.status).toBe(200);
    expect(await actionsOn('mml.secretaria', ready.id)).toEqual([]);
  });

  it('follows a mandate: the responsible unit fulfils it, the assigning unit reviews it', async () => {
    const mandate = await createMandate(client, { title: 'Inventario de maquinaria pesada' });
    const [fulfil] = await itemsOn('mml.gdu', mandate.id);
    expect(fulfil).toMatchObject({
      kind: 'mandates',
      action: 'cumplir_encargo',
      label: 'Encargo «Inventario de maquinaria pesada»',
      term: expect.objectContaining({ code: 'cumplimiento_encargo' }),
      dueOn: mandate.deadlines[0]?.dueOn,
    });
    await client.post('mml.gdu', `/api/v1/mandates/${mandate.id}/events`, {
      type: 'SUBMIT',
      evidence: 'Informe N° 130-2026-MML/GDU',
    });
    expect(await actionsOn('mml.gdu', mandate.id)).toEqual([]);
    expect(await actionsOn('mml.gerente', mandate.id)).toEqual(['revisar_cumplimiento']);
  });

  it('marks what is overdue when the clock passes the last day, with the business days of delay, and filters by it', async () => {
    const mandate = await createMandate(client, {
      title: 'Plan de contingencia por lluvias',
      term: { days: 2, unit: 'business' },
    });
    const [item] = await itemsOn('mml.gdu', mandate.id);
    expect(item?.businessDaysLeft).toBe(2);
    const due = item?.dueOn ?? '';
    expect(
      (await tray('mml.gdu', `dueBefore=${due}&pageSize=100`)).items.map((i) => i.instanceId),
    ).toContain(mandate.id);

    // Friday 4 December: day 1 Wed 2, day 2 Thu 3; Fri 4 is one business day late.
    await client.setClock('2026-12-04T15:00:00Z');
    const [late] = await itemsOn('mml.gdu', mandate.id);
    expect(late).toMatchObject({ dueOn: '2026-12-03', overdue: true, businessDaysLeft: -1 });
    const overdue = await tray('mml.gdu', 'overdue=true&pageSize=100');
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    expect(overdue.items.map((i) => i.instanceId)).toContain(mandate.id);
    expect(overdue.total).toBe(overdue.overdue);
    const inTerm = await tray('mml.gdu', 'overdue=false&pageSize=100');
    expect(inTerm.items.map((i) => i.instanceId)).not.toContain(mandate.id);

    // The earliest due first; those without a term last.
    const all = await tray('mml.gdu', 'pageSize=100');
    const dues = all.items.map((i) => i.dueOn ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());
  });

  it('Art. 218.2, 219: a remedy waits on whoever resolves it, by its own term; a new non-working day moves its due date (D1)', async () => {
    const notified = await resolutionIn(client, 'notified');
    // Monday 7 December 2026, 10:00 in Lima: Los Andes files a reconsideración.
    await client.setClock('2026-12-07T15:00:00Z');
    const filed = await sendEvent(client, 'mml.gdu', notified.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-12-07T09:30:00-05:00',
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    const term = filed.deadlines.find((d) => d.code === 'resolucion_recurso');
    const [item] = await itemsOn('mml.gerente', notified.id);
    expect(item).toMatchObject({
      action: 'resolver_recurso',
      name: 'Resolver el recurso de reconsideración',
      role: 'GERENTE_MUNICIPAL',
      term: { code: 'resolucion_recurso', key: term?.key },
      dueOn: term?.dueOn,
    });
    for (const other of ['mml.gdu', 'mml.alcalde', 'mml.secretaria'])
      expect(await actionsOn(other, notified.id)).toEqual([]);

    const added = await client.post('mml.admin', '/api/v1/calendar/non-working-days', {
      date: '2026-12-14',
      name: 'Día no laborable (prueba de pendientes)',
      source: 'Decreto de Alcaldía N° 999-2026-MML (prueba)',
    });
    expect(added.status).toBe(201);
    const moved = await client.eventually(async () => {
      const resource = (await client.get('mml.gdu', `/api/v1/resolutions/${notified.id}`)).body as {
        deadlines: { code?: string; dueOn: string }[];
      };
      const due = resource.deadlines.find((d) => d.code === 'resolucion_recurso')?.dueOn;
      return due !== undefined && due !== term?.dueOn ? due : undefined;
    }, 'el plazo del recurso se recalcula');
    const [after] = await itemsOn('mml.gerente', notified.id);
    expect(after?.dueOn).toBe(moved);
  });

  it('counts by kind for the navigation, filters by kind and unit, and pages', async () => {
    const counts = (await client.get('mml.gdu', `${WORK_ITEMS}/counts`)).body as {
      total: number;
      overdue: number;
      byKind: { kind: string; total: number; overdue: number }[];
    };
    const full = await tray('mml.gdu', 'pageSize=100');
    expect(counts.total).toBe(full.total);
    expect(counts.overdue).toBe(full.overdue);
    const mandates = counts.byKind.find((k) => k.kind === 'mandates');
    expect((await tray('mml.gdu', 'kind=mandates')).total).toBe(mandates?.total);
    const gdu = await unitOf(client, 'mml.gdu');
    expect((await tray('mml.gdu', `unitId=${gdu}`)).total).toBe(full.total);
    const first = await tray('mml.gdu', 'pageSize=1&page=1');
    const second = await tray('mml.gdu', 'pageSize=1&page=2');
    expect(first.items).toHaveLength(1);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it("never shows another municipality's items, and the administrator has none", async () => {
    await createMandate(client, { title: 'Encargo solo de Lima' });
    const lima = await tray('mml.gdu', 'pageSize=100');
    expect(lima.total).toBeGreaterThan(0);
    const megantoni = await tray('megantoni.gerente', 'pageSize=100');
    const limaIds = new Set(lima.items.map((i) => i.instanceId));
    expect(megantoni.items.filter((i) => limaIds.has(i.instanceId))).toEqual([]);
    expect((await tray('mml.admin')).total).toBe(0);
  });

  it('refuses bad filters with 400 and the field, and answers 401 without a session', async () => {
    for (const [query, field] of [
      ['kind=convenios_ficticios', 'kind'],
      ['unitId=no-es-uuid', 'unitId'],
      ['overdue=quizas', 'overdue'],
      ['dueBefore=2026-02-30', 'dueBefore'],
      ['pageSize=500', 'pageSize'],
    ] as const) {
      const response = await client.get('mml.gdu', `${WORK_ITEMS}?${query}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(JSON.stringify(response.body)).toContain(field);
    }
    expect((await t.http.get(WORK_ITEMS)).status).toBe(401);
  });

  it('derives the items of every instance again when a migration asks for it (kernel_tasks)', async () => {
    const ready = await resolutionIn(client, 'ready_to_sign');
    const before = await itemsOn('mml.gerente', ready.id);
    await t.query(`DELETE FROM work_items`);
    expect(await itemsOn('mml.gerente', ready.id)).toEqual([]);
    const service = t.app.get(WorkItemsService);
    // Without the task's row nothing happens.
    expect(await service.rebuildIfRequested()).toBeNull();
    await t.query(`INSERT INTO kernel_tasks (name) VALUES ('rebuild_work_items')`);
    expect(await service.rebuildIfRequested()).toBeGreaterThan(0);
    const after = await itemsOn('mml.gerente', ready.id);
    expect(after.map(({ id: _id, since: _since, ...rest }) => rest)).toEqual(
      before.map(({ id: _id, since: _since, ...rest }) => rest),
    );
    expect(await t.query(`SELECT name FROM kernel_tasks`)).toEqual([]);
  });
});
