import { Processor } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { type JobOutcome, PeriodicTasks, QueueName, QueueWorkerHost } from '#queue';

/** Retry of a failed scheduling at boot (the queue's backend may still be coming up). */
const RETRY_MS = 5000;

/**
 * Consumes the `periodic` queue: one job per interval of each @Periodic task, on whichever worker
 * takes it. Tasks run side by side (a slow hourly one does not hold the others back).
 */
@Processor(QueueName.Periodic, { concurrency: 8 })
export class PeriodicProcessor
  extends QueueWorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(PeriodicProcessor.name);
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly tasks: PeriodicTasks) {
    super();
  }

  onApplicationBootstrap(): void {
    const start = (): void => {
      this.tasks.startScheduling().catch((error: unknown) => {
        this.logger.error(
          { err: error },
          'No se pudo programar las tareas periódicas; se reintenta',
        );
        this.retry = setTimeout(start, RETRY_MS);
        this.retry.unref();
      });
    };
    start();
  }

  /**
   * First of the shutdown hooks: takes no new run and waits for the one under way, before the
   * tasks' own services stop. The schedulers stay: the other workers go on running them.
   */
  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.retry);
    let worker: Worker | undefined;
    try {
      worker = this.worker;
    } catch {
      // Not created yet: the application stops during its boot.
    }
    await worker?.close();
  }

  process(job: Job): Promise<JobOutcome> {
    return this.tasks.run(job);
  }
}
