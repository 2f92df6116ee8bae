import { BoundedMemo } from '#core';
import { addDays, type CivilDate, formatCivilDate, parseCivilDate, weekday } from './civil-date.js';

export type NonWorkingKind = 'feriado_nacional' | 'feriado_regional' | 'dia_no_laborable';

export interface NonWorkingDay {
  readonly date: CivilDate;
  readonly name: string;
  readonly kind: NonWorkingKind;
  /** The legal instrument (law, DS, ordinance) — every entry has one. */
  readonly source: string;
}

/** Supplies the non-working days of a year (national feriados, regional days, decreed días no laborables). */
export type NonWorkingDaySource = (year: number) => readonly NonWorkingDay[];

/** Dates asked about, kept up to this many per calendar. */
const MEMO_LIMIT = 20_000;

/**
 * Business-day arithmetic of TUO Ley 27444 (D1–D3), pure: no clock, no I/O.
 * Business days exclude Saturdays, Sundays and every non-working day the source lists.
 */
export class BusinessCalendar {
  private readonly years = new Map<number, Map<CivilDate, NonWorkingDay>>();
  // A calendar never changes once built (a new version is a new instance), so the answers for a
  // date can be kept: every transition counts terms over the same few weeks.
  private readonly reasons = new BoundedMemo<string | null>(MEMO_LIMIT);
  private readonly nextDays = new BoundedMemo<CivilDate>(MEMO_LIMIT);

  constructor(private readonly source: NonWorkingDaySource) {}

  nonWorkingDays(year: number): NonWorkingDay[] {
    return [...this.yearIndex(year).values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  /** The listed non-working day on `date` (not a weekend), if any. */
  nonWorkingDay(date: CivilDate): NonWorkingDay | null {
    return this.yearIndex(parseCivilDate(date).getUTCFullYear()).get(date) ?? null;
  }

  /** Why a date is not a business day, or null when it is one. */
  reasonNotBusiness(date: CivilDate): string | null {
    const known = this.reasons.get(date);
    if (known !== undefined) return known;
    const day = weekday(date);
    const reason =
      day === 0
        ? 'domingo'
        : day === 6
          ? 'sábado'
          : (this.yearIndex(parseCivilDate(date).getUTCFullYear()).get(date)?.name ?? null);
    return this.reasons.remember(date, reason);
  }

  isBusinessDay(date: CivilDate): boolean {
    return this.reasonNotBusiness(date) === null;
  }

  /** The first business day strictly after `date`. */
  nextBusinessDay(date: CivilDate): CivilDate {
    const known = this.nextDays.get(date);
    if (known !== undefined) return known;
    let day = addDays(date, 1);
    while (!this.isBusinessDay(day)) day = addDays(day, 1);
    return this.nextDays.remember(date, day);
  }

  /** `date` itself when it is a business day, else the next one (D1 last day; D3 intake on a non-business day). */
  onOrNextBusinessDay(date: CivilDate): CivilDate {
    return this.isBusinessDay(date) ? date : this.nextBusinessDay(date);
  }

  /** Term of N días hábiles: day 1 is the first business day after `from` (D2); returns the last day. */
  addBusinessDays(from: CivilDate, days: number): CivilDate {
    assertTerm(days);
    let due = from;
    for (let counted = 0; counted < days; counted++) due = this.nextBusinessDay(due);
    return due;
  }

  /**
   * Business days from `from` to `to`: those after `from` up to `to` inclusive (0 on the same day);
   * negative, as many as lie after `to` up to `from`, when `to` is earlier (days overdue).
   */
  businessDaysBetween(from: CivilDate, to: CivilDate): number {
    if (from === to) return 0;
    const [start, end, sign] = from < to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let day = this.nextBusinessDay(start); day <= end; day = this.nextBusinessDay(day))
      count++;
    return sign * count;
  }

  /** Term in calendar days: a last day that is not a business day moves to the next business day (D1). */
  addCalendarDays(from: CivilDate, days: number): CivilDate {
    assertTerm(days);
    return this.onOrNextBusinessDay(addDays(from, days));
  }

  /** Term in months, date to date; a missing day (31 Feb) becomes the first business day of the next month (D1). */
  addMonths(from: CivilDate, months: number): CivilDate {
    assertTerm(months);
    const start = parseCivilDate(from);
    const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
    const lastDay = new Date(
      Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
    ).getUTCDate();
    if (start.getUTCDate() > lastDay) {
      const firstOfNext = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 1));
      return this.onOrNextBusinessDay(formatCivilDate(firstOfNext));
    }
    target.setUTCDate(start.getUTCDate());
    return this.onOrNextBusinessDay(formatCivilDate(target));
  }

  private yearIndex(year: number): Map<CivilDate, NonWorkingDay> {
    let index = this.years.get(year);
    if (!index) {
      index = new Map(this.source(year).map((day) => [day.date, day]));
      this.years.set(year, index);
    }
    return index;
  }
}

function assertTerm(value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 3650) {
    throw new RangeError(`El plazo debe ser un entero entre 1 y 3650 (recibido: ${value}).`);
  }
}
