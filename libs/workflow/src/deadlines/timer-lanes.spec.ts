import { type DueTimer, inParallel, timerLanes } from './timer-lanes.js';

const timer = (id: string, instance: string, municipality = 'lima'): DueTimer => ({
  id,
  instance_id: instance,
  municipality_id: municipality,
});

describe('timerLanes', () => {
  it('puts a handful of due timers in one lane, in due order', () => {
    const lanes = timerLanes([timer('t1', 'a'), timer('t2', 'b'), timer('t3', 'a')], 4, 500);
    expect(lanes).toEqual([{ municipalityId: 'lima', batches: [['t1', 't2', 't3']] }]);
  });

  it('spreads a burst of one municipality over as many lanes as full batches, up to the limit', () => {
    const due = Array.from({ length: 2000 }, (_, i) => timer(`t${i}`, `i${i}`));
    const lanes = timerLanes(due, 4, 500);
    expect(lanes).toHaveLength(4);
    expect(lanes.map((lane) => lane.batches.map((batch) => batch.length))).toEqual([
      [500],
      [500],
      [500],
      [500],
    ]);
    const fewer = timerLanes(due.slice(0, 700), 4, 500);
    expect(fewer.map((lane) => lane.batches.flat().length)).toEqual([350, 350]);
  });

  it('keeps every instance in one lane, its timers in due order, and loses or repeats none', () => {
    const due = Array.from({ length: 3000 }, (_, i) => timer(`t${i}`, `i${i % 37}`));
    const lanes = timerLanes(due, 4, 500);
    const laneOfInstance = new Map<string, number>();
    lanes.forEach((lane, index) => {
      const ids = lane.batches.flat();
      // Within a lane, ids keep the order they were due in.
      expect(ids.map((id) => Number(id.slice(1)))).toEqual(
        [...ids.map((id) => Number(id.slice(1)))].sort((a, b) => a - b),
      );
      for (const id of ids) {
        const instance = `i${Number(id.slice(1)) % 37}`;
        expect(laneOfInstance.get(instance) ?? index).toBe(index);
        laneOfInstance.set(instance, index);
      }
      expect(lane.batches.every((batch) => batch.length <= 500)).toBe(true);
    });
    expect(
      lanes
        .flatMap((lane) => lane.batches.flat())
        .sort()
        .join(),
    ).toBe(
      due
        .map((t) => t.id)
        .sort()
        .join(),
    );
  });

  it('gives each municipality its own lanes', () => {
    const lanes = timerLanes([timer('t1', 'a', 'lima'), timer('t2', 'b', 'megantoni')], 4, 500);
    expect(lanes).toEqual([
      { municipalityId: 'lima', batches: [['t1']] },
      { municipalityId: 'megantoni', batches: [['t2']] },
    ]);
  });
});

describe('inParallel', () => {
  it('runs at most `limit` at a time and returns results in the items’ order', async () => {
    let running = 0;
    let most = 0;
    const results = await inParallel([30, 10, 20, 5, 1], 2, async (ms) => {
      running++;
      most = Math.max(most, running);
      // Items finish in a different order than they started.
      for (let tick = 0; tick < ms; tick++) await new Promise(setImmediate);
      running--;
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 10, 2]);
    expect(most).toBe(2);
  });
});
