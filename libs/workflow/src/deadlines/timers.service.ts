import { Inject, Injectable, Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditChain, type AuditEntry, systemActor } from '#audit';
import { inCalendarTransaction, spanishDate } from '#calendar';
import { APP_CONFIG, type AppConfig, Clock } from '#core';
import { queryOne, queryRows, execute } from '#database';
import { JobQueue, QueueName } from '#queue';
import {
  type NotificationKind,
  NotificationsService,
  type Recipients,
} from '../inbox/notifications.service.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { type InstanceRow, WorkflowEngine } from '../workflow.engine.js';
import { armTimersSql, timerJobIdSql } from './timer-jobs.js';
import { type DueTimer, inParallel, timerLanes } from './timer-lanes.js';
import { WorkflowMetrics } from '../workflow.metrics.js';
import { WorkflowRegistry } from '../workflow.registry.js';

export type TimerOutcome = 'done' | 'skipped';

interface TimerRow {
  id: string;
  instance_id: string;
  kind: 'reminder' | 'expiry' | 'escalation';
  level: number;
  target: string;
  fire_at: Date;
  status: string;
  deadline_id: string;
  name: string;
  state: string;
  deadline_status: string;
  due_on: string;
  due_at: Date;
  responsible_unit_id: string | null;
  expiry_event: string | null;
  obligation: boolean;
  code: string;
  obligation_key: string;
}

const ROLE_NAMES: Record<string, string> = {
  GERENTE_MUNICIPAL: 'Gerencia Municipal',
  ALCALDE: 'Alcaldía',
};

/** Timers fired per transaction: one municipality's, in the order they fell due. */
const BATCH = 500;
/**
 * Batches fired at once, of one municipality or several (each holds one pooled connection
 * meanwhile). A burst of one municipality's expiries is PostgreSQL's work: lanes use every core.
 */
const PARALLEL_LANES = 4;
/** A job of an instant run this early (clocks of the queue and of Node) waits for it. */
const EARLY_WAIT_MS = 5000;

interface Processed {
  readonly fired: { kind: string; latenessMs: number }[];
  readonly transitions: { kind: string; event: string }[];
  readonly outbox: number;
}

interface BatchResult {
  readonly fired: number;
  readonly transitions: number;
}

/**
 * Fires deadline timers, many per transaction. A timer fires once (row lock + status), never
 * before its time (checked against the Clock, whatever the queue says), and does nothing if the
 * instance moved on.
 */
@Injectable()
export class TimersService {
  private readonly logger = new Logger(TimersService.name);
  private pass: Promise<number> | undefined;
  private queued: Promise<number> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: WorkflowEngine,
    private readonly registry: WorkflowRegistry,
    private readonly audit: AuditChain,
    private readonly notifications: NotificationsService,
    private readonly queues: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly metrics: WorkflowMetrics,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The job of an instant: fires every timer due by then (and any other due now). */
  async fireDueAt(at: Date | undefined): Promise<TimerOutcome> {
    const early = at ? at.getTime() - this.clock.now().getTime() : 0;
    if (this.config.clock === 'system' && early > 0 && early <= EARLY_WAIT_MS) await sleep(early);
    return (await this.fireDueNow()) > 0 ? 'done' : 'skipped';
  }

  /** Fires one timer if it is due and pending. */
  async fire(timerId: string): Promise<TimerOutcome> {
    const ref = await queryOne<{ municipality_id: string }>(
      this.dataSource.manager,
      `SELECT i.municipality_id FROM deadline_timers t JOIN workflow_instances i ON i.id = t.instance_id
       WHERE t.id = $1 AND t.status = 'pending'`,
      [timerId],
    );
    if (!ref) return 'skipped';
    return (await this.fireBatch(ref.municipality_id, [timerId])).fired > 0 ? 'done' : 'skipped';
  }

  /**
   * Fires what is due now, one pass at a time in this process: a call that arrives during a pass
   * waits for the next one, which serves every call that arrived meanwhile (jobs of many instants
   * falling due together would otherwise contend for the same rows).
   */
  fireDueNow(): Promise<number> {
    if (this.queued) return this.queued;
    if (!this.pass) return this.startPass();
    this.queued = this.pass
      .catch(() => 0)
      .then(() => {
        this.queued = undefined;
        return this.startPass();
      });
    return this.queued;
  }

