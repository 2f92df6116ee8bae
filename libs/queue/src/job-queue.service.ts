import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import type { QueueBackendKind } from '#core';
import { QUEUE_BACKEND } from './queue-connection.js';
import { type JobData, type JobName, QueueName } from './queue-names.js';

/**
 * Completed jobs are kept a day (a replayed jobId is then still deduplicated). Redis also caps them
 * by count, to bound its memory; on PostgreSQL a count cap costs a scan of every kept job at each
 * completion (BullMQ trims with `id NOT IN (… LIMIT count)`), while the age cap is an index range.
 */
const defaultsFor = (backend: QueueBackendKind): JobsOptions => ({
  removeOnComplete: backend === 'redis' ? { age: 24 * 3600, count: 10_000 } : { age: 24 * 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
});

/** A job as the outbox stores it: queue and name checked against the map when it was written. */
export interface StoredJob {
  readonly name: string;
  readonly data: Record<string, unknown>;
  readonly jobId: string;
  readonly delay: number;
}

/** The one way to enqueue: typed by the job map. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;
  private readonly defaults: JobsOptions;

  constructor(
    @InjectQueue(QueueName.System) system: Queue,
    @InjectQueue(QueueName.Timers) timers: Queue,
    @InjectQueue(QueueName.Periodic) periodic: Queue,
    @Inject(QUEUE_BACKEND) backend: QueueBackendKind,
  ) {
    this.defaults = defaultsFor(backend);
    this.queues = {
      [QueueName.System]: system,
      [QueueName.Timers]: timers,
      [QueueName.Periodic]: periodic,
    };
  }

  async add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    data: JobData<Q, N>,
    options: JobsOptions & { jobId: string },
  ): Promise<void> {
    await this.queues[queue].add(name, data, { ...this.defaults, ...options });
  }

  /** For the outbox relay: a job id that already exists is left alone, so a replay adds nothing. */
  async addStored(queue: QueueName, jobs: readonly StoredJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queues[queue].addBulk(
      jobs.map((job) => ({
        name: job.name,
        data: job.data,
        opts: { ...this.defaults, jobId: job.jobId, delay: Math.max(0, job.delay) },
      })),
    );
  }

  /** Jobs per queue and state, for /metrics (waiting, delayed, active, failed). */
  async depth(): Promise<{ queue: QueueName; state: string; count: number }[]> {
    const states = ['waiting', 'delayed', 'active', 'failed'] as const;
    const rows = await Promise.all(
      Object.values(QueueName).map(async (queue) => {
        const counts = await this.queues[queue].getJobCounts(...states);
        return states.map((state) => ({ queue, state, count: counts[state] ?? 0 }));
      }),
    );
    return rows.flat();
  }

  /** Cheap round trip to the backend, for /health. */
  async ping(): Promise<void> {
    await this.queues[QueueName.System].getJobCounts('waiting');
  }
}
