import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const BASE = '/api/v1/council';
const PEDIDOS = `${BASE}/information-requests`;
// Tuesday 21 July 2026, 10:00 in Lima: 23, 28 and 29 July and 6 August are feriados.
const NOW = '2026-07-21T15:00:00Z';
const TODAY = '2026-07-21';

interface Member {
  id: string;
  name: string;
  role: string;
}
interface Pedido {
  id: string;
  reference: string;
  requesterId: string;
  requesterName: string;
  subject: string;
  filedOn: string;
  dueOn: string;
  sessionId: string | null;
  mandateId: string;
  mandateState: string;
  status: string;
  overdue: boolean;
}
interface Deadline {
  code: string;
  dueOn: string;
  status: string;
}
interface WorkItem {
  instanceId: string;
  kind: string;
  action: string;
  dueOn: string | null;
}

describe('Pedidos de información of the regidores to the Gerente (LOM Art. 10 inc. 4, Ley 31433) over HTTP', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let mml: Member[] = [];
  let first: Pedido;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    for (const user of [
      'mml.admin',
      'mml.secretaria',
      'mml.gerente',
      'mml.gdu',
      'megantoni.secretaria',
    ])
      tokens[user] = await t.login(user);
    await setClock(NOW);
    mml = (await get('mml.secretaria', `${BASE}/members`)).body.items as Member[];
  });
  afterAll(async () => {
    await t.close();
  });

  const auth = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const get = (user: string, path: string) => t.http.get(path).set(auth(user));
  const post = (user: string, path: string, body: object = {}) =>
    t.http.post(path).set(auth(user)).send(body);
  const file = (body: object, user = 'mml.secretaria') => post(user, PEDIDOS, body);
  const setClock = async (now: string) => {
    const clock = await post('mml.admin', '/api/v1/admin/clock', { now });
    expect(clock.status).toBe(200);
  };
  const regidor = (n: number) => mml.filter((m) => m.role === 'regidor')[n - 1] as Member;
  const alcalde = () => mml.find((m) => m.role === 'alcalde') as Member;
  const unitId = async (code: string) =>
    (
      await t.query<{ id: string }>(
        `SELECT u.id FROM units u JOIN municipalities m ON m.id = u.municipality_id
          WHERE m.code = 'mml' AND u.code = $1`,
        [code],
      )
    )[0]?.id;
  const written = async () =>
    (
      await t.query<{ pedidos: number; mandates: number; audits: number }>(
        `SELECT (SELECT count(*)::int FROM council_information_requests) AS pedidos,
                (SELECT count(*)::int FROM workflow_instances WHERE kind = 'mandates') AS mandates,
                (SELECT count(*)::int FROM audit_events) AS audits`,
      )
    )[0];
  const tray = async (user: string): Promise<WorkItem[]> => {
    const response = await get(user, '/api/v1/work-items?pageSize=100');
    expect(response.status).toBe(200);
    return response.body.items as WorkItem[];
  };
  const list = async (query = '') => {
    const response = await get('mml.gerente', `${PEDIDOS}${query}`);
    expect(response.status).toBe(200);
    return response.body as { items: Pedido[]; total: number; page: number; pageSize: number };
  };

  it('documents both routes under the tag concejo', async () => {
    const docs = await t.http.get('/api/docs-json');
    const path = docs.body.paths[PEDIDOS];
    expect(Object.keys(path)).toEqual(expect.arrayContaining(['get', 'post']));
    expect(path.post.tags).toEqual(['concejo']);
  });

  it('starts empty', async () => {
    expect(await list()).toMatchObject({ items: [], total: 0, page: 1 });
  });

  it('Ley 31433 (LOM Art. 10 inc. 4): filed Tue 21/07/2026, due in 10 días hábiles on 10/08/2026, past the weekends and the feriados of 23, 28, 29 Jul and 6 Aug; the Gerencia Municipal gets the mandate with that same due date', async () => {
    const before = await written();
    const created = await file({
      requesterId: regidor(1).id,
      subject: '  Obra de la Av. Grau  ',
      details: 'Copia del expediente técnico y de las valorizaciones pagadas.',
    });
    expect(created.status).toBe(201);
    first = created.body as Pedido;
    expect(first).toMatchObject({
      reference: 'Pedido de información N° 001-2026',
      requesterId: regidor(1).id,
      requesterName: regidor(1).name,
      subject: 'Obra de la Av. Grau',
      filedOn: TODAY,
      dueOn: '2026-08-10',
      sessionId: null,
      mandateState: 'open',
      status: 'open',
      overdue: false,
    });
    // Pedido, mandate and their audit rows, together.
    expect(await written()).toMatchObject({
      pedidos: (before?.pedidos ?? 0) + 1,
      mandates: (before?.mandates ?? 0) + 1,
    });
    const mandate = await get('mml.gerente', `/api/v1/mandates/${first.mandateId}`);
    expect(mandate.status).toBe(200);
    expect(mandate.body).toMatchObject({
      state: 'open',
      source: 'pedido_informacion',
      sourceReference: 'Pedido de información N° 001-2026',
      title: `Pedido de información del regidor ${regidor(1).name}: Obra de la Av. Grau`,
      responsibleUnitId: await unitId('GMM'),
      assignerUnitId: await unitId('SGC'),
      term: { days: 10, unit: 'business' },
    });
    const deadlines = mandate.body.deadlines as Deadline[];
    expect(deadlines).toEqual([
      expect.objectContaining({ code: 'cumplimiento_encargo', dueOn: '2026-08-10' }),
    ]);
    const audit = await t.query<{
      type: string;
      actor_name: string;
      payload: { reference: string };
    }>(
      `SELECT type, actor_name, payload FROM audit_events
        WHERE type = 'council.information_request_filed' OR instance_id = $1 ORDER BY seq`,
      [first.mandateId],
    );
    expect(audit.map((a) => [a.type, a.actor_name])).toEqual(
      expect.arrayContaining([
        ['CREATE', 'mml.secretaria'],
        ['council.information_request_filed', 'mml.secretaria'],
      ]),
    );
  });

  it('the mandate is in the Gerente Municipal’s tray, due the same day; not in a line gerencia’s', async () => {
    expect(await tray('mml.gerente')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          instanceId: first.mandateId,
          kind: 'mandates',
          action: 'cumplir_encargo',
          dueOn: '2026-08-10',
        }),
      ]),
    );
    expect((await tray('mml.gdu')).filter((i) => i.instanceId === first.mandateId)).toEqual([]);
  });

  it('D3: one filed on Saturday 18/07/2026 counts from Monday 20: due 07/08/2026, and so is its mandate', async () => {
    const created = await file({
      requesterId: regidor(3).id,
      subject: 'Padrón de beneficiarios del Vaso de Leche',
      details: 'Relación de beneficiarios por distrito.',
      filedOn: '2026-07-18',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      reference: 'Pedido de información N° 002-2026',
      filedOn: '2026-07-18',
      dueOn: '2026-08-07',
    });
    const mandate = await get('mml.gerente', `/api/v1/mandates/${created.body.mandateId}`);
    expect(mandate.body.deadlines).toEqual([
      expect.objectContaining({ code: 'cumplimiento_encargo', dueOn: '2026-08-07' }),
    ]);
  });

  it('LOM Art. 10 inc. 4: the Alcalde does not file one (403 NOT_A_REGIDOR); nothing is written', async () => {
    const before = await written();
    const refused = await file({
      requesterId: alcalde().id,
      subject: 'Estado de la obra',
      details: 'Informe.',
    });
    expectProblem(refused, 403, 'NOT_A_REGIDOR');
    expect(refused.body.detail).toMatch(/regidores/);
    expect(await written()).toEqual(before);
  });

  it('LOM Art. 16: a regidor on leave that day is not hábil and does not file one (403 MEMBER_NOT_HABIL); nothing is written', async () => {
    const leave = await post('mml.secretaria', `${BASE}/members/${regidor(2).id}/absences`, {
      kind: 'licencia',
      from: '2026-07-15',
      to: '2026-07-31',
      instrument: 'Acuerdo de Concejo N° 030-2026-MML',
    });
    expect(leave.status).toBe(201);
    const before = await written();
    const refused = await file({
      requesterId: regidor(2).id,
      subject: 'Estado de la obra',
      details: 'Informe.',
    });
    expectProblem(refused, 403, 'MEMBER_NOT_HABIL');
    expect(refused.body.detail).toMatch(/con licencia/);
    // Filed before the leave, it stands.
    const earlier = await file({
      requesterId: regidor(2).id,
      subject: 'Estado de la obra',
      details: 'Informe.',
      filedOn: '2026-07-14',
    });
    expect(earlier.status).toBe(201);
    expect((await written())?.pedidos).toBe((before?.pedidos ?? 0) + 1);
  });

  it('bad input → 400 naming the fields, in Spanish; nothing is written', async () => {
    const before = await written();
    const bad = await file({ requesterId: 'x', subject: '   ', filedOn: '2026-02-30' });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(fields(bad.body)).toEqual(['details', 'filedOn', 'requesterId', 'subject']);
    const future = await file({
      requesterId: regidor(1).id,
      subject: 'Asunto',
      details: 'Detalle.',
      filedOn: '2026-07-22',
    });
    expectProblem(future, 400, 'VALIDATION_FAILED');
    expect(future.body.errors).toEqual([
      { field: 'filedOn', messages: ['no puede ser posterior a hoy'] },
    ]);
    expectProblem(await get('mml.gerente', `${PEDIDOS}?state=pending`), 400, 'VALIDATION_FAILED');
    expect(await written()).toEqual(before);
  });

  it('roles: ADMIN never acts nor reads it (403); only the Secretaría General files (403 for the Gerente)', async () => {
    const body = { requesterId: regidor(1).id, subject: 'Asunto', details: 'Detalle.' };
    const before = await written();
    expectProblem(await file(body, 'mml.admin'), 403, 'FORBIDDEN');
    expectProblem(await get('mml.admin', PEDIDOS), 403, 'FORBIDDEN');
    expectProblem(await file(body, 'mml.gerente'), 403, 'FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it('another municipality: its members and sessions are 404, its list does not show these', async () => {
    const before = await written();
    expectProblem(
      await file(
        { requesterId: regidor(1).id, subject: 'Asunto', details: 'Detalle.' },
        'megantoni.secretaria',
      ),
      404,
      'NOT_FOUND',
    );
    const theirs = await get('megantoni.secretaria', PEDIDOS);
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    expect(await written()).toEqual(before);
  });

  it('raised in an ordinary session, it is filed on its day; a solemn session has no «pedidos» stage (409 NO_PEDIDOS_STAGE)', async () => {
    const ordinaria = await post('mml.secretaria', `${BASE}/sessions`, {
      kind: 'ordinaria',
      date: TODAY,
      agenda: [],
    });
    expect(ordinaria.status).toBe(201);
    const raised = await file({
      requesterId: regidor(4).id,
      subject: 'Contratos de limpieza pública',
      details: 'Copia de los contratos vigentes.',
      sessionId: ordinaria.body.id,
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ sessionId: ordinaria.body.id, filedOn: TODAY });
    const solemne = await post('mml.secretaria', `${BASE}/sessions`, {
      kind: 'solemne',
      date: TODAY,
      agenda: [],
    });
    expect(solemne.status).toBe(201);
    const before = await written();
    expectProblem(
      await file({
        requesterId: regidor(4).id,
        subject: 'Asunto',
        details: 'Detalle.',
        sessionId: solemne.body.id,
      }),
      409,
      'NO_PEDIDOS_STAGE',
    );
    expectProblem(
      await file({
        requesterId: regidor(4).id,
        subject: 'Asunto',
        details: 'Detalle.',
        sessionId: '00000000-0000-4000-8000-000000000000',
      }),
      404,
      'NOT_FOUND',
    );
    expect(await written()).toEqual(before);
  });

  it('the list pages, newest first, with requester, dates, mandate and state', async () => {
    const all = await list();
    expect(all.total).toBe(4);
    expect(all.items.map((p) => p.reference)).toEqual([
      'Pedido de información N° 004-2026',
      'Pedido de información N° 003-2026',
      'Pedido de información N° 002-2026',
      'Pedido de información N° 001-2026',
    ]);
    const second = await list('?pageSize=1&page=2');
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 1 });
    expect(second.items.map((p) => p.reference)).toEqual(['Pedido de información N° 003-2026']);
  });

  it('answered when the Gerencia reports and the Secretaría accepts the mandate; one left open past its day is overdue', async () => {
    const submit = await post('mml.gerente', `/api/v1/mandates/${first.mandateId}/events`, {
      type: 'SUBMIT',
      evidence: 'Oficio N° 120-2026-MML/GMM con el expediente técnico',
    });
    expect(submit.status).toBe(200);
    expect((await list('?state=open')).items.map((p) => p.id)).toContain(first.id);
    const accept = await post('mml.secretaria', `/api/v1/mandates/${first.mandateId}/events`, {
      type: 'ACCEPT',
    });
    expect(accept.status).toBe(200);
    const answered = await list('?state=answered');
    expect(answered.items).toEqual([
      expect.objectContaining({
        id: first.id,
        status: 'answered',
        mandateState: 'closed',
        overdue: false,
      }),
    ]);
    expect((await list('?state=open')).items.map((p) => p.id)).not.toContain(first.id);

    // Tuesday 11 August: past the 10th and the 7th; the answered one is not overdue.
    await setClock('2026-08-11T15:00:00Z');
    const items = (await list()).items;
    const byRef = (n: string) => items.find((p) => p.reference.endsWith(`${n}-2026`));
    expect(byRef('001')).toMatchObject({ status: 'answered', overdue: false });
    expect(byRef('002')).toMatchObject({ status: 'open', dueOn: '2026-08-07', overdue: true });
  });

  it('the audit chain stays intact with the pedidos and their mandates in it', async () => {
    const verify = await get('mml.admin', '/api/v1/audit/verify');
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('nothing of it is ever deleted', async () => {
    await expect(t.query(`DELETE FROM council_information_requests`)).rejects.toThrow(
      /no se borra/,
    );
  });
});
