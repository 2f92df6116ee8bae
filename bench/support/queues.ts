import { spawnSync } from 'node:child_process';
import type pg from 'pg';
import { sleep } from './stats.js';

/** Jobs of a queue that are waiting or running (not delayed), on whichever backend the server uses. */
export async function busyJobs(
  pool: pg.Pool,
  redisUrl: string | undefined,
  queue: string,
): Promise<number> {
  if (redisUrl) {
    const { port } = new URL(redisUrl);
    const count = (command: string, key: string) =>
      Number(
        spawnSync('redis-cli', ['-p', port, command, `despacho:${queue}:${key}`], {
          encoding: 'utf8',
        }).stdout.trim() || 0,
      );
    return count('LLEN', 'wait') + count('LLEN', 'active') + count('ZCARD', 'prioritized');
  }
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM bullmq.job WHERE queue = $1 AND state IN ('waiting', 'active')`,
    [queue],
  );
  return rows[0]?.n ?? 0;
}

/**
 * The server is idle once the outbox is relayed and the notification jobs (requests for action
 * after each transition) are done: phases must not measure the previous phase's tail.
 */
export async function waitIdle(
  pool: pg.Pool,
  redisUrl: string | undefined,
  timeoutMs = 60_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
    );
    const busy =
      (rows[0]?.n ?? 0) +
      (await busyJobs(pool, redisUrl, 'notifications')) +
      (await busyJobs(pool, redisUrl, 'timers'));
    if (busy === 0) return (Date.now() - started) / 1000;
    await sleep(200);
  }
  throw new Error('El servidor no quedó ocioso a tiempo (outbox o colas con trabajo pendiente)');
}

/**
 * Waits until no autovacuum worker runs (after a bulk load PostgreSQL vacuums and analyses the
 * tables it touched, for a while, on the same CPUs): returns the seconds waited.
 */
export async function waitAutovacuum(pool: pg.Pool, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  let quietSince: number | undefined;
  while (Date.now() - started < timeoutMs) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`,
    );
    if ((rows[0]?.n ?? 0) === 0) {
      quietSince ??= Date.now();
      if (Date.now() - quietSince >= 1500) return (quietSince - started) / 1000;
    } else quietSince = undefined;
    await sleep(100);
  }
  return (Date.now() - started) / 1000;
}
