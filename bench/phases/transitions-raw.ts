import pg from 'pg';
import { auditContentHash } from '#core';
import { armTimersSql } from '#workflow';
import { closedLoop, type ClosedLoopResult } from '../support/closed-loop.js';
import { HORIZON_MS } from './timers.js';
import type { Mandate, Municipality, Sessions } from './transitions-http.js';

/**
 * The hand-written baseline: the same rows and statements one kernel transition writes
 * (WorkflowEngine.applyLocked → DeadlinesService.closeOpen/open → AuditChain.append), with no
 * ORM, HTTP, validation, auth, XState or response rendering.
 */

export interface TimerTemplate {
  kind: string;
  level: number;
  target: string;
  fire_at: Date;
}

/** A deadline as the kernel planned it today for a state of a mandate (read back from its rows). */
export interface DeadlineTemplate {
  state: string;
  code: string;
  name: string;
  term_days: number;
  term_unit: string;
  starts_on: string;
  due_on: string;
  due_at: Date;
  responsible_unit_id: string | null;
  expiry_event: string | null;
  timers: TimerTemplate[];
}

export type Templates = Record<Municipality, Record<'open' | 'review', DeadlineTemplate>>;

/**
 * The plan of each state's deadline, as the kernel computed it for today's transitions (same term,
 * due date, timers): the baseline writes exactly those values instead of recomputing the calendar.
 */
export async function loadTemplates(pool: pg.Pool, sessions: Sessions): Promise<Templates> {
  const templates = {} as Templates;
  for (const m of Object.keys(sessions) as Municipality[]) {
    const byState = {} as Record<'open' | 'review', DeadlineTemplate>;
    for (const state of ['open', 'review'] as const) {
      const { rows } = await pool.query<DeadlineTemplate & { id: string }>(
        `SELECT id, state, code, name, term_days, term_unit, starts_on::text, due_on::text, due_at, responsible_unit_id, expiry_event
         FROM deadlines WHERE municipality_id = $1 AND state = $2 ORDER BY created_at DESC LIMIT 1`,
        [sessions[m].gerente.municipalityId, state],
      );
      const row = rows[0];
      if (!row) throw new Error(`No hay plazos del estado ${state} en ${m} para copiar`);
      const timers = await pool.query<TimerTemplate>(
        `SELECT kind, level, target, fire_at FROM deadline_timers WHERE deadline_id = $1 ORDER BY kind, level`,
        [row.id],
      );
      byState[state] = { ...row, timers: timers.rows };
    }
    templates[m] = byState;
  }
  return templates;
}

interface InstanceRow {
  id: string;
  municipality_id: string;
  kind: string;
  state: string;
  context: Record<string, unknown> & {
    title: string;
    instructions: string;
    sourceReference: string | null;
    returns: string[];
  };
  version: number;
  time_zone: string;
}

export const LOCK = `SELECT i.*, m.time_zone FROM workflow_instances i
  JOIN municipalities m ON m.id = i.municipality_id
  WHERE i.id = $1 AND ($2::uuid IS NULL OR i.municipality_id = $2)
  AND ($3::text IS NULL OR i.kind = $3) FOR UPDATE OF i`;

const UPDATE = `UPDATE workflow_instances SET state = $3, context = $4, search_text = $5, version = version + 1, updated_at = $6
  WHERE id = $1 AND version = $2 RETURNING version, updated_at`;

export const CLOSE_OPEN = `WITH closed AS (
    UPDATE deadlines SET status = CASE
        WHEN $3 = 'cancel' THEN CASE WHEN status = 'expired' THEN 'expired' ELSE 'cancelled' END
        WHEN status = 'pending' AND due_at > $2 THEN 'met'
        WHEN status = 'expired' AND $3 = 'lapse' THEN 'expired'
        ELSE 'met_late' END,
      closed_at = $2
    WHERE instance_id = $1 AND closed_at IS NULL AND obligation = $4
      AND ($5::text IS NULL OR code = $5) AND ($6::text IS NULL OR obligation_key = $6)
    RETURNING id),
  stopped AS (
    UPDATE deadline_timers SET status = 'cancelled'
    WHERE deadline_id IN (SELECT id FROM closed) AND status = 'pending')
  SELECT count(*)::int AS closed FROM closed`;

export const OPEN_DEADLINE = `WITH d AS (
    INSERT INTO deadlines (municipality_id, instance_id, state, name, term_days, term_unit, starts_on,
      due_on, due_at, responsible_unit_id, expiry_event, status, created_at, opened_version,
      code, obligation, obligation_key)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', $12, $17, $21, $22, $23) RETURNING id),
  t AS (
    INSERT INTO deadline_timers (deadline_id, instance_id, kind, level, target, fire_at, status, armed_at)
    SELECT (SELECT id FROM d), $2::uuid, x.kind, x.level, x.target, x.fire_at, 'pending',
           CASE WHEN x.fire_at <= $18 THEN $12::timestamptz END
    FROM unnest($13::text[], $14::int[], $15::text[], $16::timestamptz[]) AS x(kind, level, target, fire_at)
    RETURNING id, fire_at),
  o AS (${armTimersSql('t', '$18', '$12::timestamptz')})
  INSERT INTO notifications (municipality_id, recipient_id, kind, dedupe_key, instance_id, deadline_id, title, body, created_at)
  SELECT $1, u.id, 'request', d.id::text || ':request', $2, d.id, $19, $20, $12
  FROM d, users u WHERE u.municipality_id = $1 AND u.unit_id = $10 AND u.active
  ON CONFLICT (recipient_id, dedupe_key) DO NOTHING`;

