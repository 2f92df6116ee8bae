import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobHandlerRegistry, type JobOutcome, QueueName, QueueWorkerHost } from '#queue';

/** Consumes the `system` queue; the registry routes each job to its one handler. */
@Processor(QueueName.System, { concurrency: 4 })
export class SystemProcessor extends QueueWorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job): Promise<JobOutcome> {
    return this.registry.dispatch(QueueName.System, job);
  }
}
