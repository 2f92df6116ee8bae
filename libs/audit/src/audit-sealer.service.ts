import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryOne, queryRows } from '#database';

const BATCH = 5000;

/**
 * The sequencer: gives committed events their place in their municipality's chain (seq and link),
 * in insertion order, a batch per short transaction under the chain head's lock. Transitions never
 * wait for it; running it twice at once is harmless (the second finds the events sealed).
 */
@Injectable()
export class AuditSealer {
  private readonly logger = new Logger(AuditSealer.name);
  private running: Promise<number> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** Seals every event committed before the call (of one municipality, or all); how many. */
  async seal(municipalityId?: string): Promise<number> {
    const municipalities =
      municipalityId !== undefined
        ? [municipalityId]
        : (
            await queryRows<{ municipality_id: string }>(
              this.dataSource.manager,
              `SELECT DISTINCT municipality_id FROM audit_events WHERE seq IS NULL`,
            )
          ).map((r) => r.municipality_id);
    let sealed = 0;
    for (const municipality of municipalities) {
      for (;;) {
        const batch = await queryOne<{ n: number }>(
          this.dataSource.manager,
          `SELECT audit_seal($1, $2) AS n`,
          [municipality, BATCH],
        );
        sealed += batch?.n ?? 0;
        if ((batch?.n ?? 0) < BATCH) break;
      }
    }
    return sealed;
  }

  /** The periodic run: one at a time in this process, failures logged (the next run retries). */
  sealPending(): Promise<number> {
    this.running ??= this.seal()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'no se pudo sellar la auditoría pendiente');
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
