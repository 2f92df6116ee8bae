import type { Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnyStateMachine } from 'xstate';

/** A power held by delegation or encargatura (D10), in force on the day of the request. */
export interface Authority {
  readonly delegationId: string;
  readonly kind: 'delegacion_competencia' | 'delegacion_firma' | 'encargatura';
  readonly delegatorRole: string;
  readonly delegatorPost: string;
  readonly instrument: string;
  readonly subjects: readonly string[];
}

/** Who sends an event. `onBehalfOf` names whose competence is exercised (delegation, encargatura). */
export interface Actor {
  readonly userId: string | null;
  readonly name: string;
  readonly municipalityId: string;
  readonly unitId: string | null;
  readonly roles: readonly string[];
  readonly onBehalfOf?: string | null;
  /** Delegations and encargaturas in force, for the kinds whose policy reads them. */
  readonly authorities?: readonly Authority[];
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
  /**
   * The civil date the act was served, when it is not the day the state was entered (e.g. a
   * publication recorded days after it appeared): the term counts from it (D2).
   */
  readonly startsOn?: (context: TContext) => string | null;
  /** Whether this instance has the term at all (e.g. notification only for acts of particular scope). */
  readonly appliesTo?: (context: TContext) => boolean;
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

/** What a kind's `prepare` may use: the transition's transaction and its instant. */
export interface TransitionScope {
  readonly manager: EntityManager;
  readonly now: Date;
  /** Creates another instance in this same transaction (e.g. a rectifying act); returns its id. */
  createInstance(kind: string, context: Record<string, unknown>): Promise<string>;
}

/** The event as the machine will see it, and whose competence the actor exercised (for the audit). */
export interface PreparedEvent {
  readonly event: WorkflowEvent;
  readonly onBehalfOf?: string | null;
}

/** Columns every kind fills so lists can filter by them. */
export interface ListingFacts {
  /** The unit that owns the file (originating or responsible unit). */
  readonly unitId: string | null;
  /** The year it is filed under (e.g. its register number's year); null = the year it was created. */
  readonly year: number | null;
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
  present?(context: TContext, id: string): Record<string, unknown>;
  /** Payloads to try when telling a caller which events it may send (guards that read the payload). */
  readonly eventSamples?: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  /** Named machine actions that are effects: each becomes outbox rows in the transition's transaction. */
  readonly effects?: Readonly<Record<string, WorkflowEffect<TContext>>>;
  /** Label used in notifications, e.g. "Encargo «Informe de obras»". */
  label(context: TContext): string;
  /** Unit and year that lists filter by. */
  listing?(context: TContext): ListingFacts;
  /** Adds what the policy needs to know of the caller and only the database knows (delegations in force). */
  enrichActor?(manager: EntityManager, actor: Actor, now: Date): Promise<Actor>;
  /**
   * After the machine and the policy accepted the event, in the transition's transaction: adds
   * what only the database or the clock can give (a register number, the instant, a stored
   * document). The machine then checks and applies the prepared event. Throws a DomainError to refuse.
   */
  prepare?(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<TContext>,
    actor: Actor,
  ): Promise<PreparedEvent>;
  /** Why the machine refuses an event here, in Spanish, when a generic message would not say it. */
  refusal?(state: string, context: TContext, event: WorkflowEvent): string | null;
  /**
   * Whether the file takes no more attachments in this state (e.g. from the signature on: the
   * documents an act rests on cannot change after it). Absent → frozen in the final states only.
   */
  attachmentsFrozen?(state: string, context: TContext): boolean;
}

/** Any kind, as the registry and the kernel hold it. */
export type AnyWorkflowDefinition = WorkflowDefinition<object>;
