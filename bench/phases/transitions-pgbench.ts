import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { type Distribution, distribution } from '../support/stats.js';
import { HORIZON_MS } from './timers.js';
import type { Mandate, Session } from './transitions-http.js';
import {
  AUDIT_APPEND_COLUMNS,
  CLOSE_OPEN,
  type DeadlineTemplate,
  OPEN_DEADLINE,
} from './transitions-raw.js';

/**
 * The physical limit (issue 13, point 6): `pgbench -M prepared` running the transition-shaped
 * transaction on the same PostgreSQL, on the same seeded instances, with the same clients and
 * duration as the HTTP and hand-written SQL phases. One transaction: lock the instance, update its
 * state, close its open deadline (and cancel its timers), open the next one with its timer rows and
 * their outbox arming (the kernel's own CLOSE_OPEN and OPEN_DEADLINE statements), insert the audit
 * event, insert an outbox row. No HTTP, no Node: what PostgreSQL itself can do on this disk.
 */

/**
 * Where pgbench writes its audit rows: a copy of audit_events' columns and indexes without its
 * triggers. pgbench cannot compute the canonical content hash (libs/core auditContentHash) in SQL,
 * so its rows must stay out of the real chain that `GET /audit/verify` checks at the end of the run;
 * and it measures the insert itself, not the sealing. Once the audit chain seals after commit (no
 * per-municipality lock in the transaction) the hand-written baseline pays the same, on audit_events.
 */
export const PGBENCH_AUDIT_TABLE = 'bench_audit_events';

export interface PgbenchResult {
  readonly clients: number;
  readonly seconds: number;
  readonly transactions: number;
  /** Transactions per second (pgbench's tps, without the initial connection time). */
  readonly rate: number;
  readonly failed: number;
  readonly latency: Distribution;
  /** Open loop (`rate`): from the scheduled start, as the HTTP open loop's «desde la agenda». */
  readonly latencyFromSchedule?: Distribution;
  readonly script: string;
}

/** The pgbench binary and its version, or why there is none. */
export function pgbenchBinary(): { path: string; version: string } | { missing: string } {
  const found = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0)
    return {
      missing: `pgbench no está en el PATH (${found.error?.message ?? found.stderr.trim()}): instale postgresql-client`,
    };
  return { path: 'pgbench', version: found.stdout.trim().replace(/^pgbench \(PostgreSQL\) /, '') };
}

/** An SQL literal (standard_conforming_strings is on). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return literal(value.toISOString());
  if (Array.isArray(value))
    return literal(
      `{${value.map((v) => `"${String(v instanceof Date ? v.toISOString() : v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
    );
  return `'${String(value).replace(/'/g, "''")}'`;
}

/**
 * pgbench reads `:name` as a variable even inside a string literal (`':request'`, `'05:00'`): every
 * literal with a colon becomes an escape string with the colon written `\x3a`.
 */
const hideColons = (sql: string) =>
  sql.replace(/'((?:[^']|'')*)'/g, (whole, inner: string) =>
    inner.includes(':') ? `E'${inner.replace(/\\/g, '\\\\').replace(/:/g, '\\x3a')}'` : whole,
  );

/** `$n` → what pgbench sends in its place: a `:variable` (a parameter with -M prepared) or a literal. */
const bind = (sql: string, values: readonly string[]) =>
  sql
    .replace(/\$(\d+)/g, (_, n: string) => {
      const value = values[Number(n) - 1];
      if (value === undefined) throw new Error(`pgbench: falta $${n}`);
      return value;
    })
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The script: each client cycles over its own share of `count` instances (no two clients on the
 * same row, as in the closed loops). The deadline opened is always the plan of `review` (same rows
 * and statements whatever the state; only names and terms would differ).
 */
export function pgbenchScript(
  plan: DeadlineTemplate,
  actor: Session,
  count: number,
  clients: number,
): string {
  const perClient = Math.max(1, Math.floor(count / clients));
  // Typed: each `:variable` is a parameter of its own, so none takes its type from a sibling's cast.
  const [iid, mid, ts, nx, hz] = [
    ':iid::uuid',
    ':mid::uuid',
    ':ts::timestamptz',
    ':nx::text',
    ':hz::timestamptz',
  ];
  const closeOpen = bind(CLOSE_OPEN, [iid, ts, literal('meet'), 'false', 'NULL', 'NULL']);
  const openDeadline = bind(OPEN_DEADLINE, [
    mid,
    iid,
    nx,
    literal(plan.name),
    literal(plan.term_days),
    literal(plan.term_unit),
    literal(plan.starts_on),
    literal(plan.due_on),
    literal(plan.due_at),
    literal(plan.responsible_unit_id),
    literal(plan.expiry_event),
    ts,
    literal(plan.timers.map((t) => t.kind)),
    literal(plan.timers.map((t) => t.level)),
    literal(plan.timers.map((t) => t.target)),
    literal(plan.timers.map((t) => t.fire_at)),
    '(:ver::int + 1)',
    hz,
    literal(`Pendiente: ${plan.name}`),
    literal(
      `Encargo: le corresponde actuar; el plazo «${plan.name}» vence al final del ${plan.due_on}.`,
    ),
    literal(plan.code),
    'false',
    literal(''),
  ]);
  const payload = `jsonb_build_object('evidence', 'Informe N° ' || :n::text || '-2026')`;
  return [
    `\\set n 1 + :client_id + ${clients} * random(0, ${perClient - 1})`,
    'BEGIN;',
    `SELECT i.id AS iid, i.municipality_id AS mid, i.version AS ver, i.state AS st,
       CASE WHEN i.state = 'open' THEN 'review' ELSE 'open' END AS nx,
       clock_timestamp() AS ts, clock_timestamp() + interval '${HORIZON_MS} milliseconds' AS hz
     FROM workflow_instances i JOIN municipalities m ON m.id = i.municipality_id
     WHERE i.id = (SELECT id FROM bench_pgbench_instances WHERE n = :n) FOR UPDATE OF i`
      .replace(/\s+/g, ' ')
      .concat(' \\gset'),
    `UPDATE workflow_instances SET state = :nx, context = context || ${payload}, version = version + 1, updated_at = :ts WHERE id = :iid AND version = :ver;`,
    `${closeOpen};`,
    `${openDeadline};`,
    `INSERT INTO ${PGBENCH_AUDIT_TABLE} (${AUDIT_APPEND_COLUMNS.replace(/\s+/g, ' ')}) VALUES (:mid, :iid, 'mandates', 'SUBMIT', :st, :nx, ${literal(actor.userId)}, ${literal(actor.username)}, NULL, :ts, ${payload}, encode(sha256(convert_to(:iid::text || ':' || :ts::text || ':' || ${payload}::text, 'UTF8')), 'hex'));`,
    `INSERT INTO outbox (queue, name, payload, available_at) VALUES ('notifications', 'notification.created', jsonb_build_object('instanceId', :iid::text), :ts);`,
    'END;',
    '',
  ]
    .map((line) => (line.startsWith('\\') ? line : hideColons(line)))
    .join('\n');
}

