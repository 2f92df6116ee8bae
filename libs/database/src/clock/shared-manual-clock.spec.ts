import type { DataSource } from 'typeorm';
import { parseClockNotification, SharedManualClock } from './shared-manual-clock.js';

// The pure part: what a process does with the readings it hears (no database is touched).
const clock = () => new SharedManualClock({} as DataSource, 'postgres://unused/db');

describe('SharedManualClock', () => {
  it('reads the notification the manual_clock trigger sends', () => {
    expect(parseClockNotification('7:1796965200000')).toEqual({
      version: 7,
      now: new Date('2026-12-11T05:00:00Z'),
    });
    expect(parseClockNotification('3:-1000')).toEqual({ version: 3, now: new Date(-1000) });
    for (const bad of [undefined, '', '7', '7:', 'x:1', '7:1.5', '7:1:2'])
      expect(parseClockNotification(bad)).toBeUndefined();
  });

  it('takes only newer versions, whatever order they arrive in', () => {
    const c = clock();
    expect(c.apply({ version: 2, now: new Date('2026-12-10T00:00:00Z') })).toBe(true);
    // A read that started before the move but answered after its notification.
    expect(c.apply({ version: 1, now: new Date('2026-12-01T00:00:00Z') })).toBe(false);
    expect(c.apply({ version: 2, now: new Date('2026-12-01T00:00:00Z') })).toBe(false);
    expect(c.now()).toEqual(new Date('2026-12-10T00:00:00Z'));
    // A move backwards is a newer version: taken.
    expect(c.apply({ version: 3, now: new Date('2026-12-05T00:00:00Z') })).toBe(true);
    expect(c.now()).toEqual(new Date('2026-12-05T00:00:00Z'));
  });

  it('hands out copies: a caller cannot move the time by mutating a Date', () => {
    const c = clock();
    c.apply({ version: 1, now: new Date('2026-12-10T00:00:00Z') });
    c.now().setUTCFullYear(2030);
    expect(c.now()).toEqual(new Date('2026-12-10T00:00:00Z'));
  });
});
