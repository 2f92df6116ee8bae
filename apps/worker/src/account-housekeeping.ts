import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { AccountHousekeeping } from '#org';
import { HandlesJob, type JobHandler, type JobOutcome, JobQueue, QueueName } from '#queue';

const HOURLY = 3_600_000;

/**
 * One job id per hour of real time: every worker enqueues it, the queue keeps the first (a job id
 * that exists is not added again), so a deployment prunes once an hour however many workers run.
 */
export const accountPruneJobId = (at: Date): string =>
  `accounts-prune-${at.toISOString().slice(0, 13).replace('T', '-')}`;

/** `system:accounts.prune`: deletes ended sessions and stale login failures (idempotent). */
@Injectable()
@HandlesJob({ queue: QueueName.System, name: 'accounts.prune' })
export class AccountPruneHandler implements JobHandler<QueueName.System, 'accounts.prune'> {
  constructor(private readonly housekeeping: AccountHousekeeping) {}

  async handle(): Promise<JobOutcome> {
    await this.housekeeping.prune();
    return 'done';
  }
}

/** Enqueues the hourly `accounts.prune` from every worker process. */
@Injectable()
export class AccountPruneScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AccountPruneScheduler.name);
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
    const jobId = accountPruneJobId(at);
    try {
      await this.jobs.add(QueueName.System, 'accounts.prune', {}, { jobId });
    } catch (error: unknown) {
      this.logger.error({ err: error, jobId }, 'No se pudo encolar la limpieza de cuentas');
    }
    return jobId;
  }
}
