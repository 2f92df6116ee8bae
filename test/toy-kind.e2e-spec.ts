import { spawnSync } from 'node:child_process';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { assign, setup } from 'xstate';
import { IsCivilDate } from '#calendar';
import { workflowKinds } from '#kinds';
import {
  CANCEL_OBLIGATION,
  defineKind,
  FULFIL_OBLIGATION,
  OPEN_OBLIGATION,
  obligationActions,
  type WorkflowDefinition,
} from '#workflow';
import { expectProblem } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type Resource, WorkflowClient } from './support/workflow-client.js';

// A kind that lives only in this file: a machine and a definition, nothing else. That is enough
// for the kernel to create it, transition it, time it and audit it over HTTP.

interface ToyContext {
  title: string;
  unitId: string;
  reportDue: string;
  reportLate: boolean;
  /** Keys of the information requests that lapsed (their expiry event names them). */
  lateRequests: string[];
}

class CreateToyDto {
  @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @IsUUID() unitId!: string;
  @IsCivilDate() reportDue!: string;
}

class RequestRefDto {
  @IsString() @IsNotEmpty() @MaxLength(40) ref!: string;
}

type ToyEvent =
  | { type: 'REQUEST_INFO'; ref: string }
  | { type: 'ANSWER_INFO'; ref: string }
  | { type: 'DROP_INFO'; ref: string }
  | { type: 'LAPSE' }
  | { type: 'REPORT_LATE' }
  | { type: 'INFO_LATE'; code: string; key: string; deadlineId: string; dueOn: string }
  | { type: 'CLOSE' };

const infoRequest = ({ event }: { event: ToyEvent }) => ({
  code: 'pedido_informacion',
  key: 'ref' in event ? event.ref : '',
});

const handlesRequests = {
  REQUEST_INFO: {
    actions: {
      type: OPEN_OBLIGATION,
      params: ({ context, event }: { context: ToyContext; event: ToyEvent }) => ({
        ...infoRequest({ event }),
        responsibleUnitId: context.unitId,
        term: { days: 3, unit: 'business' as const },
      }),
    },
  },
  ANSWER_INFO: { actions: { type: FULFIL_OBLIGATION, params: infoRequest } },
  DROP_INFO: { actions: { type: CANCEL_OBLIGATION, params: infoRequest } },
  REPORT_LATE: { actions: 'markReportLate' },
  INFO_LATE: { actions: 'noteLateRequest' },
  CLOSE: 'closed',
} as const;

const toyMachine = setup({
  types: { context: {} as ToyContext, events: {} as ToyEvent, input: {} as ToyContext },
  actions: {
    ...obligationActions,
    markReportLate: assign({ reportLate: true }),
    noteLateRequest: assign({
      lateRequests: ({ context, event }) =>
        event.type === 'INFO_LATE' ? [...context.lateRequests, event.key] : context.lateRequests,
    }),
  },
}).createMachine({
  id: 'toy',
  initial: 'open',
  context: ({ input }) => ({ ...input, reportLate: false, lateRequests: [] }),
  // The report is owed from creation, whatever the state: 90, 60 and 30 calendar days' notice.
  entry: {
    type: OPEN_OBLIGATION,
    params: ({ context }) => ({
      code: 'informe',
      responsibleUnitId: context.unitId,
      dueOn: context.reportDue,
    }),
  },
  states: {
    open: {
      meta: {
        deadlines: [
          {
            code: 'respuesta',
            name: 'Respuesta inicial',
            term: { days: 2, unit: 'business' },
            responsibleUnit: (c: ToyContext) => c.unitId,
            onExpiry: 'LAPSE',
          },
        ],
      },
      on: { ...handlesRequests, LAPSE: 'lapsed' },
    },
    lapsed: { on: handlesRequests },
    closed: { type: 'final' },
  },
});

const toyDefinition: WorkflowDefinition<ToyContext> = {
  kind: 'juguetes',
  version: 1,
  machine: toyMachine,
  policy: (actor) => (actor.roles.includes('ADMIN') ? 'ADMIN no actúa en los flujos.' : true),
  events: {
    REQUEST_INFO: RequestRefDto,
    ANSWER_INFO: RequestRefDto,
    DROP_INFO: RequestRefDto,
    CLOSE: null,
  },
  obligations: {
    informe: {
      code: 'informe',
      name: 'Informe de ejecución',
      reminders: { before: [90, 60, 30], unit: 'calendar' },
      escalation: [{ role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 }],
      onExpiry: 'REPORT_LATE',
    },
    pedido_informacion: {
      code: 'pedido_informacion',
      name: 'Pedido de información',
      onExpiry: 'INFO_LATE',
    },
  },
  searchText: (c) => c.title,
  label: (c) => `Juguete «${c.title}»`,
  listing: (c) => ({ unitId: c.unitId, year: null }),
  present: (c) => ({
    title: c.title,
    reportDue: c.reportDue,
    reportLate: c.reportLate,
    lateRequests: c.lateRequests,
  }),
};