/** The instances pgbench may pick, numbered 1…n, and the trigger-less audit table. */
export async function preparePgbench(pool: pg.Pool, mandates: readonly Mandate[]): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS bench_pgbench_instances`);
  await pool.query(`CREATE TABLE bench_pgbench_instances (n int PRIMARY KEY, id uuid NOT NULL)`);
  await pool.query(
    `INSERT INTO bench_pgbench_instances SELECT ord, id FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, ord)`,
    [mandates.map((m) => m.id)],
  );
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${PGBENCH_AUDIT_TABLE} (LIKE audit_events INCLUDING ALL)`,
  );
}

/** Runs pgbench for `seconds` and reads its per-transaction log for the latency distribution. */
export async function runPgbench(options: {
  readonly url: string;
  readonly dir: string;
  readonly name: string;
  readonly script: string;
  readonly clients: number;
  readonly seconds: number;
  /** Open loop: transactions arrive at this rate (`-R`) whatever the answers do. */
  readonly rate?: number;
  /**
   * Leaves out what finished in the first seconds: pgbench opens fresh connections, and their
   * first transactions load the catalog caches and plan every statement (the server's pool is warm).
   */
  readonly skipSeconds?: number;
}): Promise<PgbenchResult> {
  const scriptFile = join(options.dir, `${options.name}.sql`);
  writeFileSync(scriptFile, options.script);
  const prefix = `pgbench-${options.name}`;
  const args = [
    '-n',
    '-M',
    'prepared',
    '-c',
    String(options.clients),
    '-j',
    String(Math.min(options.clients, 2)),
    '-T',
    String(options.seconds),
    ...(options.rate === undefined ? [] : ['-R', options.rate.toFixed(1)]),
    '-f',
    scriptFile,
    '-l',
    `--log-prefix=${join(options.dir, prefix)}`,
    options.url,
  ];
  const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  writeFileSync(join(options.dir, `${prefix}.out`), output);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
  if (code !== 0 || tps === undefined)
    throw new Error(`pgbench terminó con ${String(code)}:\n${output.slice(-2000)}`);
  const processed = /number of transactions actually processed: (\d+)/.exec(output)?.[1];
  const failed = /number of failed transactions: (\d+)/.exec(output)?.[1];
  const log = pgbenchLog(options.dir, prefix, options.skipSeconds ?? 0);
  return {
    clients: options.clients,
    seconds: options.seconds,
    transactions: Number(processed ?? log.latencies.length),
    rate: Number(tps),
    failed: Number(failed ?? 0),
    latency: distribution(log.latencies),
    ...(options.rate === undefined ? {} : { latencyFromSchedule: distribution(log.fromSchedule) }),
    script: scriptFile,
  };
}

/**
 * Latencies from pgbench's per-transaction logs (one file per thread). A line: client_id
 * transaction_no latency_us script_no epoch epoch_us [schedule_lag_us]; the epoch is when it ended.
 * With `-R` pgbench counts the latency from the scheduled start, lag included.
 */
function pgbenchLog(
  dir: string,
  prefix: string,
  skipSeconds: number,
): { latencies: number[]; fromSchedule: number[] } {
  const lines: { end: number; fromSchedule: number; lag: number }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${prefix}.`))) {
    if (file.endsWith('.out')) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const field = line.trim().split(' ').map(Number);
      const [, , us, , epoch, epochUs, lag] = field;
      if (us === undefined || epoch === undefined || epochUs === undefined) continue;
      if (![us, epoch, epochUs].every(Number.isFinite)) continue;
      lines.push({ end: epoch + epochUs / 1e6, fromSchedule: us / 1000, lag: (lag ?? 0) / 1000 });
    }
  }
  const first = lines.reduce((min, l) => Math.min(min, l.end - l.fromSchedule / 1000), Infinity);
  const kept = lines.filter((l) => l.end >= first + skipSeconds);
  return {
    latencies: kept.map((l) => l.fromSchedule - l.lag),
    fromSchedule: kept.map((l) => l.fromSchedule),
  };
}
