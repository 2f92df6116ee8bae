import Holidays from 'date-holidays';
import { BusinessCalendar, type NonWorkingDay } from './business-calendar.js';
import { feriadoSource, nationalHolidays } from './national-holidays.js';

/** Días no laborables decreed for the public sector (DOMAIN §6) and Cusco's Inti Raymi, as the table will hold them. */
const decreed: NonWorkingDay[] = [
  {
    date: '2025-05-02',
    name: 'Día no laborable',
    kind: 'dia_no_laborable',
    source: 'DS 042-2025-PCM',
  },
  {
    date: '2025-12-26',
    name: 'Día no laborable',
    kind: 'dia_no_laborable',
    source: 'DS 042-2025-PCM',
  },
  {
    date: '2026-01-02',
    name: 'Día no laborable',
    kind: 'dia_no_laborable',
    source: 'DS 042-2025-PCM',
  },
];
const intiRaymi: NonWorkingDay = {
  date: '2026-06-24',
  name: 'Inti Raymi',
  kind: 'feriado_regional',
  source: 'Decreto Ley 21860 (Cusco)',
};

const calendarWith = (extra: NonWorkingDay[]) =>
  new BusinessCalendar((year) => [
    ...nationalHolidays(year),
    ...extra.filter((d) => d.date.startsWith(String(year))),
  ]);

describe('BusinessCalendar (D1–D3)', () => {
  const lima = calendarWith(decreed);
  const megantoni = calendarWith([...decreed, intiRaymi]);

  it('knows the national feriados of 2026, Leyes 31788, 31822, 31530 and 31381 included', () => {
    const dates = lima.nonWorkingDays(2026).map((d) => d.date);
    expect(dates).toEqual(
      expect.arrayContaining([
        '2026-01-01',
        '2026-04-02',
        '2026-04-03',
        '2026-06-07',
        '2026-06-29',
        '2026-07-23',
        '2026-07-28',
        '2026-07-29',
        '2026-08-06',
        '2026-08-30',
        '2026-10-08',
        '2026-11-01',
        '2026-12-08',
        '2026-12-09',
        '2026-12-25',
        '2026-01-02',
      ]),
    );
    expect(lima.nonWorkingDays(2026).every((d) => d.source.length > 0)).toBe(true);
    const source = (date: string) => lima.nonWorkingDays(2026).find((d) => d.date === date)?.source;
    expect(source('2026-06-07')).toBe('Ley 31788');
    expect(source('2026-12-09')).toBe('Ley 31381');
    expect(source('2026-07-28')).toBe('Decreto Legislativo 713, art. 6');
    // date-holidays also lists Easter Sunday; no law makes it a feriado.
    expect(source('2026-04-05')).toBeUndefined();
  });

  it('knows the law of every national feriado date-holidays lists, 2024–2030', () => {
    const peru = new Holidays('PE');
    for (let year = 2024; year <= 2030; year++)
      for (const holiday of peru.getHolidays(year).filter((h) => h.type === 'public'))
        if (holiday.rule !== 'easter')
          expect([holiday.rule, feriadoSource(holiday.rule)]).toEqual([
            holiday.rule,
            expect.any(String),
          ]);
  });

  it('says why a day is not a business day', () => {
    expect(lima.reasonNotBusiness('2026-11-28')).toBe('sábado');
    expect(lima.reasonNotBusiness('2026-11-29')).toBe('domingo');
    expect(lima.reasonNotBusiness('2026-12-09')).toMatch(/Ayacucho/);
    expect(lima.reasonNotBusiness('2026-01-02')).toBe('Día no laborable');
    expect(lima.reasonNotBusiness('2026-11-27')).toBeNull();
  });

  it('counts días hábiles from the business day after the start (D2), over Holy Week', () => {
    // Tue 31 Mar 2026: day 1 = Wed 1 Apr; Thu 2 and Fri 3 are feriados; weekend; Mon 6 = day 2; Tue 7 = day 3.
    expect(lima.addBusinessDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(lima.addBusinessDays('2026-03-31', 3)).toBe('2026-04-07');
  });

  it('counts the business days left to a last day, and those overdue after it, as terms count them (D2)', () => {
    // From Tue 31 Mar 2026, Tue 7 Apr is day 3 (feriados Thu 2 and Fri 3, weekend).
    expect(lima.businessDaysBetween('2026-03-31', '2026-04-07')).toBe(3);
    expect(lima.businessDaysBetween('2026-04-07', '2026-04-07')).toBe(0);
    // Three business days past the last day on Tue 7 Apr, seen from Fri 10 Apr.
    expect(lima.businessDaysBetween('2026-04-10', '2026-04-07')).toBe(-3);
    // Due on a Saturday (it cannot be, but a count must not loop): no business day in between.
    expect(lima.businessDaysBetween('2026-04-03', '2026-04-05')).toBe(0);
    for (const days of [1, 5, 17])
      expect(lima.businessDaysBetween('2026-03-31', lima.addBusinessDays('2026-03-31', days))).toBe(
        days,
      );
  });

  it('skips decreed días no laborables and the new year', () => {
    // Fri 19 Dec 2025 + 5: 22, 23, 24, (25 Navidad, 26 no laborable, weekend) 29, 30.
    expect(lima.addBusinessDays('2025-12-19', 5)).toBe('2025-12-30');
    // 31 Dec 2025 + 1: 1 Jan feriado, 2 Jan no laborable (DS 042-2025-PCM), weekend → Mon 5 Jan 2026.
    expect(lima.addBusinessDays('2025-12-31', 1)).toBe('2026-01-05');
  });

  it('applies regional days only where the profile has them', () => {
    // Tue 23 Jun 2026 + 1: Inti Raymi (Wed 24) counts in Megantoni, not in Lima.
    expect(lima.addBusinessDays('2026-06-23', 1)).toBe('2026-06-24');
    expect(megantoni.addBusinessDays('2026-06-23', 1)).toBe('2026-06-25');
  });

  it('moves a calendar-day term that ends on a non-business day (D1)', () => {
    expect(lima.addCalendarDays('2026-07-20', 8)).toBe('2026-07-30'); // 28 and 29 Jul are feriados
    expect(lima.addCalendarDays('2026-11-20', 7)).toBe('2026-11-27');
  });

  it('runs month terms date to date; a missing day becomes the first business day of the next month', () => {
    expect(lima.addMonths('2026-01-15', 1)).toBe('2026-02-16'); // 15 Feb is a Sunday
    expect(lima.addMonths('2026-01-31', 1)).toBe('2026-03-02'); // no 31 Feb; 1 Mar is a Sunday
    expect(lima.addMonths('2026-11-30', 3)).toBe('2027-03-01'); // no 30 Feb 2027 → Mon 1 Mar
  });

  it('takes intake on a non-business day as received the next business day (D3)', () => {
    expect(lima.onOrNextBusinessDay('2026-11-28')).toBe('2026-11-30');
    expect(lima.onOrNextBusinessDay('2026-11-27')).toBe('2026-11-27');
  });

  it('refuses invalid dates and terms', () => {
    expect(() => lima.addBusinessDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => lima.addBusinessDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => lima.addBusinessDays('2026-01-10', 0)).toThrow(RangeError);
    expect(() => lima.addCalendarDays('2026-01-10', 1.5)).toThrow(RangeError);
  });
});