const toyKind = defineKind({
  name: 'juguetes',
  tag: 'juguetes',
  createDto: CreateToyDto,
  definition: toyDefinition,
});

type Deadline = Resource['deadlines'][number] & { code: string; source: string; key: string };
const deadlinesOf = (r: Resource) => r.deadlines as Deadline[];

describe('A workflow kind is a machine and a definition (kernel registry, obligations)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let gdu: string;
  let toy: Resource;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' }, undefined, [
      ...workflowKinds,
      toyKind,
    ]);
    client = new WorkflowClient(t);
    // Monday 4 January 2027, 10:00 in Lima.
    await client.setClock('2027-01-04T15:00:00Z');
    gdu = await client.unitId('mml.gdu', 'GDU');
  });
  afterAll(async () => {
    await t.close();
  });

  const send = async (id: string, body: Record<string, unknown>, user = 'mml.gdu') => {
    const response = await client.post(user, `/api/v1/juguetes/${id}/events`, body);
    expect(response.status).toBe(200);
    return response.body as Resource;
  };
  const read = async (id: string) =>
    (await client.get('mml.gdu', `/api/v1/juguetes/${id}`)).body as Resource;
  const inbox = async (user: string) =>
    (
      (await client.get(user, '/api/v1/notifications?pageSize=100')).body as {
        items: Array<{ kind: string; title: string }>;
      }
    ).items;

  it('is created over HTTP with its state term and the obligation its entry opens', async () => {
    const created = await client.post('mml.gdu', '/api/v1/juguetes', {
      title: 'Convenio de prueba',
      unitId: gdu,
      reportDue: '2027-03-31',
    });
    expect(created.status).toBe(201);
    toy = created.body as Resource;
    expect(toy).toMatchObject({ kind: 'juguetes', state: 'open', title: 'Convenio de prueba' });
    expect(deadlinesOf(toy)).toEqual([
      expect.objectContaining({
        code: 'respuesta',
        source: 'state',
        dueOn: '2027-01-06',
        term: { days: 2, unit: 'business' },
      }),
      expect.objectContaining({
        code: 'informe',
        source: 'obligation',
        key: '',
        name: 'Informe de ejecución',
        dueOn: '2027-03-31',
        term: null,
        responsibleUnitId: gdu,
      }),
    ]);
    expectProblem(
      await client.post('mml.gdu', '/api/v1/juguetes', { title: '', unitId: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await client.get('megantoni.gdu', `/api/v1/juguetes/${toy.id}`),
      404,
      'NOT_FOUND',
    );
  });

  it('opens, fulfils and cancels any number of obligations of one code, each with its own key', async () => {
    await send(toy.id, { type: 'REQUEST_INFO', ref: 'RI-1' });
    const two = await send(toy.id, { type: 'REQUEST_INFO', ref: 'RI-2' });
    expect(deadlinesOf(two).filter((d) => d.code === 'pedido_informacion')).toEqual([
      expect.objectContaining({ key: 'RI-1', dueOn: '2027-01-07', status: 'pending' }),
      expect.objectContaining({ key: 'RI-2', dueOn: '2027-01-07', status: 'pending' }),
    ]);
    await send(toy.id, { type: 'ANSWER_INFO', ref: 'RI-1' });
    const after = await send(toy.id, { type: 'DROP_INFO', ref: 'RI-2' });
    expect(deadlinesOf(after).map((d) => d.code)).toEqual(['respuesta', 'informe']);
    const rows = await t.query<{ obligation_key: string; status: string }>(
      `SELECT obligation_key, status FROM deadlines
       WHERE instance_id = $1 AND code = 'pedido_informacion' ORDER BY obligation_key`,
      [toy.id],
    );
    expect(rows).toEqual([
      { obligation_key: 'RI-1', status: 'met' },
      { obligation_key: 'RI-2', status: 'cancelled' },
    ]);
    // The kernel sends the expiry events; a user cannot.
    expectProblem(
      await client.post('mml.gdu', `/api/v1/juguetes/${toy.id}/events`, { type: 'LAPSE' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses to open what is open, or to answer what nobody owes, and changes nothing', async () => {
    const open = await send(toy.id, { type: 'REQUEST_INFO', ref: 'RI-L' });
    const twice = await client.post('mml.gdu', `/api/v1/juguetes/${toy.id}/events`, {
      type: 'REQUEST_INFO',
      ref: 'RI-L',
    });
    expectProblem(twice, 409, 'OBLIGATION_ALREADY_OPEN');
    const ghost = await client.post('mml.gdu', `/api/v1/juguetes/${toy.id}/events`, {
      type: 'ANSWER_INFO',
      ref: 'NUNCA-PEDIDO',
    });
    expectProblem(ghost, 409, 'OBLIGATION_NOT_OPEN');
    expect((await read(toy.id)).version).toBe(open.version);
  });

  it('a state change closes the state term but keeps the obligations', async () => {
    // Two business days from Mon 4 Jan end with Wed 6 Jan; the expiry event moves to `lapsed`.
    await client.setClock('2027-01-07T05:00:00Z');
    const lapsed = await read(toy.id);
    expect(lapsed.state).toBe('lapsed');
    expect(deadlinesOf(lapsed)).toEqual([
      expect.objectContaining({ code: 'pedido_informacion', key: 'RI-L', status: 'pending' }),
      expect.objectContaining({ code: 'informe', status: 'pending' }),
    ]);
  });

  it('the expiry event of an obligation names which one lapsed', async () => {
    // RI-L was opened on Mon 4 Jan with 3 business days: it lapses at the end of Thu 7 Jan.
    await client.setClock('2027-01-08T05:00:00Z');
    expect(await read(toy.id)).toMatchObject({ state: 'lapsed', lateRequests: ['RI-L'] });
  });

  it('reminds in calendar days, moved to the office day before when one falls on a day off', async () => {
    // 90 days before 31 Mar 2027 is 31 Dec 2026: already past when opened, so no reminder.
    // 60 days before is Sat 30 Jan → Fri 29 Jan; 30 days before is Mon 1 Mar (see below).
    await client.setClock('2027-01-29T12:59:59Z');
    expect((await inbox('mml.gdu')).filter((n) => n.kind === 'reminder')).toEqual([]);
    await client.setClock('2027-01-29T13:00:00Z'); // 08:00 in Lima
    expect((await inbox('mml.gdu')).filter((n) => n.kind === 'reminder')).toHaveLength(1);
    // A day off decreed on Mon 1 Mar moves the 30-day reminder to the office day before, Fri 26 Feb;
    // the last day, a date, stays.
    const dayOff = await client.post('mml.admin', '/api/v1/calendar/non-working-days', {
      date: '2027-03-01',
      name: 'Día no laborable municipal (prueba)',
      source: 'Decreto de Alcaldía N° 001-2027-MML',
    });
    expect(dayOff.status).toBe(201);
    await client.setClock('2027-02-26T13:00:00Z');
    expect(deadlinesOf(await read(toy.id))).toContainEqual(
      expect.objectContaining({ code: 'informe', dueOn: '2027-03-31' }),
    );
    const reminders = (await inbox('mml.gdu')).filter((n) => n.kind === 'reminder');
    expect(reminders).toHaveLength(2);
    expect(reminders[0]?.title).toBe('Recordatorio: Informe de ejecución vence el 31/03/2027');
  });

  it('an overdue obligation sends its expiry event in any state, then escalates', async () => {
    await client.setClock('2027-04-01T05:00:00Z');
    const late = await read(toy.id);
    expect(late).toMatchObject({ state: 'lapsed', reportLate: true });
    // Lapsed is still owed: an expired obligation stays open until answered or cancelled.
    expect(deadlinesOf(late)).toEqual([
      expect.objectContaining({ code: 'pedido_informacion', key: 'RI-L', status: 'expired' }),
      expect.objectContaining({ code: 'informe', status: 'expired' }),
    ]);
    expect((await inbox('mml.gdu')).some((n) => n.kind === 'overdue')).toBe(true);
    await client.setClock('2027-04-02T05:00:00Z'); // one business day later
    expect((await inbox('mml.gerente')).filter((n) => n.kind === 'escalation')).toEqual([
      expect.objectContaining({ title: 'Escalamiento: Informe de ejecución sigue vencido' }),
    ]);
  });

  it('an obligation answered after its last day is met late, even before its timer ran', async () => {
    await send(toy.id, { type: 'REQUEST_INFO', ref: 'RI-M' });
    // A worker that lags: the deployment's time moves past the last day and no timer runs yet.
    await t.query(`UPDATE manual_clock SET now = '2027-04-12T15:00:00Z'`);
    await client.eventually(
      async () =>
        (
          (await client.get('mml.admin', '/api/v1/admin/clock')).body as { now: string }
        ).now.startsWith('2027-04-12')
          ? true
          : undefined,
      'la hora movida en la base de datos',
    );
    await send(toy.id, { type: 'ANSWER_INFO', ref: 'RI-M' });
    const [answered] = await t.query<{ status: string }>(
      `SELECT status FROM deadlines WHERE instance_id = $1 AND obligation_key = 'RI-M'`,
      [toy.id],
    );
    expect(answered?.status).toBe('met_late');
  });

  it('a final state cancels what is still owed, and every step is in the audit chain', async () => {
    await send(toy.id, { type: 'REQUEST_INFO', ref: 'RI-3' });
    const closed = await send(toy.id, { type: 'CLOSE' });
    expect(closed).toMatchObject({ state: 'closed', deadlines: [] });
    const statuses = await t.query<{ code: string; obligation_key: string; status: string }>(
      `SELECT code, obligation_key, status FROM deadlines WHERE instance_id = $1
       AND obligation_key IN ('', 'RI-3') ORDER BY code`,
      [toy.id],
    );
    expect(statuses).toEqual([
      { code: 'informe', obligation_key: '', status: 'expired' },
      { code: 'pedido_informacion', obligation_key: 'RI-3', status: 'cancelled' },
      { code: 'respuesta', obligation_key: '', status: 'expired' },
    ]);
    const [lapsedRequest] = await t.query<{ status: string }>(
      `SELECT status FROM deadlines WHERE instance_id = $1 AND obligation_key = 'RI-L'`,
      [toy.id],
    );
    expect(lapsedRequest?.status).toBe('expired');
    const history = (await client.get('mml.gdu', `/api/v1/juguetes/${toy.id}/history`))
      .body as Array<{ type: string }>;
    expect(history.map((h) => h.type)).toEqual([
      'CREATE',
      'REQUEST_INFO',
      'REQUEST_INFO',
      'ANSWER_INFO',
      'DROP_INFO',
      'REQUEST_INFO',
      'deadline.expired',
      'LAPSE',
      'deadline.expired',
      'INFO_LATE',
      'deadline.expired',
      'REPORT_LATE',
      'deadline.escalated',
      'REQUEST_INFO',
      'ANSWER_INFO',
      'REQUEST_INFO',
      'CLOSE',
    ]);
    expect((await client.get('mml.admin', '/api/v1/audit/verify')).body).toMatchObject({
      ok: true,
    });
  });

  it('a new machine version runs new files while the earlier one keeps its own', async () => {
    const v2 = defineKind({
      ...toyKind,
      definition: { ...toyDefinition, version: 2 },
      previousVersions: [toyDefinition],
    });
    const next = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' }, t.databaseUrl, [
      ...workflowKinds,
      v2,
    ]);
    try {
      const token = await next.login('mml.gdu');
      const old = await next.http.get(`/api/v1/juguetes/${toy.id}`).auth(token, { type: 'bearer' });
      expect(old.body).toMatchObject({ id: toy.id, state: 'closed' });
      const created = await next.http
        .post('/api/v1/juguetes')
        .auth(token, { type: 'bearer' })
        .send({ title: 'Segunda versión', unitId: gdu, reportDue: '2027-12-31' });
      expect(created.status).toBe(201);
      const versions = await t.query<{ machine_version: number }>(
        `SELECT machine_version FROM workflow_instances WHERE id = ANY($1::uuid[]) ORDER BY machine_version`,
        [[toy.id, (created.body as Resource).id]],
      );
      expect(versions.map((v) => v.machine_version)).toEqual([1, 2]);
    } finally {
      await next.close();
    }
  });

  it('a worker that does not know a kind in the database refuses to start', () => {
    const worker = spawnSync(process.execPath, ['dist/apps/worker/src/main.js'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: t.databaseUrl,
        JWT_SECRET: t.jwtSecret,
        QUEUE_BACKEND: 'postgres',
        QUEUE_PREFIX: `${t.databaseUrl.slice(t.databaseUrl.lastIndexOf('/') + 1)}_worker`,
        LOG_LEVEL: 'silent',
      },
    });
    expect(worker.status).not.toBe(0);
    expect(worker.stderr).toContain('juguetes v1 (expedientes)');
  });
});
