import { BoundedMemo } from '#core';
import { addDays, type CivilDate, parseCivilDate } from './civil-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(instant: Date, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** Per zone, the last civil day asked about and the instants it spans: most calls fall in it. */
const lastDays = new Map<string, { date: CivilDate; from: number; to: number }>();

/** The civil date an instant falls on in a time zone. */
export function civilDateAt(instant: Date, timeZone: string): CivilDate {
  const t = instant.getTime();
  const last = lastDays.get(timeZone);
  if (last && last.from <= t && t < last.to) return last.date;
  const p = wallClock(instant, timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  lastDays.set(timeZone, {
    date,
    from: startOfCivilDay(date, timeZone).getTime(),
    to: endOfCivilDay(date, timeZone).getTime(),
  });
  return date;
}

/** Offset of the zone from UTC at an instant, in milliseconds (Lima: −5 h). */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** Starts of civil days already computed, by zone and date (a zone's rules do not change while running). */
const dayStarts = new BoundedMemo<number>(20_000);

/** The instant a civil date begins (00:00) in a time zone. */
export function startOfCivilDay(date: CivilDate, timeZone: string): Date {
  const key = `${timeZone} ${date}`;
  const start =
    dayStarts.get(key) ?? dayStarts.remember(key, computeStartOfCivilDay(date, timeZone));
  return new Date(start);
}

function computeStartOfCivilDay(date: CivilDate, timeZone: string): number {
  const midnightUtc = parseCivilDate(date).getTime();
  let instant = midnightUtc - offsetAt(midnightUtc, timeZone);
  // A zone whose offset changes that night needs a second look.
  const corrected = midnightUtc - offsetAt(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return instant;
}

/** The instant a civil date is over: a term on that day is still on time until then (never early). */
export const endOfCivilDay = (date: CivilDate, timeZone: string): Date =>
  startOfCivilDay(addDays(date, 1), timeZone);
