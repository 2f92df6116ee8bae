import { jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { PeriodicTasks, QueueName } from '#queue';
import { env, TEST_REDIS_URL } from './support/services.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/**
 * Two workers (two full apps, each with its worker, on one database and one set of queues): each
 * periodic task runs once per interval in the deployment, not once per worker.
 */
const redisUrl = env(TEST_REDIS_URL);
const backends: Array<[string, Record<string, string>]> = [
  ['postgres', { QUEUE_BACKEND: 'postgres' }],
];
// The global setup fails the run in CI when Redis is missing; on a workstation without it, Redis is left out.
if (redisUrl) backends.push(['redis', { QUEUE_BACKEND: 'redis', REDIS_URL: redisUrl }]);

const POLL_MS = 250;
const SWEEP_MS = 500;
const SEAL_MS = 300;
const TASKS = ['audit.checkpoint', 'audit.seal', 'housekeeping', 'outbox.poll', 'timers.sweep'];

interface Run {
  readonly worker: string;
  readonly task: string;
  readonly jobId: string;
  readonly at: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(backends)('Periodic tasks, once per deployment (queues on %s)', (_backend, queue) => {
  const settings = {
    ...queue,
    OUTBOX_POLL_MS: String(POLL_MS),
    TIMER_SWEEP_MS: String(SWEEP_MS),
    AUDIT_SEAL_MS: String(SEAL_MS),
  };
  const runs: Run[] = [];
  let a: TestApp | undefined;
  let b: TestApp | undefined;

  /** Every run of a periodic job in `app`, with the job (one per interval of its scheduler). */
  const record = (worker: string, app: TestApp) => {
    const tasks = app.app.get(PeriodicTasks);
    const run = tasks.run.bind(tasks);
    jest.spyOn(tasks, 'run').mockImplementation(async (job: Job) => {
      const outcome = await run(job);
      runs.push({ worker, task: job.name, jobId: job.id ?? '', at: Date.now() });
      return outcome;
    });
  };
  const runsOf = (task: string, from: number, to = Infinity) =>
    runs.filter((r) => r.task === task && r.at >= from && r.at < to);

  beforeAll(async () => {
    a = await startTestApp(settings);
    b = await startTestApp(settings, a.databaseUrl);
    record('a', a);
    record('b', b);
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('keeps one scheduler per task, at the configured interval', async () => {
    const periodic = (b as TestApp).app.get<Queue>(getQueueToken(QueueName.Periodic));
    const schedulers = await periodic.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every]).sort()).toEqual([
      ['audit.checkpoint', 60_000],
      ['audit.seal', SEAL_MS],
      ['housekeeping', 3_600_000],
      ['outbox.poll', POLL_MS],
      ['timers.sweep', SWEEP_MS],
    ]);
  });

  it('runs each task once per interval with two workers, never one interval twice', async () => {
    const from = Date.now();
    await sleep(3000);
    const to = Date.now();
    const window = to - from;
    const poll = runsOf('outbox.poll', from, to);
    const sweep = runsOf('timers.sweep', from, to);
    const seal = runsOf('audit.seal', from, to);
    // A worker each would be twice as many; a loaded machine may run fewer, never more.
    expect(seal.length).toBeGreaterThanOrEqual(3);
    expect(seal.length).toBeLessThanOrEqual(Math.ceil(window / SEAL_MS) + 1);
    expect(poll.length).toBeGreaterThanOrEqual(3);
    expect(poll.length).toBeLessThanOrEqual(Math.ceil(window / POLL_MS) + 1);
    expect(sweep.length).toBeGreaterThanOrEqual(2);
    expect(sweep.length).toBeLessThanOrEqual(Math.ceil(window / SWEEP_MS) + 1);
    // Each run is its own interval's job, whichever worker took it.
    const ids = runs.map((r) => r.jobId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(TASKS).toEqual(expect.arrayContaining([...new Set(runs.map((r) => r.task))]));
  });

  it('relays, from the poll, an outbox row that no process kicked', async () => {
    const app = a as TestApp;
    // As a process that died right after its commit leaves it.
    await app.query(
      `INSERT INTO outbox (job_id, queue, name, payload, available_at)
       VALUES ('periodic-e2e', 'system', 'ping', '{"pingId":"none"}', now())`,
    );
    const system = app.app.get<Queue>(getQueueToken(QueueName.System));
    const client = new WorkflowClient(app);
    await client.eventually(
      async () => (await system.getJob('periodic-e2e')) ?? undefined,
      'el trabajo del outbox, encolado por el sondeo periódico',
    );
    // Marked sent in the claim's transaction, which commits after the job is in the queue.
    await client.eventually(async () => {
      const [row] = await app.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
      );
      return row?.n === 0 ? true : undefined;
    }, 'la fila del outbox marcada como enviada');
  });

  it('goes on in the other worker when one stops, and stopping removes no scheduler', async () => {
    await a?.close();
    a = undefined;
    const periodic = (b as TestApp).app.get<Queue>(getQueueToken(QueueName.Periodic));
    expect((await periodic.getJobSchedulers()).map((s) => s.key).sort()).toEqual(TASKS);
    const from = Date.now();
    await sleep(2000);
    const poll = runsOf('outbox.poll', from);
    const sweep = runsOf('timers.sweep', from);
    expect(poll.length).toBeGreaterThanOrEqual(2);
    expect(sweep.length).toBeGreaterThanOrEqual(1);
    for (const run of [...poll, ...sweep]) expect(run.worker).toBe('b');
    const ids = runs.map((r) => r.jobId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
