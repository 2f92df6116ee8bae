import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '#queue';
import { timerJobId, timerJobIdSql, TimerSweeper } from '#workflow';
import { createMandate } from './support/mandates.js';
import { expectProblem } from './support/problems.js';
import { env, TEST_REDIS_URL } from './support/services.js';
import { createTestDatabase, startTestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/** A sweeper whose interval never comes during a test: `sweep()` is called where it would run. */
const SWEEP_BY_HAND = String(10 * 60_000);

const redisUrl = env(TEST_REDIS_URL);
const backends: Array<[string, Record<string, string>]> = [
  ['postgres', { QUEUE_BACKEND: 'postgres' }],
];
// The global setup fails the run in CI when Redis is missing; on a workstation without it, Redis is left out.
if (redisUrl) backends.push(['redis', { QUEUE_BACKEND: 'redis', REDIS_URL: redisUrl }]);

describe.each(backends)(
  'Durability of transitions and timers (queues on %s)',
  (_backend, queue) => {
    it('relays what a crashed process committed but never enqueued', async () => {
      const databaseUrl = await createTestDatabase();
      // A 30-day arming horizon: the mandate's timers go through the outbox at once.
      const near = { ...queue, TIMER_HORIZON_MS: String(30 * 86_400_000) };
      // A process that dies right after its commits: nothing relays its outbox.
      const crashed = await startTestApp(
        { ...near, OUTBOX_RELAY_ON_COMMIT: 'false', OUTBOX_POLL_MS: '0', TIMER_SWEEP_MS: '0' },
        databaseUrl,
      );
      const m = await createMandate(new WorkflowClient(crashed));
      const jobs = await crashed.query<{ id: string }>(
        `SELECT DISTINCT o.job_id AS id FROM deadline_timers t
         JOIN outbox o ON o.job_id = (${timerJobIdSql('t.fire_at', 't.id', 't.armed_at')})::text
         WHERE t.deadline_id = $1 AND o.sent_at IS NULL`,
        [m.deadlines[0]?.id],
      );
      expect(jobs.length).toBeGreaterThan(0);
      await crashed.close();

      const restarted = await startTestApp(near, databaseUrl);
      try {
        const client = new WorkflowClient(restarted);
        const queue = restarted.app.get<Queue>(getQueueToken(QueueName.Timers));
        // Each instant with timers became one delayed job whose id is the outbox row's id.
        for (const { id } of jobs)
          await client.eventually(
            async () => (await queue.getJob(id)) ?? undefined,
            'el trabajo diferido del temporizador, encolado por el relé tras el reinicio',
          );
        expect(await restarted.query(`SELECT id FROM outbox WHERE sent_at IS NULL`)).toEqual([]);
        expectProblem(
          await client.post('mml.admin', '/api/v1/admin/clock', { now: '2027-01-01T00:00:00Z' }),
          409,
          'CLOCK_NOT_MANUAL',
        );
      } finally {
        await restarted.close();
      }
    });

    it('keeps timers across a restart and fires them when due', async () => {
      const databaseUrl = await createTestDatabase();
      const manual = { ...queue, CLOCK: 'manual', TIMER_SWEEP_MS: '0' };
      const first = await startTestApp(manual, databaseUrl);
      const firstClient = new WorkflowClient(first);
      await firstClient.setClock('2026-12-01T15:00:00Z');
      const m = await createMandate(firstClient);
      await first.close();

      const second = await startTestApp(manual, databaseUrl);
      try {
        const client = new WorkflowClient(second);
        await client.setClock('2026-12-11T05:00:00Z');
        const overdue = await second.query<{ username: string }>(
          `SELECT u.username FROM notifications n JOIN users u ON u.id = n.recipient_id
         WHERE n.instance_id = $1 AND n.kind = 'overdue'`,
          [m.id],
        );
        expect(overdue).toEqual([{ username: 'mml.gdu' }]);
      } finally {
        await second.close();
      }
    });

    it('arms a far timer when it comes near, and its delayed job fires it on time', async () => {
      // The sweeper's interval (10 min) never comes in the test: its pass runs once, by hand, where
      // the interval would. Then only the instant's job can fire the timers, whatever the load of
      // the machine (the sweeper's 2 s catch-up would otherwise race the job).
      const app = await startTestApp({ ...queue, TIMER_SWEEP_MS: SWEEP_BY_HAND });
      try {
        const client = new WorkflowClient(app);
        const m = await createMandate(client);
        const [timer] = await app.query<{ id: string; armed_at: Date | null }>(
          `SELECT id, armed_at FROM deadline_timers WHERE deadline_id = $1 AND kind = 'expiry'`,
          [m.deadlines[0]?.id],
        );
        // Days away: it waits in PostgreSQL, with no job in the queue.
        expect(timer?.armed_at).toBeNull();
        const timerId = timer?.id ?? '';
        const timers = app.app.get<Queue>(getQueueToken(QueueName.Timers));
        expect(await timers.count()).toBe(0);
        // Time passes (simulated): the term now ends in 1.5 s.
        const dueAt = new Date(Date.now() + 1500);
        await app.query(`UPDATE deadline_timers SET fire_at = $2 WHERE id = $1`, [timerId, dueAt]);
        await app.query(`UPDATE deadlines SET due_at = $2 WHERE id = $1`, [
          m.deadlines[0]?.id,
          dueAt,
        ]);
        await app.app.get(TimerSweeper, { strict: false }).sweep();
        // The job of its instant (one per instant, whatever the number of timers due then).
        const job = await client.eventually(async () => {
          const found = await timers.getJob(timerJobId(dueAt));
          return found?.finishedOn ? found : undefined;
        }, 'el temporizador armado por el barrido y disparado por su trabajo');
        expect(job.returnvalue).toBe('done');
        const [fired] = await app.query<{ fired_at: Date }>(
          `SELECT fired_at FROM deadline_timers WHERE id = $1`,
          [timerId],
        );
        expect(fired?.fired_at.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
        // On the system clock its punctuality is measured.
        expect((await app.http.get('/metrics')).text).toMatch(
          /despacho_timer_lateness_seconds_count\{kind="expiry"\} 1\b/,
        );
      } finally {
        await app.close();
      }
    });

    it('fires every timer due at one instant from one job, never early', async () => {
      // The sweeper's interval (10 min) never comes in the test: its pass runs once, by hand, where
      // the interval would. Then only the instant's job can fire the timers, whatever the load of
      // the machine (the sweeper's 2 s catch-up would otherwise race the job).
      const app = await startTestApp({ ...queue, TIMER_SWEEP_MS: SWEEP_BY_HAND });
      try {
        const client = new WorkflowClient(app);
        const mandates = [];
        for (let i = 0; i < 25; i++) mandates.push(await createMandate(client));
        const deadlineIds = mandates.map((m) => m.deadlines[0]?.id);
        // Terms end together, as they do at the end of a day; here in 1.5 s.
        const dueAt = new Date(Date.now() + 1500);
        await app.query(
          `UPDATE deadline_timers SET fire_at = $2 WHERE deadline_id = ANY($1) AND kind = 'expiry'`,
          [deadlineIds, dueAt],
        );
        await app.query(`UPDATE deadlines SET due_at = $2 WHERE id = ANY($1)`, [
          deadlineIds,
          dueAt,
        ]);
        await app.app.get(TimerSweeper, { strict: false }).sweep();
        const fired = await client.eventually(async () => {
          const rows = await app.query<{ fired_at: Date }>(
            `SELECT fired_at FROM deadline_timers
             WHERE deadline_id = ANY($1) AND kind = 'expiry' AND status = 'fired'`,
            [deadlineIds],
          );
          return rows.length === mandates.length ? rows : undefined;
        }, 'los 25 vencimientos disparados');
        for (const row of fired)
          expect(row.fired_at.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
        expect(
          await app.query(
            `SELECT job_id AS id FROM outbox WHERE name = 'timer.fire' AND available_at = $1`,
            [dueAt],
          ),
        ).toEqual([{ id: timerJobId(dueAt) }]);
        const timers = app.app.get<Queue>(getQueueToken(QueueName.Timers));
        const job = await client.eventually(async () => {
          const found = await timers.getJob(timerJobId(dueAt));
          return found?.finishedOn ? found : undefined;
        }, 'el trabajo del instante');
        expect(job.returnvalue).toBe('done');
        const [overdue] = await app.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notifications WHERE deadline_id = ANY($1) AND kind = 'overdue'`,
          [deadlineIds],
        );
        expect(overdue?.n).toBe(mandates.length);
      } finally {
        await app.close();
      }
    });

    it('re-arms a timer whose job the queue lost, and its delayed job fires it on time', async () => {
      const app = await startTestApp({
        ...queue,
        TIMER_SWEEP_MS: SWEEP_BY_HAND,
        TIMER_HORIZON_MS: String(30 * 86_400_000),
      });
      try {
        const client = new WorkflowClient(app);
        const m = await createMandate(client);
        const [timer] = await app.query<{ id: string; fire_at: Date }>(
          `SELECT id, fire_at FROM deadline_timers WHERE deadline_id = $1 AND kind = 'expiry'`,
          [m.deadlines[0]?.id],
        );
        const timerId = timer?.id ?? '';
        const timers = app.app.get<Queue>(getQueueToken(QueueName.Timers));
        const armed = timerJobId(timer?.fire_at ?? new Date());
        await client.eventually(
          async () => (await timers.getJob(armed)) ?? undefined,
          'el trabajo diferido',
        );
        // The queue loses the job (Redis without its data) and the term now ends in 1.5 s.
        await timers.remove(armed);
        const dueAt = new Date(Date.now() + 1500);
        await app.query(`UPDATE deadline_timers SET fire_at = $2 WHERE id = $1`, [timerId, dueAt]);
        await app.query(`UPDATE deadlines SET due_at = $2 WHERE id = $1`, [
          m.deadlines[0]?.id,
          dueAt,
        ]);
        await app.app.get(TimerSweeper, { strict: false }).sweep();

        const fired = await client.eventually(async () => {
          const rows = await app.query<{ fired_at: Date }>(
            `SELECT fired_at FROM deadline_timers WHERE id = $1 AND status = 'fired'`,
            [timerId],
          );
          return rows[0];
        }, 'el vencimiento disparado');
        const lateness = fired.fired_at.getTime() - dueAt.getTime();
        expect(lateness).toBeGreaterThanOrEqual(0);
        // Fired by the re-armed delayed job, not by the sweeper's catch-up (which waits 2 s).
        const job = await client.eventually(async () => {
          const found = await timers.getJob(timerJobId(dueAt));
          return found?.finishedOn ? found : undefined;
        }, 'el trabajo terminado');
        expect(job.returnvalue).toBe('done');
        expect(
          await app.query(
            `SELECT id FROM notifications WHERE instance_id = $1 AND kind = 'overdue'`,
            [m.id],
          ),
        ).toHaveLength(1);
      } finally {
        await app.close();
      }
    });
  },
);
