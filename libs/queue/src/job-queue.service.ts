import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { type JobData, type JobName, QueueName } from './queue-names.js';

/** The one way to enqueue: typed by the job map. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue(QueueName.System) system: Queue) {
    this.queues = { [QueueName.System]: system };
  }

  async add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    data: JobData<Q, N>,
    options: JobsOptions & { jobId: string },
  ): Promise<void> {
    await this.queues[queue].add(name, data, {
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      ...options,
    });
  }

  /** Cheap round trip to the backend, for /health. */
  async ping(): Promise<void> {
    await this.queues[QueueName.System].getJobCounts('waiting');
  }
}
