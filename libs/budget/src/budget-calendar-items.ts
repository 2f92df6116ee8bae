import type { BusinessCalendar, CivilDate } from '#calendar';
import { type BudgetReviewContext, phasesOf } from './budget-review.machine.js';

/** Within this many business days of its deadline, a document not yet approved is at risk (issue 16). */
export const AT_RISK_BUSINESS_DAYS = 15;

export type CalendarStatus = 'on_time' | 'at_risk' | 'late' | 'done';

/** The states where the document's deadline is met. */
export const APPROVED_STATES: readonly string[] = ['approved', 'published'];

export interface CalendarItem {
  readonly id: string;
  readonly documentCode: string;
  readonly documentName: string;
  readonly state: string;
  readonly responsibleUnitId: string;
  readonly responsibleUnit: string;
  readonly authority: 'concejo' | 'alcalde';
  readonly dueOn: CivilDate | null;
  /** The legal source of the date in force (its last version). */
  readonly dueBasis: string;
  readonly dateVersion: number;
  readonly chainedAfter: string | null;
  readonly approvedOn: CivilDate | null;
  readonly verify: boolean;
  readonly status: CalendarStatus;
  /** Its phases (the Presupuesto Participativo's), each with its own last day and status. */
  readonly phases: readonly CalendarPhase[];
}

export interface CalendarPhase {
  readonly code: string;
  readonly name: string;
  readonly dueOn: CivilDate;
  readonly completedDocument: string | null;
  readonly status: CalendarStatus;
}

/** One document as the calendar's queries read it (see ITEM_ROWS). */
export interface ItemRow {
  id: string;
  state: string;
  context: BudgetReviewContext;
  fiscal_year: number;
  unit_name: string;
  version: number;
  due_on: string | null;
  basis: string;
}

/**
 * Each budget-reviews file of a municipality ($1, kind $2) with its date in force (the last
 * version), its fiscal year and its responsible unit; callers add their conditions after WHERE.
 */
export const ITEM_ROWS = `SELECT w.id, w.state, w.context, first.fiscal_year, u.name AS unit_name, d.version,
         to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.basis
    FROM workflow_instances w
    JOIN LATERAL (SELECT version, due_on, basis FROM budget_calendar_dates
                   WHERE instance_id = w.id AND phase IS NULL ORDER BY version DESC LIMIT 1) d ON true
    JOIN budget_calendar_dates first
      ON first.instance_id = w.id AND first.version = 1 AND first.phase IS NULL
    JOIN units u ON u.id = (w.context->>'responsibleUnitId')::uuid
   WHERE w.municipality_id = $1 AND w.kind = $2`;

/** Approved (done); else late past its last day, at risk within 15 business days, or on time. */
export function calendarStatus(
  state: string,
  dueOn: CivilDate | null,
  today: CivilDate,
  calendar: BusinessCalendar,
): CalendarStatus {
  if (APPROVED_STATES.includes(state)) return 'done';
  if (dueOn === null) return 'on_time';
  if (today > dueOn) return 'late';
  return calendar.businessDaysBetween(today, dueOn) <= AT_RISK_BUSINESS_DAYS
    ? 'at_risk'
    : 'on_time';
}

/** A row of ITEM_ROWS as the calendar shows it, with its status today. */
export function calendarItem(
  r: ItemRow,
  today: CivilDate,
  calendar: BusinessCalendar,
): CalendarItem {
  const c = r.context;
  return {
    id: r.id,
    documentCode: c.documentCode,
    documentName: c.documentName,
    state: r.state,
    responsibleUnitId: c.responsibleUnitId,
    responsibleUnit: r.unit_name,
    authority: c.authority,
    dueOn: r.due_on,
    dueBasis: r.basis,
    dateVersion: r.version,
    chainedAfter: c.chainedAfter,
    approvedOn: c.approvedOn,
    verify: c.verify,
    status: calendarStatus(r.state, r.due_on, today, calendar),
    phases: phasesOf(c).map((p) => ({
      code: p.code,
      name: p.name,
      dueOn: p.dueOn,
      completedDocument: p.completion?.documentRef ?? null,
      status: p.completion ? 'done' : calendarStatus('', p.dueOn, today, calendar),
    })),
  };
}
