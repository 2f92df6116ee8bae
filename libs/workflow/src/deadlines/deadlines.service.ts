import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type BusinessCalendar,
  CalendarService,
  type CalendarHead,
  type CivilDate,
  calendarHeadColumns,
  civilDateAt,
  endOfCivilDay,
  spanishDate,
} from '#calendar';
import { APP_CONFIG, type AppConfig, DomainError } from '#core';
import { queryOne, queryRows, execute } from '#database';
import { armTimersSql } from './timer-jobs.js';
import { deadlineSpecsOf } from './deadline-specs.js';
import { type AnyWorkflowDefinition, type DeadlineSpec } from '../workflow-definition.js';
import { WorkflowRegistry } from '../workflow.registry.js';
import { type ObligationChange, obligationSpecOf } from '../obligations/obligation-actions.js';
import { KernelRefusal } from '../workflow.errors.js';
import {
  businessDaysLeft,
  type DeadlinePlan,
  dueDate,
  planDeadline,
  planObligation,
  planTimers,
  type PlannedTimer,
  type TimerKind,
} from './deadline-plan.js';

export type DeadlineStatus = 'pending' | 'expired' | 'met' | 'met_late' | 'cancelled';

export interface DeadlineView {
  id: string;
  /** Stable code of the term or obligation (clients match on it, never on `name`). */
  code: string;
  name: string;
  /** `state`: the term of the state it was opened in; `obligation`: opened by the kind, kept across states. */
  source: 'state' | 'obligation';
  /** Tells apart obligations of one code; '' for the rest. */
  key: string;
  state: string;
  /** Null when the last day was given as a date. */
  term: { days: number; unit: 'business' | 'calendar' } | null;
  startsOn: CivilDate;
  dueOn: CivilDate;
  dueAt: string;
  status: DeadlineStatus;
  responsibleUnitId: string | null;
}

/** An open deadline as the API shows it: with the business days left, counted by the clock today. */
export interface PresentedDeadline extends DeadlineView {
  /** Business days after today up to the last day (0 on it); negative: business days late. */
  businessDaysLeft: number;
}

/** A reminder, the expiry or an escalation of a deadline: when it fires, or fired. */
export interface DeadlineAlert {
  kind: TimerKind;
  /** 1, 2… among the reminders or the escalations; 0 for the expiry. */
  level: number;
  /** `unit` (the responsible unit) or the role it goes up to. */
  target: string;
  fireAt: string;
  /** `cancelled`: the deadline closed (or was counted again) before it fired. */
  status: 'pending' | 'fired' | 'cancelled';
  firedAt: string | null;
}

/** A deadline of an instance, open or closed, with its alerts (the schedule of `GET …/deadlines`). */
export interface ScheduledDeadline extends DeadlineView {
  openedAt: string;
  closedAt: string | null;
  alerts: DeadlineAlert[];
}

// Named columns, never `*`: a prepared statement's result type must not change under a migration.
const DEADLINE_COLUMNS = [
  'id',
  'municipality_id',
  'instance_id',
  'state',
  'code',
  'name',
  'obligation',
  'obligation_key',
  'term_days',
  'term_unit',
  'starts_on',
  'due_on',
  'due_at',
  'responsible_unit_id',
  'expiry_event',
  'status',
] as const;

/** Which open deadlines of an instance close (a state's, or obligations of a code and key), and how. */
interface Closing {
  readonly how: 'meet' | 'lapse' | 'cancel';
  readonly obligation: boolean;
  readonly code?: string;
  readonly key?: string;
}

/**
 * `closed` (the ids of the deadlines closed) and `stopped` (their pending timers), as CTEs whose
 * six parameters (instance, instant, how, obligation, code, key) start at `$first`. Met when
 * closed before the end of their last day, late after it (whether or not the expiry timer ran); a
 * cancelled one that already lapsed stays expired: the record says it was missed. The benchmark's
 * baseline sends this same SQL.
 */