  /**
   * The sweeper's catch-up: what is `graceMs` overdue, in the same line as the jobs' passes. A pass
   * under way (or queued) fires everything due, the overdue too: the catch-up joins it instead of
   * racing it for the same rows (it did, in bursts longer than the grace: half the row locks waited).
   * Returns what the catch-up itself fired (0 when it joined a pass).
   */
  async fireOverdue(graceMs: number): Promise<number> {
    const underway = this.queued ?? this.pass;
    if (!underway) return this.startPass(graceMs);
    await underway.catch(() => 0);
    return 0;
  }

  private startPass(graceMs = 0): Promise<number> {
    const started = performance.now();
    this.pass = this.runDue(graceMs)
      .then((fired) => {
        if (fired > 0)
          this.logger.log(
            { fired, ms: Math.round(performance.now() - started) },
            'Pase de temporizadores',
          );
        return fired;
      })
      .finally(() => {
        this.pass = undefined;
      });
    return this.pass;
  }

  /**
   * Fires, in order, every pending timer due `graceMs` ago or earlier; what a firing makes due fires
   * too. Lanes of distinct instances share no lock, so a few fire in parallel, each in batches.
   */
  async runDue(graceMs = 0): Promise<number> {
    // A shared manual clock may have been moved by another process: never decide on a stale time.
    await this.clock.sync();
    let fired = 0;
    const failed = new Set<string>();
    for (;;) {
      const cutoff = new Date(this.clock.now().getTime() - graceMs);
      // In due order, by an ordered index scan (see the due_timers migration for why).
      const due = await queryRows<DueTimer>(
        this.dataSource.manager,
        `SELECT id, municipality_id, instance_id FROM due_timers($1, $2::uuid[], $3)`,
        [cutoff, [...failed], BATCH * PARALLEL_LANES],
      );
      if (due.length === 0) return fired;
      const results = await inParallel(
        timerLanes(due, PARALLEL_LANES, BATCH),
        PARALLEL_LANES,
        async ({ municipalityId, batches }) => {
          const sum = { fired: 0, transitions: 0 };
          for (const ids of batches) {
            const result = await this.fireIsolating(municipalityId, [...ids], failed);
            sum.fired += result.fired;
            sum.transitions += result.transitions;
          }
          return sum;
        },
      );
      let transitions = 0;
      for (const result of results) {
        fired += result.fired;
        transitions += result.transitions;
      }
      // Everything due was in this read, and no transition opened new terms: a timer that falls
      // due from now on has a job of its own, so another read would only find nothing.
      if (due.length < BATCH * PARALLEL_LANES && transitions === 0) return fired;
    }
  }

  private async fireIsolating(
    municipalityId: string,
    ids: string[],
    failed: Set<string>,
  ): Promise<BatchResult> {
    try {
      return await this.fireBatch(municipalityId, ids);
    } catch (error: unknown) {
      if (ids.length === 1) {
        // Its job or the next sweep tries again.
        this.logger.error({ err: error, timerId: ids[0] }, 'No se pudo disparar un temporizador');
        failed.add(ids[0] ?? '');
        return { fired: 0, transitions: 0 };
      }
      const sum = { fired: 0, transitions: 0 };
      for (const id of ids) {
        const result = await this.fireIsolating(municipalityId, [id], failed);
        sum.fired += result.fired;
        sum.transitions += result.transitions;
      }
      return sum;
    }
  }

  private async fireBatch(municipalityId: string, ids: readonly string[]): Promise<BatchResult> {
    // The order of a transition: calendar (shared), instances, deadlines, timers.
    const outcome = await inCalendarTransaction(
      this.dataSource,
      municipalityId,
      'shared',
      async (manager) => {
        const instances = new Map(
          (await this.engine.lockOfTimers(manager, ids)).map((row) => [row.id, row]),
        );
        await execute(
          manager,
          `SELECT 1 FROM deadlines WHERE id IN (SELECT deadline_id FROM deadline_timers WHERE id = ANY($1::uuid[]))
           ORDER BY id FOR UPDATE`,
          [ids],
        );
        const timers = await queryRows<TimerRow>(
          manager,
          `SELECT t.id, t.instance_id, t.kind, t.level, t.target, t.fire_at, t.status, d.id AS deadline_id,
                d.name, d.state, d.status AS deadline_status, d.due_on, d.due_at, d.responsible_unit_id,
                d.expiry_event, d.obligation, d.code, d.obligation_key
         FROM deadline_timers t JOIN deadlines d ON d.id = t.deadline_id
         WHERE t.id = ANY($1::uuid[]) ORDER BY t.fire_at, t.id FOR UPDATE OF t`,
          [ids],
        );
        return this.process(manager, timers, instances, this.clock.now());
      },
    );
    // A manual clock jumps by days: its "lateness" would say nothing about punctuality.
    if (this.config.clock === 'system')
      for (const fired of outcome.fired)
        this.metrics.timerLateness.observe({ kind: fired.kind }, fired.latenessMs / 1000);
    for (const t of outcome.transitions) this.metrics.transitions.inc(t);
    // An expiry event may have entered a state with new deadlines: relay their timers now.
    if (outcome.outbox > 0) this.relay.afterCommit();
    return { fired: outcome.fired.length, transitions: outcome.transitions.length };
  }

