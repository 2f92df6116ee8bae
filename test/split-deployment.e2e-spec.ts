import { randomBytes, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import pg from 'pg';
import request from 'supertest';
import { configureQueueBackend, QueueName } from '#queue';
import { DespachoProcess, freePort } from './support/despacho-process.js';
import { createMandate } from './support/mandates.js';
import { expectProblem } from './support/problems.js';
import { env, TEST_PG_ADMIN_URL, TEST_REDIS_URL } from './support/services.js';
import { createTestDatabase, DEMO_PASSWORD } from './support/test-app.js';
import { type Resource, WorkflowClient } from './support/workflow-client.js';

/**
 * A split deployment with CLOCK=manual: the API (DESPACHO_ROLE=api) and the worker entry point as
 * separate processes on one database. The time moved through the API is the worker's time too.
 */
const redisUrl = env(TEST_REDIS_URL);
const backends: Array<[string, Record<string, string>]> = [
  ['postgres', { QUEUE_BACKEND: 'postgres' }],
];
// The global setup fails the run in CI when Redis is missing; on a workstation without it, Redis is left out.
if (redisUrl) backends.push(['redis', { QUEUE_BACKEND: 'redis', REDIS_URL: redisUrl }]);

/** How long the API waits for a worker to fire what a move made due (the 503 case waits it out). */
const MOVE_TIMEOUT_MS = 5000;

interface Notification {
  kind: string;
  instanceId: string | null;
  createdAt: string;
}

interface HistoryEntry {
  type: string;
  at: string;
}

describe.each(backends)(
  'Split deployment: API and worker processes share the manual clock (queues on %s)',
  (backend, queueEnv) => {
    let databaseUrl: string;
    let shared: Record<string, string>;
    let api: DespachoProcess;
    let worker: DespachoProcess | undefined;
    let db: pg.Pool;
    let timers: Queue;
    let client: WorkflowClient;

    const startWorker = () =>
      DespachoProcess.start(
        `worker (${backend})`,
        'dist/apps/worker/src/main.js',
        // Info: the worker's own log shows its clock moving.
        { ...shared, LOG_LEVEL: 'info' },
        async (p) => p.output.includes('Worker de Despacho en marcha'),
      );

    beforeAll(async () => {
      databaseUrl = await createTestDatabase();
      const prefix = databaseUrl.slice(databaseUrl.lastIndexOf('/') + 1);
      const port = await freePort();
      shared = {
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        JWT_SECRET: randomBytes(32).toString('hex'),
        CLOCK: 'manual',
        QUEUE_PREFIX: prefix,
        SEED_DEMO: 'true',
        DEMO_PASSWORD,
        ...queueEnv,
      };
      api = await DespachoProcess.start(
        `api (${backend})`,
        'dist/apps/api/src/main.js',
        {
          ...shared,
          DESPACHO_ROLE: 'api',
          MIGRATE_ON_BOOT: 'true',
          HOST: '127.0.0.1',
          PORT: String(port),
          LOGIN_RATE_LIMIT: '1000',
          CLOCK_MOVE_TIMEOUT_MS: String(MOVE_TIMEOUT_MS),
          LOG_LEVEL: 'warn',
        },
        async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200,
      );
      // After the API migrated the database.
      worker = await startWorker();

      const http = request(`http://127.0.0.1:${port}`);
      client = new WorkflowClient({
        http,
        async login(username, password = DEMO_PASSWORD) {
          const response = await http.post('/api/v1/auth/login').send({ username, password });
          if (response.status !== 200)
            throw new Error(`login ${username}: ${response.status} ${response.text}`);
          return (response.body as { accessToken: string }).accessToken;
        },
      });
      db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
      // The test's own view of the deployment's timer queue.
      const connection = configureQueueBackend({
        backend: backend === 'redis' ? 'redis' : 'postgres',
        databaseUrl,
        redisUrl,
        prefix,
      });
      timers = new Queue(QueueName.Timers, { connection, prefix });
    });

    afterAll(async () => {
      await worker?.stop();
      await api?.stop();
      if (timers) {
        await timers.obliterate({ force: true }).catch(() => undefined);
        await timers.close();
      }
      await db?.end();
      if (databaseUrl) {
        const admin = new pg.Client({ connectionString: env(TEST_PG_ADMIN_URL) });
        await admin.connect();
        const name = databaseUrl.slice(databaseUrl.lastIndexOf('/') + 1);
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    });

    const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
      (await db.query(sql, params)).rows as T[];
    const deadlineOf = async (id: string) =>
      ((await client.get('mml.gerente', `/api/v1/mandates/${id}`)).body as Resource).deadlines[0];
    const overdueFor = async (id: string) =>
      (
        (await client.get('mml.gdu', '/api/v1/notifications')).body as { items: Notification[] }
      ).items.filter((n) => n.kind === 'overdue' && n.instanceId === id);
    const expiryTimer = async (deadlineId: string) =>
      (
        await query<{ status: string; fired_at: Date | null }>(
          `SELECT status, fired_at FROM deadline_timers WHERE deadline_id = $1 AND kind = 'expiry'`,
          [deadlineId],
        )
      )[0];

    it('fires a deadline armed through the API in the worker when the API moves the clock, never before', async () => {
      // Tue 3 Nov 2026, 10:00 in Lima; 2 días hábiles: Wed 4 and Thu 5 → due at the end of Thu 5.
      // Long past on the system clock: only the manual one keeps the term open.
      await client.setClock('2026-11-03T15:00:00Z');
      const m = await createMandate(client, { term: { days: 2, unit: 'business' } });
      const dueAt = '2026-11-06T05:00:00.000Z';
      expect(m.deadlines[0]).toMatchObject({ dueOn: '2026-11-05', dueAt, status: 'pending' });
      const deadlineId = m.deadlines[0]?.id ?? '';

      // The job of the instant, run as if real time had got there first: the worker reads the
      // deployment's time (still 3 Nov) and fires nothing.
      const early = await timers.add('timer.fire', { at: dueAt }, { jobId: randomUUID() });
      await client.eventually(
        async () => ((await timers.getJob(early.id ?? ''))?.finishedOn ? true : undefined),
        'el trabajo adelantado, procesado por el worker',
      );
      expect(await expiryTimer(deadlineId)).toMatchObject({ status: 'pending', fired_at: null });

      // Just before the end of the last day: still on time.
      await client.setClock('2026-11-06T04:59:59.999Z');
      expect(await deadlineOf(m.id)).toMatchObject({ status: 'pending' });
      expect(await overdueFor(m.id)).toEqual([]);
      expect((await expiryTimer(deadlineId))?.status).toBe('pending');

      // Past it: the answer comes once the worker has fired the expiry, at the moved time.
      const moved = await client.setClock(dueAt);
      expect(moved).toEqual({ now: dueAt, mode: 'manual', firedTimers: 1 });
      expect(await deadlineOf(m.id)).toMatchObject({ status: 'expired' });
      expect(await overdueFor(m.id)).toEqual([expect.objectContaining({ createdAt: dueAt })]);
      const history = (await client.get('mml.gerente', `/api/v1/mandates/${m.id}/history`))
        .body as HistoryEntry[];
      expect(history.map((h) => h.type)).toEqual(['CREATE', 'deadline.expired']);
      expect(history[1]?.at).toBe(dueAt);
      // The worker's own clock moved: it stamped the timer with the new time, from the move's job.
      expect((await expiryTimer(deadlineId))?.fired_at?.toISOString()).toBe(dueAt);
      const [row] = await query<{ move_id: string }>(`SELECT move_id FROM manual_clock`);
      const job = await timers.getJob(row?.move_id ?? '');
      expect(job?.returnvalue).toBe('done');
      // The worker's log reaches its output asynchronously (pino): wait for the line.
      const movedLine = new RegExp(
        `"now":"${dueAt.replace(/\./g, '\\.')}".*"msg":"Reloj manual movido"`,
      );
      await client.eventually(
        async () => (movedLine.test(worker?.output ?? '') ? true : undefined),
        'el worker registra el reloj movido',
      );
    });

    it('moves back without undoing what fired or firing anything', async () => {
      const [before] = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM deadline_timers WHERE status = 'fired'`,
      );
      expect(await client.setClock('2026-11-04T15:00:00Z')).toMatchObject({ firedTimers: 0 });
      expect((await client.get('mml.admin', '/api/v1/admin/clock')).body).toEqual({
        now: '2026-11-04T15:00:00.000Z',
        mode: 'manual',
      });
      const [after] = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM deadline_timers WHERE status = 'fired'`,
      );
      expect(after?.n).toBe(before?.n);
      await client.eventually(
        async () =>
          worker?.output.includes('"now":"2026-11-04T15:00:00.000Z"') ? true : undefined,
        'el worker oye que el reloj volvió atrás',
      );
    });

    it('answers 503 when no worker fires what fell due, and a repeat once one is back', async () => {
      await worker?.stop();
      worker = undefined;
      // Wed 4 Nov; 1 día hábil: Thu 5 → due at the end of Thu 5.
      const m = await createMandate(client, { term: { days: 1, unit: 'business' } });
      const dueAt = '2026-11-06T05:00:00.000Z';
      expect(m.deadlines[0]?.dueAt).toBe(dueAt);
      const refused = await client.post('mml.admin', '/api/v1/admin/clock', { now: dueAt });
      expectProblem(refused, 503, 'CLOCK_TIMERS_PENDING');
      // The time moved all the same; nothing fired it.
      expect((await client.get('mml.admin', '/api/v1/admin/clock')).body).toMatchObject({
        now: dueAt,
      });
      expect(await deadlineOf(m.id)).toMatchObject({ status: 'pending' });

      worker = await startWorker();
      expect((await client.setClock(dueAt)).now).toBe(dueAt);
      expect(await deadlineOf(m.id)).toMatchObject({ status: 'expired' });
      expect(await overdueFor(m.id)).toEqual([expect.objectContaining({ createdAt: dueAt })]);
    });
  },
);
