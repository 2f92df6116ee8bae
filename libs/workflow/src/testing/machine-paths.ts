import {
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createEmptyActor,
  transition,
} from 'xstate';
import type { WorkflowEvent } from '../workflow-definition.js';

/**
 * Pure helpers to test a kind's machine by generated paths (xstate/graph), shared by the unit
 * tier (`<kind>.machine.spec.ts`, no database) and the e2e tier (the same paths through the engine).
 * Only xstate at run time.
 */

export interface PathCase {
  readonly name: string;
  readonly events: readonly WorkflowEvent[];
  /** The state after each event. */
  readonly states: readonly string[];
  /** The snapshot the last event is sent to, and the one it leaves. */
  readonly before: AnyMachineSnapshot;
  readonly after: AnyMachineSnapshot;
  /** The declared transition the last event took (see `declaredEdges`). */
  readonly edge: string;
}

/** The events to try: a fixed sample, or one built for each snapshot (e.g. as `prepare` would). */
export type PathEvents =
  readonly WorkflowEvent[] | ((snapshot: AnyMachineSnapshot) => readonly WorkflowEvent[]);

export type SnapshotKey = (snapshot: { value: unknown; context: unknown }) => string;

const eventsAt = (events: PathEvents, snapshot: AnyMachineSnapshot) =>
  typeof events === 'function' ? events(snapshot) : events;

/** What xstate/graph hands a machine while it explores it: an actor scope that does nothing. */
function mockActorScope(): AnyActorScope {
  const empty = createEmptyActor();
  return {
    self: empty,
    logger: () => undefined,
    id: '',
    sessionId: Math.random().toString(32).slice(2),
    defer: () => undefined,
    system: empty.system,
    stopChild: () => undefined,
    emit: () => undefined,
    actionExecutor: () => undefined,
  } as unknown as AnyActorScope;
}

interface ShortestPath {
  readonly state: AnyMachineSnapshot;
  /** The events from the initial snapshot, each with the snapshot it leaves. */
  readonly steps: readonly { state: AnyMachineSnapshot; event: WorkflowEvent }[];
}

/**
 * xstate/graph's `getShortestPaths` (5.x), step for step: the same breadth-first adjacency map
 * (same order, same snapshots), then the same shortest-path pass over it. Only the bookkeeping
 * differs: xstate's `Array#shift` costs O(queue) per state, which made a large machine's
 * exploration quadratic (most of the resolution machine's unit tier); here a read index walks the
 * queue, each snapshot's key is computed once, and a state already explored is not queued again.
 */
function shortestPaths(
  machine: AnyStateMachine,
  input: unknown,
  events: PathEvents,
  serialize: SnapshotKey,
): ShortestPath[] {
  const fromState = machine.getInitialSnapshot(mockActorScope(), input) as AnyMachineSnapshot;

  // The adjacency map: each state's key → the snapshot and, per event, where it leads.
  type Edge = { event: WorkflowEvent; state: AnyMachineSnapshot; key: string };
  const actorScope = mockActorScope();
  const adjacency = new Map<string, Map<string, Edge>>();
  const fromKey = serialize(fromState);
  const queue: ({ state: AnyMachineSnapshot; key: string } | undefined)[] = [
    { state: fromState, key: fromKey },
  ];
  for (let head = 0; head < queue.length; head++) {
    const { state, key } = queue[head] as { state: AnyMachineSnapshot; key: string };
    // Taken: the snapshot can go (xstate's queue drops it too), only the keys are kept.
    queue[head] = undefined;
    if (adjacency.has(key)) continue;
    const transitions = new Map<string, Edge>();
    adjacency.set(key, transitions);
    for (const event of eventsAt(events, state)) {
      const next = machine.transition(state, event, actorScope) as AnyMachineSnapshot;
      const nextKey = serialize(next);
      transitions.set(JSON.stringify(event), { event, state: next, key: nextKey });
      // A state already explored would be skipped when taken from the queue.
      if (!adjacency.has(nextKey)) queue.push({ state: next, key: nextKey });
    }
  }

  // Fewest events to each state (every edge weighs 1), remembering the edge that reached it.
  const stateOf = new Map<string, AnyMachineSnapshot>([[fromKey, fromState]]);
  const weights = new Map<string, { weight: number; from?: string; event?: WorkflowEvent }>([
    [fromKey, { weight: 0 }],
  ]);
  const unvisited = new Set([fromKey]);
  const visited = new Set<string>();
  for (const key of unvisited) {
    const { weight } = weights.get(key) as { weight: number };
    for (const { state: next, event, key: nextKey } of (
      adjacency.get(key) ?? new Map<string, Edge>()
    ).values()) {
      stateOf.set(nextKey, next);
      const known = weights.get(nextKey);
      if (!known || known.weight > weight + 1)
        weights.set(nextKey, { weight: weight + 1, from: key, event });
      if (!visited.has(nextKey)) unvisited.add(nextKey);
    }
    visited.add(key);
    unvisited.delete(key);
  }

  const pathTo = new Map<string, ShortestPath>();
  const paths: ShortestPath[] = [];
  for (const [key, { from, event }] of weights) {
    const state = stateOf.get(key) as AnyMachineSnapshot;
    const steps =
      from === undefined
        ? []
        : [...(pathTo.get(from) as ShortestPath).steps, { state, event: event as WorkflowEvent }];
    const path = { state, steps };
    pathTo.set(key, path);
    paths.push(path);
  }
  return paths;
}

