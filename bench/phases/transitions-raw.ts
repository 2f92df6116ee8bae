import pg from 'pg';
import { auditInsert } from '#audit';
import { calendarLockStatement } from '#calendar';
import { armTimersSql, closingSql } from '#workflow';
import { closedLoop, type ClosedLoopResult } from '../support/closed-loop.js';
import { HORIZON_MS } from './timers.js';
import type { Mandate, Municipality, Session, Sessions } from './transitions-http.js';

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

export const CLOSE_OPEN = `WITH ${closingSql(1)} SELECT count(*)::int AS closed FROM closed`;

/** A deadline with its timers (armed when near) and the responsible unit's notification: $1…$23. */
const OPENING_CTES = `d AS (
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
  o AS (${armTimersSql('t', '$18', '$12::timestamptz')})`;

const NOTIFY_UNIT = `INSERT INTO notifications (municipality_id, recipient_id, kind, dedupe_key, instance_id, deadline_id, title, body, created_at)
  SELECT $1, u.id, 'request', d.id::text || ':request', $2, d.id, $19, $20, $12
  FROM d, users u WHERE u.municipality_id = $1 AND u.unit_id = $10 AND u.active
  ON CONFLICT (recipient_id, dedupe_key) DO NOTHING`;

export const OPEN_DEADLINE = `WITH ${OPENING_CTES} ${NOTIFY_UNIT}`;

/** As the kernel changes state: the old state's deadlines close in the statement that opens the new one's. */
const CLOSE_AND_OPEN = `WITH ${closingSql(24)}, ${OPENING_CTES} ${NOTIFY_UNIT}`;

/**
 * The audit event's columns, as the kernel's `auditInsert` writes them (the raw baseline calls it):
 * the chain's seal comes after commit, from the sequencer, not in the transition. The pgbench
 * transaction (transitions-pgbench.ts) inserts the same columns into PGBENCH_AUDIT_TABLE.
 */
export const AUDIT_APPEND_COLUMNS = `municipality_id, instance_id, kind, type, from_state, to_state,
    actor_id, actor_name, on_behalf_of, at, payload, content_hash`;

/** Named: parsed and planned once per connection, as the kernel's statements in a transaction are. */
const prepared = (name: string, text: string, values: unknown[]) => ({ name, text, values });

/**
 * One transition in one transaction, round trip for round trip what the kernel sends: the calendar
 * lock with BEGIN, the instance locked, its update with the audit event, the old state's deadlines
 * closed with the new one's opened, COMMIT. Updates `mandate` (state, version) when it commits.
 */
export async function rawTransition(
  client: pg.ClientBase,
  templates: Templates,
  actor: Session,
  mandate: Mandate,
  serial: number,
): Promise<void> {
  const submit = mandate.state === 'open';
  try {
    await client.query(`BEGIN; ${calendarLockStatement(actor.municipalityId, 'shared')}`);
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
    const audit = auditInsert(
      [
        {
          municipalityId: row.municipality_id,
          instanceId: row.id,
          kind: row.kind,
          type: submit ? 'SUBMIT' : 'RETURN',
          from: row.state,
          to,
          actor: {
            userId: actor.userId,
            name: actor.username,
            municipalityId: actor.municipalityId,
            unitId: actor.unitId,
            roles: [],
          },
          at: now,
          payload,
        },
      ],
      7,
      'EXISTS (SELECT 1 FROM updated)',
    );
    const updated = await client.query<{ version: number }>(
      prepared(
        'update',
        `WITH updated AS (${UPDATE}), audited AS (${audit.sql}) SELECT version FROM updated`,
        [row.id, row.version, to, context, searchText, now, ...audit.params],
      ),
    );
    const version = updated.rows[0]?.version;
    if (version === undefined) throw new Error('412');
    const plan = templates[mandate.municipality][to];
    await client.query(
      prepared('change-state', CLOSE_AND_OPEN, [
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
        version,
        new Date(now.getTime() + HORIZON_MS),
        `Pendiente: ${plan.name}`,
        `Encargo «${String(row.context.title)}»: le corresponde actuar; el plazo «${plan.name}» vence al final del ${plan.due_on}.`,
        plan.code,
        false,
        '',
        row.id,
        now,
        'meet',
        false,
        null,
        null,
      ]),
    );
    await client.query('COMMIT');
    mandate.state = to;
    mandate.version = version;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The actor of the next transition of `mandate`: the responsible unit submits, the assigner returns. */
export const actorOf = (sessions: Sessions, mandate: Mandate): Session =>
  mandate.state === 'open'
    ? sessions[mandate.municipality].gdu
    : sessions[mandate.municipality].gerente;

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
    const client = await pool.connect();
    try {
      await rawTransition(client, templates, actorOf(sessions, mandate), mandate, serial);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      client.release();
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
