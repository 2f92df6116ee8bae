import { type AnyMachineSnapshot, type AnyStateMachine, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
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

const shortestPaths = (
  machine: AnyStateMachine,
  input: unknown,
  events: PathEvents,
  serialize: SnapshotKey,
) =>
  getShortestPaths(machine, {
    input,
    events: (snapshot) => [...eventsAt(events, snapshot)],
    serializeState: (snapshot) => serialize(snapshot),
  });

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
    const steps = path.steps.filter((step) => !step.event.type.startsWith('xstate.'));
    const before = steps.map((step) => step.event as WorkflowEvent);
    const states = steps.map((step) => String(step.state.value));
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
