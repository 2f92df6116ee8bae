import {
  addDays,
  type BusinessCalendar,
  type CivilDate,
  civilDateAt,
  endOfCivilDay,
  startOfCivilDay,
} from '#calendar';
import type { OpenObligation } from '../obligations/obligation-actions.js';
import type { DeadlineSpec, ObligationSpec, TermAlerts, TermUnit } from '../workflow-definition.js';

/** Reminders arrive at the start of the office day, not at midnight. */
const REMINDER_HOUR = 8;

export type TimerKind = 'reminder' | 'expiry' | 'escalation';

export interface PlannedTimer {
  readonly kind: TimerKind;
  readonly level: number;
  /** `unit` (the responsible unit) or a role up the hierarchy. */
  readonly target: string;
  readonly fireAt: Date;
}

export interface DeadlinePlan {
  readonly code: string;
  readonly name: string;
  /** An obligation (kept across states) rather than the term of a state. */
  readonly obligation: boolean;
  /** Tells apart obligations of one code ('' for the rest). */
  readonly key: string;
  /** Null for a fixed last day (an obligation with `dueOn`): nothing to recount. */
  readonly termDays: number | null;
  readonly termUnit: TermUnit | null;
  readonly startsOn: CivilDate;
  readonly dueOn: CivilDate;
  /** The end of the last day in the municipality's zone: the whole last day belongs to the party. */
  readonly dueAt: Date;
  readonly responsibleUnitId: string | null;
  readonly expiryEvent: string | null;
  /** A notice obligation (see ObligationSpec.notice): nobody is asked to act when it opens. */
  readonly notice?: boolean;
  readonly timers: readonly PlannedTimer[];
}

export function termOf<C>(spec: DeadlineSpec<C>, context: C): { days: number; unit: TermUnit } {
  return typeof spec.term === 'function' ? spec.term(context) : spec.term;
}

export function dueDate(
  calendar: BusinessCalendar,
  startsOn: CivilDate,
  days: number,
  unit: TermUnit,
): CivilDate {
  return unit === 'business'
    ? calendar.addBusinessDays(startsOn, days)
    : calendar.addCalendarDays(startsOn, days);
}

/**
 * Business days from `today` to a last day `dueOn`: those after today up to and including it (0 on
 * the last day itself), or, once it passed, minus those after it up to and including today (-2 two
 * business days late: when the first escalation of D4's pattern fires).
 */
export function businessDaysLeft(
  calendar: BusinessCalendar,
  today: CivilDate,
  dueOn: CivilDate,
): number {
  const [from, to, sign] = today <= dueOn ? [today, dueOn, 1] : [dueOn, today, -1];
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
    if (calendar.isBusinessDay(day)) count++;
  return count === 0 ? 0 : sign * count;
}

function businessDaysBefore(calendar: BusinessCalendar, date: CivilDate, days: number): CivilDate {
  let day = date;
  for (let left = days; left > 0;) {
    day = addDays(day, -1);
    if (calendar.isBusinessDay(day)) left--;
  }
  return day;
}

/** The office day a reminder falls on: `before` days ahead of the last day, never on a day off. */
function reminderDay(
  calendar: BusinessCalendar,
  dueOn: CivilDate,
  before: number,
  unit: TermUnit,
): CivilDate {
  if (unit === 'business') return businessDaysBefore(calendar, dueOn, before);
  let day = addDays(dueOn, -before);
  // A calendar-day reminder that lands on a day off comes the office day before, never after.
  while (!calendar.isBusinessDay(day)) day = addDays(day, -1);
  return day;
}

