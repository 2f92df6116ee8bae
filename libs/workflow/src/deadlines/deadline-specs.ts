import type { AnyWorkflowDefinition, DeadlineSpec, StateMeta } from '../workflow-definition.js';

/** The deadlines a state declares in `meta.deadlines`. */
export function deadlineSpecsOf(
  definition: AnyWorkflowDefinition,
  state: string,
  /** Given, only the terms that apply to this instance. */
  context?: unknown,
): readonly DeadlineSpec[] {
  const node = definition.machine.root.states[state];
  const specs = (node?.meta as StateMeta | undefined)?.deadlines ?? [];
  return context === undefined ? specs : specs.filter((spec) => spec.appliesTo?.(context) ?? true);
}
