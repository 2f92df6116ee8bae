import { civilDateAt, endOfCivilDay, startOfCivilDay } from './time-zone.js';

describe('time zone of the municipality', () => {
  it('places civil days of America/Lima at UTC−5', () => {
    expect(startOfCivilDay('2026-11-27', 'America/Lima').toISOString()).toBe(
      '2026-11-27T05:00:00.000Z',
    );
    expect(endOfCivilDay('2026-12-31', 'America/Lima').toISOString()).toBe(
      '2027-01-01T05:00:00.000Z',
    );
  });

  it('reads the civil date of an instant in the zone, not in UTC', () => {
    expect(civilDateAt(new Date('2026-11-28T04:59:59.999Z'), 'America/Lima')).toBe('2026-11-27');
    expect(civilDateAt(new Date('2026-11-28T05:00:00.000Z'), 'America/Lima')).toBe('2026-11-28');
  });

  it('answers the same for instants asked in any order, across days and zones', () => {
    const asked = [
      ['2026-11-28T04:59:59.999Z', 'America/Lima', '2026-11-27'],
      ['2026-11-27T05:00:00.000Z', 'America/Lima', '2026-11-27'],
      ['2026-11-27T04:59:59.999Z', 'America/Lima', '2026-11-26'],
      ['2026-03-28T23:00:00.000Z', 'Europe/Madrid', '2026-03-29'],
      ['2026-03-29T21:59:59.999Z', 'Europe/Madrid', '2026-03-29'],
      ['2026-03-29T22:00:00.000Z', 'Europe/Madrid', '2026-03-30'],
      ['2026-11-28T05:00:00.000Z', 'America/Lima', '2026-11-28'],
    ] as const;
    for (const [instant, zone, date] of [...asked, ...asked.toReversed()])
      expect(civilDateAt(new Date(instant), zone)).toBe(date);
  });

  it('gives a new Date each time: changing one does not change the next answer', () => {
    startOfCivilDay('2026-11-27', 'America/Lima').setUTCFullYear(1999);
    expect(startOfCivilDay('2026-11-27', 'America/Lima').toISOString()).toBe(
      '2026-11-27T05:00:00.000Z',
    );
  });

  it('handles zones with daylight saving time', () => {
    // Madrid switched to CEST on 29 Mar 2026: midnight that day is still CET (UTC+1).
    expect(startOfCivilDay('2026-03-29', 'Europe/Madrid').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(startOfCivilDay('2026-03-30', 'Europe/Madrid').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
  });
});
