import Holidays from 'date-holidays';
import type { NonWorkingDay } from './business-calendar.js';

const peru = new Holidays('PE');

/** National feriados of Peru from date-holidays (correct for Peru from 3.35: Leyes 31788, 31822, 31530, 31381). */
export function nationalHolidays(year: number): NonWorkingDay[] {
  return peru
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({
      date: holiday.date.slice(0, 10),
      name: holiday.name,
      kind: 'feriado_nacional' as const,
      source: 'Feriado nacional (date-holidays, PE)',
    }));
}
