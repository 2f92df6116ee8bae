import { DataSource } from 'typeorm';
import { Clock, ManualClock } from '#core';
import { MIGRATIONS, queryRows, transactionOpenedBy } from '#database';
import { setup } from 'xstate';
import { KernelHousekeeping, TimersService, WorkflowEngine, WorkflowRegistry } from '#workflow';
import { createMandate } from './support/mandates.js';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type Resource, WorkflowClient } from './support/workflow-client.js';

const EVENTS = (id: string) => `/api/v1/mandates/${id}/events`;
/** More concurrent transitions than the database pool has connections (20). */
const BEYOND_POOL = 45;

describe('Workflow kernel through the mandates resource', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima.
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  const auditTypes = async (id: string) =>
    (
      await t.query<{ type: string }>(
        `SELECT type FROM audit_events WHERE instance_id = $1 ORDER BY id`,
        [id],
      )
    ).map((r) => r.type);

  it('creates with a term in business days and tells each caller what it may send', async () => {
    const m = await createMandate(client);
    expect(m).toMatchObject({ state: 'open', version: 1, allowedEvents: ['CANCEL'] });
    // 5 días hábiles from Tue 1 Dec: 2, 3, 4, 7, (8 and 9 are feriados) 10 → ends with Thu 10 Dec.
    expect(m.deadlines).toEqual([
      expect.objectContaining({
        name: 'Cumplimiento del encargo',
        dueOn: '2026-12-10',
        dueAt: '2026-12-11T05:00:00.000Z',
        status: 'pending',
      }),
    ]);
    const asUnit = await client.get('mml.gdu', `/api/v1/mandates/${m.id}`);
    expect(asUnit.body).toMatchObject({ allowedEvents: ['REPORT_PROGRESS', 'SUBMIT'] });
    expect(asUnit.headers['etag']).toBe('"1"');
    expect((await client.get('mml.gsc', `/api/v1/mandates/${m.id}`)).body.allowedEvents).toEqual(
      [],
    );
    expectProblem(
      await client.get('megantoni.gerente', `/api/v1/mandates/${m.id}`),
      404,
      'NOT_FOUND',
    );

    const list = await client.get('mml.gdu', '/api/v1/mandates?state=open&q=obras&year=2026');
    expect(list.body).toMatchObject({
      total: 1,
      page: 1,
      items: [
        expect.objectContaining({
          id: m.id,
          title: 'Informe de avance de obras',
          deadlines: [expect.objectContaining({ dueOn: '2026-12-10' })],
        }),
      ],
    });
    expect((await client.get('megantoni.gerente', '/api/v1/mandates')).body).toMatchObject({
      total: 0,
      items: [],
    });
    expectProblem(
      await client.get('mml.gdu', '/api/v1/mandates?state=nada'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses bad events with 400, 403, 404, 409 and 412, and changes nothing', async () => {
    const m = await createMandate(client);
    const accept = await client.post('mml.gerente', EVENTS(m.id), { type: 'ACCEPT' });
    expectProblem(accept, 409, 'TRANSITION_NOT_ALLOWED');
    expect(accept.body.allowedEvents).toEqual(['CANCEL']);
    expectProblem(
      await client.post('mml.gerente', EVENTS(m.id), { type: 'SUBMIT', evidence: 'x' }),
      403,
      'FORBIDDEN',
    );
    const missing = await client.post('mml.gdu', EVENTS(m.id), { type: 'SUBMIT' });
    expectProblem(missing, 400, 'VALIDATION_FAILED');
    expect(fields(missing.body)).toEqual(['evidence']);
    const extra = await client.post('mml.gdu', EVENTS(m.id), {
      type: 'SUBMIT',
      evidence: 'x',
      hack: 1,
    });
    expect(fields(extra.body)).toEqual(['hack']);
    expect(fields((await client.post('mml.gdu', EVENTS(m.id), { type: 'FOO' })).body)).toEqual([
      'type',
    ]);
    expect(fields((await client.post('mml.gdu', EVENTS(m.id), {})).body)).toEqual(['type']);
    expectProblem(await client.post('mml.gdu', EVENTS(m.id), [1]), 400, 'VALIDATION_FAILED');
    const stale = await client.post(
      'mml.gdu',
      EVENTS(m.id),
      { type: 'SUBMIT', evidence: 'x' },
      { 'If-Match': '7' },
    );
    expectProblem(stale, 412, 'VERSION_CONFLICT');
    const badMatch = await client.post(
      'mml.gdu',
      EVENTS(m.id),
      { type: 'SUBMIT', evidence: 'x' },
      { 'If-Match': 'abc' },
    );
    expect(fields(badMatch.body)).toEqual(['If-Match']);
    expectProblem(
      await client.post('mml.gdu', EVENTS('no-es-uuid'), { type: 'ACCEPT' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await client.post('mml.gdu', EVENTS('7b0f6a54-1c1e-4a7a-9f0e-2b6f1d1a9c11'), {
        type: 'ACCEPT',
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await client.post('megantoni.gerente', EVENTS(m.id), { type: 'CANCEL', reason: 'x' }),
      404,
      'NOT_FOUND',
    );
    const after = await client.get('mml.gdu', `/api/v1/mandates/${m.id}`);
    expect(after.body).toMatchObject({ state: 'open', version: 1 });
    expect(await auditTypes(m.id)).toEqual(['CREATE']);

    // Creation: who may assign, to which unit, with which term.
    const base = {
      title: 'T',
      instructions: 'I',
      source: 'memorando',
      responsibleUnitId: await client.unitId('mml.gerente', 'GDU'),
      term: { days: 3, unit: 'business' },
    };
    expectProblem(await client.post('mml.gdu', '/api/v1/mandates', base), 403, 'FORBIDDEN');
    const foreign = await client.post('mml.gerente', '/api/v1/mandates', {
      ...base,
      responsibleUnitId: await client.unitId('megantoni.gerente', 'GDU'),
    });
    expect(fields(foreign.body)).toEqual(['responsibleUnitId']);
    const badTerm = await client.post('mml.gerente', '/api/v1/mandates', {
      ...base,
      term: { days: 0, unit: 'weeks' },
    });
    expect(fields(badTerm.body)).toEqual(['term.days', 'term.unit']);
  });

  it('applies exactly one of 30 concurrent identical events', async () => {
    const m = await createMandate(client);
    const token = await client.token('mml.gdu');
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.http
          .post(EVENTS(m.id))
          .auth(token, { type: 'bearer' })
          .send({ type: 'SUBMIT', evidence: 'Informe N° 1' }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    expect(await auditTypes(m.id)).toEqual(['CREATE', 'SUBMIT']);
    const now = (await client.get('mml.gerente', `/api/v1/mandates/${m.id}`)).body as Resource;
    expect(now).toMatchObject({
      state: 'review',
      version: 2,
      allowedEvents: ['ACCEPT', 'RETURN', 'CANCEL'],
    });
    const deadlines = await t.query<{ name: string; status: string }>(
      // Opened at version 1 and 2 (created_at ties under the test's fixed clock).
      `SELECT name, status FROM deadlines WHERE instance_id = $1 ORDER BY opened_version`,
      [m.id],
    );
    expect(deadlines).toEqual([
      { name: 'Cumplimiento del encargo', status: 'met' },
      { name: 'Revisión del cumplimiento', status: 'pending' },
    ]);
  });

  // A transition that waited, inside its transaction, for a second pooled connection (to read the
  // calendar) deadlocked the pool once every connection was held by such a transaction.
  it('never waits for a second pooled connection inside a transaction', async () => {
    const mandates = [];
    for (let i = 0; i < BEYOND_POOL; i++) mandates.push(await createMandate(client));
    const token = await client.token('mml.gdu');
    const all = Promise.all(
      mandates.map((m) =>
        t.http
          .post(`/api/v1/mandates/${m.id}/events`)
          .auth(token, { type: 'bearer' })
          .send({ type: 'SUBMIT', evidence: 'Informe N° 1' }),
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<'stuck'>((resolve) => {
      timer = setTimeout(() => resolve('stuck'), 20_000);
    });
    const outcome = await Promise.race([all, stuck]);
    clearTimeout(timer);
    expect(outcome).not.toBe('stuck');
    if (outcome === 'stuck') return;
    expect(outcome.map((r) => r.status)).toEqual(mandates.map(() => 200));
    const [row] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM workflow_instances WHERE id = ANY($1) AND state = 'review'`,
      [mandates.map((m) => m.id)],
    );
    expect(row?.n).toBe(BEYOND_POOL);
  });

  it('answers an Idempotency-Key repeat with the first response and records nothing twice', async () => {
    const m = await createMandate(client);
    const send = (note: string) =>
      client.post(
        'mml.gdu',
        EVENTS(m.id),
        { type: 'REPORT_PROGRESS', note },
        { 'Idempotency-Key': `avance-${m.id}` },
      );
    const [first, ...repeats] = await Promise.all([
      send('Avance 1'),
      send('Avance 1'),
      send('Avance 1'),
    ]);
    for (const r of [first, ...repeats]) {
      expect(r.status).toBe(200);
      expect(r.body).toEqual(first?.body);
    }
    expect(
      [first, ...repeats].filter((r) => r?.headers['idempotent-replayed'] === 'true'),
    ).toHaveLength(2);
    expect(first?.body).toMatchObject({ version: 2, progress: ['Avance 1'] });
    expect(await auditTypes(m.id)).toEqual(['CREATE', 'REPORT_PROGRESS']);
    expectProblem(await send('Otro avance'), 422, 'IDEMPOTENCY_KEY_REUSED');

    // Creation too: a retried POST creates one mandate.
    const key = { 'Idempotency-Key': `crear-${m.id}` };
    const a = await createMandate(client, { title: 'Encargo único' }, key);
    const b = await createMandate(client, { title: 'Encargo único' }, key);
    expect(b.id).toBe(a.id);
    expect(
      await t.query(`SELECT id FROM workflow_instances WHERE context->>'title' = 'Encargo único'`),
    ).toHaveLength(1);
  });

  it('keeps an append-only hash chain per municipality that the verifier walks', async () => {
    const m = await createMandate(client);
    // Verifying seals what is committed first: the events have their place when it answers.
    const verify = await client.get('mml.admin', '/api/v1/audit/verify');
    const history = await client.get('mml.gdu', `/api/v1/mandates/${m.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      expect.objectContaining({
        type: 'CREATE',
        from: null,
        to: 'open',
        actor: 'mml.gerente',
        onBehalfOf: null,
      }),
    ]);
    expect(history.body[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expectProblem(
      await client.get('megantoni.gerente', `/api/v1/mandates/${m.id}/history`),
      404,
      'NOT_FOUND',
    );

    const [{ n }] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events a JOIN municipalities m ON m.id = a.municipality_id WHERE m.code = 'mml'`,
    );
    expect(verify.body).toMatchObject({ ok: true, checked: n, pending: 0 });
    expectProblem(await client.get('mml.gerente', '/api/v1/audit/verify'), 403, 'FORBIDDEN');

    // The trigger refuses changes even to the owner of the table.
    await expect(
      t.query(`UPDATE audit_events SET payload = '{}' WHERE instance_id = $1`, [m.id]),
    ).rejects.toThrow(/solo anexado/);
    await expect(
      t.query(`DELETE FROM audit_events WHERE instance_id = $1`, [m.id]),
    ).rejects.toThrow(/solo anexado/);
    await expect(t.query(`TRUNCATE audit_events`)).rejects.toThrow(/solo anexado/);
    // Nor can a writer bring its own seal: only the sequencer assigns seq and hash.
    await expect(
      t.query(
        `INSERT INTO audit_events (municipality_id, kind, type, actor_name, at, payload, content_hash, seq, prev_hash, hash)
         SELECT municipality_id, kind, 'FORGED', 'x', now(), '{}', content_hash, 999999, hash, hash
         FROM audit_events WHERE instance_id = $1 LIMIT 1`,
        [m.id],
      ),
    ).rejects.toThrow(/solo anexado/);

    // Someone able to switch the trigger off can still edit a row: the verifier finds the break.
    const [row] = await t.query<{ seq: string }>(
      `SELECT seq FROM audit_events WHERE instance_id = $1`,
      [m.id],
    );
    await t.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await t.query(`UPDATE audit_events SET actor_name = 'otro' WHERE instance_id = $1`, [m.id]);
      const broken = await client.get('mml.admin', '/api/v1/audit/verify?full=true');
      expect(broken.body).toMatchObject({ ok: false, full: true, brokenAt: Number(row?.seq) });
      await t.query(`UPDATE audit_events SET actor_name = 'mml.gerente' WHERE instance_id = $1`, [
        m.id,
      ]);
    } finally {
      await t.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
    expect((await client.get('mml.admin', '/api/v1/audit/verify?full=true')).body).toMatchObject({
      ok: true,
    });
    expect((await client.get('megantoni.admin', '/api/v1/audit/verify')).body).toMatchObject({
      ok: true,
    });
    const unclear = await client.get('mml.admin', '/api/v1/audit/verify?full=quizas');
    expect(unclear.status).toBe(400);
    expect(fields(unclear.body)).toEqual(['full']);
  });

  it('puts the request for action in the inbox in the transition itself, once per recipient', async () => {
    const m = await createMandate(client);
    const deadlineId = m.deadlines[0]?.id;
    const response = await client.get('mml.gdu', '/api/v1/notifications?unread=true');
    const items = (
      response.body as { items: Array<{ deadlineId: string; kind: string; id: string }> }
    ).items;
    const requests = items.filter((n) => n.deadlineId === deadlineId);
    expect(requests).toEqual([
      expect.objectContaining({
        kind: 'request',
        instanceId: m.id,
        title: 'Pendiente: Cumplimiento del encargo',
      }),
    ]);
    const read = await client.post('mml.gdu', `/api/v1/notifications/${requests[0]?.id}/read`, {});
    expect(read.body.readAt).toEqual(expect.any(String));
    expectProblem(
      await client.post('mml.gsc', `/api/v1/notifications/${requests[0]?.id}/read`, {}),
      404,
      'NOT_FOUND',
    );
    expect((await client.get('mml.gsc', '/api/v1/notifications')).body.items).not.toContainEqual(
      expect.objectContaining({ deadlineId }),
    );
  });

  it('fires reminders, the expiry and escalations at their time, never early, and only once', async () => {
    const m = await createMandate(client);
    const deadlineId = m.deadlines[0]?.id ?? '';
    const notified = async (kind: string) =>
      (
        await t.query<{ username: string }>(
          `SELECT u.username FROM notifications n JOIN users u ON u.id = n.recipient_id
           WHERE n.deadline_id = $1 AND n.kind = $2 ORDER BY u.username`,
          [deadlineId, kind],
        )
      ).map((r) => r.username);
    const status = async () =>
      (
        await t.query<{ status: string }>(`SELECT status FROM deadlines WHERE id = $1`, [
          deadlineId,
        ])
      )[0]?.status;

    // Reminder: 2 business days before Thu 10 Dec is Fri 4 Dec (7 is day 1 back; 8 and 9 are feriados), at 08:00.
    await client.setClock('2026-12-04T12:59:59.999Z');
    expect(await notified('reminder')).toEqual([]);
    await client.setClock('2026-12-04T13:00:00Z');
    expect(await notified('reminder')).toEqual(['mml.gdu']);

    // The whole last day belongs to the unit: still on time at 23:59:59.999 in Lima.
    await client.setClock('2026-12-11T04:59:59.999Z');
    expect(await status()).toBe('pending');
    expect(await notified('overdue')).toEqual([]);
    await client.setClock('2026-12-11T05:00:00Z');
    expect(await status()).toBe('expired');
    expect(await notified('overdue')).toEqual(['mml.gdu']);
    expect(await auditTypes(m.id)).toEqual(['CREATE', 'deadline.expired']);

    // Escalation: Gerente Municipal 2 business days after (end of Mon 14 Dec), Alcalde after 5 (Thu 17).
    await client.setClock('2026-12-15T04:59:59Z');
    expect(await notified('escalation')).toEqual([]);
    await client.setClock('2026-12-15T05:00:00Z');
    expect(await notified('escalation')).toEqual(['mml.gerente']);
    await client.setClock('2026-12-18T05:00:00Z');
    expect(await notified('escalation')).toEqual(['mml.alcalde', 'mml.gerente']);

    // Redelivery and a second run change nothing.
    const timers = await t.query<{ id: string }>(
      `SELECT id FROM deadline_timers WHERE deadline_id = $1`,
      [deadlineId],
    );
    for (const { id } of timers) expect(await t.app.get(TimersService).fire(id)).toBe('skipped');
    await client.setClock('2026-12-18T05:00:01Z');
    const [{ n }] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE deadline_id = $1 AND kind <> 'request'`,
      [deadlineId],
    );
    expect(n).toBe(4);

    // Done late: the deadline is met late and no further timer runs.
    const done = await client.post('mml.gdu', EVENTS(m.id), {
      type: 'SUBMIT',
      evidence: 'Informe N° 2',
    });
    expect(done.status).toBe(200);
    expect(await status()).toBe('met_late');
  });

  it('shows each deadline with its business days left and its alerts: due, fired or stopped', async () => {
    // Tuesday 1 December 2026, 10:00 in Lima: 5 días hábiles end with Thu 10 Dec.
    await client.setClock('2026-12-01T15:00:00Z');
    const m = await createMandate(client);
    expect(m.deadlines).toEqual([
      expect.objectContaining({ dueOn: '2026-12-10', businessDaysLeft: 5 }),
    ]);
    const listed = await client.get('mml.gerente', '/api/v1/mandates?pageSize=100');
    expect(
      (listed.body as { items: Resource[] }).items.find((i) => i.id === m.id)?.deadlines,
    ).toEqual([expect.objectContaining({ businessDaysLeft: 5 })]);
    const schedule = async () => {
      const response = await client.get('mml.gdu', `/api/v1/mandates/${m.id}/deadlines`);
      expect(response.status).toBe(200);
      return response.body as {
        today: string;
        items: (Record<string, unknown> & { alerts: Record<string, unknown>[] })[];
      };
    };
    const pending = { status: 'pending', firedAt: null };
    expect(await schedule()).toEqual({
      today: '2026-12-01',
      items: [
        expect.objectContaining({
          code: 'cumplimiento_encargo',
          status: 'pending',
          dueOn: '2026-12-10',
          businessDaysLeft: 5,
          closedAt: null,
          alerts: [
            // Fri 4 Dec 08:00 in Lima (8 and 9 are feriados), the end of the 10th, then Mon 14 and Thu 17.
            {
              kind: 'reminder',
              level: 1,
              target: 'unit',
              fireAt: '2026-12-04T13:00:00.000Z',
              ...pending,
            },
            {
              kind: 'expiry',
              level: 0,
              target: 'unit',
              fireAt: '2026-12-11T05:00:00.000Z',
              ...pending,
            },
            {
              kind: 'escalation',
              level: 1,
              target: 'GERENTE_MUNICIPAL',
              fireAt: '2026-12-15T05:00:00.000Z',
              ...pending,
            },
            {
              kind: 'escalation',
              level: 2,
              target: 'ALCALDE',
              fireAt: '2026-12-18T05:00:00.000Z',
              ...pending,
            },
          ],
        }),
      ],
    });

    // Tue 15 Dec, 00:00 in Lima: three business days late (11, 14, 15); the Gerente was told.
    await client.setClock('2026-12-15T05:00:00Z');
    const late = await schedule();
    expect(late.today).toBe('2026-12-15');
    expect(late.items[0]).toMatchObject({ status: 'expired', businessDaysLeft: -3 });
    expect(late.items[0]?.alerts.map((a) => [a.kind, a.status, a.firedAt !== null])).toEqual([
      ['reminder', 'fired', true],
      ['expiry', 'fired', true],
      ['escalation', 'fired', true],
      ['escalation', 'pending', false],
    ]);
    const resource = await client.get('mml.gdu', `/api/v1/mandates/${m.id}`);
    expect((resource.body as Resource).deadlines).toEqual([
      expect.objectContaining({ status: 'expired', businessDaysLeft: -3 }),
    ]);

    // Submitted: the term closes late, its last escalation never goes; the review opens.
    const submitted = await client.post('mml.gdu', EVENTS(m.id), {
      type: 'SUBMIT',
      evidence: 'Informe N° 3',
    });
    expect(submitted.status).toBe(200);
    const closed = await schedule();
    expect(closed.items.map((d) => [d['code'], d['status'], d['businessDaysLeft']])).toEqual([
      ['cumplimiento_encargo', 'met_late', null],
      ['revision_cumplimiento', 'pending', 3],
    ]);
    expect(closed.items[0]?.['closedAt']).toBe('2026-12-15T05:00:00.000Z');
    expect(closed.items[0]?.alerts.at(-1)).toMatchObject({
      target: 'ALCALDE',
      status: 'cancelled',
    });
    expectProblem(
      await client.get('megantoni.gerente', `/api/v1/mandates/${m.id}/deadlines`),
      404,
      'NOT_FOUND',
    );
  });

  it('does nothing when a timer fires for an instance that moved on', async () => {
    const m = await createMandate(client);
    const first = m.deadlines[0]?.id ?? '';
    await client.post('mml.gdu', EVENTS(m.id), { type: 'SUBMIT', evidence: 'Informe N° 3' });
    const [expiry] = await t.query<{ id: string; status: string }>(
      `SELECT id, status FROM deadline_timers WHERE deadline_id = $1 AND kind = 'expiry'`,
      [first],
    );
    expect(expiry?.status).toBe('cancelled');
    await client.setClock('2027-02-01T15:00:00Z');
    expect(await t.app.get(TimersService).fire(expiry?.id ?? '')).toBe('skipped');
    expect(
      await t.query(`SELECT id FROM notifications WHERE deadline_id = $1 AND kind <> 'request'`, [
        first,
      ]),
    ).toEqual([]);
    // The review term (3 días hábiles) has run out by then: that one expired.
    const review = (await client.get('mml.gerente', `/api/v1/mandates/${m.id}`)).body as Resource;
    expect(review.deadlines).toEqual([
      expect.objectContaining({ name: 'Revisión del cumplimiento', status: 'expired' }),
    ]);
  });

  it('re-counts pending deadlines when the calendar changes, and audits it', async () => {
    // Mon 1 Feb 2027 10:00 in Lima; 5 días hábiles: 2, 3, 4, 5, 8 Feb.
    await client.setClock('2027-02-01T15:00:00Z');
    const m = await createMandate(client);
    expect(m.deadlines[0]?.dueOn).toBe('2027-02-08');
    const added = await client.post('mml.admin', '/api/v1/calendar/non-working-days', {
      date: '2027-02-03',
      name: 'Día no laborable (prueba)',
      source: 'DS 999-2027-PCM',
    });
    expect(added.status).toBe(201);
    const moved = (await client.get('mml.gdu', `/api/v1/mandates/${m.id}`)).body as Resource;
    expect(moved.deadlines[0]).toMatchObject({
      dueOn: '2027-02-09',
      dueAt: '2027-02-10T05:00:00.000Z',
    });
    const [expiry] = await t.query<{ fire_at: Date }>(
      `SELECT fire_at FROM deadline_timers WHERE deadline_id = $1 AND kind = 'expiry' AND status = 'pending'`,
      [m.deadlines[0]?.id],
    );
    expect(expiry?.fire_at.toISOString()).toBe('2027-02-10T05:00:00.000Z');
    const history = (await client.get('mml.gdu', `/api/v1/mandates/${m.id}/history`))
      .body as Array<{
      type: string;
      actor: string;
      payload: Record<string, unknown>;
    }>;
    expect(history.at(-1)).toMatchObject({
      type: 'deadline.recalculated',
      actor: 'mml.admin',
      payload: {
        fromDueOn: '2027-02-08',
        toDueOn: '2027-02-09',
        cause: expect.objectContaining({ source: 'DS 999-2027-PCM' }),
      },
    });

    // Withdrawn: the term goes back to its first count.
    const removed = await client.t.http
      .delete(`/api/v1/calendar/non-working-days/${added.body.id}`)
      .auth(await client.token('mml.admin'), { type: 'bearer' });
    expect(removed.status).toBeLessThan(300);
    const back = (await client.get('mml.gdu', `/api/v1/mandates/${m.id}`)).body as Resource;
    expect(back.deadlines[0]?.dueOn).toBe('2027-02-08');
    expect((await client.get('mml.admin', '/api/v1/audit/verify')).body).toMatchObject({
      ok: true,
    });
  });

  it('answers 400, not 500, to names of Object.prototype and to text no column can hold', async () => {
    const m = await createMandate(client);
    for (const type of ['toString', '__proto__', 'constructor', 'hasOwnProperty'])
      expect(fields((await client.post('mml.gdu', EVENTS(m.id), { type })).body)).toEqual(['type']);
    expect(
      fields((await client.get('mml.gdu', '/api/v1/mandates?state=constructor')).body),
    ).toEqual(['state']);
    const nul = await client.post('mml.gdu', EVENTS(m.id), {
      type: 'REPORT_PROGRESS',
      note: 'a\u0000b',
    });
    expectProblem(nul, 400, 'VALIDATION_FAILED');
    expect(fields(nul.body)).toEqual(['note']);
    const lone = await client.post('mml.gerente', '/api/v1/mandates', {
      title: 'roto \ud800',
      instructions: 'x',
      source: 'memorando',
      responsibleUnitId: await client.unitId('mml.gerente', 'GDU'),
      term: { days: 3, unit: 'business' },
    });
    expect(fields(lone.body)).toEqual(['title']);
    expect(fields((await client.get('mml.gdu', '/api/v1/mandates?q=a%00b')).body)).toEqual(['q']);
    expect(await auditTypes(m.id)).toEqual(['CREATE']);
  });

  it('sends an escalation that runs before its expiry, after expiring the term', async () => {
    // Thu 4 Feb 2027 10:00; 1 día hábil → ends with Fri 5 Feb; escalation to the Gerente 2 days later.
    await client.setClock('2027-02-04T15:00:00Z');
    const m = await createMandate(client, { term: { days: 1, unit: 'business' } });
    const deadlineId = m.deadlines[0]?.id ?? '';
    const [escalation] = await t.query<{ id: string }>(
      `SELECT id FROM deadline_timers WHERE deadline_id = $1 AND kind = 'escalation' AND level = 1`,
      [deadlineId],
    );
    // Move time without running anything, then let the escalation's job arrive first.
    const clock = t.app.get(Clock);
    if (!(clock instanceof ManualClock)) throw new Error('se esperaba CLOCK=manual');
    clock.set(new Date('2027-02-20T15:00:00Z'));
    expect(await t.app.get(TimersService).fire(escalation?.id ?? '')).toBe('done');
    const kinds = await t.query<{ kind: string; username: string }>(
      `SELECT n.kind, u.username FROM notifications n JOIN users u ON u.id = n.recipient_id
       WHERE n.deadline_id = $1 AND n.kind <> 'request' ORDER BY n.kind`,
      [deadlineId],
    );
    expect(kinds).toEqual([
      { kind: 'escalation', username: 'mml.gerente' },
      { kind: 'overdue', username: 'mml.gdu' },
    ]);
    expect(await auditTypes(m.id)).toEqual(['CREATE', 'deadline.expired', 'deadline.escalated']);
    await client.setClock('2027-02-20T15:00:01Z'); // the expiry timer finds the term already expired
    expect(await auditTypes(m.id)).toEqual([
      'CREATE',
      'deadline.expired',
      'deadline.escalated',
      'deadline.escalated',
    ]);
  });

  it('never counts a term on a calendar that changed under it', async () => {
    await client.setClock('2027-03-01T15:00:00Z'); // Mon 1 Mar 2027
    const created = Promise.all(Array.from({ length: 12 }, () => createMandate(client)));
    const change = client.post('mml.admin', '/api/v1/calendar/non-working-days', {
      date: '2027-03-03',
      name: 'Día no laborable (prueba de concurrencia)',
      source: 'DS 998-2027-PCM',
    });
    const [mandates, added] = await Promise.all([created, change]);
    expect(added.status).toBe(201);
    for (const m of mandates) {
      const now = (await client.get('mml.gdu', `/api/v1/mandates/${m.id}`)).body as Resource;
      // 5 días hábiles from Mon 1 Mar without Wed 3: 2, 4, 5, 8, 9.
      expect(now.deadlines[0]?.dueOn).toBe('2027-03-09');
    }
  });

  it('verifies the chain while transitions are being appended', async () => {
    const m = await createMandate(client);
    const writes = Array.from({ length: 15 }, (_, i) =>
      client.post('mml.gdu', EVENTS(m.id), { type: 'REPORT_PROGRESS', note: `Avance ${i}` }),
    );
    const verifies = Array.from({ length: 15 }, () =>
      client.get('mml.admin', '/api/v1/audit/verify'),
    );
    const results = await Promise.all([...writes, ...verifies]);
    for (const r of results.slice(15)) expect(r.body).toMatchObject({ ok: true });
    for (const r of results.slice(0, 15)) expect(r.status).toBe(200);
  });

  it('sends the expiry event a state declares when its term runs out', async () => {
    // A kind declared only for this test: the kernel runs any registered machine.
    const lapsing = setup({}).createMachine({
      id: 'lapsing',
      initial: 'waiting',
      context: ({ input }: { input: { unitId: string } }) => input,
      states: {
        waiting: {
          meta: {
            deadlines: [
              {
                code: 'respuesta',
                name: 'Respuesta',
                term: { days: 2, unit: 'business' },
                responsibleUnit: (c: { unitId: string }) => c.unitId,
                onExpiry: 'EXPIRE',
              },
            ],
          },
          on: { EXPIRE: 'lapsed', DONE: 'done' },
        },
        lapsed: { type: 'final' },
        done: { type: 'final' },
      },
    });
    t.app.get(WorkflowRegistry).register({
      kind: 'lapsing',
      version: 1,
      machine: lapsing,
      policy: () => true,
      events: { EXPIRE: null, DONE: null },
      searchText: () => '',
      label: () => 'Prueba',
    });
    await client.setClock('2027-04-05T15:00:00Z'); // Mon 5 Apr 2027: 2 días hábiles → Wed 7
    const [gerente] = await t.query<{ id: string; municipality_id: string; unit_id: string }>(
      `SELECT id, municipality_id, unit_id FROM users WHERE username = 'mml.gerente'`,
    );
    const actor = {
      userId: gerente?.id ?? '',
      name: 'mml.gerente',
      municipalityId: gerente?.municipality_id ?? '',
      unitId: gerente?.unit_id ?? null,
      roles: ['GERENTE_MUNICIPAL'],
    };
    const engine = t.app.get(WorkflowEngine);
    const created = await engine.create('lapsing', actor, { unitId: gerente?.unit_id });
    await client.setClock('2027-04-08T04:59:59Z');
    expect((await engine.get('lapsing', created.body.id, actor)).state).toBe('waiting');
    await client.setClock('2027-04-08T05:00:00Z');
    const after = await engine.get('lapsing', created.body.id, actor);
    expect(after).toMatchObject({ state: 'lapsed', deadlines: [] });
    expect(await auditTypes(created.body.id)).toEqual(['CREATE', 'deadline.expired', 'EXPIRE']);
    const [lapsedDeadline] = await t.query<{ status: string; closed_at: Date | null }>(
      `SELECT status, closed_at FROM deadlines WHERE instance_id = $1`,
      [created.body.id],
    );
    expect(lapsedDeadline).toMatchObject({ status: 'expired', closed_at: expect.any(Date) });
    const [history] = await t.query<{ actor_name: string }>(
      `SELECT actor_name FROM audit_events WHERE instance_id = $1 AND type = 'EXPIRE'`,
      [created.body.id],
    );
    expect(history?.actor_name).toBe('sistema');
  });

  it('prunes Idempotency-Keys after 24 hours and relayed outbox rows after 7 days, nothing else', async () => {
    await t.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours'`);
    await t.query(
      `UPDATE outbox SET sent_at = now() - interval '8 days' WHERE sent_at IS NOT NULL`,
    );
    const [{ keys, sent, audit }] = await t.query<{ keys: number; sent: number; audit: number }>(
      `SELECT (SELECT count(*)::int FROM idempotency_keys) AS keys,
              (SELECT count(*)::int FROM outbox WHERE sent_at IS NOT NULL) AS sent,
              (SELECT count(*)::int FROM audit_events) AS audit`,
    );
    expect(keys).toBeGreaterThan(0);
    await expect(t.app.get(KernelHousekeeping).prune()).resolves.toEqual({
      idempotencyKeys: keys,
      outbox: sent,
    });
    const [after] = await t.query<{ audit: number }>(
      `SELECT count(*)::int AS audit FROM audit_events`,
    );
    expect(after?.audit).toBe(audit);
  });

  it('separates duties: ADMIN creates nothing and acts on nothing; nobody assigns a mandate to their own unit', async () => {
    const body = {
      title: 'Inventario de bienes',
      instructions: 'Actualizar el inventario',
      source: 'reunion',
      responsibleUnitId: await client.unitId('mml.gerente', 'GDU'),
      term: { days: 5, unit: 'business' },
    };
    expectProblem(
      await client.post('mml.admin', '/api/v1/mandates', body),
      403,
      'ADMIN_DOES_NOT_ACT',
    );
    const own = await client.post('mml.gerente', '/api/v1/mandates', {
      ...body,
      responsibleUnitId: await client.unitId('mml.gerente', 'GMM'),
    });
    expectProblem(own, 400, 'VALIDATION_FAILED');
    expect(fields(own.body)).toEqual(['responsibleUnitId']);
    const m = await createMandate(client);
    expectProblem(
      await client.post('mml.admin', EVENTS(m.id), { type: 'CANCEL', reason: 'x' }),
      403,
      'ADMIN_DOES_NOT_ACT',
    );
  });

  it('exposes the kernel in Prometheus metrics', async () => {
    const metrics = (await t.http.get('/metrics')).text;
    expect(metrics).toMatch(
      /despacho_workflow_transitions_total\{kind="mandates",event="SUBMIT"\} [1-9]/,
    );
    // Expiries fired here (the manual clock jumped days): a jump is not lateness, so none is observed.
    expect(metrics).not.toMatch(/despacho_timer_lateness_seconds_count\{kind="expiry"\} [1-9]/);
    expect(metrics).toMatch(/despacho_queue_jobs\{queue="system",state="failed"\} \d+/);
    expect(metrics).toMatch(/despacho_outbox_unsent \d+/);
    expect(metrics).toMatch(/despacho_audit_unsealed \d+/);
    expect(metrics).toMatch(/despacho_timers_overdue \d+/);
  });

  it('moves the manual clock only for administrators, and the system clock not at all', async () => {
    expectProblem(
      await client.post('mml.gerente', '/api/v1/admin/clock', { now: '2027-01-01T00:00:00Z' }),
      403,
      'FORBIDDEN',
    );
    const bad = await client.post('mml.admin', '/api/v1/admin/clock', { now: 'mañana' });
    expect(fields(bad.body)).toEqual(['now']);
    expect((await client.get('mml.admin', '/api/v1/admin/clock')).body).toMatchObject({
      mode: 'manual',
    });
  });

  it('re-seals the chains in the earlier link format and back, only when they verify', async () => {
    const dataSource = t.app.get(DataSource);
    const migrationNamed = (name: string) => {
      const found = MIGRATIONS.map((M) => new M()).find((m) => m.name === name);
      if (!found) throw new Error(`falta la migración ${name}`);
      return found;
    };
    const atCommit = migrationNamed('AuditChainAtCommit1764460800000');
    const afterCommit = migrationNamed('AuditSealedAfterCommit1765674000000');
    // The later migration goes down first and comes back last, as a migration stack does.
    const migrate = async (step: 'up' | 'down') => {
      const runner = dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        if (step === 'down') {
          await afterCommit.down(runner);
          await atCommit.down(runner);
        } else {
          await atCommit.up(runner);
          await afterCommit.up(runner);
        }
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      } finally {
        await runner.release();
      }
    };
    // What a verification proves (how far it walked depends on the last checkpoint).
    const verify = async () => {
      const { ok, checked } = (await client.get('mml.admin', '/api/v1/audit/verify?full=true'))
        .body as { ok: boolean; checked: number };
      return { ok, checked };
    };
    const before = await verify();
    expect(before).toMatchObject({ ok: true });
    const links = () =>
      t.query<{ hash: string }>(`SELECT hash FROM audit_events ORDER BY municipality_id, seq`);
    const sealed = await links();

    await migrate('down');
    const earlier = await links();
    expect(earlier).toHaveLength(sealed.length);
    expect(earlier[0]?.hash).not.toBe(sealed[0]?.hash);
    await migrate('up');
    expect(await links()).toEqual(sealed);
    expect(await verify()).toEqual(before);

    // A chain that does not verify is not re-sealed: the migration fails and changes nothing.
    await t.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await t.query(`UPDATE audit_events SET actor_name = 'otro' WHERE seq = 2`);
      await expect(migrate('down')).rejects.toThrow(/no verifica en el evento 2/);
      await t.query(`UPDATE audit_events SET actor_name = 'mml.gerente' WHERE seq = 2`);
    } finally {
      await t.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
    expect(await verify()).toEqual(before);
  });

  it('never reports as committed a kernel transaction that a failed statement aborted', async () => {
    const dataSource = t.app.get(DataSource);
    await expect(
      transactionOpenedBy(dataSource, 'SELECT 1', async (manager) => {
        await queryRows(manager, 'SELECT 1 / 0').catch(() => undefined);
        return 'hecho';
      }),
    ).rejects.toThrow(/se revirtió/);
    // The connection went back to the pool usable, outside any transaction.
    expect(await transactionOpenedBy(dataSource, 'SELECT 1', async () => 'hecho')).toBe('hecho');
  });

  it('transitions when the clock was set back after the state was entered, its stay lasting zero', async () => {
    await client.setClock('2027-06-01T15:00:00Z');
    const m = await createMandate(client);
    // An operator moves the manual clock back (or the host's time is corrected).
    await client.setClock('2027-06-01T14:00:00Z');
    const submitted = await client.post('mml.gdu', EVENTS(m.id), {
      type: 'SUBMIT',
      evidence: 'Informe N° 9',
    });
    expect(submitted.status).toBe(200);
    const stays = await t.query<{ entered_at: Date; left_at: Date }>(
      `SELECT entered_at, left_at FROM state_stays WHERE instance_id = $1`,
      [m.id],
    );
    expect(stays).toHaveLength(1);
    expect(stays[0]?.left_at.getTime()).toBe(stays[0]?.entered_at.getTime());
  });
});
