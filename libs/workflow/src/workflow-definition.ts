import type { Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnyStateMachine } from 'xstate';
import type { Actor } from '#audit';
import type { Refusal } from '#core';

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

/** `true` allows; a string refuses (FORBIDDEN) and says why, in Spanish; a Refusal carries its own code. */
export type PolicyDecision = true | string | Refusal;

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

/** Reminders before a term runs out, counted in business days or calendar days ("90, 60 and 30 days before"). */
export interface ReminderSpec {
  readonly before: readonly number[];
  /** Default: business days. */
  readonly unit?: TermUnit;
  /** Who else is reminded besides the responsible unit (e.g. the Gerente Municipal). */
  readonly alsoTo?: readonly NoticeRecipient[];
}

/** What every term declares: how it is named, reminded and escalated. */
export interface TermAlerts {
  /** Stable code (lowercase, `[a-z0-9_]`): what clients, recounts and the kind itself match on. */
  readonly code: string;
  /** What people read, in Spanish. */
  readonly name: string;
  readonly reminders?: ReminderSpec;
  readonly escalation?: readonly EscalationStep[];
  /** Sent to the instance by the kernel when the term runs out, if the machine accepts it then. */
  readonly onExpiry?: string;
}

/** A legal or managerial term, declared on a machine state in `meta.deadlines`: it lasts while the state does. */
export interface DeadlineSpec<TContext = unknown> extends TermAlerts {
  readonly term:
    | { readonly days: number; readonly unit: TermUnit }
    | ((context: TContext) => { days: number; unit: TermUnit });
  /** The unit that must act; its members get the request, reminders and the overdue alert. */
  readonly responsibleUnit: (context: TContext) => string | null;
  /**
   * The civil date the act was served, when it is not the day the state was entered (e.g. a
   * publication recorded days after it appeared): the term counts from it (D2).
   */
  readonly startsOn?: (context: TContext) => string | null;
  /** Whether this instance has the term at all (e.g. notification only for acts of particular scope). */
  readonly appliesTo?: (context: TContext) => boolean;
}

/** Who a notice goes to: the active members of a unit, or the holders of a role in the municipality. */
export type NoticeRecipient = { readonly unitId: string } | { readonly role: string };

/** What a notice obligation tells, and to whom, on its day. */
export interface ObligationNotice {
  /** In Spanish, e.g. "Aviso de vencimiento: …". */
  readonly title: string;
  readonly body: string;
  readonly to: readonly NoticeRecipient[];
}

/**
 * A kind of obligation an instance may carry whatever its state (a convenio's quarterly report, a
 * regidor's information request): the machine opens, fulfils and cancels each one with the
 * kernel's obligation actions; each has its own due date and responsible unit. Its `onExpiry`
 * event comes with `{code, key, deadlineId, dueOn}`: which one lapsed. Declared under its own code.
 */
export interface ObligationSpec<TContext = unknown> extends TermAlerts {
  /**
   * A notice, not something owed (e.g. a convenio's expiry alert 90 days before its end): it falls
   * due at the start of its day, nobody is asked to act when it opens, and instead of "Plazo
   * vencido" the kernel delivers what this returns, read from the context after its `onExpiry`
   * event (null: nothing to tell). A method, so the registry's `object` context stays bivariant.
   */
  notice?(
    context: TContext,
    lapse: { readonly key: string; readonly dueOn: string },
  ): ObligationNotice | null;
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
  /** `instance`: the one whose transition ran the action (e.g. to say who sends an event). */
  rows(
    context: TContext,
    params: unknown,
    instance: { readonly id: string; readonly municipalityId: string },
  ): OutboxMessage[];
}

/** What a kind's `prepare` may use: the transition's transaction and its instant. */
export interface TransitionScope {
  readonly manager: EntityManager;
  readonly now: Date;
  /**
   * Creates another instance in this same transaction (e.g. a rectifying act); returns its id.
   * `createdBy`: whose draft it is when not the actor's (an approval drafts the requester's act,
   * which the approver may then sign: separation of duties reads the creator).
   */
  createInstance(
    kind: string,
    context: Record<string, unknown>,
    options?: { readonly createdBy?: string | null },
  ): Promise<string>;
}

/** The event as the machine will see it, and whose competence the actor exercised (for the audit). */
export interface PreparedEvent {
  readonly event: WorkflowEvent;
  readonly onBehalfOf?: string | null;
}

