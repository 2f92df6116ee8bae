import {
  addDays,
  type BusinessCalendar,
  type CivilDate,
  civilDateAt,
  endOfCivilDay,
  startOfCivilDay,
} from '#calendar';
import type { DeadlineSpec, TermUnit } from '../workflow-definition.js';

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
  readonly name: string;
  readonly termDays: number;
  readonly termUnit: TermUnit;
  readonly startsOn: CivilDate;
  readonly dueOn: CivilDate;
  /** The end of the last day in the municipality's zone: the whole last day belongs to the party. */
  readonly dueAt: Date;
  readonly responsibleUnitId: string | null;
  readonly expiryEvent: string | null;
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

function businessDaysBefore(calendar: BusinessCalendar, date: CivilDate, days: number): CivilDate {
  let day = date;
  for (let left = days; left > 0;) {
    day = addDays(day, -1);
    if (calendar.isBusinessDay(day)) left--;
  }
  return day;
}

/** Timers of a deadline: reminders before, expiry at the end of the last day, escalations after. */
export function planTimers<C>(
  spec: DeadlineSpec<C>,
  calendar: BusinessCalendar,
  startsOn: CivilDate,
  dueOn: CivilDate,
  timeZone: string,
  enteredAt: Date,
): PlannedTimer[] {
  const timers: PlannedTimer[] = [];
  (spec.remindBusinessDaysBefore ?? []).forEach((before, index) => {
    const day = businessDaysBefore(calendar, dueOn, before);
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
    name: spec.name,
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
