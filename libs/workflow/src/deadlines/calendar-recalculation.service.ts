import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CalendarChange, CalendarService } from '#calendar';
import { Clock } from '#core';
import { queryOne } from '#database';
import { AuditChain } from '../audit/audit-chain.service.js';
import type { Actor } from '../workflow-definition.js';
import { DeadlinesService } from './deadlines.service.js';

/**
 * A change to the calendar (a día no laborable decreed or withdrawn) re-counts every pending
 * deadline of the municipality in the same transaction, and the audit says what moved and why.
 */
@Injectable()
export class CalendarRecalculation implements OnModuleInit {
  constructor(
    private readonly calendars: CalendarService,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditChain,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.calendars.onChange((manager, change) => this.recalculate(manager, change));
  }

  private async recalculate(manager: EntityManager, change: CalendarChange): Promise<void> {
    const now = this.clock.now();
    const moved = await this.deadlines.recalculate(manager, change.municipalityId, now);
    const actor = await this.actorOf(manager, change);
    const cause = {
      action: change.action,
      date: change.day.date,
      name: change.day.name,
      source: change.day.source,
      calendarVersion: change.version,
    };
    await this.audit.append(manager, {
      municipalityId: change.municipalityId,
      instanceId: null,
      kind: null,
      type: change.action === 'added' ? 'calendar.day_added' : 'calendar.day_removed',
      from: null,
      to: null,
      actor,
      at: now,
      payload: { ...cause, nonWorkingDayId: change.day.id, recalculatedDeadlines: moved.length },
    });
    for (const m of moved)
      await this.audit.append(manager, {
        municipalityId: m.municipalityId,
        instanceId: m.instanceId,
        kind: m.kind,
        type: 'deadline.recalculated',
        from: null,
        to: null,
        actor,
        at: now,
        payload: {
          deadlineId: m.deadlineId,
          name: m.name,
          fromDueOn: m.fromDueOn,
          toDueOn: m.toDueOn,
          cause,
        },
      });
  }

  private async actorOf(manager: EntityManager, change: CalendarChange): Promise<Actor> {
    const user = await queryOne<{ username: string; unit_id: string | null; roles: string[] }>(
      manager,
      `SELECT username, unit_id, roles FROM users WHERE id = $1`,
      [change.actorUserId],
    );
    return {
      userId: change.actorUserId,
      name: user?.username ?? 'desconocido',
      municipalityId: change.municipalityId,
      unitId: user?.unit_id ?? null,
      roles: user?.roles ?? [],
    };
  }
}
