import { ValidateBy } from 'class-validator';
import { isCivilDate } from './civil-date.js';

export const FIRST_CALENDAR_YEAR = 1990;
export const LAST_CALENDAR_YEAR = 2100;

/** A real date (2026-02-30 is not), written AAAA-MM-DD, within the years the calendar serves. */
export const IsCivilDate = () =>
  ValidateBy({
    name: 'isCivilDate',
    validator: {
      validate: (value: unknown) =>
        isCivilDate(value) &&
        Number(value.slice(0, 4)) >= FIRST_CALENDAR_YEAR &&
        Number(value.slice(0, 4)) <= LAST_CALENDAR_YEAR,
      defaultMessage: () =>
        `debe ser una fecha válida AAAA-MM-DD entre ${FIRST_CALENDAR_YEAR} y ${LAST_CALENDAR_YEAR}`,
    },
  });

const ZONED_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An instant written with its date, time and zone (`2026-12-22T16:45:00-05:00`, `…Z`): a real date
 * and time, within the years the calendar serves. Without the zone the instant would be a guess.
 */
export function isZonedInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ZONED_INSTANT.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, sec, oh, om] = match;
  const year = Number(y);
  if (!isCivilDate(`${y}-${mo}-${d}`)) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59) return false;
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) return false;
  return (
    year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR && !Number.isNaN(Date.parse(value))
  );
}

export const IsZonedInstant = () =>
  ValidateBy({
    name: 'isZonedInstant',
    validator: {
      validate: (value: unknown) => isZonedInstant(value),
      defaultMessage: () =>
        'debe ser una fecha y hora con zona, p. ej. 2026-12-22T16:45:00-05:00 (AAAA-MM-DDTHH:MM[:SS]±HH:MM o Z)',
    },
  });
