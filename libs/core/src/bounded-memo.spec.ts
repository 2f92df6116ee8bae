import { BoundedMemo } from './bounded-memo.js';

describe('BoundedMemo', () => {
  it('keeps answers until the limit, then starts over', () => {
    const memo = new BoundedMemo<number>(2);
    expect(memo.remember('a', 1)).toBe(1);
    memo.remember('b', 2);
    expect([memo.get('a'), memo.get('b')]).toEqual([1, 2]);
    memo.remember('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, undefined, 3]);
  });

  it('keeps a null answer as an answer', () => {
    const memo = new BoundedMemo<string | null>(10);
    memo.remember('2026-12-02', null);
    expect(memo.get('2026-12-02')).toBeNull();
  });

  it('forgets one answer and keeps the others', () => {
    const memo = new BoundedMemo<number>(10);
    memo.remember('a', 1);
    memo.remember('b', 2);
    memo.forget('a');
    expect([memo.get('a'), memo.get('b')]).toEqual([undefined, 2]);
  });
});