export function closingSql(first: number): string {
  const [instance, at, mode, obligation, code, key] = [0, 1, 2, 3, 4, 5].map(
    (i) => `$${first + i}`,
  );
  return `closed AS (
         UPDATE deadlines
         SET status = CASE
               WHEN ${mode}::text = 'cancel' THEN CASE WHEN status = 'expired' THEN 'expired' ELSE 'cancelled' END
               WHEN status = 'pending' AND due_at > ${at}::timestamptz THEN 'met'
               WHEN status = 'expired' AND ${mode}::text = 'lapse' THEN 'expired'
               ELSE 'met_late' END,
             closed_at = ${at}::timestamptz
         WHERE instance_id = ${instance}::uuid AND closed_at IS NULL AND obligation = ${obligation}::boolean
           AND (${code}::text IS NULL OR code = ${code}) AND (${key}::text IS NULL OR obligation_key = ${key})
         RETURNING id),
       stopped AS (
         UPDATE deadline_timers SET status = 'cancelled'
         WHERE deadline_id IN (SELECT id FROM closed) AND status = 'pending')`;
}

/** `closingSql` with its parameters for one instance. */
function closingCte(
  first: number,
  instanceId: string,
  now: Date,
  which: Closing,
): { sql: string; params: unknown[] } {
  return {
    sql: closingSql(first),
    params: [instanceId, now, which.how, which.obligation, which.code ?? null, which.key ?? null],
  };
}

interface DeadlineRow {
  id: string;
  municipality_id: string;
  instance_id: string;
  state: string;
  code: string;
  name: string;
  obligation: boolean;
  obligation_key: string;
  term_days: number | null;
  term_unit: 'business' | 'calendar' | null;
  starts_on: string;
  due_on: string;
  due_at: Date;
  responsible_unit_id: string | null;
  expiry_event: string | null;
  status: DeadlineStatus;
}

export interface OpeningInstance {
  readonly id: string;
  readonly municipalityId: string;
  readonly timeZone: string;
  /** The calendar head read with the instance, after the calendar lock. */
  readonly calendar?: CalendarHead;
  readonly state: string;
  readonly version: number;
}

export interface Opened {
  /** The instance's open deadlines now: those just opened (entering a state closes the rest). */
  readonly deadlines: DeadlineView[];
  readonly outbox: number;
}

export interface Recalculation {
  readonly deadlineId: string;
  readonly instanceId: string;
  readonly municipalityId: string;
  readonly kind: string;
  readonly name: string;
  readonly fromDueOn: CivilDate;
  readonly toDueOn: CivilDate;
}

export const deadlineView = (r: DeadlineRow): DeadlineView => ({
  id: r.id,
  code: r.code,
  name: r.name,
  source: r.obligation ? 'obligation' : 'state',
  key: r.obligation_key,
  state: r.state,
  term: termView(r.term_days, r.term_unit),
  startsOn: r.starts_on,
  dueOn: r.due_on,
  dueAt: r.due_at.toISOString(),
  status: r.status,
  responsibleUnitId: r.responsible_unit_id,
});

const termView = (
  days: number | null,
  unit: 'business' | 'calendar' | null,
): DeadlineView['term'] => (days !== null && unit !== null ? { days, unit } : null);

