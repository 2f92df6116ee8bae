import type { Response, Test } from 'supertest';
import { expectProblem } from './support/problems.js';
import {
  clientSteps,
  CONVENIOS,
  convenioBody,
  type ConvenioResource,
  driveConvenio,
} from './support/convenios.js';
import { createMandate } from './support/mandates.js';
import { type OpenApiDocument, ResponseContract } from './support/openapi-responses.js';
import {
  clockNow,
  createResolution,
  driveTo,
  eventsPath,
  resolutionIn,
  type ResolutionResource,
  RESOLUTIONS,
  resolutionPath,
  sendEvent,
  today,
  whoIs,
} from './support/resolutions.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';
import { type Resource, WorkflowClient } from './support/workflow-client.js';

// Every answer these tests receive is checked against the OpenAPI document the app publishes:
// its status is declared, its body validates against the declared schema (2xx strictly: a field
// the document does not list is an error), and the headers it says are always sent are there.
// The workflow instances go through every state of their kind, so each kind's schema is checked
// with the fields that only appear late in its life (number, signature, remedy, firmAt…).

/** A WorkflowClient whose every answer is checked against the document. */
class CheckedClient extends WorkflowClient {
  constructor(
    t: TestApp,
    private readonly check: (method: string, path: string, response: Response) => void,
  ) {
    super(t);
  }

  override async post(
    username: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await super.post(username, path, body, headers);
    this.check('POST', path, response);
    return response;
  }

  override async get(username: string, path: string) {
    const response = await super.get(username, path);
    this.check('GET', path, response);
    return response;
  }
}

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');