  /**
   * What each timer does, in the order they fell due; the writes of the whole batch go in a few
   * statements. An instance that an expiry event moved keeps its later timers for the next pass.
   */
  private async process(
    manager: EntityManager,
    timers: readonly TimerRow[],
    instances: ReadonlyMap<string, InstanceRow>,
    now: Date,
  ): Promise<Processed> {
    const fired: Processed['fired'] = [];
    const transitions: Processed['transitions'] = [];
    const notifications: Parameters<NotificationsService['deliver']>[1][number][] = [];
    const audits: AuditEntry[] = [];
    const moved = new Set<string>();
    const deadlineStatus = new Map<string, string>();
    let unwrittenFired: string[] = [];
    let unwrittenExpired: string[] = [];
    let outbox = 0;
    // Before an expiry event's transition reads them (it closes the state's deadlines).
    const writeStatuses = async () => {
      if (unwrittenFired.length > 0)
        await execute(
          manager,
          `UPDATE deadline_timers SET status = 'fired', fired_at = $2 WHERE id = ANY($1::uuid[])`,
          [unwrittenFired, now],
        );
      if (unwrittenExpired.length > 0)
        await execute(
          manager,
          `UPDATE deadlines SET status = 'expired' WHERE id = ANY($1::uuid[])`,
          [unwrittenExpired],
        );
      unwrittenFired = [];
      unwrittenExpired = [];
    };

    for (const timer of timers) {
      const instance = instances.get(timer.instance_id);
      // Never early, never twice; a timer whose instance moved on was cancelled with its deadline.
      if (!instance || moved.has(instance.id)) continue;
      if (timer.status !== 'pending' || now < timer.fire_at) continue;
      unwrittenFired.push(timer.id);
      fired.push({ kind: timer.kind, latenessMs: now.getTime() - timer.fire_at.getTime() });
      const status = deadlineStatus.get(timer.deadline_id) ?? timer.deadline_status;
      const definition = this.registry.get(instance.kind, instance.machine_version);
      const label = definition.label(instance.context);
      // A notice obligation (an alert) tells what its spec says instead of "Plazo vencido".
      const obligation = timer.obligation ? definition.obligations?.[timer.code] : undefined;
      const notice = obligation?.notice !== undefined;
      const due = spanishDate(timer.due_on);
      const unit = timer.responsible_unit_id;
      const notify = (
        to: Recipients,
        kind: NotificationKind,
        key: string,
        title: string,
        body: string,
      ) =>
        notifications.push({
          to,
          notification: {
            municipalityId: instance.municipality_id,
            instanceId: instance.id,
            deadlineId: timer.deadline_id,
            kind,
            dedupeKey: `${timer.deadline_id}:${key}`,
            title,
            body,
          },
        });
      const recorded = (type: string, payload: Record<string, unknown>): AuditEntry => ({
        municipalityId: instance.municipality_id,
        instanceId: instance.id,
        kind: instance.kind,
        type,
        from: instance.state,
        to: instance.state,
        actor: systemActor(instance.municipality_id),
        at: now,
        payload: {
          deadlineId: timer.deadline_id,
          name: timer.name,
          dueOn: timer.due_on,
          ...payload,
        },
      });

      if (timer.kind === 'reminder') {
        if (status === 'pending')
          for (const to of [
            ...(unit ? [{ unitId: unit }] : []),
            ...(obligation?.reminders?.alsoTo ?? []),
          ])
            notify(
              to,
              'reminder',
              `reminder:${timer.level}`,
              `Recordatorio: ${timer.name} vence el ${due}`,
              `${label}: el plazo «${timer.name}» vence al final del ${due}.`,
            );
        continue;
      }
      // Expiry, or an escalation that got here first: the term is over either way.
      let overdue = status === 'expired';
      if (status === 'pending' && timer.due_at <= now) {
        unwrittenExpired.push(timer.deadline_id);
        deadlineStatus.set(timer.deadline_id, 'expired');
        if (unit && !notice)
          notify(
            { unitId: unit },
            'overdue',
            'overdue',
            `Plazo vencido: ${timer.name}`,
            `${label}: el plazo «${timer.name}» venció el ${due}.`,
          );
        audits.push(recorded('deadline.expired', {}));
        overdue = true;
        // An obligation's expiry says which one lapsed: a kind may owe several of one code.
        const event = timer.obligation
          ? {
              type: timer.expiry_event ?? '',
              code: timer.code,
              key: timer.obligation_key,
              deadlineId: timer.deadline_id,
              dueOn: timer.due_on,
            }
          : { type: timer.expiry_event ?? '' };
        let context = instance.context;
        // A state's term acts only while the instance is still in that state; an obligation, in any.
        if (
          timer.expiry_event &&
          (timer.obligation || instance.state === timer.state) &&
          this.engine.accepts(instance, event, systemActor(instance.municipality_id), now)
        ) {
          await writeStatuses();
          // What this timer recorded so far goes first: the transition writes its own audit rows.
          await this.audit.append(manager, ...audits.splice(0));
          const applied = await this.engine.applyLocked(
            manager,
            instance,
            event,
            systemActor(instance.municipality_id),
            now,
          );
          transitions.push({ kind: instance.kind, event: event.type });
          outbox += applied.outbox;
          moved.add(instance.id);
          overdue = timer.obligation || applied.to === timer.state;
          context = applied.row.context;
        }
        const told = obligation?.notice?.(context, {
          key: timer.obligation_key,
          dueOn: timer.due_on,
        });
        for (const to of told?.to ?? [])
          notify(to, 'reminder', 'notice', told?.title ?? '', told?.body ?? '');
      }
      if (timer.kind === 'escalation' && overdue) {
        const where = ROLE_NAMES[timer.target] ?? timer.target;
        notify(
          { role: timer.target },
          'escalation',
          `escalation:${timer.level}`,
          `Escalamiento: ${timer.name} sigue vencido`,
          `${label}: el plazo «${timer.name}» venció el ${due} y sigue sin atenderse; se escala a ${where}.`,
        );
        audits.push(recorded('deadline.escalated', { level: timer.level, role: timer.target }));
      }
    }
    await writeStatuses();
    await this.notifications.deliver(manager, notifications);
    await this.audit.append(manager, ...audits);
    return { fired, transitions, outbox };
  }

