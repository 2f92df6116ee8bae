import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditChain } from '#audit';
import { type CalendarChange, calendarChangeCause, CalendarService } from '#calendar';
import { Clock } from '#core';
import { userActor } from '#org';
import { DeadlinesService } from './deadlines.service.js';

/**
 * A change to the calendar (a día no laborable decreed or withdrawn) re-counts every pending
 * deadline of the municipality in the same transaction; the audit says what moved and why
 * (the calendar records the change itself).
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
    if (moved.length === 0) return;
    const actor = await userActor(manager, change.municipalityId, change.actorUserId);
    const cause = calendarChangeCause(change);
    await this.audit.append(
      manager,
      ...moved.map((m) => ({
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
      })),
    );
  }
}