/**
 * Deadline rows and their timers, always written in the caller's transaction. Timers are armed
 * through the outbox (one delayed job per instant, see timer-jobs.ts), so a crash after commit
 * loses none.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    private readonly calendars: CalendarService,
    private readonly registry: WorkflowRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Changing state: the open deadlines of the state left are met (late if their last day is over)
   * and their pending timers stop; then the new state's deadlines open (see `open`). Left by the
   * kernel's own expiry event (`lapsed`), an expired deadline stays expired. The closing travels
   * with the first opening, in one statement: its snapshot cannot see the rows it inserts.
   */
  async changeState<C>(
    manager: EntityManager,
    instance: OpeningInstance,
    specs: readonly DeadlineSpec<C>[],
    context: C,
    label: string,
    now: Date,
    lapsed: boolean,
  ): Promise<Opened> {
    const leaving: Closing = { how: lapsed ? 'lapse' : 'meet', obligation: false };
    if (specs.length > 0) return this.open(manager, instance, specs, context, label, now, leaving);
    await this.close(manager, instance.id, now, leaving);
    return { deadlines: [], outbox: 0 };
  }

  /**
   * Applies the obligations a transition opened, fulfilled or cancelled, in its transaction. A
   * final state cancels what is still open: nobody owes anything on a closed file.
   */
  async applyObligations(
    manager: EntityManager,
    instance: OpeningInstance,
    definition: AnyWorkflowDefinition,
    changes: readonly ObligationChange[],
    label: string,
    now: Date,
    final: boolean,
  ): Promise<number> {
    let outbox = 0;
    let calendar: BusinessCalendar | undefined;
    for (const change of changes) {
      const spec = obligationSpecOf(definition, change);
      const key = change.params.key ?? '';
      const which = `«${spec.name}»${key ? ` (${key})` : ''}`;
      if (change.action === 'open') {
        const open = await queryOne<{ id: string }>(
          manager,
          `SELECT id FROM deadlines WHERE instance_id = $1 AND obligation AND code = $2
             AND obligation_key = $3 AND closed_at IS NULL`,
          [instance.id, spec.code, key],
        );
        if (open)
          throw new DomainError(
            KernelRefusal.OBLIGATION_ALREADY_OPEN,
            `La obligación ${which} ya está abierta en este expediente.`,
            { obligation: { code: spec.code, key } },
          );
        calendar ??= await this.calendars.calendarWithin(
          manager,
          instance.municipalityId,
          instance.calendar,
        );
        const plan = planObligation(spec, change.params, calendar, instance.timeZone, now);
        await this.insert(manager, instance, plan, label, now);
        outbox += plan.timers.filter((t) => t.fireAt <= this.horizonEnd(now)).length;
        continue;
      }
      const closed = await this.close(manager, instance.id, now, {
        how: change.action === 'cancel' ? 'cancel' : 'meet',
        obligation: true,
        code: spec.code,
        key,
      });
      // Answering what nobody owes (a mistyped key) must not pass for fulfilling what is owed.
      if (closed === 0)
        throw new DomainError(
          KernelRefusal.OBLIGATION_NOT_OPEN,
          `La obligación ${which} no está abierta en este expediente.`,
          { obligation: { code: spec.code, key } },
        );
    }
    if (final) await this.close(manager, instance.id, now, { how: 'cancel', obligation: true });
    return outbox;
  }

  /** Closes open deadlines and stops their pending timers (see `closingCte`); returns how many. */
  private async close(
    manager: EntityManager,
    instanceId: string,
    now: Date,
    which: Closing,
  ): Promise<number> {
    const closing = closingCte(1, instanceId, now, which);
    const row = await queryOne<{ closed: number }>(
      manager,
      `WITH ${closing.sql} SELECT count(*)::int AS closed FROM closed`,
      closing.params,
    );
    return row?.closed ?? 0;
  }

  /**
   * The latest deadline of a code on an instance (open or not), for a kind that reasons on it;
   * with `key`, the latest obligation of that code and key.
   */
  async latest(
    manager: EntityManager,
    instanceId: string,
    code: string,
    key?: string,
  ): Promise<DeadlineView | null> {
    const row = await queryOne<DeadlineRow>(
      manager,
      `SELECT ${DEADLINE_COLUMNS.join(', ')} FROM deadlines
       WHERE instance_id = $1 AND code = $2 AND ($3::text IS NULL OR (obligation AND obligation_key = $3))
       ORDER BY opened_version DESC, created_at DESC LIMIT 1`,
      [instanceId, code, key ?? null],
    );
    return row ? deadlineView(row) : null;
  }

  /**
   * Entering a state: one deadline per spec, its timers, and the request for action in the inbox
   * of the responsible unit. Timers due within the arming horizon get their outbox row now; the
   * sweeper arms the others as they come near. Returns the deadlines opened (in the order
   * `openFor` lists them) and how many outbox rows it wrote.
   */
  async open<C>(
    manager: EntityManager,
    instance: OpeningInstance,
    specs: readonly DeadlineSpec<C>[],
    context: C,
    label: string,
    now: Date,
    /** Deadlines closed in the first insert's statement (a change of state). */
    leaving?: Closing,
  ): Promise<Opened> {
    if (specs.length === 0) return { deadlines: [], outbox: 0 };
    const calendar = await this.calendars.calendarWithin(
      manager,
      instance.municipalityId,
      instance.calendar,
    );
    const horizon = this.horizonEnd(now);
    const deadlines: DeadlineView[] = [];
    let outbox = 0;
    for (const [index, spec] of specs.entries()) {
      const plan = planDeadline(spec, context, calendar, instance.timeZone, now);
      deadlines.push(
        await this.insert(manager, instance, plan, label, now, index === 0 ? leaving : undefined),
      );
      outbox += plan.timers.filter((t) => t.fireAt <= horizon).length;
    }
    deadlines.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.name.localeCompare(b.name));
    return { deadlines, outbox };
  }

  private async insert(
    manager: EntityManager,
    instance: OpeningInstance,
    plan: DeadlinePlan,
    label: string,
    now: Date,
    leaving?: Closing,
  ): Promise<DeadlineView> {
    const params: unknown[] = [
      instance.municipalityId,
      instance.id,
      instance.state,
      plan.name,
      plan.termDays,
      plan.termUnit,
      plan.startsOn,
      plan.dueOn,
      plan.dueAt,
      plan.responsibleUnitId,
      plan.expiryEvent,
      now,
      ...timerArrays(plan.timers),
      this.horizonEnd(now),
      instance.version,
      `Pendiente: ${plan.name}`,
      `${label}: le corresponde actuar; el plazo «${plan.name}» vence al final del ${spanishDate(plan.dueOn)}.`,
      plan.code,
      plan.obligation,
      plan.key,
      // A notice asks nobody to act.
      plan.notice !== true,
    ];
    const closing = leaving && closingCte(params.length + 1, instance.id, now, leaving);
    const row = await queryOne<{ id: string }>(
      manager,
      `WITH ${closing ? `${closing.sql},` : ''} d AS (
         INSERT INTO deadlines (municipality_id, instance_id, state, name, term_days, term_unit, starts_on,
           due_on, due_at, responsible_unit_id, expiry_event, status, created_at, opened_version,
           code, obligation, obligation_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', $12, $18, $21, $22, $23) RETURNING id),
       t AS (${TIMERS_FROM_ARRAYS('(SELECT id FROM d)', '$2::uuid', 13, '$17', '$12')} RETURNING id, fire_at),
       o AS (${armTimersSql('t', '$17', '$12::timestamptz')}),
       n AS (
         INSERT INTO notifications (municipality_id, recipient_id, kind, dedupe_key, instance_id, deadline_id, title, body, created_at)
         SELECT $1, u.id, 'request', d.id::text || ':request', $2, d.id, $19, $20, $12
         FROM d, users u WHERE $24::boolean AND u.municipality_id = $1 AND u.unit_id = $10 AND u.active
         ON CONFLICT (recipient_id, dedupe_key) DO NOTHING)
       SELECT id FROM d`,
      closing ? [...params, ...closing.params] : params,
    );
    if (!row) throw new Error('deadlines no devolvió el plazo creado');
    return {
      id: row.id,
      code: plan.code,
      name: plan.name,
      source: plan.obligation ? 'obligation' : 'state',
      key: plan.key,
      state: instance.state,
      term: termView(plan.termDays, plan.termUnit),
      startsOn: plan.startsOn,
      dueOn: plan.dueOn,
      dueAt: plan.dueAt.toISOString(),
      status: 'pending',
      responsibleUnitId: plan.responsibleUnitId,
    };
  }

  /**
   * What shows open deadlines of a municipality with their business days left, counted from today
   * by Despacho's clock (the manual one too) in the municipality's zone. The zone and calendar head
   * are read here unless the caller has them (an instance row does).
   */
  async presenter(
    manager: EntityManager,
    municipality: {
      readonly id: string;
      readonly timeZone?: string;
      readonly calendar?: CalendarHead;
    },
    now: Date,
  ): Promise<(view: DeadlineView) => PresentedDeadline> {
    let { timeZone, calendar: head } = municipality;
    if (timeZone === undefined || head === undefined) {
      const row = await queryOne<{
        time_zone: string;
        calendar_code: string;
        calendar_version: number;
      }>(
        manager,
        `SELECT m.time_zone, ${calendarHeadColumns('m')} FROM municipalities m WHERE m.id = $1`,
        [municipality.id],
      );
      if (!row) throw new Error(`No existe la municipalidad ${municipality.id}`);
      timeZone = row.time_zone;
      head = { code: row.calendar_code, version: row.calendar_version };
    }
    const calendar = await this.calendars.calendarWithin(manager, municipality.id, head);
    const today = civilDateAt(now, timeZone);
    return (view) => ({ ...view, businessDaysLeft: businessDaysLeft(calendar, today, view.dueOn) });
  }

  /** Timers due before this instant are armed as delayed jobs right away. */
  horizonEnd(now: Date): Date {
    return new Date(now.getTime() + this.config.timerHorizonMs);
  }

  async openFor(manager: EntityManager, instanceId: string): Promise<DeadlineView[]> {
    return (await this.openForEach(manager, [instanceId])).get(instanceId) ?? [];
  }

  /** The open deadlines of several instances in one query (a page of a list). */
  async openForEach(
    manager: EntityManager,
    instanceIds: readonly string[],
  ): Promise<Map<string, DeadlineView[]>> {
    const rows = await queryRows<DeadlineRow>(
      manager,
      `SELECT ${DEADLINE_COLUMNS.join(', ')} FROM deadlines
       WHERE instance_id = ANY($1::uuid[]) AND closed_at IS NULL ORDER BY due_at, name`,
      [instanceIds],
    );
    const byInstance = new Map<string, DeadlineView[]>();
    for (const row of rows) {
      const list = byInstance.get(row.instance_id) ?? [];
      list.push(deadlineView(row));
      byInstance.set(row.instance_id, list);
    }
    return byInstance;
  }

  /**
   * Every deadline of an instance, open or closed, in the order they opened, each with its alerts.
   * A timer planned again (the calendar changed) shows once: the plan in force, or the last one.
   */
  async scheduleOf(manager: EntityManager, instanceId: string): Promise<ScheduledDeadline[]> {
    // The deadlines, then their timers by the deadline index: two round trips on a read.
    const rows = await queryRows<DeadlineRow & { created_at: Date; closed_at: Date | null }>(
      manager,
      `SELECT ${DEADLINE_COLUMNS.join(', ')}, created_at, closed_at FROM deadlines
       WHERE instance_id = $1 ORDER BY opened_version, due_at, name`,
      [instanceId],
    );
    const timers = await queryRows<{
      deadline_id: string;
      kind: TimerKind;
      level: number;
      target: string;
      fire_at: Date;
      status: DeadlineAlert['status'];
      fired_at: Date | null;
    }>(
      manager,
      `SELECT * FROM (
         SELECT DISTINCT ON (deadline_id, kind, level) deadline_id, kind, level, target, fire_at, status, fired_at
         FROM deadline_timers WHERE deadline_id = ANY($1::uuid[])
         ORDER BY deadline_id, kind, level, (status <> 'cancelled') DESC, fire_at DESC) t
       ORDER BY fire_at, level`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      ...deadlineView(row),
      openedAt: row.created_at.toISOString(),
      closedAt: row.closed_at?.toISOString() ?? null,
      alerts: timers
        .filter((t) => t.deadline_id === row.id)
        .map((t) => ({
          kind: t.kind,
          level: t.level,
          target: t.target,
          fireAt: t.fire_at.toISOString(),
          status: t.status,
          firedAt: t.fired_at?.toISOString() ?? null,
        })),
    }));
  }

  /**
   * The calendar changed: every pending deadline of the municipality is counted again with the new
   * calendar (read through `manager`, in the change's transaction); those whose last day moved get new timers.
   */
  async recalculate(
    manager: EntityManager,
    municipalityId: string | null,
    now: Date,
  ): Promise<Recalculation[]> {
    const rows = await queryRows<
      DeadlineRow & { time_zone: string; kind: string; machine_version: number; context: unknown }
    >(
      manager,
      `SELECT ${DEADLINE_COLUMNS.map((c) => `d.${c}`).join(', ')}, m.time_zone, i.kind, i.machine_version, i.context
       FROM deadlines d
       JOIN municipalities m ON m.id = d.municipality_id
       JOIN workflow_instances i ON i.id = d.instance_id
       WHERE d.status = 'pending' AND ($1::uuid IS NULL OR d.municipality_id = $1)
       ORDER BY d.id FOR UPDATE OF d`,
      [municipalityId],
    );
    const changes: Recalculation[] = [];
    // Read through the change's own transaction (it is not committed yet), once per municipality.
    const calendars = new Map<string, BusinessCalendar>();
    for (const row of rows) {
      let calendar = calendars.get(row.municipality_id);
      if (!calendar) {
        calendar = await this.calendars.calendarFor(row.municipality_id, manager);
        calendars.set(row.municipality_id, calendar);
      }
      // A last day given as a date (an obligation's) stays; its reminders and escalations, counted
      // on the calendar, are planned again.
      const fixed = row.term_days === null || row.term_unit === null;
      const dueOn = fixed
        ? row.due_on
        : dueDate(calendar, row.starts_on, row.term_days ?? 0, row.term_unit ?? 'business');
      if (!fixed && dueOn === row.due_on) continue;
      const definition = this.registry.get(row.kind, row.machine_version);
      const spec = row.obligation
        ? definition.obligations?.[row.code]
        : deadlineSpecsOf(definition, row.state).find((s) => s.code === row.code);
      if (fixed && !spec?.reminders && !spec?.escalation) continue;
      // A term whose spec is gone (a code renamed) still gets its expiry timer: never left without one.
      const timers = planTimers(
        spec ?? { code: row.code, name: row.name },
        calendar,
        row.starts_on,
        dueOn,
        row.time_zone,
        now,
      );
      await execute(
        manager,
        `WITH moved AS (UPDATE deadlines SET due_on = $2, due_at = $3 WHERE id = $1),
           items AS (UPDATE work_items SET due_on = $2, due_at = $3 WHERE deadline_id = $1)
         UPDATE deadline_timers SET status = 'cancelled' WHERE deadline_id = $1 AND status = 'pending'`,
        [row.id, dueOn, endOfCivilDay(dueOn, row.time_zone)],
      );
      // Timers that already fired (a reminder) keep their row and are not planned again.
      await execute(
        manager,
        `WITH t AS (${TIMERS_FROM_ARRAYS('$1::uuid', '$2::uuid', 3, '$7', '$8')}
           ON CONFLICT (deadline_id, kind, level) WHERE status <> 'cancelled' DO NOTHING
           RETURNING id, fire_at)
         ${armTimersSql('t', '$7', '$8::timestamptz')}`,
        [row.id, row.instance_id, ...timerArrays(timers), this.horizonEnd(now), now],
      );
      if (fixed) continue;
      changes.push({
        deadlineId: row.id,
        instanceId: row.instance_id,
        municipalityId: row.municipality_id,
        kind: row.kind,
        name: row.name,
        fromDueOn: row.due_on,
        toDueOn: dueOn,
      });
    }
    return changes;
  }
}

/**
 * Timer rows from parallel arrays starting at parameter `$first` (kind, level, target, fire_at);
 * those due before `horizon` are marked armed at `now` (their outbox row is written alongside).
 */
const TIMERS_FROM_ARRAYS = (
  deadlineId: string,
  instanceId: string,
  first: number,
  horizon: string,
  now: string,
) =>
  `INSERT INTO deadline_timers (deadline_id, instance_id, kind, level, target, fire_at, status, armed_at)
   SELECT ${deadlineId}, ${instanceId}, x.kind, x.level, x.target, x.fire_at, 'pending',
          CASE WHEN x.fire_at <= ${horizon} THEN ${now}::timestamptz END
   FROM unnest($${first}::text[], $${first + 1}::int[], $${first + 2}::text[], $${first + 3}::timestamptz[])
     AS x(kind, level, target, fire_at)
`;

const timerArrays = (timers: readonly PlannedTimer[]) => [
  timers.map((t) => t.kind),
  timers.map((t) => t.level),
  timers.map((t) => t.target),
  timers.map((t) => t.fireAt),
];
