import { jest } from '@jest/globals';
import { COUNTERS_LIMIT, SharedWindowStore } from './edge-security.js';

describe('SharedWindowStore: one fixed-window counter per key for every limited route', () => {
  let now: number;
  beforeEach(() => {
    now = Date.parse('2026-12-02T17:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  const incr = (store: SharedWindowStore, key: string) => {
    let result: { current: number; ttl: number } | undefined;
    store.incr(key, (_error, r) => (result = r), 60_000);
    return result!;
  };

  it('counts a key across the routes that share it (child is the same store)', () => {
    const store = new SharedWindowStore();
    expect(store.child()).toBe(store);
    expect(incr(store, 'login|ip|ana')).toEqual({ current: 1, ttl: 60_000 });
    now += 10_000;
    expect(incr(store.child() as SharedWindowStore, 'login|ip|ana')).toEqual({
      current: 2,
      ttl: 50_000,
    });
  });

  it('starts a new window once the old one is over', () => {
    const store = new SharedWindowStore();
    incr(store, 'k');
    incr(store, 'k');
    now += 60_000;
    expect(incr(store, 'k')).toEqual({ current: 1, ttl: 60_000 });
  });

  it('keeps at most COUNTERS_LIMIT counters, dropping the oldest first', () => {
    const store = new SharedWindowStore();
    incr(store, 'first');
    incr(store, 'first');
    for (let i = 0; i < COUNTERS_LIMIT; i++) incr(store, `flood-${i}`);
    // The oldest counter went to make room: the key starts over.
    expect(incr(store, 'first').current).toBe(1);
    // A recent one is still counting.
    expect(incr(store, `flood-${COUNTERS_LIMIT - 1}`).current).toBe(2);
  });
});
