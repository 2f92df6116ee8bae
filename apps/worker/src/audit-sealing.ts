import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditChain, AuditSealer } from '#audit';
import { APP_CONFIG, type AppConfig } from '#core';
import { queryRows } from '#database';
import { HandlesJob, type JobHandler, type JobOutcome, JobQueue, QueueName } from '#queue';

/**
 * `system:audit.checkpoint`: walks each municipality's chain from its last signed checkpoint to
 * its head and signs a new checkpoint there, so an on-demand verification has little left to walk.
 * A broken chain is logged as an error (and stays visible in GET /audit/verify).
 */
@Injectable()
@HandlesJob({ queue: QueueName.System, name: 'audit.checkpoint' })
export class AuditCheckpointHandler implements JobHandler<QueueName.System, 'audit.checkpoint'> {
  private readonly logger = new Logger(AuditCheckpointHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly chain: AuditChain,
  ) {}

  async handle(): Promise<JobOutcome> {
    const municipalities = await queryRows<{ municipality_id: string }>(
      this.dataSource.manager,
      `SELECT municipality_id FROM audit_heads`,
    );
    for (const { municipality_id } of municipalities) {
      const result = await this.chain.checkpoint(municipality_id);
      if (!result.ok)
        this.logger.error(
          { municipalityId: municipality_id, brokenAt: result.brokenAt },
          'La cadena de auditoría no verifica',
        );
    }
    return 'done';
  }
}

/** One job id per checkpoint interval: every worker enqueues it, the queue keeps the first. */
export const checkpointJobId = (at: Date, minutes: number): string =>
  `audit-checkpoint-${Math.floor(at.getTime() / (minutes * 60_000))}`;

/**
 * Runs the sequencer every AUDIT_SEAL_MS (in each worker process: concurrent runs wait on the chain
 * head and find nothing left) and enqueues the periodic checkpoint.
 */
@Injectable()
export class AuditSealingLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditSealingLoop.name);
  private sealing: NodeJS.Timeout | undefined;
  private checkpoints: NodeJS.Timeout | undefined;

  constructor(
    private readonly sealer: AuditSealer,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.sealing = setInterval(() => void this.sealer.sealPending(), this.config.audit.sealMs);
    this.sealing.unref();
    const minutes = this.config.audit.checkpointMinutes;
    this.checkpoints = setInterval(() => void this.enqueueCheckpoint(new Date()), minutes * 60_000);
    this.checkpoints.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sealing);
    clearInterval(this.checkpoints);
    // What was committed before the stop is sealed now rather than by the next process.
    await this.sealer.sealPending();
  }

  async enqueueCheckpoint(at: Date): Promise<void> {
    const jobId = checkpointJobId(at, this.config.audit.checkpointMinutes);
    try {
      await this.jobs.add(QueueName.System, 'audit.checkpoint', {}, { jobId });
    } catch (error: unknown) {
      this.logger.error({ err: error, jobId }, 'No se pudo encolar el punto de control');
    }
  }
}
