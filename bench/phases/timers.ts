import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { armTimersSql } from '#workflow';
import { type Distribution, distribution, sleep } from '../support/stats.js';
import { MUNICIPALITIES, type Sessions } from './transitions-http.js';

/** A timer of each synthetic deadline: its kind and level, and when it fires after the deadline's base instant. */
interface TimerShape {
  readonly kind: 'reminder' | 'expiry';
  readonly level: number;
  readonly offsetMs: number;
}

export interface TimerSet {
  /** Deadline name that tags the set's rows. */
  readonly name: string;
  readonly deadlines: number;
  readonly timers: readonly TimerShape[];
  /** Each deadline's base instant is start + uniform[0, windowMs), rounded to the millisecond. */
  readonly start: Date;
  readonly windowMs: number;
}

export const timersOf = (set: TimerSet) => set.deadlines * set.timers.length;

/** The server's arming horizon (TIMER_HORIZON_MS, default): timers due within it get their job at once. */
export const HORIZON_MS = 3_600_000;

/**
 * Writes, by SQL in one transaction, what the kernel writes for deadlines in state `open` of
 * mandates: instance, pending deadline, pending timers and, for timers due within the arming
 * horizon, `armed_at` and the outbox row of their instant's job (one per instant, see
 * libs/workflow timer-jobs.ts); later timers wait for the sweeper. Instants are
 * rounded to the millisecond, as every instant the kernel writes comes from a JS Date.
 */
export async function insertTimerSet(
  pool: pg.Pool,
  sessions: Sessions,
  set: TimerSet,
): Promise<number> {
  const client = await pool.connect();
  const started = performance.now();
  try {
    await client.query('BEGIN');
    for (const [index, m] of MUNICIPALITIES.entries()) {
      const s = sessions[m];
      const count =
        Math.floor(set.deadlines / MUNICIPALITIES.length) +
        (index < set.deadlines % MUNICIPALITIES.length ? 1 : 0);
      const context = {
        title: `Encargo sintético (${set.name})`,
        instructions: 'Fila escrita por el bench para medir temporizadores.',
        source: 'memorando',
        sourceReference: null,
        assignerUnitId: s.gerente.unitId,
        assignerUserId: s.gerente.userId,
        responsibleUnitId: s.gdu.unitId,
        term: { days: 5, unit: 'business' },
        progress: [],
        evidence: null,
        returns: [],
        closingReason: null,
      };
      const last = Math.max(...set.timers.map((t) => t.offsetMs));
      await client.query(
        `WITH plan AS MATERIALIZED (
           SELECT gen_random_uuid() AS instance_id, gen_random_uuid() AS deadline_id,
                  date_trunc('milliseconds', $5::timestamptz + floor(random() * $6) * interval '1 millisecond') AS base
           FROM generate_series(1, $1::int)),
         i AS (
           INSERT INTO workflow_instances (id, municipality_id, kind, machine_version, state, context, version, search_text, created_by, created_at, updated_at)
           SELECT instance_id, $2, 'mandates', 1, 'open', $3::jsonb, 1, $4, $7, clock_timestamp(), clock_timestamp() FROM plan),
         d AS (
           INSERT INTO deadlines (id, municipality_id, instance_id, state, opened_version, code, name, term_days, term_unit,
             starts_on, due_on, due_at, responsible_unit_id, expiry_event, status, created_at)
           SELECT deadline_id, $2, instance_id, 'open', 1, 'cumplimiento_encargo', $8, 5, 'business',
             (base AT TIME ZONE 'America/Lima')::date - 7, (base AT TIME ZONE 'America/Lima')::date,
             base + $12 * interval '1 millisecond', $9, NULL, 'pending', clock_timestamp() FROM plan),
         t AS (
           INSERT INTO deadline_timers (deadline_id, instance_id, kind, level, target, fire_at, status, armed_at)
           SELECT p.deadline_id, p.instance_id, x.kind, x.level, 'unit', p.base + x.offset_ms * interval '1 millisecond', 'pending',
                  CASE WHEN p.base + x.offset_ms * interval '1 millisecond' <= clock_timestamp() + $14 * interval '1 millisecond'
                       THEN clock_timestamp() END
           FROM plan p CROSS JOIN unnest($10::text[], $11::int[], $13::int[]) AS x(kind, level, offset_ms)
           RETURNING id, fire_at, armed_at)
         ${armTimersSql('t', `clock_timestamp() + $14 * interval '1 millisecond'`, 'clock_timestamp()')}`,
        [
          count,
          s.gerente.municipalityId,
          JSON.stringify(context),
          `${context.title} ${context.instructions} `,
          set.start,
          set.windowMs,
          s.gerente.userId,
          set.name,
          s.gdu.unitId,
          set.timers.map((t) => t.kind),
          set.timers.map((t) => t.level),
          last,
          set.timers.map((t) => t.offsetMs),
          HORIZON_MS,
        ],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return (performance.now() - started) / 1000;
}

export async function unsentOutbox(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
  );
  return rows[0]?.n ?? 0;
}

/** Waits until the relay has enqueued every outbox row; returns when (Date.now()), or undefined on timeout. */
export async function waitArmed(pool: pg.Pool, timeoutMs: number): Promise<number | undefined> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if ((await unsentOutbox(pool)) === 0) return Date.now();
    await sleep(100);
  }
  return undefined;
}

