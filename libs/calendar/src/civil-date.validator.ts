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