/**
 * Something someone must do now on an instance (sign, visa, give an opinion, report, resolve a
 * remedy…): the rows of the "Pendientes conmigo" tray. Derived from the state and the context only.
 */
export interface WorkItemSpec {
  /** Stable code (lowercase, `[a-z0-9_]`): what clients match on, e.g. `firmar`. */
  readonly action: string;
  /** What people read, in Spanish, e.g. "Firmar la resolución". */
  readonly name: string;
  /** The unit whose members must act; null with a role: whoever holds the role in the municipality. */
  readonly unitId: string | null;
  /**
   * Only the holders of this role (in the unit, when there is one), and whoever holds the role's
   * post or powers by delegation or encargatura in force: e.g. only the Gerente signs.
   */
  readonly role?: string;
  /** The term the action is due by: a deadline of the state or an obligation, by code (and key). */
  readonly term?: { readonly code: string; readonly key?: string };
}

/**
 * A work item, as the kinds write theirs: `term` is the deadline's code, or code and key (an
 * obligation's due date); `role` narrows who in the unit acts. Keys left out stay absent.
 */
export function workItem(
  action: string,
  name: string,
  unitId: string | null,
  { role, term }: { role?: string; term?: string | { code: string; key?: string } } = {},
): WorkItemSpec {
  return {
    action,
    name,
    unitId,
    ...(role !== undefined ? { role } : {}),
    ...(term !== undefined ? { term: typeof term === 'string' ? { code: term } : term } : {}),
  };
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
  /**
   * The few fields a list shows of each instance (its number, subject or title…), besides the
   * kernel's (id, kind, state, version, label, unitId, year, open deadlines, dates). Small and
   * JSON-serialisable: the kernel stores it with every change, so a page never reads the context.
   */
  summary?(context: TContext): Record<string, unknown>;
  /**
   * Payloads to try when telling a caller which events it may send (guards that read the payload);
   * a function when they depend on the instance (e.g. each addressee not yet notified).
   */
  eventSamples?(context: TContext): Readonly<Record<string, readonly Record<string, unknown>[]>>;
  /**
   * Pure, before the machine first looks at the event: turns the request into the event the
   * machine's guards read (who sends it, when, which addressee…), so no guard has to accept a
   * missing field. Throws a DomainError (e.g. VALIDATION_FAILED) for a request that cannot be one.
   */
  complete?(
    request: WorkflowEvent,
    instance: { readonly state: string; readonly context: TContext },
    actor: Actor,
    now: Date,
  ): WorkflowEvent;
  /** Obligations the machine may open (by code, see `openObligation`). */
  readonly obligations?: Readonly<Record<string, ObligationSpec<TContext>>>;
  /** Named machine actions that are effects: each becomes outbox rows in the transition's transaction. */
  readonly effects?: Readonly<Record<string, WorkflowEffect<TContext>>>;
  /** Label used in notifications, e.g. "Encargo «Informe de obras»". */
  label(context: TContext): string;
  /** Who must do what now (the trays); absent or empty: nobody has to act on it. */
  workItems?(state: string, context: TContext): readonly WorkItemSpec[];
  /** Unit and year that lists filter by. */
  listing?(context: TContext): ListingFacts;
  /** Adds what the policy needs to know of the caller and only the database knows (delegations in force). */
  enrichActor?(manager: EntityManager, actor: Actor, now: Date): Promise<Actor>;
  /**
   * After the machine and the policy accepted the (completed) event, in the transition's
   * transaction: adds what only the database can give (a register number, a stored document, a
   * created instance). The machine then checks and applies the prepared event. Throws a DomainError to refuse.
   */
  prepare?(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<TContext>,
    actor: Actor,
  ): Promise<PreparedEvent>;
  /**
   * Why the machine refuses an event here, when a generic message would not say it: Spanish text
   * (TRANSITION_NOT_ALLOWED) or a Refusal with the kind's own code.
   */
  refusal?(state: string, context: TContext, event: WorkflowEvent): string | Refusal | null;
  /**
   * Whether the file takes no more attachments in this state (e.g. from the signature on: the
   * documents an act rests on cannot change after it). Absent → frozen in the final states only.
   */
  attachmentsFrozen?(state: string, context: TContext): boolean;
}

/** Any kind, as the registry and the kernel hold it. */
export type AnyWorkflowDefinition = WorkflowDefinition<object>;