export interface FiringResult {
  readonly timers: number;
  readonly fired: number;
  /** fired_at − fire_at, ms, of every fired timer of the set. */
  readonly lateness: Distribution;
  readonly early: number;
  /** Fired more than 2 s late: what the sweeper (not the delayed job) would catch. */
  readonly lateOver2s: number;
  readonly byKind: Record<string, Distribution>;
  /** Last fired_at − first fire_at of the set, ms. */
  readonly spanMs: number;
  /** One line per fired timer (fire_at, fired_at, kind, lateness ms), for --keep. */
  readonly csv: string;
}

/** The last instant a timer of the set is due. */
export const lastDueOf = (set: TimerSet) =>
  new Date(set.start.getTime() + set.windowMs + Math.max(...set.timers.map((t) => t.offsetMs)));

/**
 * Waits until every timer of the set fired (or the timeout), then reads lateness from the rows.
 * The wait polls the partial index of pending timers, so the bench itself loads PostgreSQL little.
 */
export async function waitFired(
  pool: pg.Pool,
  set: TimerSet,
  timeoutAt: number,
): Promise<FiringResult> {
  const total = timersOf(set);
  const lastDue = lastDueOf(set);
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deadline_timers WHERE status = 'pending' AND fire_at <= $1`,
      [lastDue],
    );
    if ((rows[0]?.n ?? 0) === 0 || Date.now() > timeoutAt) break;
    await sleep(250);
  }
  const { rows } = await pool.query<{ kind: string; late: number; fire_at: Date; fired_at: Date }>(
    `SELECT t.kind, extract(epoch FROM t.fired_at - t.fire_at)::float8 * 1000 AS late, t.fire_at, t.fired_at
     FROM deadline_timers t JOIN deadlines d ON d.id = t.deadline_id
     WHERE d.name = $1 AND t.status = 'fired'`,
    [set.name],
  );
  const byKindSamples: Record<string, number[]> = {};
  for (const row of rows) (byKindSamples[row.kind] ??= []).push(row.late);
  const byKind: Record<string, Distribution> = {};
  for (const [kind, samples] of Object.entries(byKindSamples)) byKind[kind] = distribution(samples);
  const firstDue = Math.min(...rows.map((r) => r.fire_at.getTime()));
  const lastFired = Math.max(...rows.map((r) => r.fired_at.getTime()));
  return {
    timers: total,
    fired: rows.length,
    lateness: distribution(rows.map((r) => r.late)),
    early: rows.filter((r) => r.late < 0).length,
    lateOver2s: rows.filter((r) => r.late > 2000).length,
    byKind,
    spanMs: rows.length > 0 ? lastFired - firstDue : NaN,
    csv: [
      'fire_at,fired_at,kind,lateness_ms',
      ...rows
        .sort((a, b) => a.fired_at.getTime() - b.fired_at.getTime())
        .map((r) => `${r.fire_at.toISOString()},${r.fired_at.toISOString()},${r.kind},${r.late}`),
    ].join('\n'),
  };
}

/** Delayed jobs in the timers queue, when the queues live in PostgreSQL (undefined on Redis). */
export async function delayedTimerJobs(pool: pg.Pool): Promise<number | undefined> {
  try {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bullmq.job WHERE state = 'delayed' AND queue = 'timers'`,
    );
    return rows[0]?.n;
  } catch {
    return undefined;
  }
}