/**
 * THE AUDIT STEP of the baselines, kept in one place (issue 13): a plain INSERT of the event with its
 * content hash, as the kernel's AuditChain.append writes it. Whatever seals the chain (today the
 * audit_events_chain() commit trigger and its per-municipality audit_heads row; after the audit
 * redesign a sealer after commit) is the database's business, not a statement of the transition.
 * The pgbench transaction (transitions-pgbench.ts) inserts the same columns with PGBENCH_AUDIT_TABLE.
 */
export const AUDIT_APPEND_COLUMNS = `municipality_id, instance_id, kind, type, from_state, to_state,
    actor_id, actor_name, on_behalf_of, at, payload, content_hash`;
const APPEND = `INSERT INTO audit_events (${AUDIT_APPEND_COLUMNS})
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;

/** Named: parsed and planned once per connection, as the kernel's statements in a transaction are. */
const prepared = (name: string, text: string, values: unknown[]) => ({ name, text, values });

/** One transition in one transaction, statement for statement what the kernel sends. */
async function rawTransition(
  pool: pg.Pool,
  sessions: Sessions,
  templates: Templates,
  mandate: Mandate,
  serial: number,
): Promise<void> {
  const s = sessions[mandate.municipality];
  const submit = mandate.state === 'open';
  const actor = submit ? s.gdu : s.gerente;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const row = (
      await client.query<InstanceRow>(
        prepared('lock', LOCK, [mandate.id, actor.municipalityId, 'mandates']),
      )
    ).rows[0];
    if (!row) throw new Error('404');
    if (row.version !== mandate.version) throw new Error('412');
    const now = new Date();
    // The machine and the policy, by hand.
    const expected = submit ? 'open' : 'review';
    if (row.state !== expected) throw new Error('409');
    const unit = row.context[submit ? 'responsibleUnitId' : 'assignerUnitId'];
    if (actor.unitId !== unit) throw new Error('403');
    const to = submit ? 'review' : 'open';
    const payload: Record<string, unknown> = submit
      ? { evidence: `Informe N° ${serial}-2026` }
      : { reason: `Observación ${serial}` };
    const context = submit
      ? { ...row.context, evidence: payload.evidence }
      : { ...row.context, returns: [...row.context.returns, payload.reason as string] };
    const searchText = [
      row.context.title,
      row.context.instructions,
      row.context.sourceReference ?? '',
    ].join(' ');
    const updated = await client.query<{ version: number }>(
      prepared('update', UPDATE, [row.id, row.version, to, context, searchText, now]),
    );
    if (updated.rowCount !== 1) throw new Error('412');
    await client.query(prepared('close', CLOSE_OPEN, [row.id, now, 'meet', false, null, null]));
    const plan = templates[mandate.municipality][to];
    await client.query(
      prepared('open', OPEN_DEADLINE, [
        row.municipality_id,
        row.id,
        to,
        plan.name,
        plan.term_days,
        plan.term_unit,
        plan.starts_on,
        plan.due_on,
        plan.due_at,
        plan.responsible_unit_id,
        plan.expiry_event,
        now,
        plan.timers.map((t) => t.kind),
        plan.timers.map((t) => t.level),
        plan.timers.map((t) => t.target),
        plan.timers.map((t) => t.fire_at),
        updated.rows[0]?.version,
        new Date(now.getTime() + HORIZON_MS),
        `Pendiente: ${plan.name}`,
        `Encargo «${String(row.context.title)}»: le corresponde actuar; el plazo «${plan.name}» vence al final del ${plan.due_on}.`,
        plan.code,
        false,
        '',
      ]),
    );
    const type = submit ? 'SUBMIT' : 'RETURN';
    const contentHash = auditContentHash({
      municipalityId: row.municipality_id,
      instanceId: row.id,
      kind: row.kind,
      type,
      from: row.state,
      to,
      actorId: actor.userId,
      actorName: actor.username,
      onBehalfOf: null,
      at: now.toISOString(),
      payload,
    });
    await client.query(
      prepared('append', APPEND, [
        row.municipality_id,
        row.id,
        row.kind,
        type,
        row.state,
        to,
        actor.userId,
        actor.username,
        null,
        now,
        JSON.stringify(payload),
        contentHash,
      ]),
    );
    await client.query('COMMIT');
    mandate.state = to;
    mandate.version = updated.rows[0]?.version ?? mandate.version + 1;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export type RawResult = ClosedLoopResult;

/** Closed loop, as the HTTP one: `clients` workers on a pool of as many connections. */
export function rawClosedLoop(
  pool: pg.Pool,
  sessions: Sessions,
  templates: Templates,
  mandates: Mandate[],
  clients: number,
  seconds: number,
): Promise<RawResult> {
  return closedLoop(mandates, clients, seconds, async (mandate, serial) => {
    try {
      await rawTransition(pool, sessions, templates, mandate, serial);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
}

/** A fresh pool of `clients` connections, opened before the clock starts. */
export async function rawPool(url: string, clients: number): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: clients, application_name: 'bench-raw' });
  const held = await Promise.all(Array.from({ length: clients }, () => pool.connect()));
  for (const client of held) client.release();
  return pool;
}
