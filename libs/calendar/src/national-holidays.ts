import Holidays from 'date-holidays';
import type { NonWorkingDay } from './business-calendar.js';

const peru = new Holidays('PE');

const BASE = 'Decreto Legislativo 713, art. 6';

/** The law behind each feriado, keyed by date-holidays' rule (without its "since YEAR" suffix). */
const SOURCE_BY_RULE: Readonly<Record<string, string>> = {
  '01-01': BASE,
  'easter -3': BASE,
  'easter -2': BASE,
  '05-01': BASE,
  '06-07': 'Ley 31788',
  '06-29': BASE,
  '07-23': 'Ley 31822',
  '07-28': BASE,
  '07-29': BASE,
  '08-06': 'Ley 31530',
  '08-30': BASE,
  '10-08': BASE,
  '11-01': BASE,
  '12-08': BASE,
  '12-09': 'Ley 31381',
  '12-25': BASE,
};

/** Listed by date-holidays but no law makes it a feriado (and it is a Sunday anyway). */
const NOT_A_FERIADO = new Set(['easter']);

/** The law of a date-holidays rule; undefined for a rule Despacho has not registered yet. */
export const feriadoSource = (rule: string): string | undefined =>
  SOURCE_BY_RULE[rule.replace(/\s+since \d{4}$/, '')];

/**
 * National feriados of Peru (DOMAIN §6) from date-holidays (correct for Peru from 3.35), each with
 * its law. A feriado date-holidays adds later is kept (a term must never end early) with a source
 * asking to register its law; a unit test fails until someone does.
 */
export function nationalHolidays(year: number): NonWorkingDay[] {
  return peru
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public' && !NOT_A_FERIADO.has(holiday.rule))
    .map((holiday) => ({
      date: holiday.date.slice(0, 10),
      name: holiday.name,
      kind: 'feriado_nacional' as const,
      source: feriadoSource(holiday.rule) ?? 'Feriado nacional (norma por registrar en Despacho)',
    }));
}
