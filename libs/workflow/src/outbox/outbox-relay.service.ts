import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock } from '#core';
import { queryRows, execute } from '#database';
import {
  isQueueName,
  JobQueue,
  Periodic,
  type PeriodicTask,
  type QueueName,
  type StoredJob,
} from '#queue';

interface OutboxRow {
  id: string;
  /** The job the row requests, when several rows may request one (timers of an instant). */
  job_id: string | null;
  queue: string;
  name: string;
  payload: Record<string, unknown>;
  available_at: Date;
}

const BATCH = 500;

/**
 * Moves committed outbox rows into BullMQ. Claimed with FOR UPDATE SKIP LOCKED so relays in several
 * processes share the work; jobId = the job the row names (its id otherwise), so a row enqueued twice (crash before
 * `sent_at`) is one job. The process that committed relays at once (`afterCommit`); the poll, once
 * per OUTBOX_POLL_MS in the whole deployment, relays what a process that died after its commit left.
 */
@Injectable()
@Periodic({ name: 'outbox.poll', everyMs: (config) => config.outboxPollMs })
export class OutboxRelay
  implements OnApplicationBootstrap, BeforeApplicationShutdown, PeriodicTask
{
  private readonly logger = new Logger(OutboxRelay.name);
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What an earlier run of this process left (its own crash after a commit). */
  onApplicationBootstrap(): void {
    this.kick();
  }

  // Before the queues and the database close (their own shutdown hooks come after this one).
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** The poll: a pass (or, during one, the pass under way, which starts another when it ends). */
  async runPeriodic(): Promise<void> {
    this.kick();
    await this.running;
  }

  /** After a commit: drain soon, coalescing bursts into one pass. */
  afterCommit(): void {
    if (this.config.outboxRelayOnCommit) this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'El relé del outbox falló; se reintenta'),
      )
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Relays every unsent row; returns how many. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.relayBatch();
      total += sent;
      if (sent < BATCH || this.stopped) return total;
    }
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<OutboxRow>(
        manager,
        `SELECT id, job_id, queue, name, payload, available_at FROM outbox
         WHERE sent_at IS NULL ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      // A delay counted from a stale manual time would hold a moved clock's job for the whole jump.
      await this.clock.sync();
      const now = this.clock.now().getTime();
      const byQueue = new Map<QueueName, StoredJob[]>();
      const requested = new Set<string>();
      for (const row of rows) {
        if (!isQueueName(row.queue)) throw new Error(`Cola desconocida en el outbox: ${row.queue}`);
        // Rows naming a job already in this batch add nothing (BullMQ would keep one anyway).
        const jobId = row.job_id ?? row.id;
        if (requested.has(jobId)) continue;
        requested.add(jobId);
        const jobs = byQueue.get(row.queue) ?? [];
        jobs.push({
          name: row.name,
          data: row.payload,
          jobId,
          delay: row.available_at.getTime() - now,
        });
        byQueue.set(row.queue, jobs);
      }
      for (const [queue, jobs] of byQueue) await this.queues.addStored(queue, jobs);
      await execute(
        manager,
        `UPDATE outbox SET sent_at = clock_timestamp() WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      this.logger.debug({ rows: rows.length, jobs: requested.size }, 'Outbox relevado a las colas');
      return rows.length;
    });
  }
}
