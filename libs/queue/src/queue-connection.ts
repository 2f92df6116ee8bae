import {
  type ConnectionOptions,
  createPostgresBackend,
  type PostgresConnectionOptions,
  setDefaultBackendFactory,
} from 'bullmq';
import type { QueueBackendKind } from '#core';

/** Injection token: which backend the queues run on ('postgres' | 'redis'). */
export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

export interface QueueBackendSettings {
  readonly backend: QueueBackendKind;
  readonly databaseUrl: string;
  readonly redisUrl: string | undefined;
  readonly prefix: string;
}

/**
 * Points BullMQ at its backend and returns the connection options for @nestjs/bullmq.
 * BullMQ 6 picks the backend process-wide, so this runs once, before any queue is created.
 */
export function configureQueueBackend(settings: QueueBackendSettings): ConnectionOptions {
  if (settings.backend === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend);
    const connection: PostgresConnectionOptions = {
      connectionString: settings.databaseUrl,
      schema: 'bullmq',
      migrate: true,
      max: 10,
      // Kept open, as the main pool's: a new connection under load is expensive.
      idleTimeoutMillis: 0,
      application_name: 'despacho-queue',
    };
    // @nestjs/bullmq types the connection for Redis; BullMQ hands it to the selected backend as is.
    return connection as unknown as ConnectionOptions;
  }
  setDefaultBackendFactory(undefined);
  if (!settings.redisUrl) throw new Error('REDIS_URL es obligatorio para la cola en Redis.');
  const url = new URL(settings.redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // Workers block on Redis; BullMQ requires unlimited retries on their connections.
    maxRetriesPerRequest: null,
  };
}
