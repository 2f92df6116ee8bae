import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockCalendar, spanishDate } from '#calendar';
import { APP_CONFIG, type AppConfig, Clock } from '#core';
import { queryOne, queryRows } from '#database';
import { JobQueue, QueueName } from '#queue';
import { AuditChain, type AuditEntry } from '../audit/audit-chain.service.js';
import {
  type NotificationKind,
  NotificationsService,
  type Recipients,
} from '../inbox/notifications.service.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { systemActor } from '../workflow-definition.js';
import { WorkflowEngine } from '../workflow.engine.js';
import { WorkflowMetrics } from '../workflow.metrics.js';
import { WorkflowRegistry } from '../workflow.registry.js';

export type TimerOutcome = 'done' | 'skipped';

interface Fired {
  readonly kind: string;
  readonly latenessMs: number;
  /** The expiry event the kernel sent, if any. */
  readonly transition?: { kind: string; event: string };
}

interface TimerRow {
  id: string;
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
}

const ROLE_NAMES: Record<string, string> = {
  GERENTE_MUNICIPAL: 'Gerencia Municipal',
  ALCALDE: 'Alcaldía',
};

/**
 * Fires deadline timers. A timer fires once (row lock + status), never before its time (checked
 * against the Clock, whatever the queue says), and does nothing if the instance moved on.
 */
@Injectable()
export class TimersService {
  private readonly logger = new Logger(TimersService.name);

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

  async fire(timerId: string): Promise<TimerOutcome> {
    const fired = await this.fireOnce(timerId);
    if (!fired) return 'skipped';
    this.metrics.timerLateness.observe({ kind: fired.kind }, fired.latenessMs / 1000);
    if (fired.transition) this.metrics.transitions.inc(fired.transition);
    // An expiry event may have entered a state with new deadlines: relay their timers now.
    this.relay.afterCommit();
    return 'done';
  }

