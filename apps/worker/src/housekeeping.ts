import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { AccountHousekeeping } from '#org';
import { HandlesJob, type JobHandler, type JobOutcome, JobQueue, QueueName } from '#queue';
import { KernelHousekeeping } from '#workflow';

const HOURLY = 3_600_000;

/**
 * One job id per hour of real time: every worker enqueues it, the queue keeps the first (a job id
 * that exists is not added again), so a deployment cleans up once an hour however many workers run.
 */
export const housekeepingJobId = (at: Date): string =>
  `housekeeping-${at.toISOString().slice(0, 13).replace('T', '-')}`;

/**
 * `system:housekeeping`: deletes what has outlived its use (the kernel's idempotency keys and
 * relayed outbox rows; ended sessions and stale login failures). Idempotent; a failure is retried.
 */
@Injectable()
@HandlesJob({ queue: QueueName.System, name: 'housekeeping' })
export class HousekeepingHandler implements JobHandler<QueueName.System, 'housekeeping'> {
  constructor(
    private readonly kernel: KernelHousekeeping,
    private readonly accounts: AccountHousekeeping,
  ) {}

  async handle(): Promise<JobOutcome> {
    await this.kernel.prune();
    await this.accounts.prune();
    return 'done';
  }
}

/** Enqueues the hourly `housekeeping` from every worker process. */
@Injectable()
export class HousekeepingScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(HousekeepingScheduler.name);
  private interval: NodeJS.Timeout | undefined;

  constructor(private readonly jobs: JobQueue) {}

  onApplicationBootstrap(): void {
    this.interval = setInterval(() => void this.enqueue(new Date()), HOURLY);
    this.interval.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.interval);
  }

  /** The job of `at`'s hour; enqueuing it again in the same hour adds nothing. */
  async enqueue(at: Date): Promise<string> {
    const jobId = housekeepingJobId(at);
    try {
      await this.jobs.add(QueueName.System, 'housekeeping', {}, { jobId });
    } catch (error: unknown) {
      this.logger.error({ err: error, jobId }, 'No se pudo encolar la limpieza');
    }
    return jobId;
  }
}
