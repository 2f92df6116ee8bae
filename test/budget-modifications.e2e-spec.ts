import {
  BUDGET_MODIFICATIONS,
  budgetModificationBody as body,
} from './support/budget-modifications.js';
import { expectProblem, fields } from './support/problems.js';
import { driveTo, type ResolutionResource, resolutionPath, unitOf } from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const path = (id: string) => `${BUDGET_MODIFICATIONS}/${id}`;

interface ModificationResource {
  id: string;
  state: string;
  version: number;
  allowedEvents: string[];
  amountCents: number;
  amount: string;
  resolutionId: string | null;
  managerDelegation: { held: boolean; instrument: string };
  returns: Array<{ reason: string; reportRef: string }>;
  withdrawnResolutions: string[];
  approval: { by: string } | null;
  formalization: { kind: string; number: string | null; resolutionId: string | null } | null;
  rejection: { by: string; reason: string } | null;
}

/**
 * Issue 16.3, budget modification requests over HTTP: the request, OPP's technical report, the
 * Gerente's approval by delegation that drafts the Resolución de Gerencia Municipal (Lima's profile
 * delegates it, DL 1440 Art. 47.2), the signature of that act that formalizes the request, and the
 * elevation to the Alcalde where the profile delegates nothing (Megantoni).
 */
