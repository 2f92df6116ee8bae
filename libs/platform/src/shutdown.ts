import type { EmbeddedPostgresServer } from '#database';

interface Closable {
  close(): Promise<void>;
}

/**
 * SIGINT/SIGTERM stop the process in order: the app (HTTP, workers, queues, pool) first, then the
 * embedded PostgreSQL it uses. A second signal forces the exit; after 20 s the database is stopped anyway.
 */
export function stopOnSignals(
  app: Closable,
  postgres: EmbeddedPostgresServer | undefined,
  log: (message: string) => void,
): void {
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: deteniendo Despacho…`);
    setTimeout(() => void postgres?.stop().finally(() => process.exit(1)), 20_000).unref();
    try {
      await app.close();
      await postgres?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
