import { Injectable } from '@nestjs/common';
import { type Actor } from '#audit';
import { CalendarService, spanishDate } from '#calendar';
import { queryOne } from '#database';
import {
  type InstanceFacts,
  type PreparedEvent,
  type TransitionScope,
  type WorkflowEvent,
} from '#workflow';
import type { BudgetReviewContext } from './budget-review.machine.js';
import { insertDate } from './budget-calendar.service.js';

/**
 * What only the database gives a budget review's events: the chained deadline counted with the
 * municipality's calendar (D2: day 1 is the business day after the approval) and its version in
 * the calendar's table, in the transition's transaction.
 */
@Injectable()
export class BudgetReviewPreparer {
  constructor(private readonly calendar: CalendarService) {}

  async prepare(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<BudgetReviewContext>,
    _actor: Actor,
  ): Promise<PreparedEvent> {
    if (event.type !== 'PREDECESSOR_APPROVED') return { event };
    const c = instance.context;
    const approvedOn = String(event['approvedOn']);
    const days = c.chainedBusinessDays ?? 0;
    const calendar = await this.calendar.calendarWithin(scope.manager, instance.municipalityId);
    const dueOn = calendar.addBusinessDays(approvedOn, days);
    const basis = `${days} días hábiles desde la aprobación de ${c.chainedAfter ?? 'su predecesor'} el ${spanishDate(approvedOn)}: ${c.dueBasis ?? c.basis}`;
    const last = await queryOne<{ version: number }>(
      scope.manager,
      `SELECT max(version)::int AS version FROM budget_calendar_dates WHERE instance_id = $1 AND phase IS NULL`,
      [instance.id],
    );
    await insertDate(scope.manager, {
      municipalityId: instance.municipalityId,
      instanceId: instance.id,
      year: c.fiscalYear,
      code: c.documentCode,
      version: (last?.version ?? 0) + 1,
      dueOn,
      basis,
      source: 'encadenado',
      recordedBy: null,
      at: scope.now,
    });
    return { event: { ...event, dueOn, basis } };
  }
}
