import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '#core';
import { queryOne, queryRows } from '#database';
import { JobQueue, QueueName } from '#queue';
import { AuditChain } from '../audit/audit-chain.service.js';
import { NotificationsService } from '../inbox/notifications.service.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { systemActor } from '../workflow-definition.js';
import { WorkflowEngine } from '../workflow.engine.js';
import { WorkflowMetrics } from '../workflow.metrics.js';
import { WorkflowRegistry } from '../workflow.registry.js';

export type TimerOutcome = 'done' | 'skipped';

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
  responsible_unit_id: string | null;
  expiry_event: string | null;
}

const ROLE_NAMES: Record<string, string> = {
  GERENTE_MUNICIPAL: 'Gerencia Municipal',
  ALCALDE: 'Alcaldía',
};

const formatDate = (civil: string) => civil.split('-').reverse().join('/');

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
  ) {}

  async fire(timerId: string): Promise<TimerOutcome> {
    const outcome = await this.fireOnce(timerId);
    // An expiry event may have entered a state with new deadlines: relay their timers now.
    if (outcome === 'done') this.relay.afterCommit();
    return outcome;
  }

  /** The request for action of a new deadline, to the members of the responsible unit. */
  async requestAction(deadlineId: string): Promise<TimerOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await queryOne<{
        id: string;
        name: string;
        due_on: string;
        status: string;
        responsible_unit_id: string | null;
        municipality_id: string;
        instance_id: string;
        kind: string;
        machine_version: number;
        context: Record<string, unknown>;
      }>(
        manager,
        `SELECT d.id, d.name, d.due_on, d.status, d.responsible_unit_id, d.municipality_id, d.instance_id,
                i.kind, i.machine_version, i.context
         FROM deadlines d JOIN workflow_instances i ON i.id = d.instance_id WHERE d.id = $1`,
        [deadlineId],
      );
      if (!row || row.status !== 'pending' || !row.responsible_unit_id) return 'skipped';
      const label = this.registry.get(row.kind, row.machine_version).label(row.context);
      await this.notifications.deliver(
        manager,
        { unitId: row.responsible_unit_id },
        {
          municipalityId: row.municipality_id,
          instanceId: row.instance_id,
          deadlineId: row.id,
          kind: 'request',
          dedupeKey: `${row.id}:request`,
          title: `Pendiente: ${row.name}`,
          body: `${label}: le corresponde actuar; el plazo «${row.name}» vence al final del ${formatDate(row.due_on)}.`,
        },
      );
      return 'done';
    });
  }

  private async fireOnce(timerId: string): Promise<TimerOutcome> {
    const ref = await queryOne<{ instance_id: string }>(
      this.dataSource.manager,
      `SELECT instance_id FROM deadline_timers WHERE id = $1 AND status = 'pending'`,
      [timerId],
    );
    if (!ref) return 'skipped';
    return this.dataSource.transaction(async (manager) => {
      // Same lock order as a transition: instance, then its deadlines and timers, then the audit head.
      const instance = await this.engine.lock(manager, ref.instance_id, null, null);
      // Then the deadline, then the timer: the order a transition and a calendar change use too.
      await manager.query(
        `SELECT 1 FROM deadlines WHERE id = (SELECT deadline_id FROM deadline_timers WHERE id = $1) FOR UPDATE`,
        [timerId],
      );
      const timer = await queryOne<TimerRow>(
        manager,
        `SELECT t.id, t.kind, t.level, t.target, t.fire_at, t.status, d.id AS deadline_id, d.name, d.state,
                d.status AS deadline_status, d.due_on, d.responsible_unit_id, d.expiry_event
         FROM deadline_timers t JOIN deadlines d ON d.id = t.deadline_id
         WHERE t.id = $1 FOR UPDATE OF t`,
        [timerId],
      );
      const now = this.clock.now();
      if (!timer || timer.status !== 'pending' || now < timer.fire_at) return 'skipped';
      await manager.query(
        `UPDATE deadline_timers SET status = 'fired', fired_at = $2 WHERE id = $1`,
        [timerId, now],
      );
      this.metrics.timerLateness.observe(
        { kind: timer.kind },
        (now.getTime() - timer.fire_at.getTime()) / 1000,
      );

      const definition = this.registry.get(instance.kind, instance.machine_version);
      const label = definition.label(instance.context);
      const base = {
        municipalityId: instance.municipality_id,
        instanceId: instance.id,
        deadlineId: timer.deadline_id,
      };
      const due = formatDate(timer.due_on);
      const unit = timer.responsible_unit_id;

      if (timer.kind === 'reminder') {
        if (timer.deadline_status === 'pending' && unit)
          await this.notifications.deliver(
            manager,
            { unitId: unit },
            {
              ...base,
              kind: 'reminder',
              dedupeKey: `${timer.deadline_id}:reminder:${timer.level}`,
              title: `Recordatorio: ${timer.name} vence el ${due}`,
              body: `${label}: el plazo «${timer.name}» vence al final del ${due}.`,
            },
          );
        return 'done';
      }

      if (timer.kind === 'expiry') {
        if (timer.deadline_status !== 'pending') return 'done';
        await manager.query(`UPDATE deadlines SET status = 'expired' WHERE id = $1`, [
          timer.deadline_id,
        ]);
        if (unit)
          await this.notifications.deliver(
            manager,
            { unitId: unit },
            {
              ...base,
              kind: 'overdue',
              dedupeKey: `${timer.deadline_id}:overdue`,
              title: `Plazo vencido: ${timer.name}`,
              body: `${label}: el plazo «${timer.name}» venció el ${due}.`,
            },
          );
        await this.audit.append(manager, {
          municipalityId: instance.municipality_id,
          instanceId: instance.id,
          kind: instance.kind,
          type: 'deadline.expired',
          from: instance.state,
          to: instance.state,
          actor: systemActor(instance.municipality_id),
          at: now,
          payload: { deadlineId: timer.deadline_id, name: timer.name, dueOn: timer.due_on },
        });
        if (timer.expiry_event && instance.state === timer.state) {
          const event = { type: timer.expiry_event };
          const snapshot = definition.machine.resolveState({
            value: instance.state,
            context: instance.context,
          });
          if (snapshot.can(event))
            await this.engine.applyLocked(
              manager,
              instance,
              event,
              systemActor(instance.municipality_id),
              now,
            );
        }
        return 'done';
      }

      // Escalation: only while the term stays overdue and unattended.
      if (timer.deadline_status !== 'expired') return 'done';
      const where = ROLE_NAMES[timer.target] ?? timer.target;
      await this.notifications.deliver(
        manager,
        { role: timer.target },
        {
          ...base,
          kind: 'escalation',
          dedupeKey: `${timer.deadline_id}:escalation:${timer.level}`,
          title: `Escalamiento: ${timer.name} sigue vencido`,
          body: `${label}: el plazo «${timer.name}» venció el ${due} y sigue sin atenderse; se escala a ${where}.`,
        },
      );
      await this.audit.append(manager, {
        municipalityId: instance.municipality_id,
        instanceId: instance.id,
        kind: instance.kind,
        type: 'deadline.escalated',
        from: instance.state,
        to: instance.state,
        actor: systemActor(instance.municipality_id),
        at: now,
        payload: {
          deadlineId: timer.deadline_id,
          name: timer.name,
          level: timer.level,
          role: timer.target,
        },
      });
      return 'done';
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
        if ((await this.fire(id)) === 'done') fired++;
      }
    }
    return fired;
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