describe('OpenAPI: real answers validate against the published document', () => {
  let t: TestApp;
  let contract: ResponseContract;
  let client: CheckedClient;
  let document: OpenApiDocument;
  const problems: string[] = [];
  /** `kind:state` of every workflow resource received. */
  const states = new Set<string>();

  const record = (body: unknown) => {
    const items = (body as { items?: unknown[] } | null)?.items ?? [body];
    for (const item of items) {
      const r = item as { kind?: unknown; state?: unknown } | null;
      if (typeof r?.kind === 'string' && typeof r.state === 'string')
        states.add(`${r.kind}:${r.state}`);
    }
  };
  const check = (method: string, path: string, response: Response) => {
    problems.push(...contract.problems(method, path, response));
    if (response.status < 300) record(response.body);
  };
  /** Any request, checked: `build` gets the agent and returns the request. */
  const call = async (
    method: 'get' | 'post' | 'patch' | 'delete',
    path: string,
    user?: string,
    build: (request: Test) => Test = (r) => r,
  ): Promise<Response> => {
    let request = t.http[method](path);
    if (user) request = request.auth(await client.token(user), { type: 'bearer' });
    const response = await build(request);
    check(method.toUpperCase(), path, response);
    return response;
  };
  const conforms = () => expect(problems.splice(0)).toEqual([]);
  const stateEnum = (schema: string) =>
    (
      document.components.schemas[schema] as {
        properties: { state: { enum: string[] } };
      }
    ).properties.state.enum;

  beforeAll(async () => {
    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      PUBLIC_URL: 'https://despacho.example.pe',
      EXPOSE_METRICS: 'true',
    });
    document = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
    contract = new ResponseContract(document);
    client = new CheckedClient(t, check);
    // Tuesday 1 December 2026, 10:00 in Lima.
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  it('sessions, directory and calendar', async () => {
    const login = await call('post', '/api/v1/auth/login', undefined, (r) =>
      r.send({ username: 'mml.gdu', password: DEMO_PASSWORD }),
    );
    expect(login.status).toBe(200);
    expect(login.headers['x-ratelimit-limit']).toBeDefined();
    const token = (login.body as { accessToken: string }).accessToken;
    const bearer = (r: Test) => r.auth(token, { type: 'bearer' });
    expect((await call('post', '/api/v1/auth/refresh', undefined, bearer)).status).toBe(200);
    expect((await call('get', '/api/v1/me', undefined, bearer)).status).toBe(200);
    expect((await call('post', '/api/v1/auth/logout', undefined, bearer)).status).toBe(204);
    expect((await call('get', '/api/v1/me', undefined, bearer)).status).toBe(401);
    // A request id given is echoed; none given, one is made.
    const traced = await call('get', '/api/v1/me', 'mml.gdu', (r) =>
      r.set('X-Request-Id', 'consola-123'),
    );
    expect(traced.headers['x-request-id']).toBe('consola-123');

    const units = await call('get', '/api/v1/units', 'mml.gdu');
    const unitId = (units.body as { items: Array<{ id: string }> }).items[0]?.id ?? '';
    await call('get', `/api/v1/units/${unitId}`, 'mml.gdu');
    const users = await call('get', '/api/v1/users?pageSize=5', 'mml.gdu');
    const userId = (users.body as { items: Array<{ id: string }> }).items[0]?.id ?? '';
    await call('get', `/api/v1/users/${userId}`, 'mml.gdu');
    await call('get', '/api/v1/users/6f1c2a7e-4b7d-4c1e-9a55-0d6b1f1e2a3b', 'mml.gdu');
    await call('get', '/api/v1/users/no-es-un-id', 'mml.gdu');

    await call('get', '/api/v1/calendar/holidays?year=2026', 'mml.gdu');
    await call('get', '/api/v1/calendar/deadline?from=2026-12-01&days=3', 'mml.gdu');
    const added = await call('post', '/api/v1/calendar/non-working-days', 'mml.admin', (r) =>
      r.send({ date: '2026-12-30', name: 'Día no laborable', source: 'Ordenanza N° 100-2026' }),
    );
    expect(added.status).toBe(201);
    const removed = await call(
      'delete',
      `/api/v1/calendar/non-working-days/${(added.body as { id: string }).id}`,
      'mml.admin',
    );
    expect(removed.status).toBe(200);

    await call('get', '/health');
    await call('get', '/health', 'mml.admin');
    await call('get', '/metrics');
    await call('get', '/api/v1/admin/clock', 'mml.admin');
    await call('get', '/api/v1/admin/clock', 'mml.gdu');
    const queued = await call('post', '/api/v1/admin/queue-checks', 'mml.admin');
    expect(queued.status).toBe(201);
    await call(
      'get',
      `/api/v1/admin/queue-checks/${(queued.body as { id: string }).id}`,
      'mml.admin',
    );

    const people = await call('get', '/api/v1/admin/users?pageSize=100', 'mml.admin');
    const gdu = (people.body as { items: Array<{ id: string; username: string }> }).items.find(
      (u) => u.username === 'mml.gdu',
    );
    await call('get', `/api/v1/admin/users/${gdu?.id ?? ''}`, 'mml.admin');

    // An account's life: created, changed, deactivated, reactivated, its password set and changed.
    const legal = await client.unitId('mml.admin', 'GAJ');
    const created = await call('post', '/api/v1/admin/users', 'mml.admin', (r) =>
      r.send({
        username: 'mml.contrato',
        fullName: 'Juana Pérez del Águila',
        post: 'Especialista legal',
        unitId: legal,
        roles: ['ASESORIA_JURIDICA'],
        password: 'río hablador bajo tres puentes',
      }),
    );
    expect(created.status).toBe(201);
    const account = `/api/v1/admin/users/${(created.body as { id: string }).id}`;
    await call('patch', account, 'mml.admin', (r) => r.send({ post: 'Abogada' }));
    await call('post', `${account}/deactivate`, 'mml.admin', (r) =>
      r.send({ reason: 'Licencia.' }),
    );
    await call('post', `${account}/reactivate`, 'mml.admin');
    const reset = await call('post', `${account}/password`, 'mml.admin', (r) =>
      r.send({ password: 'cóndor lento sobre nevado gris' }),
    );
    expect(reset.status).toBe(204);
    const own = await call('post', '/api/v1/auth/login', undefined, (r) =>
      r.send({ username: 'mml.contrato', password: 'cóndor lento sobre nevado gris' }),
    );
    const ownToken = (own.body as { accessToken: string }).accessToken;
    const changed = await call('post', '/api/v1/me/password', undefined, (r) =>
      r.auth(ownToken, { type: 'bearer' }).send({
        currentPassword: 'cóndor lento sobre nevado gris',
        newPassword: 'llama parda junto al lago azul',
      }),
    );
    expect(changed.status).toBe(204);
    await call('post', '/api/v1/admin/users', 'mml.admin', (r) =>
      r.send({ username: 'mml.contrato', fullName: 'x', post: 'x', unitId: legal, roles: [] }),
    );
    conforms();
  });

  it('mandates in every state, with idempotent replays and version conflicts', async () => {
    const key = { 'Idempotency-Key': 'encargo-contrato-001' };
    const body = {
      title: 'Informe de avance de obras',
      instructions: 'Consolidar el avance físico y financiero de las obras de pistas y veredas.',
      source: 'reunion',
      responsibleUnitId: await client.unitId('mml.gerente', 'GDU'),
      term: { days: 5, unit: 'business' },
    };
    const created = await client.post('mml.gerente', '/api/v1/mandates', body, key);
    expect(created.status).toBe(201);
    const open = created.body as Resource;
    expect(open['sourceReference']).toBeNull();
    const replay = await client.post('mml.gerente', '/api/v1/mandates', body, key);
    expect([replay.status, replay.headers['idempotent-replayed']]).toEqual([201, 'true']);
    expectProblem(
      await client.post('mml.gerente', '/api/v1/mandates', { ...body, title: 'Otro' }, key),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );

    const path = (id: string) => `/api/v1/mandates/${id}`;
    const send = async (user: string, id: string, event: object, headers = {}) => {
      const response = await client.post(user, `${path(id)}/events`, event, headers);
      expect(response.status).toBe(200);
      return response.body as Resource;
    };
    let m = await send('mml.gdu', open.id, {
      type: 'REPORT_PROGRESS',
      note: 'Tres de cinco obras.',
      percent: 60,
    });
    expect(m['progressPercent']).toBe(60);
    await client.get('mml.gdu', `${path(m.id)}/deadlines`);
    const stale = await client.post(
      'mml.gdu',
      `${path(open.id)}/events`,
      { type: 'REPORT_PROGRESS', note: 'Otra' },
      { 'If-Match': '"1"' },
    );
    expectProblem(stale, 412, 'VERSION_CONFLICT');
    m = await send(
      'mml.gdu',
      m.id,
      { type: 'SUBMIT', evidence: 'Informe N° 120-2026-MML/GDU' },
      {
        'If-Match': `"${m.version}"`,
      },
    );
    expect(m.state).toBe('review');
    m = await send('mml.gerente', m.id, { type: 'RETURN', reason: 'Falta el avance financiero.' });
    expect(m.state).toBe('open');
    m = await send('mml.gdu', m.id, { type: 'SUBMIT', evidence: 'Informe N° 121-2026-MML/GDU' });
    m = await send('mml.gerente', m.id, { type: 'ACCEPT' });
    expect(m.state).toBe('closed');
    const cancelled = await send('mml.gerente', (await createMandate(client)).id, {
      type: 'CANCEL',
      reason: 'Se atendió en la reunión.',
    });
    expect(cancelled.state).toBe('cancelled');
    expectProblem(
      await client.post('mml.gerente', `${path(m.id)}/events`, { type: 'ACCEPT' }),
      409,
      'TRANSITION_NOT_ALLOWED',
    );
    expectProblem(
      await client.post('mml.gdu', `${path(cancelled.id)}/events`, { type: 'NADA' }),
      400,
      'VALIDATION_FAILED',
    );

    await client.get('mml.gerente', '/api/v1/mandates?pageSize=100');
    await client.get('mml.gerente', '/api/v1/mandates?state=closed');
    await client.get('mml.gerente', `${path(m.id)}/history`);
    await client.get('mml.gerente', `${path(m.id)}/deadlines`);
    await client.get('mml.gerente', path('6f1c2a7e-4b7d-4c1e-9a55-0d6b1f1e2a3b'));
    for (const state of stateEnum('MandatesResourceDto'))
      expect([state, states.has(`mandates:${state}`)]).toEqual([state, true]);
    conforms();
  });

  it('resolutions in every state, signed by its Gerente and by delegation, with their document and attachments', async () => {
    const day = await today(client);
    const draft = await createResolution(client);
    await client.get('mml.gdu', resolutionPath(draft.id));

    // Returned by legal, observed with an unfavourable opinion.
    let returned = await driveTo(client, await createResolution(client), 'legal_review');
    returned = await sendEvent(client, 'mml.juridica', returned.id, {
      type: 'RETURN',
      reason: 'Falta el informe técnico.',
    });
    const observed = await sendEvent(
      client,
      'mml.juridica',
      (await resolutionIn(client, 'legal_review')).id,
      { type: 'LEGAL_OPINION', favorable: false, reportRef: 'Informe N° 1-2026', reasons: 'No.' },
    );
    expect([returned.state, observed.state]).toEqual(['observed', 'observed']);

    // In visas with one visa given (and the hash it approved).
    const visas = await resolutionIn(client, 'visas');
    await sendEvent(client, 'mml.gdu', visas.id, { type: 'VISA', contentHash: visas.contentHash });
    await resolutionIn(client, 'ready_to_sign');

    // Signed in the signer's own right, by delegation de firma of the Gerente (to Planeamiento y
    // Presupuesto, a unit that depends on him: TUO Art. 83.1; not Secretaría General, D10), and by
    // the Gerente under a delegación de competencia of the Alcalde (the profile's appeal setting
    // goes with the signature).
    const signed = await resolutionIn(client, 'signed');
    expect(signed.number).toEqual(expect.any(String));
    const presupuesto = await whoIs(client, 'mml.presupuesto');
    const delegation = await call('post', '/api/v1/admin/delegations', 'mml.admin', (r) =>
      r.send({
        kind: 'delegacion_firma',
        delegatorRole: 'GERENTE_MUNICIPAL',
        delegatorPost: 'Gerente Municipal Metropolitano',
        delegateUserId: presupuesto.id,
        instrument: 'Resolución de Gerencia Municipal N° 0100-2026-MML/GMM',
        subjects: ['resoluciones_gerencia_municipal'],
        validFrom: day,
      }),
    );
    expect(delegation.status).toBe(201);
    const delegated = await resolutionIn(client, 'signed', {}, { signer: 'mml.presupuesto' });
    expect(delegated.signature?.mode).toBe('delegacion_firma');
    const delegationId = (delegation.body as { id: string }).id;
    await call('get', '/api/v1/admin/delegations?pageSize=100', 'mml.admin');
    await call('get', `/api/v1/admin/delegations/${delegationId}`, 'mml.admin');
    await call('post', `/api/v1/admin/delegations/${delegationId}/revoke`, 'mml.admin', (r) =>
      r.send({ reason: 'Vuelve el titular.' }),
    );
    const gerente = await whoIs(client, 'mml.gerente');
    const competencia = await call('post', '/api/v1/admin/delegations', 'mml.admin', (r) =>
      r.send({
        kind: 'delegacion_competencia',
        delegatorRole: 'ALCALDE',
        delegatorPost: 'Alcalde Metropolitano de Lima',
        delegateUserId: gerente.id,
        instrument: 'Resolución de Alcaldía N° 010-2026-MML',
        subjects: ['resoluciones_gerencia_municipal'],
        validFrom: day,
      }),
    );
    expect(competencia.status).toBe(201);
    const competenciaId = (competencia.body as { id: string }).id;
    const forAlcalde = await resolutionIn(
      client,
      'signed',
      {},
      { sign: { delegationId: competenciaId } },
    );
    expect(forAlcalde.signature).toMatchObject({
      mode: 'delegacion_competencia',
      delegatedActsAppeal: { allowed: false },
    });
    await call('post', `/api/v1/admin/delegations/${competenciaId}/revoke`, 'mml.admin', (r) =>
      r.send({ reason: 'Concluye la delegación.' }),
    );

    // The signed PDF and the public verification of its printed copy.
    const pdf = await call('get', `${RESOLUTIONS}/${signed.id}/document`, 'mml.gdu', (r) =>
      r.buffer(true),
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers['etag']).toBe(`"${signed.documentSha256 ?? ''}"`);
    const verified = await call(
      'get',
      `/api/v1/public/verify/${encodeURIComponent(signed.verificationCode ?? '')}`,
    );
    expect(verified.body).toMatchObject({ valid: true, number: signed.number });
    await call('get', '/api/v1/public/verify/NO-EXISTE');

    // Notified and published; a remedy filed, resolved, its decision served, and another one pending.
    const notified = await resolutionIn(client, 'notified');
    const published = await resolutionIn(
      client,
      'published',
      { scope: 'general', hasBudgetImpact: false, addressees: [] },
      {},
    );
    const now = await clockNow(client);
    const andes = 'Constructora Los Andes S.A.C.';
    const twoParties = await resolutionIn(client, 'notified', {
      hasBudgetImpact: false,
      addressees: [
        { name: andes, documentId: '20512345678', email: null },
        { name: 'Inversiones Pampa Verde S.A.', documentId: '20598765432', email: null },
      ],
    });
    const reconsidered = await sendEvent(client, 'mml.gdu', twoParties.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: now,
      filedBy: andes,
    });
    expect(reconsidered.state).toBe('under_remedy');
    // The other party, within its own window, while the first one's remedy is in progress.
    const both = await sendEvent(client, 'mml.gdu', twoParties.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: now,
      filedBy: 'Inversiones Pampa Verde S.A.',
    });
    expect(both.pending).toHaveLength(2);
    const rejected = await sendEvent(client, 'mml.gerente', twoParties.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
      filedBy: andes,
    });
    expect([rejected.state, rejected.pending.length]).toEqual(['under_remedy', 1]);
    const partly = await sendEvent(client, 'mml.gerente', twoParties.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'fundado_en_parte',
      instrument: 'Resolución de Gerencia Municipal N° 0102-2026-MML/GMM',
      modification: 'Se reduce la ampliación de plazo a veinte días calendario.',
      filedBy: 'Inversiones Pampa Verde S.A.',
    });
    expect([partly.state, partly.remedies.length]).toEqual(['notified', 2]);
    expect(partly.links.map((l) => l.type)).toContain('modificada_por');
    // Served to the first party: its term to appeal runs from then; it appeals.
    let served = await sendEvent(client, 'mml.gdu', twoParties.id, {
      type: 'NOTIFY_DECISION',
      channel: 'personal',
      servedAt: now,
      remedy: 0,
    });
    expect(served.windows.map((w) => w.status)).toEqual(['open', 'awaiting_notice']);
    served = await sendEvent(client, 'mml.gdu', twoParties.id, {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: now,
      filedBy: andes,
    });
    expect(served.pending).toEqual([expect.objectContaining({ kind: 'apelacion', party: '0' })]);
    // The cédulas: of each addressee, of each decision; none for a position that does not exist.
    const cedula = (path: string) =>
      call('get', `${RESOLUTIONS}/${twoParties.id}${path}`, 'mml.gdu', (r) => r.buffer(true));
    for (const path of ['/notices/0', '/notices/1', '/remedies/0/notice', '/remedies/1/notice'])
      expect([path, (await cedula(path)).status]).toEqual([path, 200]);
    expect((await cedula('/notices/5')).status).toBe(404);
    expect((await cedula('/remedies/9/notice')).status).toBe(404);
    expect((await cedula('/notices/uno')).status).toBe(400);
    await sendEvent(client, 'mml.gdu', published.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: now,
      filedBy: 'Juan Carlos Mamani Quispe',
    });
    // An act still run by machine version 1 (created before per-party windows) answers in the
    // shape that version records: its notification and remedy are the documented V1 alternatives.
    const legacy = await resolutionIn(client, 'signed');
    await t.query(
      `UPDATE workflow_instances SET machine_version = 1, context = context - 'windows' - 'firmProvisionalUntil' WHERE id = $1`,
      [legacy.id],
    );
    await sendEvent(client, 'mml.gdu', legacy.id, {
      type: 'NOTIFY',
      addressee: andes,
      channel: 'personal',
      servedAt: now,
    });
    await sendEvent(client, 'mml.gdu', legacy.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: now,
      filedBy: andes,
    });
    const old = await sendEvent(client, 'mml.gerente', legacy.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
    });
    expect(old).not.toHaveProperty('windows');
    expect(old.remedies).toEqual([expect.objectContaining({ filedAt: day })]);

    // D9: a nulidad de oficio under review, its traslado served and argued; an act of general
    // scope (no traslado) annulled, another revoked; rectified by a linked draft; withdrawn
    // before signature.
    const general = { scope: 'general', hasBudgetImpact: false, addressees: [] };
    const reviewed = await resolutionIn(client, 'notified');
    await sendEvent(client, 'mml.alcalde', reviewed.id, {
      type: 'START_ANNULMENT',
      reason: 'Vicio en el procedimiento.',
      grounds: 'Art. 10.2 TUO Ley 27444: se omitió el informe técnico.',
    });
    const party = (reviewed['addressees'] as Array<{ name: string }>)[0]?.name ?? '';
    await sendEvent(client, 'mml.gdu', reviewed.id, {
      type: 'SERVE_HEARING',
      addressee: party,
      channel: 'personal',
      servedAt: await clockNow(client),
    });
    const argued = await sendEvent(client, 'mml.gdu', reviewed.id, {
      type: 'FILE_ARGUMENTS',
      filedBy: party,
      filedAt: await clockNow(client),
      summary: 'Sostiene que el informe técnico obra en el expediente.',
    });
    expect(argued.state).toBe('under_review');
    const toAnnul = await resolutionIn(client, 'published', general, {});
    await sendEvent(client, 'mml.alcalde', toAnnul.id, {
      type: 'START_ANNULMENT',
      reason: 'Vicio en el procedimiento.',
      grounds: 'Art. 10.2 TUO Ley 27444.',
    });
    await sendEvent(client, 'mml.alcalde', toAnnul.id, {
      type: 'ANNUL',
      reason: 'Vicio en el procedimiento.',
      instrument: 'Resolución de Alcaldía N° 120-2026-MML',
    });
    const toRevoke = await resolutionIn(client, 'published', general, {});
    await sendEvent(client, 'mml.alcalde', toRevoke.id, {
      type: 'START_REVOCATION',
      reason: 'Desaparecieron las condiciones del acto.',
      cause: '214.1.2',
      grounds: 'Oficio N° 033-2026-SBN.',
    });
    const revoked = await sendEvent(client, 'mml.alcalde', toRevoke.id, {
      type: 'REVOKE',
      reason: 'Se revoca con efectos a partir de su notificación.',
      instrument: 'Resolución de Alcaldía N° 121-2026-MML',
    });
    expect(revoked.state).toBe('revoked');
    const rectified = await sendEvent(client, 'mml.gdu', signed.id, { type: 'RECTIFY' });
    const fix = rectified.links.find((l) => l.type === 'rectificada_por')?.resolutionId ?? '';
    expect((await client.get('mml.gdu', resolutionPath(fix))).body).toMatchObject({
      rectifies: signed.id,
    });
    await sendEvent(client, 'mml.gdu', (await createResolution(client)).id, {
      type: 'WITHDRAW',
      reason: 'Se atendió por otra vía.',
    });

    // Attachments of a draft, the file itself, and a cached copy.
    const uploaded = await call('post', `${RESOLUTIONS}/${draft.id}/attachments`, 'mml.gdu', (r) =>
      r.field('kind', 'informe').attach('file', PDF, 'informe-tecnico.pdf'),
    );
    expect(uploaded.status).toBe(201);
    const attachment = uploaded.body as { id: string; sha256: string };
    const base = `${RESOLUTIONS}/${draft.id}/attachments`;
    await call('get', base, 'mml.gdu');
    await call('get', `${base}/${attachment.id}`, 'mml.gdu');
    const content = await call('get', `${base}/${attachment.id}/content`, 'mml.gdu', (r) =>
      r.buffer(true),
    );
    expect(content.status).toBe(200);
    const cached = await call('get', `${base}/${attachment.id}/content`, 'mml.gdu', (r) =>
      r.set('If-None-Match', `"${attachment.sha256}"`),
    );
    expect(cached.status).toBe(304);

    // When the window for remedies ends, the act is firm; overdue terms alert their units.
    const window = notified.deadlines[0];
    if (!window) throw new Error('sin plazo de recursos');
    await client.setClock(window.dueAt);
    const firm = (await client.get('mml.gdu', resolutionPath(notified.id)))
      .body as ResolutionResource;
    expect(firm.state).toBe('firm');

    for (const r of [draft, signed, delegated, notified])
      await client.get('mml.gdu', `${resolutionPath(r.id)}/history`);
    await client.get('mml.gdu', `${RESOLUTIONS}?pageSize=100`);
    await client.get('mml.gdu', `${RESOLUTIONS}?state=under_remedy&year=2026`);
    await client.get('mml.gdu', `${RESOLUTIONS}?q=mercado`);
    // Summaries, the capped total and the cursor of the next page, with and without a search.
    for (const query of ['pageSize=2', 'pageSize=1&q=mercado']) {
      const first = await client.get('mml.gdu', `${RESOLUTIONS}?${query}`);
      const next = (first.body as { nextCursor: string | null }).nextCursor;
      expect(next).toEqual(expect.any(String));
      const second = await client.get(
        'mml.gdu',
        `${RESOLUTIONS}?${query}&cursor=${encodeURIComponent(next ?? '')}`,
      );
      expect(second.status).toBe(200);
    }
    expectProblem(
      await client.get('mml.gdu', `${RESOLUTIONS}?cursor=no-es-un-cursor`),
      400,
      'VALIDATION_FAILED',
    );
    for (const state of stateEnum('ResolutionsResourceDto'))
      expect([state, states.has(`resolutions:${state}`)]).toEqual([state, true]);

    const version = (await client.get('mml.gdu', resolutionPath(draft.id))).headers['etag'];
    expect(version).toMatch(/^"\d+"$/);
    expectProblem(
      await client.post(
        'mml.gdu',
        eventsPath(draft.id),
        { type: 'SUBMIT' },
        { 'If-Match': '"99"' },
      ),
      412,
      'VERSION_CONFLICT',
    );
    conforms();
  });

  it('the inbox those terms filled, and the audit chain', async () => {
    const inbox = await call('get', '/api/v1/notifications?pageSize=100', 'mml.gdu');
    const items = (inbox.body as { items: Array<{ id: string }> }).items;
    expect(items.length).toBeGreaterThan(0);
    await call('post', `/api/v1/notifications/${items[0]?.id ?? ''}/read`, 'mml.gdu');
    await call('get', '/api/v1/notifications?unread=true', 'mml.gdu');
    await call('post', '/api/v1/notifications/read-all', 'mml.gdu');
    await call('get', '/api/v1/audit/verify', 'mml.admin');
    await call('get', '/api/v1/audit/verify', 'mml.gdu');
    conforms();
  });

  it('convenios in every state: the Concejo path, an adenda, a free exit, alerts and expiry', async () => {
    const path = (id: string) => `${CONVENIOS}/${id}`;
    const create = async (over: Record<string, unknown> = {}) => {
      const response = await client.post('mml.gdu', CONVENIOS, convenioBody(over));
      expect(response.status).toBe(201);
      return response.body as ConvenioResource;
    };
    const send = async (user: string, id: string, event: object) => {
      const response = await client.post(user, `${path(id)}/events`, event);
      expect(response.status).toBe(200);
      return response.body as ConvenioResource;
    };
    const drive = (
      c: ConvenioResource,
      target: Parameters<typeof driveConvenio>[1],
      adendas = false,
    ) =>
      driveConvenio(
        c,
        target,
        clientSteps(client, 'mml', () => c.id),
        'gdu',
        adendas,
      );
    for (const target of [
      'draft',
      'budget_certification',
      'legal_review',
      'management_conformity',
      'mayor_review',
      'awaiting_council',
      'approved',
    ] as const)
      await drive(await create(), target);
    await send('mml.gdu', (await create()).id, { type: 'WITHDRAW', reason: 'Desistió.' });
    await send('mml.secretaria', (await drive(await create(), 'awaiting_council')).id, {
      type: 'COUNCIL_REJECTED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 060-2026-MML',
      reason: 'No alcanzó la mayoría.',
    });
    // In force for two months: its alerts come, an adenda is signed, then it expires.
    const short = await drive(await create({ termMonths: 2 }), 'in_force', true);
    const withAdenda = await send('mml.gdu', short.id, {
      type: 'ADDENDUM',
      object: 'Precisar las metas del segundo mes',
    });
    const adenda = (await client.get('mml.gdu', path(withAdenda.addenda[0]?.instanceId ?? '')))
      .body as ConvenioResource;
    await send('mml.alcalde', (await drive(adenda, 'mayor_review')).id, { type: 'SIGN' });
    const exiting = await drive(await create(), 'in_force');
    await send('mml.gdu', exiting.id, {
      type: 'FREE_EXIT',
      party: 'contraparte',
      instrument: 'Carta N° 31-2026-UNI/R',
      noticeOn: short.inForceFrom,
    });
    await send('mml.alcalde', exiting.id, {
      type: 'MUTUAL_TERMINATION',
      reason: 'Se acordó terminarlo antes del preaviso.',
      instrument: 'Adenda de resolución',
    });
    await client.eventually(async () => {
      const c = (await client.get('mml.gdu', path(short.id))).body as ConvenioResource;
      return c.addenda[0]?.outcome === 'signed' ? c : undefined;
    }, 'la adenda llega al convenio');
    const another = await drive(await create(), 'in_force');
    await send('mml.alcalde', another.id, {
      type: 'FREE_EXIT',
      party: 'municipalidad',
      instrument: 'Oficio N° 10-2026-ALC',
      noticeOn: short.inForceFrom,
    });
    await client.setClock(`${short.inForceUntil ?? ''}T23:59:59-05:00`);
    await client.setClock(
      new Date(Date.parse(`${short.inForceUntil ?? ''}T00:00:00-05:00`) + 86_400_001).toISOString(),
    );
    const expired = (await client.get('mml.gdu', path(short.id))).body as ConvenioResource;
    expect(expired.state).toBe('expired');
    expect(expired.alerts.length).toBeGreaterThan(0);
    for (const id of [short.id, exiting.id, another.id]) {
      await client.get('mml.gdu', `${path(id)}/history`);
      await client.get('mml.gdu', `${path(id)}/deadlines`);
    }
    await client.get('mml.gdu', `${CONVENIOS}?pageSize=100`);
    await client.get('mml.gdu', `${CONVENIOS}?state=in_force&q=ingeniería`);
    for (const state of stateEnum('ConveniosResourceDto'))
      expect([state, states.has(`convenios:${state}`)]).toEqual([state, true]);
    conforms();
  }, 60_000);
});
