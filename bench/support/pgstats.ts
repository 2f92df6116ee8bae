import type pg from 'pg';

export interface StatementStat {
  readonly query: string;
  /** Run inside a function (BullMQ's PL/pgSQL): its time is also in the caller's. */
  readonly nested: boolean;
  readonly calls: number;
  readonly totalMs: number;
  readonly meanMs: number;
  /** Share of the database's execution time in the interval. */
  readonly share: number;
}

export interface StatementProfile {
  /** Execution time of top-level statements (lock waits included). */
  readonly totalMs: number;
  readonly calls: number;
  readonly top: StatementStat[];
}

export async function resetStatements(pool: pg.Pool): Promise<void> {
  await pool.query('SELECT pg_stat_statements_reset()');
}

const shorten = (query: string, length = 110) => {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

/** Where PostgreSQL spent its execution time since the last reset (this database only). */
export async function topStatements(pool: pg.Pool, limit = 10): Promise<StatementProfile> {
  const { rows } = await pool.query<{
    query: string;
    calls: string;
    total: number;
    mean: number;
    toplevel: boolean;
  }>(
    `SELECT query, calls, total_exec_time AS total, mean_exec_time AS mean, toplevel
     FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat_statements%'
     ORDER BY total_exec_time DESC`,
  );
  const top = rows.filter((r) => r.toplevel);
  const totalMs = top.reduce((sum, r) => sum + r.total, 0);
  const calls = top.reduce((sum, r) => sum + Number(r.calls), 0);
  return {
    totalMs,
    calls,
    top: rows.slice(0, limit).map((r) => ({
      query: shorten(r.query),
      nested: !r.toplevel,
      calls: Number(r.calls),
      totalMs: r.total,
      meanMs: r.mean,
      share: totalMs > 0 ? r.total / totalMs : 0,
    })),
  };
}