  private async fireOnce(timerId: string): Promise<Fired | null> {
    const ref = await queryOne<{ instance_id: string; municipality_id: string }>(
      this.dataSource.manager,
      `SELECT t.instance_id, i.municipality_id FROM deadline_timers t
       JOIN workflow_instances i ON i.id = t.instance_id WHERE t.id = $1 AND t.status = 'pending'`,
      [timerId],
    );
    if (!ref) return null;
    return this.dataSource.transaction(async (manager) => {
      // The order of a transition: calendar (shared), instance, deadline, timer, audit head last.
      await lockCalendar(manager, ref.municipality_id, 'shared');
      const instance = await this.engine.lock(manager, ref.instance_id, null, null);
      await manager.query(
        `SELECT 1 FROM deadlines WHERE id = (SELECT deadline_id FROM deadline_timers WHERE id = $1) FOR UPDATE`,
        [timerId],
      );
      const timer = await queryOne<TimerRow>(
        manager,
        `SELECT t.id, t.kind, t.level, t.target, t.fire_at, t.status, d.id AS deadline_id, d.name, d.state,
                d.status AS deadline_status, d.due_on, d.due_at, d.responsible_unit_id, d.expiry_event
         FROM deadline_timers t JOIN deadlines d ON d.id = t.deadline_id
         WHERE t.id = $1 FOR UPDATE OF t`,
        [timerId],
      );
      const now = this.clock.now();
      // Never early, never twice; a timer whose instance moved on was cancelled with its deadline.
      if (!timer || timer.status !== 'pending' || now < timer.fire_at) return null;
      await manager.query(
        `UPDATE deadline_timers SET status = 'fired', fired_at = $2 WHERE id = $1`,
        [timerId, now],
      );
      const label = this.registry
        .get(instance.kind, instance.machine_version)
        .label(instance.context);
      const audits: AuditEntry[] = [];
      let transition: Fired['transition'];
      const deliver = (
        to: Recipients,
        kind: NotificationKind,
        key: string,
        title: string,
        body: string,
      ) =>
        this.notifications.deliver(manager, to, {
          municipalityId: instance.municipality_id,
          instanceId: instance.id,
          deadlineId: timer.deadline_id,
          kind,
          dedupeKey: `${timer.deadline_id}:${key}`,
          title,
          body,
        });
      const due = spanishDate(timer.due_on);
      const unit = timer.responsible_unit_id;
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
        if (timer.deadline_status === 'pending' && unit)
          await deliver(
            { unitId: unit },
            'reminder',
            `reminder:${timer.level}`,
            `Recordatorio: ${timer.name} vence el ${due}`,
            `${label}: el plazo «${timer.name}» vence al final del ${due}.`,
          );
      } else {
        // Expiry, or an escalation that got here first: the term is over either way.
        let overdue = timer.deadline_status === 'expired';
        if (timer.deadline_status === 'pending' && timer.due_at <= now) {
          await manager.query(`UPDATE deadlines SET status = 'expired' WHERE id = $1`, [
            timer.deadline_id,
          ]);
          if (unit)
            await deliver(
              { unitId: unit },
              'overdue',
              'overdue',
              `Plazo vencido: ${timer.name}`,
              `${label}: el plazo «${timer.name}» venció el ${due}.`,
            );
          audits.push(recorded('deadline.expired', {}));
          overdue = true;
          const event = { type: timer.expiry_event ?? '' };
          if (
            timer.expiry_event &&
            instance.state === timer.state &&
            this.engine.accepts(instance, event)
          ) {
            const applied = await this.engine.applyLocked(
              manager,
              instance,
              event,
              systemActor(instance.municipality_id),
              now,
            );
            audits.push(applied.audit);
            transition = { kind: instance.kind, event: event.type };
            overdue = applied.to === timer.state;
          }
        }
        if (timer.kind === 'escalation' && overdue) {
          const where = ROLE_NAMES[timer.target] ?? timer.target;
          await deliver(
            { role: timer.target },
            'escalation',
            `escalation:${timer.level}`,
            `Escalamiento: ${timer.name} sigue vencido`,
            `${label}: el plazo «${timer.name}» venció el ${due} y sigue sin atenderse; se escala a ${where}.`,
          );
          audits.push(recorded('deadline.escalated', { level: timer.level, role: timer.target }));
        }
      }
      for (const entry of audits) await this.audit.append(manager, entry);
      return { kind: timer.kind, latenessMs: now.getTime() - timer.fire_at.getTime(), transition };
    });
  }

  /**
   * Fires, in order, every pending timer due `graceMs` ago or earlier; what a firing makes due fires
   * too. The clock endpoint uses no grace; the sweeper leaves the queue its moment first.
   */
  async runDue(graceMs = 0, limit = 100_000): Promise<number> {
    let fired = 0;
    const seen = new Set<string>();
    while (fired < limit) {
      const due = await queryRows<{ id: string }>(
        this.dataSource.manager,
        `SELECT id FROM deadline_timers WHERE status = 'pending' AND fire_at <= $1 ORDER BY fire_at, id LIMIT 500`,
        [new Date(this.clock.now().getTime() - graceMs)],
      );
      const fresh = due.filter((t) => !seen.has(t.id));
      if (fresh.length === 0) break;
      for (const { id } of fresh) {
        seen.add(id);
        try {
          if ((await this.fire(id)) === 'done') fired++;
        } catch (error: unknown) {
          // One broken timer must not hold back the others; its job or the next sweep retries it.
          this.logger.error({ err: error, timerId: id }, 'No se pudo disparar un temporizador');
        }
      }
    }
    return fired;
  }

  /**
   * Arms the timers that came within the horizon: their outbox row (id = timer id), relayed as a
   * delayed job like any other. Far-off terms wait in PostgreSQL, which keeps the queue small.
   */
  async armNear(): Promise<number> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + this.config.timerHorizonMs);
    let armed = 0;
    for (;;) {
      const rows = await queryRows<{ id: string }>(
        this.dataSource.manager,
        `WITH near AS (
           UPDATE deadline_timers SET armed_at = $1
           WHERE id IN (SELECT id FROM deadline_timers
                        WHERE status = 'pending' AND armed_at IS NULL AND fire_at <= $2
                        ORDER BY fire_at LIMIT 5000 FOR UPDATE SKIP LOCKED)
           RETURNING id, fire_at)
         INSERT INTO outbox (id, queue, name, payload, available_at)
         SELECT id, $3, 'timer.fire', jsonb_build_object('timerId', id), fire_at FROM near
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [now, horizon, QueueName.Timers],
      );
      armed += rows.length;
      if (rows.length < 5000) break;
    }
    if (armed > 0) this.relay.afterCommit();
    return armed;
  }

  /**
   * Puts back the delayed job of every pending timer due within the horizon. Adding an existing
   * jobId is a no-op, so this only restores what the queue lost (e.g. Redis without its data).
   */
  async rearm(horizonMs: number): Promise<number> {
    const now = this.clock.now();
    const timers = await queryRows<{ id: string; fire_at: Date }>(
      this.dataSource.manager,
      `SELECT id, fire_at FROM deadline_timers WHERE status = 'pending' AND fire_at <= $1 ORDER BY fire_at LIMIT 10000`,
      [new Date(now.getTime() + horizonMs)],
    );
    await this.queues.addStored(
      QueueName.Timers,
      timers.map((t) => ({
        name: 'timer.fire',
        data: { timerId: t.id },
        jobId: t.id,
        delay: t.fire_at.getTime() - now.getTime(),
      })),
    );
    if (timers.length > 0)
      this.logger.debug({ timers: timers.length }, 'Temporizadores re-armados');
    return timers.length;
  }
}
