import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, type QueueBackendKind } from '#core';
import { JobQueue } from './job-queue.service.js';
import { QUEUE_BACKEND } from './queue-connection.js';
import { QueueName } from './queue-names.js';

export interface QueueCheck {
  id: string;
  backend: string;
  requestedAt: Date;
  processedAt: Date | null;
  deliveries: number;
}

/** End-to-end check of the queue: a row, a job that marks it, and a way to see whether it ran. */
@Injectable()
export class QueueCheckService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackendKind,
  ) {}

  async request(): Promise<QueueCheck> {
    const id = randomUUID();
    const requestedAt = this.clock.now();
    await this.dataSource.query(
      'INSERT INTO system_pings (id, backend, requested_at) VALUES ($1, $2, $3)',
      [id, this.backend, requestedAt],
    );
    await this.jobs.add(QueueName.System, 'ping', { pingId: id }, { jobId: `ping-${id}` });
    return { id, backend: this.backend, requestedAt, processedAt: null, deliveries: 0 };
  }

  /** Idempotent: a redelivered job keeps the first processing time. */
  async markProcessed(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH marked AS (
         UPDATE system_pings
            SET processed_at = COALESCE(processed_at, $2), deliveries = deliveries + 1
          WHERE id = $1 RETURNING id)
       SELECT id FROM marked`,
      [id, this.clock.now()],
    );
    return rows.length > 0;
  }

  async find(id: string): Promise<QueueCheck | null> {
    const rows: Array<{
      id: string;
      backend: string;
      requested_at: Date;
      processed_at: Date | null;
      deliveries: number;
    }> = await this.dataSource.query('SELECT * FROM system_pings WHERE id = $1', [id]);
    const row = rows[0];
    return row
      ? {
          id: row.id,
          backend: row.backend,
          requestedAt: row.requested_at,
          processedAt: row.processed_at,
          deliveries: row.deliveries,
        }
      : null;
  }
}