/**
 * Every transition a flat machine declares, one key per candidate (`state:EVENT:target`, with a
 * `#n` when one event has several candidates to the same target): what the path tests must cover.
 */
export function declaredEdges(machine: AnyStateMachine): string[] {
  return Object.entries(machine.root.states).flatMap(([state, node]) =>
    [...node.transitions.entries()].flatMap(([type, candidates]) => {
      const keys = candidates.map((c) => `${state}:${type}:${c.target?.[0]?.key ?? state}`);
      return keys.map((key, i) =>
        keys.indexOf(key) === keys.lastIndexOf(key) ? key : `${key}#${i}`,
      );
    }),
  );
}

/** The declared transition `event` takes from `snapshot` (its `declaredEdges` key), if any. */
export function edgeTaken(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: WorkflowEvent,
): string | undefined {
  const [taken] = machine.getTransitionData(snapshot, event);
  if (!taken) return undefined;
  const state = String(snapshot.value);
  const candidates = machine.root.states[state]?.transitions.get(event.type) ?? [];
  const index = candidates.indexOf(taken);
  const keys = declaredEdges(machine).filter((key) => key.startsWith(`${state}:${event.type}:`));
  return keys[index];
}

/**
 * One path per transition of the machine: the shortest path to each state (xstate/graph), then
 * every event the machine accepts there. Covers every edge, self-loops and returns included.
 * States are told apart by their value; `serialize` tells apart more (e.g. visas still pending,
 * when an edge is only taken after a self-loop has been taken enough times).
 */
export function transitionPaths(
  machine: AnyStateMachine,
  input: unknown,
  events: PathEvents,
  serialize: SnapshotKey = (snapshot) => String(snapshot.value),
): PathCase[] {
  return explore(machine, input, events, serialize).paths;
}

/** `transitionPaths` and `reachedSnapshots` from one exploration of the graph (it is the costly part). */
export function explore(
  machine: AnyStateMachine,
  input: unknown,
  events: PathEvents,
  serialize: SnapshotKey = (snapshot) => String(snapshot.value),
): { paths: PathCase[]; reached: AnyMachineSnapshot[] } {
  const found = shortestPaths(machine, input, events, serialize);
  const paths = found.flatMap((path) => {
    const before = path.steps.map((step) => step.event);
    const states = path.steps.map((step) => String(step.state.value));
    return eventsAt(events, path.state)
      .filter((event) => path.state.can(event))
      .map((event) => {
        const [next] = transition(machine, path.state, event);
        const all = [...before, event];
        return {
          name: all.map((e) => e.type).join(' → '),
          events: all,
          states: [...states, String(next.value)],
          before: path.state,
          after: next,
          edge: edgeTaken(machine, path.state, event) ?? '',
        };
      });
  });
  return { paths, reached: found.map((path) => path.state) };
}

/** Every snapshot the shortest paths reach (one per `serialize` key): where refusals are checked. */
export function reachedSnapshots(
  machine: AnyStateMachine,
  input: unknown,
  events: PathEvents,
  serialize: SnapshotKey = (snapshot) => String(snapshot.value),
): AnyMachineSnapshot[] {
  return shortestPaths(machine, input, events, serialize).map((path) => path.state);
}
