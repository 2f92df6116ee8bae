/** A pending timer due now, as `due_timers()` lists it (in due order). */
export interface DueTimer {
  readonly id: string;
  readonly municipality_id: string;
  readonly instance_id: string;
}

/** Timers fired one batch after another, each batch in one transaction of one municipality. */
export interface TimerLane {
  readonly municipalityId: string;
  readonly batches: readonly (readonly string[])[];
}

/**
 * Splits due timers into lanes that can fire in parallel: per municipality, as many lanes as full
 * batches (up to `maxLanes`), every instance's timers in a single lane so they fire in due order and
 * two lanes never wait on each other's rows. Instances go to the lightest lane as they appear.
 */
export function timerLanes(
  due: readonly DueTimer[],
  maxLanes: number,
  batchSize: number,
): TimerLane[] {
  const byMunicipality = new Map<string, DueTimer[]>();
  for (const timer of due) {
    const timers = byMunicipality.get(timer.municipality_id) ?? [];
    timers.push(timer);
    byMunicipality.set(timer.municipality_id, timers);
  }
  const lanes: TimerLane[] = [];
  for (const [municipalityId, timers] of byMunicipality) {
    const count = Math.max(1, Math.min(maxLanes, Math.ceil(timers.length / batchSize)));
    const ids: string[][] = Array.from({ length: count }, () => []);
    const laneOf = new Map<string, string[]>();
    for (const timer of timers) {
      let lane = laneOf.get(timer.instance_id);
      if (!lane) {
        lane = ids.reduce((lightest, candidate) =>
          candidate.length < lightest.length ? candidate : lightest,
        );
        laneOf.set(timer.instance_id, lane);
      }
      lane.push(timer.id);
    }
    for (const laneIds of ids) {
      if (laneIds.length === 0) continue;
      const batches: string[][] = [];
      for (let start = 0; start < laneIds.length; start += batchSize)
        batches.push(laneIds.slice(start, start + batchSize));
      lanes.push({ municipalityId, batches });
    }
  }
  return lanes;
}

/** Runs `work` over `items`, at most `limit` at a time; results in the items' order. */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const runner = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
  return results;
}
