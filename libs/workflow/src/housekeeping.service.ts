import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '#database';

const HOURLY = 3_600_000;

/**
 * Keeps the kernel's bookkeeping tables bounded: an Idempotency-Key answers repeats for 24 hours
 * (clients retry within minutes), and a relayed outbox row is kept 7 days for diagnosis. Audit rows,
 * deadlines and notifications are records and are never deleted.
 */
@Injectable()
export class KernelHousekeeping implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(KernelHousekeeping.name);
  private interval: NodeJS.Timeout | undefined;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.interval = setInterval(() => void this.prune(), HOURLY);
    this.interval.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.interval);
  }

  async prune(): Promise<{ idempotencyKeys: number; outbox: number }> {
    try {
      const keys = await queryRows<{ key: string }>(
        this.dataSource.manager,
        `DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours' RETURNING key`,
      );
      const outbox = await queryRows<{ id: string }>(
        this.dataSource.manager,
        `DELETE FROM outbox WHERE sent_at < now() - interval '7 days' RETURNING id`,
      );
      return { idempotencyKeys: keys.length, outbox: outbox.length };
    } catch (error: unknown) {
      this.logger.error({ err: error }, 'La limpieza del núcleo falló; se reintenta en una hora');
      return { idempotencyKeys: 0, outbox: 0 };
    }
  }
}