/** Timers of a deadline: reminders before, expiry at the end of the last day, escalations after. */
export function planTimers(
  spec: TermAlerts,
  calendar: BusinessCalendar,
  startsOn: CivilDate,
  dueOn: CivilDate,
  timeZone: string,
  enteredAt: Date,
): PlannedTimer[] {
  const timers: PlannedTimer[] = [];
  const reminderUnit = spec.reminders?.unit ?? 'business';
  (spec.reminders?.before ?? []).forEach((before, index) => {
    const day = reminderDay(calendar, dueOn, before, reminderUnit);
    const fireAt = new Date(startOfCivilDay(day, timeZone).getTime() + REMINDER_HOUR * 3_600_000);
    // A reminder for a moment already past (short terms) would only be noise.
    if (day > startsOn && fireAt > enteredAt)
      timers.push({ kind: 'reminder', level: index + 1, target: 'unit', fireAt });
  });
  timers.push({ kind: 'expiry', level: 0, target: 'unit', fireAt: endOfCivilDay(dueOn, timeZone) });
  (spec.escalation ?? []).forEach((step, index) => {
    const day =
      step.afterBusinessDays > 0 ? calendar.addBusinessDays(dueOn, step.afterBusinessDays) : dueOn;
    timers.push({
      kind: 'escalation',
      level: index + 1,
      target: step.role,
      fireAt: endOfCivilDay(day, timeZone),
    });
  });
  return timers;
}

/** Pure: the deadline a state declares, for an instance entering it at `enteredAt`. */
export function planDeadline<C>(
  spec: DeadlineSpec<C>,
  context: C,
  calendar: BusinessCalendar,
  timeZone: string,
  enteredAt: Date,
): DeadlinePlan {
  const { days, unit } = termOf(spec, context);
  // D3: what arrives on a non-business day counts as received the next business day;
  // D2: day 1 of the term is the day after that (the next business day, or calendar day).
  const servedOn = spec.startsOn?.(context) ?? civilDateAt(enteredAt, timeZone);
  const startsOn = calendar.onOrNextBusinessDay(servedOn);
  const dueOn = dueDate(calendar, startsOn, days, unit);
  return {
    code: spec.code,
    name: spec.name,
    obligation: false,
    key: '',
    termDays: days,
    termUnit: unit,
    startsOn,
    dueOn,
    dueAt: endOfCivilDay(dueOn, timeZone),
    responsibleUnitId: spec.responsibleUnit(context),
    expiryEvent: spec.onExpiry ?? null,
    timers: planTimers(spec, calendar, startsOn, dueOn, timeZone, enteredAt),
  };
}

/** Pure: an obligation the machine opened (checked by `obligationSpecOf`), with its own last day and responsible unit. */
export function planObligation(
  spec: ObligationSpec,
  open: OpenObligation,
  calendar: BusinessCalendar,
  timeZone: string,
  openedAt: Date,
): DeadlinePlan {
  // Served (Art. 144): counted from the day itself, business or not. Received (D3): a filing on a
  // non-business day counts as received the next business day, and day 1 is the day after it.
  const startsOn =
    open.servedOn ?? calendar.onOrNextBusinessDay(open.startsOn ?? civilDateAt(openedAt, timeZone));
  let dueOn = open.term
    ? dueDate(calendar, startsOn, open.term.days, open.term.unit)
    : (open.dueOn as CivilDate);
  // A notice is given on its day, when the office opens (like a reminder), not when the day ends;
  // on a day off, the business day before (as reminders are).
  if (spec.notice) while (!calendar.isBusinessDay(dueOn)) dueOn = addDays(dueOn, -1);
  const noticeAt = spec.notice
    ? new Date(startOfCivilDay(dueOn, timeZone).getTime() + REMINDER_HOUR * 3_600_000)
    : null;
  return {
    code: spec.code,
    name: spec.name,
    obligation: true,
    key: open.key ?? '',
    termDays: open.term?.days ?? null,
    termUnit: open.term?.unit ?? null,
    startsOn,
    dueOn,
    dueAt: noticeAt ?? endOfCivilDay(dueOn, timeZone),
    responsibleUnitId: open.responsibleUnitId,
    expiryEvent: spec.onExpiry ?? null,
    notice: noticeAt !== null,
    timers: noticeAt
      ? [{ kind: 'expiry', level: 0, target: 'unit', fireAt: noticeAt }]
      : planTimers(spec, calendar, startsOn, dueOn, timeZone, openedAt),
  };
}
