/** Transactions of a pass at once (each holds one pooled connection meanwhile). */
export const PARALLEL = 4;
/** A municipality with fewer due timers than this per lane is not split further. */
const LANE_MIN = 100;

export interface DueTimer {
  readonly id: string;
  readonly municipality_id: string;
  readonly instance_id: string;
}

export interface Lane {
  readonly municipalityId: string;
  readonly ids: string[];
}

/**
 * Splits a pass's read into lanes that fire side by side: a municipality's timers over up to
 * `parallel` lanes (one per LANE_MIN timers), every timer of an instance in one lane, in due order
 * (so an instance's timers fire in the order they fell due, and two lanes never want one instance).
 * Lanes of different municipalities alternate, so runners share the municipalities out.
 */
export function lanesOf(due: readonly DueTimer[], parallel = PARALLEL): Lane[] {
  const counts = new Map<string, number>();
  for (const t of due) counts.set(t.municipality_id, (counts.get(t.municipality_id) ?? 0) + 1);
  const lanes = new Map<string, Lane[]>();
  const laneOfInstance = new Map<string, Lane>();
  for (const t of due) {
    let lane = laneOfInstance.get(t.instance_id);
    if (!lane) {
      const own = lanes.get(t.municipality_id) ?? [];
      lanes.set(t.municipality_id, own);
      const width = Math.min(
        parallel,
        Math.max(1, Math.ceil((counts.get(t.municipality_id) ?? 0) / LANE_MIN)),
      );
      if (own.length < width) {
        lane = { municipalityId: t.municipality_id, ids: [] };
        own.push(lane);
      } else {
        // The lightest lane so far: instances differ in their number of due timers.
        lane = own.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
      }
      laneOfInstance.set(t.instance_id, lane);
    }
    lane.ids.push(t.id);
  }
  const ordered: Lane[] = [];
  for (let i = 0; i < parallel; i++)
    for (const own of lanes.values()) {
      const lane = own[i];
      if (lane) ordered.push(lane);
    }
  return ordered;
}
