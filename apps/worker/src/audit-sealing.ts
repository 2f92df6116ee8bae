import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditChain, AuditSealer } from '#audit';
import { queryRows } from '#database';
import { Periodic, type PeriodicTask } from '#queue';

/**
 * The sequencer, every AUDIT_SEAL_MS once in the deployment: seals committed audit events into
 * their chains. Safe next to another run (they queue on the chain head; the second finds nothing).
 */
@Injectable()
@Periodic({ name: 'audit.seal', everyMs: (config) => config.audit.sealMs })
export class AuditSealing implements PeriodicTask, BeforeApplicationShutdown {
  constructor(private readonly sealer: AuditSealer) {}

  runPeriodic(): Promise<number> {
    return this.sealer.sealPending();
  }

  /** What was committed before the stop is sealed now rather than by the next run. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.sealer.sealPending();
  }
}

/**
 * Every AUDIT_CHECKPOINT_MINUTES once in the deployment: walks each municipality's chain from its
 * last signed checkpoint to its head and signs a new checkpoint there, so an on-demand verification
 * has little left to walk. A broken chain is logged as an error (and GET /audit/verify shows it).
 */
@Injectable()
@Periodic({
  name: 'audit.checkpoint',
  everyMs: (config) => config.audit.checkpointMinutes * 60_000,
})
export class AuditCheckpoints implements PeriodicTask {
  private readonly logger = new Logger(AuditCheckpoints.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly chain: AuditChain,
  ) {}

  async runPeriodic(): Promise<void> {
    // Every municipality, not only those with a chain head yet: the walk seals first.
    const municipalities = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM municipalities ORDER BY id`,
    );
    for (const { id } of municipalities) {
      const result = await this.chain.checkpoint(id);
      if (!result.ok)
        this.logger.error(
          { municipalityId: id, brokenAt: result.brokenAt },
          'La cadena de auditoría no verifica',
        );
    }
  }
}
