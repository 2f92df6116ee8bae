import { Processor } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '#core';
import { JobHandlerRegistry, type JobOutcome, QueueName, QueueWorkerHost } from '#queue';

/**
 * Deadline timers. A job fires everything due in one pass per process, so one job at a time
 * (TIMER_CONCURRENCY, default 1) is enough; more only contend for the same rows.
 */
@Processor(QueueName.Timers)
export class TimersProcessor extends QueueWorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.timerConcurrency;
  }

  process(job: Job): Promise<JobOutcome> {
    return this.registry.dispatch(QueueName.Timers, job);
  }
}
