import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { type JobData, type JobName, QueueName } from './queue-names.js';

const DEFAULTS: JobsOptions = {
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
};

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

  constructor(
    @InjectQueue(QueueName.System) system: Queue,
    @InjectQueue(QueueName.Timers) timers: Queue,
  ) {
    this.queues = {
      [QueueName.System]: system,
      [QueueName.Timers]: timers,
    };
  }

  async add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    data: JobData<Q, N>,
    options: JobsOptions & { jobId: string },
  ): Promise<void> {
    await this.queues[queue].add(name, data, { ...DEFAULTS, ...options });
  }

  /** For the outbox relay: a job id that already exists is left alone, so a replay adds nothing. */
  async addStored(queue: QueueName, jobs: readonly StoredJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queues[queue].addBulk(
      jobs.map((job) => ({
        name: job.name,
        data: job.data,
        opts: { ...DEFAULTS, jobId: job.jobId, delay: Math.max(0, job.delay) },
      })),
    );
  }

  /** Cheap round trip to the backend, for /health. */
  async ping(): Promise<void> {
    await this.queues[QueueName.System].getJobCounts('waiting');
  }
}
