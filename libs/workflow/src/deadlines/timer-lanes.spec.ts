import { type DueTimer, lanesOf } from './timer-lanes.js';

const due = (municipality: string, instance: string, id: string): DueTimer => ({
  id,
  municipality_id: municipality,
  instance_id: instance,
});

describe('the lanes of a timers pass', () => {
  it('keeps a small set in one lane per municipality, in due order', () => {
    const lanes = lanesOf([due('a', 'i1', 't1'), due('b', 'i2', 't2'), due('a', 'i3', 't3')]);
    expect(lanes).toEqual([
      { municipalityId: 'a', ids: ['t1', 't3'] },
      { municipalityId: 'b', ids: ['t2'] },
    ]);
  });

  it('splits a large municipality, every timer of an instance in one lane, in due order', () => {
    // 400 instances of one municipality, each with a reminder and, later, an expiry.
    const reads = [
      ...Array.from({ length: 400 }, (_, i) => due('a', `i${i}`, `r${i}`)),
      ...Array.from({ length: 400 }, (_, i) => due('a', `i${i}`, `e${i}`)),
    ];
    const lanes = lanesOf(reads, 4);
    expect(lanes).toHaveLength(4);
    expect(lanes.map((l) => l.ids.length)).toEqual([200, 200, 200, 200]);
    for (const lane of lanes) {
      const instances = new Set(lane.ids.map((id) => id.slice(1)));
      // Both timers of each of its instances, the reminder first.
      expect(lane.ids).toHaveLength(2 * instances.size);
      for (const i of instances)
        expect(lane.ids.indexOf(`r${i}`)).toBeLessThan(lane.ids.indexOf(`e${i}`));
    }
    expect(lanes.flatMap((l) => l.ids).sort()).toEqual(reads.map((t) => t.id).sort());
  });

  it('alternates municipalities, so the runners share them out', () => {
    const reads = ['a', 'b'].flatMap((m) =>
      Array.from({ length: 400 }, (_, i) => due(m, `${m}${i}`, `${m}-t${i}`)),
    );
    expect(lanesOf(reads, 4).map((l) => l.municipalityId)).toEqual([
      'a',
      'b',
      'a',
      'b',
      'a',
      'b',
      'a',
      'b',
    ]);
  });
});