describe('Budget modifications over HTTP (issue 16.3; DL 1440 Art. 47.2)', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima.
    await client.setClock('2026-12-01T15:00:00Z');
    await client.setClock('2026-12-01T15:00:00Z', 'megantoni.admin');
  });
  afterAll(() => t.close());

  const create = async (overrides: Record<string, unknown> = {}, creator = 'mml.gdu') => {
    const response = await client.post(creator, BUDGET_MODIFICATIONS, body(overrides));
    if (response.status !== 201)
      throw new Error(`crear solicitud: ${response.status} ${response.text}`);
    return response.body as ModificationResource;
  };
  const send = async (username: string, id: string, event: Record<string, unknown>) => {
    const response = await client.post(username, `${path(id)}/events`, event);
    if (response.status !== 200)
      throw new Error(
        `${String(event['type'])} por ${username}: ${response.status} ${response.text}`,
      );
    return response.body as ModificationResource;
  };
  const read = async (username: string, id: string) =>
    (await client.get(username, path(id))).body as ModificationResource;
  const total = async (username = 'mml.gdu') =>
    ((await client.get(username, BUDGET_MODIFICATIONS)).body as { total: number }).total;
  const favourable = {
    type: 'TECHNICAL_REPORT',
    favorable: true,
    reportRef: 'Informe Técnico N° 045-2026-MML/GPP',
  };

  it('approved by the Gerente by delegation: a draft RGM, linked both ways, that signs normally and formalizes the request with its number', async () => {
    const created = await create();
    expect(created).toMatchObject({
      state: 'draft',
      amountCents: 15000050,
      amount: 'S/ 150,000.50',
    });
    expect(created.managerDelegation.held).toBe(true);
    await send('mml.gdu', created.id, { type: 'SUBMIT' });
    const reported = await send('mml.presupuesto', created.id, favourable);
    expect(reported.state).toBe('manager_decision');
    expect(reported.allowedEvents).toEqual([]); // OPP's member decides nothing here
    const gerente = await read('mml.gerente', created.id);
    expect(gerente.allowedEvents.sort()).toEqual(['APPROVE', 'REJECT']);
    const approved = await send('mml.gerente', created.id, { type: 'APPROVE' });
    expect(approved.state).toBe('resolution_in_progress');
    expect(approved.resolutionId).toEqual(expect.any(String));

    const draft = (await client.get('mml.gdu', resolutionPath(approved.resolutionId ?? '')))
      .body as ResolutionResource & Record<string, unknown>;
    expect(draft).toMatchObject({
      state: 'draft',
      scope: 'particular',
      hasBudgetImpact: true,
      origin: { kind: 'budget-modifications', id: created.id },
    });
    expect((draft['vistos'] as string[]).join(' ')).toContain(
      'Informe Técnico N° 045-2026-MML/GPP',
    );
    expect((draft['considerandos'] as string[]).join(' ')).toContain('1440');
    expect((draft['articles'] as string[])[0]).toMatch(/^APROBAR .*S\/ 150,000\.50/);

    const signed = await driveTo(client, draft, 'signed');
    expect(signed.number).toMatch(/RESOLUCIÓN DE GERENCIA MUNICIPAL/);
    const formalized = await client.eventually(async () => {
      const m = await read('mml.gdu', created.id);
      return m.state === 'formalized' ? m : undefined;
    }, 'la firma de la RGM llega a la solicitud');
    expect(formalized.formalization).toMatchObject({
      kind: 'resolucion_gerencia_municipal',
      number: signed.number,
      resolutionId: signed.id,
    });
  });

  it('an unfavourable report returns it to the unit with its observations; it is submitted again', async () => {
    const created = await create();
    await send('mml.gdu', created.id, { type: 'SUBMIT' });
    const returned = await send('mml.presupuesto', created.id, {
      type: 'TECHNICAL_REPORT',
      favorable: false,
      reportRef: 'Informe Técnico N° 046-2026-MML/GPP',
      observations: 'La específica de origen no tiene saldo disponible.',
    });
    expect(returned.state).toBe('draft');
    expect(returned.returns[0]).toMatchObject({
      reason: 'La específica de origen no tiene saldo disponible.',
    });
    expect((await send('mml.gdu', created.id, { type: 'SUBMIT' })).state).toBe('opp_report');
    // Without observations an unfavourable report is refused, naming the field.
    const bad = await client.post('mml.presupuesto', `${path(created.id)}/events`, {
      type: 'TECHNICAL_REPORT',
      favorable: false,
      reportRef: 'Informe Técnico N° 047-2026-MML/GPP',
    });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(fields(bad.body)).toContain('observations');
  });

  it('the Gerente rejects; the unit withdraws a draft', async () => {
    const created = await create();
    await send('mml.gdu', created.id, { type: 'SUBMIT' });
    await send('mml.presupuesto', created.id, favourable);
    const rejected = await send('mml.gerente', created.id, {
      type: 'REJECT',
      reason: 'No es prioritario.',
    });
    expect(rejected).toMatchObject({ state: 'rejected', rejection: { by: 'gerente' } });
    const other = await create();
    expect((await send('mml.gdu', other.id, { type: 'WITHDRAW' })).state).toBe('withdrawn');
  });

  it('a crédito suplementario is not delegated in Lima: APPROVE 409, ELEVATE to the Alcalde, who approves by Resolución de Alcaldía', async () => {
    const created = await create({ modality: 'credito_suplementario', fromLine: undefined });
    expect(created.managerDelegation.held).toBe(false);
    await send('mml.gdu', created.id, { type: 'SUBMIT' });
    await send('mml.presupuesto', created.id, favourable);
    const refused = await client.post('mml.gerente', `${path(created.id)}/events`, {
      type: 'APPROVE',
    });
    expectProblem(refused, 409, 'MAYOR_APPROVAL_REQUIRED');
    expect((await send('mml.gerente', created.id, { type: 'ELEVATE' })).state).toBe(
      'mayor_decision',
    );
    const approved = await send('mml.alcalde', created.id, {
      type: 'APPROVE_BY_MAYOR',
      resolutionRef: 'Resolución de Alcaldía N° 120-2026-MML',
    });
    expect(approved).toMatchObject({
      state: 'approved',
      resolutionId: null,
      formalization: {
        kind: 'resolucion_alcaldia',
        number: 'Resolución de Alcaldía N° 120-2026-MML',
      },
    });
  });

  it('Megantoni delegates nothing: the Gerente elevates, the Alcalde rejects', async () => {
    const created = await create({}, 'megantoni.gdu');
    expect(created.managerDelegation.held).toBe(false);
    await send('megantoni.gdu', created.id, { type: 'SUBMIT' });
    await send('megantoni.presupuesto', created.id, favourable);
    const elevated = await send('megantoni.gerente', created.id, {
      type: 'ELEVATE',
      memoRef: 'Memorando N° 10-2026-GG/MDM',
    });
    expect(elevated.state).toBe('mayor_decision');
    const rejected = await send('megantoni.alcalde', created.id, {
      type: 'REJECT',
      reason: 'Sin saldo.',
    });
    expect(rejected).toMatchObject({ state: 'rejected', rejection: { by: 'alcalde' } });
  });

  it.each([
    ['amount', { amount: '-10.00' }],
    ['amount', { amount: '0' }],
    ['amount', { amount: 'diez' }],
    ['amount', { amount: '10.505' }],
    ['toLine.program', { toLine: { ...(body()['toLine'] as object), program: '36' } }],
    ['toLine.expenseItem', { toLine: { ...(body()['toLine'] as object), expenseItem: '1.3.1' } }],
    ['fromLine', { fromLine: undefined }],
    ['modality', { modality: undefined }],
    ['fundingSource', { fundingSource: 'canon' }],
  ])('bad input → 400 naming %s, nothing written', async (field, overrides) => {
    const before = await total();
    const response = await client.post('mml.gdu', BUDGET_MODIFICATIONS, body(overrides));
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(fields(response.body)).toContain(field);
    expect(await total()).toBe(before);
  });

  it('ADMIN never acts (403); nobody decides on their own submission; another municipality gets 404; OPP does not ask', async () => {
    const admin = await client.post('mml.admin', BUDGET_MODIFICATIONS, body());
    expect(admin.status).toBe(403);
    const opp = await client.post('mml.presupuesto', BUDGET_MODIFICATIONS, body());
    expectProblem(opp, 403, 'REQUESTING_UNIT_NOT_ALLOWED');
    const created = await create();
    await send('mml.gdu', created.id, { type: 'SUBMIT' });
    expectProblem(
      await client.post('mml.admin', `${path(created.id)}/events`, favourable),
      403,
      'ADMIN_DOES_NOT_ACT',
    );
    expect((await client.post('mml.gsc', `${path(created.id)}/events`, favourable)).status).toBe(
      403,
    );
    expect((await client.get('megantoni.gerente', path(created.id))).status).toBe(404);
    expect(
      (await client.post('megantoni.presupuesto', `${path(created.id)}/events`, favourable)).status,
    ).toBe(404);
  });

  it('the RGM withdrawn by the unit returns the request to the Gerente, who approves again: a new RGM; the withdrawn one no longer counts', async () => {
    const created = await create();
    await send('mml.gdu', created.id, { type: 'SUBMIT' });
    await send('mml.presupuesto', created.id, favourable);
    const approved = await send('mml.gerente', created.id, { type: 'APPROVE' });
    const first = approved.resolutionId ?? '';
    // The requesting unit drafted the RGM: it withdraws it, and the system tells the request.
    const withdrawn = await client.post('mml.gdu', `${resolutionPath(first)}/events`, {
      type: 'WITHDRAW',
      reason: 'El monto debe ajustarse al nuevo informe.',
    });
    expect(withdrawn.status).toBe(200);
    expect((withdrawn.body as ResolutionResource).state).toBe('withdrawn');
    const back = await client.eventually(async () => {
      const m = await read('mml.gerente', created.id);
      return m.state === 'manager_decision' ? m : undefined;
    }, 'el retiro de la RGM llega a la solicitud');
    expect(back).toMatchObject({
      resolutionId: null,
      approval: null,
      formalization: null,
      withdrawnResolutions: [first],
    });
    expect(back.allowedEvents.sort()).toEqual(['APPROVE', 'REJECT']);
    const history = (await client.get('mml.gdu', `${path(created.id)}/history`)).body as Array<{
      type: string;
      from: string | null;
      to: string | null;
      actor: string;
    }>;
    expect(history.find((h) => h.type === 'RESOLUTION_WITHDRAWN')).toMatchObject({
      from: 'resolution_in_progress',
      to: 'manager_decision',
    });

    // Nobody sends what only the RGM's own instance sends: 400, nothing written.
    const version = back.version;
    const forged = await client.post('mml.gerente', `${path(created.id)}/events`, {
      type: 'RESOLUTION_SIGNED',
      resolutionId: first,
      number: 'RGM N° 999',
    });
    expectProblem(forged, 400, 'VALIDATION_FAILED');
    expect((await read('mml.gdu', created.id)).version).toBe(version);

    const again = await send('mml.gerente', created.id, { type: 'APPROVE' });
    expect(again.state).toBe('resolution_in_progress');
    expect(again.resolutionId).toEqual(expect.any(String));
    expect(again.resolutionId).not.toBe(first);
    const draft = (await client.get('mml.gdu', resolutionPath(again.resolutionId ?? '')))
      .body as ResolutionResource;
    const signed = await driveTo(client, draft, 'signed');
    const formalized = await client.eventually(async () => {
      const m = await read('mml.gdu', created.id);
      return m.state === 'formalized' ? m : undefined;
    }, 'la firma de la nueva RGM llega a la solicitud');
    expect(formalized).toMatchObject({
      withdrawnResolutions: [first],
      formalization: { resolutionId: signed.id, number: signed.number },
    });
  });

  it('OWN_SUBMISSION: whoever drafted and submitted a request does not report on it, even after moving to Planeamiento y Presupuesto (403, nothing written)', async () => {
    // A member of the GDU drafts and submits; the ADMIN then moves him to the OPP.
    const units = (await client.get('mml.admin', '/api/v1/units')).body as {
      items: Array<{ id: string; code: string; kind: string }>;
    };
    const unit = (kind: string) => units.items.find((u) => u.kind === kind)?.id ?? '';
    const password = 'quena antigua junto al lago sereno';
    const made = await client.post('mml.admin', '/api/v1/admin/users', {
      username: 'mml.movido',
      fullName: 'Analista de Presupuesto de Prueba',
      post: 'Analista',
      unitId: await unitOf(client, 'mml.gdu'),
      roles: ['GERENCIA'],
      password,
    });
    expect(made.status).toBe(201);
    const analyst = (made.body as { id: string }).id;
    const as = async (method: 'get' | 'post', url: string, payload?: object) => {
      const token = await t.login('mml.movido', password);
      const request = t.http[method](url).auth(token, { type: 'bearer' });
      return payload ? request.send(payload) : request;
    };
    const created = await as('post', BUDGET_MODIFICATIONS, body());
    expect(created.status).toBe(201);
    const id = (created.body as ModificationResource).id;
    expect((await as('post', `${path(id)}/events`, { type: 'SUBMIT' })).status).toBe(200);
    const patched = await t.http
      .patch(`/api/v1/admin/users/${analyst}`)
      .auth(await client.token('mml.admin'), { type: 'bearer' })
      .send({ unitId: unit('planeamiento_presupuesto'), roles: ['PLANEAMIENTO_PRESUPUESTO'] });
    expect(patched.status).toBe(200);

    const before = await read('mml.gdu', id);
    const own = await as('post', `${path(id)}/events`, favourable);
    expectProblem(own, 403, 'OWN_SUBMISSION');
    expect((own.body as { detail: string }).detail).toMatch(/separación de funciones/);
    expect(((await as('get', path(id))).body as ModificationResource).allowedEvents).toEqual([]);
    expect(await read('mml.gdu', id)).toMatchObject({
      state: 'opp_report',
      version: before.version,
    });
    // Another member of the OPP reports on it; and he, now in the OPP, on a request of someone else.
    expect((await send('mml.presupuesto', id, favourable)).state).toBe('manager_decision');
    const other = await create();
    await send('mml.gdu', other.id, { type: 'SUBMIT' });
    expect(((await as('get', path(other.id))).body as ModificationResource).allowedEvents).toEqual([
      'TECHNICAL_REPORT',
    ]);
    const report = await as('post', `${path(other.id)}/events`, favourable);
    expect(report.status).toBe(200);
    expect((report.body as ModificationResource).state).toBe('manager_decision');
  });
});
