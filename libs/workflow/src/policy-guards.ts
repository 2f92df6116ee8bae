import type { Actor } from '#audit';
import { type Refusal, type RefusalCode, refuse } from '#core';
import type { InstanceFacts, PolicyDecision, WorkflowEvent } from './workflow-definition.js';
import { administratorRefusal } from './workflow.errors.js';

/** A rule of the guards: the events it covers, and the kind's own refusal when it applies. */
interface GuardRule {
  readonly events: Iterable<string>;
  readonly refusal: RefusalCode;
  /** Why, in Spanish, as the kind says it. */
  readonly detail: string;
}

export interface PolicyGuardRules<TContext> {
  /** Events only the system sends (a timer, the council, a linked instance): nobody sends them by hand. */
  readonly systemEvents?: GuardRule;
  /**
   * Events that judge what someone drafted or submitted: never by that person (separation of
   * duties). Whoever created the instance counts, and whoever `submittedBy` names.
   */
  readonly ownSubmission?: GuardRule & {
    readonly submittedBy?: (context: TContext) => string | null | undefined;
  };
}

/** What a kind's policy asks first, whatever the event: null when none of the guards refuses. */
export type PolicyGuard<TContext> = (
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<TContext>,
) => Refusal | null;

/**
 * The checks a kind's policy makes before asking who may send the event: the administrator never
 * acts (the kernel refuses it first; said here too, so the rule reads whole), nobody sends the
 * system's events, and nobody decides on their own draft or submission. Each kind keeps its codes
 * and words.
 */
export function policyGuards<TContext>(rules: PolicyGuardRules<TContext>): PolicyGuard<TContext> {
  const system: ReadonlySet<string> = new Set(rules.systemEvents?.events ?? []);
  const own: ReadonlySet<string> = new Set(rules.ownSubmission?.events ?? []);
  return (actor, event, instance) => {
    const administrator = administratorRefusal(actor);
    if (administrator) return administrator;
    if (rules.systemEvents && system.has(event.type))
      return refuse(rules.systemEvents.refusal, rules.systemEvents.detail);
    if (
      rules.ownSubmission &&
      own.has(event.type) &&
      actor.userId !== null &&
      (actor.userId === instance.createdBy ||
        actor.userId === rules.ownSubmission.submittedBy?.(instance.context))
    )
      return refuse(rules.ownSubmission.refusal, rules.ownSubmission.detail);
    return null;
  };
}

/** Allows a member of the unit the kind names (null: none yet); else refuses with the kind's words. */
export const inUnit = (actor: Actor, unitId: string | null, refusal: string): PolicyDecision =>
  unitId !== null && actor.unitId === unitId ? true : refusal;

/** Allows whoever holds the role; else refuses with the kind's words. */
export const hasRole = (actor: Actor, role: string, refusal: string): PolicyDecision =>
  actor.roles.includes(role) ? true : refusal;
