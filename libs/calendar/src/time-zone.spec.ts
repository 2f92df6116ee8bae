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
