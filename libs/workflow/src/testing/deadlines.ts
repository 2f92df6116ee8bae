import { termOf } from '../deadlines/deadline-plan.js';
import { deadlineSpecsOf } from '../deadlines/deadline-specs.js';
import type { AnyWorkflowDefinition, TermUnit } from '../workflow-definition.js';

/** The deadlines a state declares for an instance, as plain data to compare with what the law says. */
export function declaredDeadlines(
  definition: AnyWorkflowDefinition,
  state: string,
  context: object,
): DeclaredDeadline[] {
  return deadlineSpecsOf(definition, state, context).map((spec) => ({
    code: spec.code,
    name: spec.name,
    term: termOf(spec, context),
    responsibleUnit: spec.responsibleUnit(context),
    reminders: spec.reminders?.before ?? [],
    reminderUnit: spec.reminders?.unit ?? 'business',
    escalation: (spec.escalation ?? []).map((s) => `${s.role}+${s.afterBusinessDays}`),
    onExpiry: spec.onExpiry ?? null,
  }));
}

export interface DeclaredDeadline {
  readonly code: string;
  readonly name: string;
  readonly term: { days: number; unit: TermUnit };
  readonly responsibleUnit: string | null;
  readonly reminders: readonly number[];
  readonly reminderUnit: TermUnit;
  /** `ROLE+days` after the term ran out. */
  readonly escalation: readonly string[];
  readonly onExpiry: string | null;
}
