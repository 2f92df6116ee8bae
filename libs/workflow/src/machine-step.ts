import {
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  type EventObject,
  type ExecutableActionObject,
  initialTransition,
  transition,
} from 'xstate';

/**
 * XState's pure `transition()` builds a new actor, and with it the machine's initial snapshot, on
 * every call: a fifth of what a transition allocates. A kind's machine spawns and invokes nothing
 * (its effects go through the outbox), so its inert scope holds no state between calls and one
 * scope per machine serves them all; the calls are synchronous, so their actions never mix.
 */
const scopes = new WeakMap<AnyStateMachine, AnyActorScope | null>();
const ignore = () => {};

function scopeOf(machine: AnyStateMachine): AnyActorScope | null {
  let scope = scopes.get(machine);
  if (scope !== undefined) return scope;
  if (invokes(machine.root)) scope = null;
  else {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: ignore,
      defer: ignore,
      emit: ignore,
      system: self.system,
      stopChild: ignore,
      actionExecutor: ignore,
    };
  }
  scopes.set(machine, scope);
  return scope;
}

function invokes(node: AnyStateMachine['root']): boolean {
  return node.invoke.length > 0 || Object.values(node.states).some(invokes);
}

type Step = [AnyMachineSnapshot, ExecutableActionObject[]];

/** The snapshot after `event` and the actions to execute, as XState's `transition()` returns them. */
export function machineStep(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): Step {
  const scope = scopeOf(machine);
  if (scope === null) return transition(machine, snapshot, event);
  const actions: ExecutableActionObject[] = [];
  scope.actionExecutor = (action) => actions.push(action);
  try {
    return [machine.transition(snapshot, event, scope), actions];
  } finally {
    scope.actionExecutor = ignore;
  }
}

/** The first snapshot and its actions, as XState's `initialTransition()` returns them. */
export function machineStart(machine: AnyStateMachine, input: unknown): Step {
  const scope = scopeOf(machine);
  if (scope === null) return initialTransition(machine, input);
  const actions: ExecutableActionObject[] = [];
  scope.actionExecutor = (action) => actions.push(action);
  try {
    return [machine.getInitialSnapshot(scope, input), actions];
  } finally {
    scope.actionExecutor = ignore;
  }
}
