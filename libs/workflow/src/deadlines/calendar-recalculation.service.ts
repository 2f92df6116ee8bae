import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CalendarChange, CalendarService } from '#calendar';
import { Clock } from '#core';
import { AuditChain } from '../audit/audit-chain.service.js';
import { userActor } from '../audit/user-actor.js';
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
    const actor = await userActor(manager, change.municipalityId, change.actorUserId);
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
}
