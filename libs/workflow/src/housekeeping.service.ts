import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '#database';

/**
 * Keeps the kernel's bookkeeping tables bounded: an Idempotency-Key answers repeats for 24 hours
 * (clients retry within minutes), and a relayed outbox row is kept 7 days for diagnosis. Audit rows,
 * deadlines and notifications are records and are never deleted. Run by the hourly `housekeeping`
 * periodic task (apps/worker housekeeping.ts).
 */
@Injectable()
export class KernelHousekeeping {
  private readonly logger = new Logger(KernelHousekeeping.name);

  constructor(private readonly dataSource: DataSource) {}

  async prune(): Promise<{ idempotencyKeys: number; outbox: number }> {
    const keys = await queryRows<{ key: string }>(
      this.dataSource.manager,
      `DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours' RETURNING key`,
    );
    const outbox = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `DELETE FROM outbox WHERE sent_at < now() - interval '7 days' RETURNING id`,
    );
    this.logger.log(
      { idempotencyKeys: keys.length, outbox: outbox.length },
      `Limpieza del núcleo: ${keys.length} claves de idempotencia y ${outbox.length} filas del outbox ya relevadas, borradas`,
    );
    return { idempotencyKeys: keys.length, outbox: outbox.length };
  }
}
