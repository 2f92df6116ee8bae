import { APP_CONFIG, type AppConfig, Clock } from '#core';
import { type Actor } from '#audit';
import {
  type AnyWorkflowDefinition,
  deadlineSpecsOf,
  timerJobIdSql,
  WorkflowEngine,
  type WorkflowEvent,
} from '#workflow';
import type { PathCase } from '#workflow/testing';
import type { TestApp } from './test-app.js';

/** The instance as stored just before an event is sent. */
export interface InstanceBefore {
  readonly state: string;
  readonly context: Record<string, unknown>;
}

export interface PathDriver {
  readonly kind: string;
  readonly definition: AnyWorkflowDefinition;
  readonly creator: Actor;
  readonly context: Record<string, unknown>;
  /** Who sends `event`; `before` is the instance then (some senders depend on its state). */
  actorFor(event: WorkflowEvent, before: InstanceBefore): Actor;
  /**
   * The event as a client sends it, when the graph's event carries what only the pure machine
   * needs to be given (what the kind's `prepare` adds in the engine). Default: as it is.
   */
  toEngine?(event: WorkflowEvent): WorkflowEvent;
}

/**
 * Drives one path through the real engine on PostgreSQL and checks what the kernel must leave:
 * the state, one audit row per event, one deadline per state entered with a term (only the last
 * state's still open), and an outbox row arming every timer and announcing every deadline.
 */
export async function drivePath(t: TestApp, driver: PathDriver, path: PathCase): Promise<void> {
  const engine = t.app.get(WorkflowEngine);
  const created = await engine.create(driver.kind, driver.creator, driver.context);
  const id = created.body.id;
  const stored = async (): Promise<InstanceBefore> => {
    const [row] = await t.query<InstanceBefore>(
      `SELECT state, context FROM workflow_instances WHERE id = $1`,
      [id],
    );
    if (!row) throw new Error(`No existe la instancia ${id}`);
    return row;
  };
  // The instance after creation and after each event: its state and the context it had then.
  const snapshots = [await stored()];
  for (const event of path.events) {
    const before = snapshots[snapshots.length - 1] as InstanceBefore;
    await engine.send(
      driver.kind,
      id,
      driver.toEngine?.(event) ?? event,
      driver.actorFor(event, before),
    );
    snapshots.push(await stored());
  }

  const final = (await engine.get(driver.kind, id, driver.creator)).state;
  expect(final).toBe(path.states.at(-1));
  expect(snapshots.slice(1).map((s) => s.state)).toEqual(path.states);

  const audit = await t.query<{ type: string; from_state: string; to_state: string }>(
    `SELECT type, from_state, to_state FROM audit_events WHERE instance_id = $1 ORDER BY id`,
    [id],
  );
  expect(audit.map((a) => a.type)).toEqual(['CREATE', ...path.events.map((e) => e.type)]);
  expect(audit.slice(1).map((a) => a.to_state)).toEqual(path.states);

  // States entered (a self-loop does not re-enter) and the deadlines each declares for the
  // instance as it was on entering (a term may apply only to some instances, e.g. by scope).
  // Obligations, which a kind opens whatever the state, are not terms of a state.
  const entered = snapshots.filter((s, i) => i === 0 || s.state !== snapshots[i - 1]?.state);
  const expected = entered.flatMap(({ state, context }) =>
    deadlineSpecsOf(driver.definition, state, context).map((spec) => ({ state, name: spec.name })),
  );
  const deadlines = await t.query<{
    id: string;
    state: string;
    name: string;
    status: string;
    opened_version: number;
  }>(
    `SELECT id, state, name, status, opened_version FROM deadlines WHERE instance_id = $1 AND NOT obligation
     ORDER BY opened_version, name`,
    [id],
  );
  expect(deadlines.map(({ state, name }) => ({ state, name }))).toEqual(expected);
  // Only the deadlines of the last state entered are still open.
  const lastOpened = Math.max(...deadlines.map((d) => d.opened_version));
  for (const d of deadlines)
    expect(d.status).toBe(d.opened_version === lastOpened && d.state === final ? 'pending' : 'met');

  // Each deadline asked its unit to act; timers near enough are armed through the outbox, the rest wait.
  const requested = await t.query<{ deadline_id: string }>(
    `SELECT DISTINCT deadline_id FROM notifications WHERE kind = 'request' AND deadline_id = ANY($1)`,
    [deadlines.map((d) => d.id)],
  );
  expect(requested).toHaveLength(deadlines.length);
  const horizon = new Date(
    t.app.get(Clock).now().getTime() + t.app.get<AppConfig>(APP_CONFIG).timerHorizonMs,
  );
  const wrong = await t.query(
    `SELECT t.id FROM deadline_timers t LEFT JOIN outbox o ON o.job_id = (${timerJobIdSql('t.fire_at', 't.id', 't.armed_at')})::text
     WHERE t.instance_id = $1 AND (CASE WHEN t.fire_at <= $2 THEN o.id IS NULL OR o.name <> 'timer.fire' OR t.armed_at IS NULL
                                        ELSE o.id IS NOT NULL OR t.armed_at IS NOT NULL END)`,
    [id, horizon],
  );
  expect(wrong).toEqual([]);
}