  /**
   * Arms the timers that came within the horizon: the outbox row of their instant's job, relayed
   * as a delayed job like any other. Far-off terms wait in PostgreSQL, which keeps the queue small.
   */
  async armNear(): Promise<number> {
    await this.clock.sync();
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + this.config.timerHorizonMs);
    let armed = 0;
    for (;;) {
      const row = await queryOne<{ timers: number; jobs: number }>(
        this.dataSource.manager,
        `WITH near AS (
           UPDATE deadline_timers SET armed_at = $1
           WHERE id IN (SELECT id FROM deadline_timers
                        WHERE status = 'pending' AND armed_at IS NULL AND fire_at <= $2
                        ORDER BY fire_at LIMIT 5000 FOR UPDATE SKIP LOCKED)
           RETURNING id, fire_at),
         jobs AS (${armTimersSql('near', '$2', '$1::timestamptz')} RETURNING id)
         SELECT (SELECT count(*) FROM near)::int AS timers, (SELECT count(*) FROM jobs)::int AS jobs`,
        [now, horizon],
      );
      armed += row?.timers ?? 0;
      if (row?.jobs) this.relay.afterCommit();
      if ((row?.timers ?? 0) < 5000) return armed;
    }
  }

  /**
   * Puts back the delayed job of every instant with pending timers within `horizonMs`. Adding an
   * existing jobId is a no-op, so this only restores what the queue lost (e.g. Redis without its data).
   */
  async rearm(horizonMs: number): Promise<number> {
    const now = this.clock.now();
    const jobs = await queryRows<{ job_id: string; fire_at: Date }>(
      this.dataSource.manager,
      `SELECT DISTINCT ON (job_id) job_id, fire_at
       FROM (SELECT ${timerJobIdSql('fire_at', 'id', '$2::timestamptz')} AS job_id, fire_at
             FROM deadline_timers WHERE status = 'pending' AND fire_at <= $1) AS pending
       ORDER BY job_id, fire_at LIMIT 10000`,
      [new Date(now.getTime() + horizonMs), now],
    );
    await this.queues.addStored(
      QueueName.Timers,
      jobs.map((j) => ({
        name: 'timer.fire',
        data: { at: j.fire_at.toISOString() },
        jobId: j.job_id,
        delay: j.fire_at.getTime() - now.getTime(),
      })),
    );
    if (jobs.length > 0) this.logger.debug({ jobs: jobs.length }, 'Temporizadores re-armados');
    return jobs.length;
  }
}
