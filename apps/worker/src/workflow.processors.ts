import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '#core';
import { JobHandlerRegistry, type JobOutcome, QueueName } from '#queue';

/** Deadline timers; concurrency from TIMER_CONCURRENCY (many fall due at once at midnight). */
@Processor(QueueName.Timers)
export class TimersProcessor extends WorkerHost implements OnApplicationBootstrap {
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
