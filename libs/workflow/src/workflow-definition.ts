import type { Type } from '@nestjs/common';
import type { AnyStateMachine } from 'xstate';

/** Who sends an event. `onBehalfOf` names whose competence is exercised (delegation, encargatura). */
export interface Actor {
  readonly userId: string | null;
  readonly name: string;
  readonly municipalityId: string;
  readonly unitId: string | null;
  readonly roles: readonly string[];
  readonly onBehalfOf?: string | null;
}

/** The kernel itself (timers, recalculations): never subject to a policy. */
export const systemActor = (municipalityId: string): Actor => ({
  userId: null,
  name: 'sistema',
  municipalityId,
  unitId: null,
  roles: [],
});

export interface WorkflowEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

export interface InstanceFacts<TContext> {
  readonly id: string;
  readonly municipalityId: string;
  readonly state: string;
  readonly context: TContext;
  readonly createdBy: string | null;
}

/** `true` allows; a string refuses and says why, in Spanish. */
export type PolicyDecision = true | string;

export type WorkflowPolicy<TContext> = (
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<TContext>,
) => PolicyDecision;

export type TermUnit = 'business' | 'calendar';

/** Who is alerted when a term runs out: the responsible unit, then up the hierarchy by role. */
export interface EscalationStep {
  readonly role: string;
  /** Business days after the term ran out. */
  readonly afterBusinessDays: number;
}

/** A legal or managerial term, declared on a machine state in `meta.deadlines`. */
export interface DeadlineSpec<TContext = unknown> {
  readonly name: string;
  readonly term:
    | { readonly days: number; readonly unit: TermUnit }
    | ((context: TContext) => { days: number; unit: TermUnit });
  /** The unit that must act; its members get the request, reminders and the overdue alert. */
  readonly responsibleUnit: (context: TContext) => string | null;
  readonly remindBusinessDaysBefore?: readonly number[];
  readonly escalation?: readonly EscalationStep[];
  /** Sent to the instance by the kernel when the term runs out, if the machine accepts it then. */
  readonly onExpiry?: string;
}

export interface StateMeta<TContext = unknown> {
  readonly deadlines?: readonly DeadlineSpec<TContext>[];
}

/** An effect to run after commit: a job the outbox relay enqueues. */
export interface OutboxMessage {
  readonly queue: string;
  readonly name: string;
  readonly payload: Record<string, unknown>;
  readonly availableAt?: Date;
}

/** A named machine action that is an effect: outbox rows written in the transition's transaction. */
export interface WorkflowEffect<TContext> {
  rows(context: TContext, params: unknown): OutboxMessage[];
}

/**
 * A workflow kind: a pure, flat XState machine (the single source of which events are legal), its
 * policy, the payload class of each event, and how it is shown and searched.
 */
export interface WorkflowDefinition<TContext extends object = Record<string, unknown>> {
  readonly kind: string;
  readonly version: number;
  readonly machine: AnyStateMachine;
  // Method signatures (not function-typed properties): a registry holds every kind as
  // `WorkflowDefinition<object>`, which needs their context parameter to be bivariant.
  policy(actor: Actor, event: WorkflowEvent, instance: InstanceFacts<TContext>): PolicyDecision;
  /** Payload class per event type (validated with class-validator); `null` when it has no fields. */
  readonly events: Readonly<Record<string, Type<object> | null>>;
  /** Text indexed for `q` (Spanish full-text search). */
  searchText(context: TContext): string;
  /** Fields the resource shows besides id, state, version, allowedEvents and deadlines. */
  present?(context: TContext): Record<string, unknown>;
  /** Payloads to try when telling a caller which events it may send (guards that read the payload). */
  readonly eventSamples?: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  /** Named machine actions that are effects: each becomes outbox rows in the transition's transaction. */
  readonly effects?: Readonly<Record<string, WorkflowEffect<TContext>>>;
  /** Label used in notifications, e.g. "Encargo «Informe de obras»". */
  label(context: TContext): string;
}

/** Any kind, as the registry and the kernel hold it. */
export type AnyWorkflowDefinition = WorkflowDefinition<object>;
