import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { getNextTransitions, type AnyMachineSnapshot } from 'xstate';
import { type Actor, AuditChain, type AuditEntry, auditInsert, systemActor } from '#audit';
import { calendarHeadColumns, civilDateAt, inCalendarTransaction } from '#calendar';
import { Clock, DomainError, ErrorCode, isRefusal, NotFoundError } from '#core';
import { execute, queryOne, queryRows } from '#database';
import { deadlineSpecsOf } from './deadlines/deadline-specs.js';
import {
  DeadlinesService,
  type DeadlineView,
  type PresentedDeadline,
  type ScheduledDeadline,
} from './deadlines/deadlines.service.js';
import { machineStart, machineStep } from './machine-step.js';
import { obligationChanges } from './obligations/obligation-actions.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';
import { writeOutbox } from './outbox/outbox.js';
import {
  type AnyWorkflowDefinition,
  type InstanceFacts,
  type OutboxMessage,
  type TransitionScope,
  type WorkflowEvent,
} from './workflow-definition.js';
import { WorkflowMetrics } from './workflow.metrics.js';
import { WorkflowRegistry } from './workflow.registry.js';
import { administratorRefusal } from './workflow.errors.js';
import { sameWorkItems, workItemsOf } from './work-items/work-items.js';
import { WorkItemsService } from './work-items/work-items.service.js';

export interface WorkflowResource {
  id: string;
  kind: string;
  state: string;
  version: number;
  allowedEvents: string[];
  deadlines: PresentedDeadline[];
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

export interface Replayable<T> {
  readonly body: T;
  /** True when an Idempotency-Key repeat got the first answer back. */
  readonly replayed: boolean;
  /** Outbox rows the transaction wrote (none for a replay). */
  readonly outbox?: number;
}

export interface Idempotency {
  readonly key: string;
  /** Hash of what was asked (method, path, body): the same key for something else is refused. */
  readonly requestHash: string;
}

export interface SendOptions {
  readonly expectedVersion?: number;
  readonly idempotency?: Idempotency;
}

export interface ListQuery {
  readonly state?: string;
  readonly year?: number;
  /** The owning unit (see `listing` in the definition). */
  readonly unitId?: string;
  readonly q?: string;
  readonly page: number;
  readonly pageSize: number;
  /** Opaque position after which the page starts (`nextCursor` of the previous page). */
  readonly cursor?: string;
}

/** What a list shows of each instance; the full resource is GET /:id. */
export interface WorkflowSummary {
  id: string;
  kind: string;
  state: string;
  version: number;
  label: string;
  unitId: string | null;
  year: number | null;
  deadlines: PresentedDeadline[];
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/** Every deadline of an instance, open or closed, with its alerts (`GET /<kind>/:id/deadlines`). */
export interface DeadlineSchedule {
  /** The municipality's civil date by Despacho's clock: what `businessDaysLeft` counts from. */
  today: string;
  items: (ScheduledDeadline & { businessDaysLeft: number | null })[];
}

export interface WorkflowList {
  items: WorkflowSummary[];
  /** Exact when `totalIsEstimate` is false; otherwise there are at least this many (counted up to a cap). */
  total: number;
  totalIsEstimate: boolean;
  page: number;
  pageSize: number;
  /** Cursor of the next page, null on the last one. */
  nextCursor: string | null;
}

/** Matches counted for `total`: past it, the total is "more than LIST_COUNT_CAP". */
export const LIST_COUNT_CAP = 10_000;
/** A search ranks the most recent matches only, this many: a common word never ranks the whole table. */
export const SEARCH_WINDOW = 200;

export interface InstanceRow {
  id: string;
  municipality_id: string;
  kind: string;
  machine_version: number;
  state: string;
  context: Record<string, unknown>;
  version: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  /** Since when it is in its state: a change of state records the stay it ends (state_stays). */
  state_entered_at: Date;
  time_zone: string;
  calendar_code: string;
  calendar_version: number;
}

export interface Applied {
  readonly from: string;
  readonly to: string;
  readonly row: InstanceRow;
  /** Outbox rows written (0 = nothing for the relay). */
  readonly outbox: number;
  /** The open deadlines after a change of state (known without reading them back). */
  readonly openDeadlines?: DeadlineView[];
  /** The machine's snapshot after the change. */
  readonly snapshot: AnyMachineSnapshot;
}

const facts = (row: InstanceRow): InstanceFacts<Record<string, unknown>> => ({
  id: row.id,
  municipalityId: row.municipality_id,
  state: row.state,
  context: row.context,
  createdBy: row.created_by,
});

/** Read after the calendar lock, so the calendar head it carries cannot change before commit. */
// Named columns, never `*`: a prepared statement's result type must not change under a migration.
const INSTANCE_COLUMNS = [
  'id',
  'municipality_id',
  'kind',
  'machine_version',
  'state',
  'context',
  'version',
  'created_by',
  'created_at',
  'updated_at',
  'state_entered_at',
] as const;
const instanceColumns = (alias: string) => INSTANCE_COLUMNS.map((c) => `${alias}.${c}`).join(', ');

const SELECT_INSTANCE = `SELECT ${instanceColumns('i')}, m.time_zone, ${calendarHeadColumns('m')} FROM workflow_instances i
  JOIN municipalities m ON m.id = i.municipality_id`;

/**
 * The kernel: every state change of every workflow goes through `send`, in one transaction —
 * lock, restore, machine check, policy, pure transition, conditional update, deadlines, outbox,
 * audit — so nothing is lost between a change and its effects and nothing happens twice.
 */
@Injectable()
export class WorkflowEngine {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: WorkflowRegistry,
    private readonly audit: AuditChain,
    private readonly deadlines: DeadlinesService,
    private readonly relay: OutboxRelay,
    private readonly metrics: WorkflowMetrics,
    private readonly clock: Clock,
    private readonly workItems: WorkItemsService,
  ) {}

  async create(
    kind: string,
    actor: Actor,
    context: Record<string, unknown>,
    idempotency?: Idempotency,
  ): Promise<Replayable<WorkflowResource>> {
    const definition = this.registry.current(kind);
    const administrator = administratorRefusal(actor);
    if (administrator) throw DomainError.of(administrator);
    // The calendar lock comes first, with BEGIN: the terms counted here use a calendar that
    // cannot change before this commits.
    const result = await inCalendarTransaction(
      this.dataSource,
      actor.municipalityId,
      'shared',
      async (manager) => {
        const replay = await this.claimKey(manager, actor, idempotency);
        if (replay) return replay;
        const now = this.clock.now();
        const created = await this.insertInstance(manager, definition, actor, context, now);
        const caller = await this.enrich(manager, definition, actor, now);
        const body = await this.present(
          manager,
          definition,
          created.row,
          caller,
          created.deadlines,
        );
        await this.storeResponse(manager, actor, idempotency, body);
        await this.audit.append(manager, created.audit);
        return { body, replayed: false, outbox: created.outbox };
      },
    );
    if (result.outbox) this.relay.afterCommit();
    return result;
  }

  /** Inserts an instance with its first deadlines and effects; the caller appends the audit entry. */
  private async insertInstance(
    manager: EntityManager,
    definition: AnyWorkflowDefinition,
    actor: Actor,
    context: Record<string, unknown>,
    now: Date,
    /** Whose draft it is, when not the actor's (see TransitionScope.createInstance). */
    createdBy: string | null = actor.userId,
  ): Promise<{
    row: InstanceRow;
    deadlines: DeadlineView[] | undefined;
    outbox: number;
    audit: AuditEntry;
  }> {
    const [snapshot, actions] = machineStart(definition.machine, context);
    const state = String(snapshot.value);
    const next = snapshot.context as Record<string, unknown>;
    const listing = definition.listing?.(next);
    const row = await queryOne<InstanceRow>(
      manager,
      `WITH created AS (
       INSERT INTO workflow_instances (municipality_id, kind, machine_version, state, context, search_text, created_by, created_at, updated_at, owner_unit_id, record_year, summary, state_entered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9,
         coalesce($10, (SELECT extract(year FROM $8::timestamptz AT TIME ZONE time_zone)::int FROM municipalities WHERE id = $1)), $11, $8)
       RETURNING ${INSTANCE_COLUMNS.join(', ')})
     SELECT ${instanceColumns('created')}, m.time_zone, ${calendarHeadColumns('m')}
     FROM created JOIN municipalities m ON m.id = created.municipality_id`,
      [
        actor.municipalityId,
        definition.kind,
        definition.version,
        state,
        next,
        definition.searchText(next),
        createdBy,
        now,
        listing?.unitId ?? null,
        listing?.year ?? null,
        summaryOf(definition, next),
      ],
    );
    if (!row) throw new Error('workflow_instances no devolvió la fila creada');
    const opened = await this.deadlines.open(
      manager,
      instanceFor(row),
      deadlineSpecsOf(definition, state, next),
      next,
      definition.label(next),
      now,
    );
    const obligations = await this.deadlines.applyObligations(
      manager,
      instanceFor(row),
      definition,
      obligationChanges(actions),
      definition.label(next),
      now,
      snapshot.status === 'done',
    );
    const effects = await writeOutbox(
      manager,
      effectsOf(definition, actions, next, { id: row.id, municipalityId: row.municipality_id }),
      now,
    );
    const items = workItemsOf(definition, state, next);
    if (items.length > 0)
      await this.workItems.replace(
        manager,
        {
          id: row.id,
          municipalityId: actor.municipalityId,
          kind: definition.kind,
          label: definition.label(next),
        },
        items,
        now,
      );
    return {
      row,
      // With obligations the open deadlines are more than those just opened: read them back.
      deadlines: definition.obligations ? undefined : opened.deadlines,
      outbox: opened.outbox + obligations + effects,
      audit: {
        municipalityId: actor.municipalityId,
        instanceId: row.id,
        kind: definition.kind,
        type: 'CREATE',
        from: null,
        to: state,
        actor,
        at: now,
        payload: next,
      },
    };
  }

  /**
   * Work of another module that creates instances in its own transaction (a regidor's pedido de
   * información creates the Gerencia's mandate): the module's rows, its audit, the instances with
   * their deadlines, audit and effects commit together or not at all. The calendar lock comes
   * first, as in `create`.
   */
  async createWithin<T>(actor: Actor, work: (scope: TransitionScope) => Promise<T>): Promise<T> {
    const administrator = administratorRefusal(actor);
    if (administrator) throw DomainError.of(administrator);
    let outbox = 0;
    const result = await inCalendarTransaction(
      this.dataSource,
      actor.municipalityId,
      'shared',
      async (manager) => {
        const creating = this.creatingScope(manager, actor, this.clock.now());
        const value = await work(creating.scope);
        await this.audit.append(manager, ...creating.audits);
        outbox = creating.outbox();
        return value;
      },
    );
    if (outbox) this.relay.afterCommit();
    return result;
  }

  /** A scope whose `createInstance` inserts in `manager`; the caller appends the audits it gathers. */
  private creatingScope(
    manager: EntityManager,
    actor: Actor,
    now: Date,
  ): { scope: TransitionScope; audits: AuditEntry[]; outbox: () => number } {
    const audits: AuditEntry[] = [];
    let outbox = 0;
    const scope: TransitionScope = {
      manager,
      now,
      createInstance: async (kind, context, options) => {
        const made = await this.insertInstance(
          manager,
          this.registry.current(kind),
          actor,
          context,
          now,
          options?.createdBy === undefined ? actor.userId : options.createdBy,
        );
        audits.push(made.audit);
        outbox += made.outbox;
        return made.row.id;
      },
    };
    return { scope, audits, outbox: () => outbox };
  }

  /** The caller with what the kind's policy needs to know of it (delegations in force). */
  private enrich(
    manager: EntityManager,
    definition: AnyWorkflowDefinition,
    actor: Actor,
    now: Date,
  ): Promise<Actor> | Actor {
    return definition.enrichActor && actor.userId !== null
      ? definition.enrichActor(manager, actor, now)
      : actor;
  }

  async send(
    kind: string,
    id: string,
    event: WorkflowEvent,
    actor: Actor,
    options: SendOptions = {},
  ): Promise<Replayable<WorkflowResource>> {
    const result = await inCalendarTransaction(
      this.dataSource,
      actor.municipalityId,
      'shared',
      async (manager) => {
        const replay = await this.claimKey(manager, actor, options.idempotency);
        if (replay) return replay;
        const row = await this.lock(manager, id, actor.municipalityId, kind);
        if (options.expectedVersion !== undefined && options.expectedVersion !== row.version)
          throw new DomainError(
            ErrorCode.VERSION_CONFLICT,
            `El expediente cambió: usted tiene la versión ${options.expectedVersion} y la vigente es la ${row.version}. Vuelva a cargarlo.`,
            { currentVersion: row.version },
          );
        const now = this.clock.now();
        const definition = this.registry.get(kind, row.machine_version);
        const caller = await this.enrich(manager, definition, actor, now);
        const applied = await this.applyLocked(manager, row, event, caller, now);
        const body = await this.present(
          manager,
          definition,
          applied.row,
          caller,
          applied.openDeadlines,
          applied.snapshot,
        );
        await this.storeResponse(manager, actor, options.idempotency, body);
        return { body, replayed: false, outbox: applied.outbox };
      },
    );
    if (!result.replayed) this.metrics.transitions.inc({ kind, event: event.type });
    // Only what wrote outbox rows wakes the relay; its poll is the safety net either way.
    if (result.outbox) this.relay.afterCommit();
    return result;
  }

  /**
   * An event the system sends to an instance through the outbox (`systemEvent`: an adenda's
   * outcome to its convenio, later the Concejo's Acuerdo): as the system actor, which no policy
   * limits, and only if the machine accepts it now — a redelivered job finds it applied already
   * (the machine no longer accepts it) and does nothing. Returns whether it applied.
   */
  async sendAsSystem(instanceId: string, event: WorkflowEvent): Promise<boolean> {
    const found = await queryOne<{ municipality_id: string }>(
      this.dataSource.manager,
      `SELECT municipality_id FROM workflow_instances WHERE id = $1`,
      [instanceId],
    );
    if (!found) return false;
    const actor = systemActor(found.municipality_id);
    const applied = await inCalendarTransaction(
      this.dataSource,
      found.municipality_id,
      'shared',
      async (manager) => {
        const row = await this.lock(manager, instanceId, found.municipality_id, null);
        const now = this.clock.now();
        if (!this.accepts(row, event, actor, now)) return null;
        return this.applyLocked(manager, row, event, actor, now);
      },
    );
    if (!applied) return false;
    this.metrics.transitions.inc({ kind: applied.row.kind, event: event.type });
    if (applied.outbox) this.relay.afterCommit();
    return true;
  }

  /** Locks an instance of the caller's municipality (404 otherwise) for the rest of the transaction. */
  async lock(
    manager: EntityManager,
    id: string,
    municipalityId: string | null,
    kind: string | null,
  ): Promise<InstanceRow> {
    const row = await queryOne<InstanceRow>(
      manager,
      `${SELECT_INSTANCE} WHERE i.id = $1 AND ($2::uuid IS NULL OR i.municipality_id = $2)
       AND ($3::text IS NULL OR i.kind = $3) FOR UPDATE OF i`,
      [id, municipalityId, kind],
    );
    if (!row) throw new NotFoundError('El expediente');
    return row;
  }

  /** Locks several instances, in id order (so two callers never wait on each other in a cycle). */
  lockMany(manager: EntityManager, ids: readonly string[]): Promise<InstanceRow[]> {
    return queryRows<InstanceRow>(
      manager,
      `${SELECT_INSTANCE} WHERE i.id = ANY($1::uuid[]) ORDER BY i.id FOR UPDATE OF i`,
      [ids],
    );
  }

  /** Locks, in id order, the instances of these deadline timers (the timers' pass, in one round trip). */
  lockOfTimers(manager: EntityManager, timerIds: readonly string[]): Promise<InstanceRow[]> {
    return queryRows<InstanceRow>(
      manager,
      `${SELECT_INSTANCE} WHERE i.id IN (SELECT instance_id FROM deadline_timers WHERE id = ANY($1::uuid[]))
       ORDER BY i.id FOR UPDATE OF i`,
      [timerIds],
    );
  }

  /** Whether the machine accepts the event now (for the kernel's own events, which no policy limits). */
  accepts(row: InstanceRow, event: WorkflowEvent, actor: Actor, now: Date): boolean {
    const definition = this.registry.get(row.kind, row.machine_version);
    const complete = completed(definition, event, row, actor, now);
    return complete !== null && restore(definition, row).can(complete);
  }

  /**
   * Applies an event to a locked instance: the administrator (403), machine check (409), policy
   * (403), pure transition, conditional update, deadlines and effects. Returns the audit entry: the
   * caller appends it in the same transaction (the sequencer seals it into the chain after commit).
   */
  async applyLocked(
    manager: EntityManager,
    row: InstanceRow,
    received: WorkflowEvent,
    actor: Actor,
    now: Date,
  ): Promise<Applied> {
    // The administrator never acts, whatever the state or the event: before the machine, whose
    // guards may read who sends (a VISA of a unit with no pending visa would say 409 instead).
    if (actor.userId !== null) {
      const administrator = administratorRefusal(actor);
      if (administrator) throw DomainError.of(administrator);
    }
    const definition = this.registry.get(row.kind, row.machine_version);
    const snapshot = restore(definition, row);
    // What the guards read (who, when, which addressee) is part of the event before any check.
    const request = received;
    const event = definition.complete?.(request, row, actor, now) ?? request;
    const refuse = (refused: WorkflowEvent) => {
      const why = definition.refusal?.(row.state, row.context, refused) ?? null;
      const extras = {
        state: row.state,
        allowedEvents: this.allowed(definition, snapshot, row, actor),
      };
      return isRefusal(why)
        ? DomainError.of(why, extras)
        : new DomainError(
            ErrorCode.TRANSITION_NOT_ALLOWED,
            why ?? `El evento ${refused.type} no procede en el estado ${row.state}.`,
            extras,
          );
    };
    if (!snapshot.can(event)) throw refuse(event);
    if (actor.userId !== null) {
      const decision = definition.policy(actor, event, facts(row));
      if (decision !== true)
        throw isRefusal(decision)
          ? DomainError.of(decision)
          : new DomainError(ErrorCode.FORBIDDEN, decision);
    }
    const creating = this.creatingScope(manager, actor, now);
    const created = creating.audits;
    let onBehalfOf = actor.onBehalfOf ?? null;
    let prepared = event;
    if (definition.prepare) {
      const result = await definition.prepare(creating.scope, event, facts(row), actor);
      prepared = { ...result.event, type: request.type };
      onBehalfOf = result.onBehalfOf ?? onBehalfOf;
      // The machine decides again with what was added (e.g. the instant, the unit that visas).
      if (!snapshot.can(prepared)) throw refuse(prepared);
    }
    const [next, actions] = machineStep(definition.machine, snapshot, prepared);
    const to = String(next.value);
    const context = next.context as Record<string, unknown>;
    const listing = definition.listing?.(context);
    const { type, ...payload } = prepared;
    const audit: AuditEntry = {
      municipalityId: row.municipality_id,
      instanceId: row.id,
      kind: row.kind,
      type,
      from: row.state,
      to,
      actor: { ...actor, onBehalfOf },
      at: now,
      payload,
    };
    let outbox = creating.outbox();
    // The audit rows travel with the update, in the same statement (one round trip less).
    const insert = auditInsert([...created, audit], 12, 'EXISTS (SELECT 1 FROM updated)');
    const changed = to !== row.state;
    // A change of state ends a stay: recorded with the update, for the board's times per state.
    const stay = `$${12 + insert.params.length}`;
    const updated = await queryOne<{ version: number; updated_at: Date; state_entered_at: Date }>(
      manager,
      `WITH updated AS (
         UPDATE workflow_instances SET state = $3, context = $4, search_text = $5, version = version + 1, updated_at = $6,
           owner_unit_id = CASE WHEN $9 THEN $7 ELSE owner_unit_id END,
           record_year = coalesce($8, extract(year FROM created_at AT TIME ZONE $10::text)::int), summary = $11,
           state_entered_at = CASE WHEN ${stay}::boolean THEN $6 ELSE state_entered_at END
         WHERE id = $1 AND version = $2 RETURNING version, updated_at, state_entered_at),
       audited AS (${insert.sql}),
       stayed AS (
         INSERT INTO state_stays (municipality_id, instance_id, kind, state, entered_at, left_at)
         SELECT $${13 + insert.params.length}, $1, $${14 + insert.params.length}, $${15 + insert.params.length},
                $${16 + insert.params.length}::timestamptz,
                -- A clock set back (a manual clock, a time correction) never leaves before it entered.
                GREATEST($${16 + insert.params.length}::timestamptz, $6)
         FROM updated WHERE ${stay}::boolean)
       SELECT version, updated_at, state_entered_at FROM updated`,
      [
        row.id,
        row.version,
        to,
        context,
        definition.searchText(context),
        now,
        listing?.unitId ?? null,
        listing?.year ?? null,
        listing !== undefined,
        row.time_zone,
        summaryOf(definition, context),
        ...insert.params,
        changed,
        row.municipality_id,
        row.kind,
        row.state,
        row.state_entered_at,
      ],
    );
    if (!updated)
      throw new DomainError(
        ErrorCode.VERSION_CONFLICT,
        'El expediente cambió mientras se procesaba. Vuelva a cargarlo.',
      );
    const after: InstanceRow = {
      ...row,
      state: to,
      context,
      version: updated.version,
      updated_at: updated.updated_at,
      state_entered_at: updated.state_entered_at,
    };
    let openDeadlines: DeadlineView[] | undefined;
    if (changed) {
      const opened = await this.deadlines.changeState(
        manager,
        instanceFor(after),
        deadlineSpecsOf(definition, to, context),
        context,
        definition.label(context),
        now,
        // The kernel itself sends only expiry events: a state left that way lapsed, it was not met.
        actor.userId === null,
      );
      openDeadlines = definition.obligations ? undefined : opened.deadlines;
      outbox += opened.outbox;
    }
    const changes = obligationChanges(actions);
    if (changes.length > 0 || (to !== row.state && next.status === 'done'))
      outbox += await this.deadlines.applyObligations(
        manager,
        instanceFor(after),
        definition,
        changes,
        definition.label(context),
        now,
        next.status === 'done',
      );
    outbox += await writeOutbox(
      manager,
      effectsOf(definition, actions, context, { id: row.id, municipalityId: row.municipality_id }),
      now,
    );
    await this.syncWorkItems(manager, definition, row, after, changes.length > 0, now);
    return { from: row.state, to, row: after, outbox, openDeadlines, snapshot: next };
  }

  /**
   * Stores the instance's work items again when they may have changed: other items, another label,
   * or other deadlines (a new state, an obligation opened or closed) whose due dates they copy.
   */
  private async syncWorkItems(
    manager: EntityManager,
    definition: AnyWorkflowDefinition,
    before: InstanceRow,
    after: InstanceRow,
    obligationsChanged: boolean,
    now: Date,
  ): Promise<void> {
    const previous = workItemsOf(definition, before.state, before.context);
    const current = workItemsOf(definition, after.state, after.context);
    if (previous.length === 0 && current.length === 0) return;
    const label = definition.label(after.context);
    const unchanged =
      after.state === before.state &&
      !obligationsChanged &&
      sameWorkItems(previous, current) &&
      label === definition.label(before.context);
    if (unchanged) return;
    await this.workItems.replace(
      manager,
      { id: after.id, municipalityId: after.municipality_id, kind: after.kind, label },
      current,
      now,
    );
  }

  async get(kind: string, id: string, actor: Actor): Promise<WorkflowResource> {
    const manager = this.dataSource.manager;
    const row = await this.find(kind, id, actor.municipalityId);
    const definition = this.registry.get(kind, row.machine_version);
    const caller = await this.enrich(manager, definition, actor, this.clock.now());
    return this.present(manager, definition, row, caller);
  }

  /** Every deadline of an instance of the caller's municipality, open or closed, with its alerts. */
  async schedule(kind: string, id: string, actor: Actor): Promise<DeadlineSchedule> {
    const manager = this.dataSource.manager;
    const row = await this.find(kind, id, actor.municipalityId);
    const items = await this.deadlines.scheduleOf(manager, row.id);
    const now = this.clock.now();
    const present = await this.deadlines.presenter(
      manager,
      {
        id: row.municipality_id,
        timeZone: row.time_zone,
        calendar: { code: row.calendar_code, version: row.calendar_version },
      },
      now,
    );
    return {
      today: civilDateAt(now, row.time_zone),
      items: items.map((item) => ({
        ...item,
        businessDaysLeft: item.closedAt === null ? present(item).businessDaysLeft : null,
      })),
    };
  }

  /**
   * A page of the kind's instances, as summaries. Without `q`, newest first: every filter walks its
   * own index in that order and stops at the page (keyset with `cursor`, or a bounded OFFSET with
   * `page`). With `q`, the SEARCH_WINDOW most recent matches are ranked by relevance. The total is
   * counted up to LIST_COUNT_CAP (or the search window): never every match of millions.
   */
  async list(kind: string, actor: Actor, query: ListQuery): Promise<WorkflowList> {
    const manager = this.dataSource.manager;
    const cursor =
      query.cursor === undefined ? null : decodeCursor(query.cursor, query.q !== undefined);
    const params: unknown[] = [actor.municipalityId, kind];
    const param = (value: unknown) => `$${params.push(value)}`;
    const filters = ['i.municipality_id = $1', 'i.kind = $2'];
    if (query.state !== undefined) filters.push(`i.state = ${param(query.state)}`);
    if (query.year !== undefined) filters.push(`i.record_year = ${param(query.year)}::int`);
    if (query.unitId !== undefined) filters.push(`i.owner_unit_id = ${param(query.unitId)}::uuid`);
    const offset = cursor ? 0 : (query.page - 1) * query.pageSize;
    let rows: SummaryRow[];
    let total: number;
    let totalIsEstimate: boolean;
    if (query.q === undefined) {
      const filterParams = params.length;
      const after = cursor
        ? [`(i.created_at, i.id) < (${param(cursor.at)}::timestamptz, ${param(cursor.id)}::uuid)`]
        : [];
      // The page's ids from the index alone (a deep OFFSET skips index entries, not rows), then its rows.
      rows = await queryRows<SummaryRow>(
        manager,
        `SELECT ${SUMMARY_COLUMNS}, NULL::real AS rank
           FROM (SELECT i.id FROM workflow_instances i WHERE ${[...filters, ...after].join(' AND ')}
                 ORDER BY i.created_at DESC, i.id DESC LIMIT ${param(query.pageSize + 1)} OFFSET ${param(offset)}) p
           JOIN workflow_instances i ON i.id = p.id
          ORDER BY i.created_at DESC, i.id DESC`,
        params,
      );
      const counted = await queryOne<{ n: number }>(
        manager,
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM workflow_instances i WHERE ${filters.join(' AND ')} LIMIT ${LIST_COUNT_CAP + 1}) s`,
        params.slice(0, filterParams),
      );
      const n = counted?.n ?? 0;
      total = Math.min(n, LIST_COUNT_CAP);
      totalIsEstimate = n > LIST_COUNT_CAP;
    } else {
      const q = param(query.q);
      const after = cursor
        ? `WHERE (r.rank, r.created_at, r.id) < (${param(cursor.rank)}::real, ${param(cursor.at)}::timestamptz, ${param(cursor.id)}::uuid)`
        : '';
      // The window: the most recent matches. The query is written out (not a CTE) so that the
      // planner sees the words and their frequencies: it walks the recency index for a common
      // word and the text index for a rare one. Only the window is ranked; only the page is read.
      const tsquery = `websearch_to_tsquery('spanish', ${q})`;
      rows = await queryRows<SummaryRow>(
        manager,
        `WITH candidates AS (
           SELECT i.id, i.created_at, i.search_vector FROM workflow_instances i
            WHERE ${filters.join(' AND ')} AND i.search_vector @@ ${tsquery}
            ORDER BY i.created_at DESC, i.id DESC LIMIT ${SEARCH_WINDOW + 1}),
         ranked AS (
           SELECT w.id, w.created_at, ts_rank(w.search_vector, ${tsquery}) AS rank
             FROM (SELECT * FROM candidates ORDER BY created_at DESC, id DESC LIMIT ${SEARCH_WINDOW}) w),
         page AS (
           SELECT * FROM ranked r ${after}
            ORDER BY r.rank DESC, r.created_at DESC, r.id DESC
            LIMIT ${param(query.pageSize + 1)} OFFSET ${param(offset)})
         SELECT ${SUMMARY_COLUMNS}, p.rank, (SELECT count(*)::int FROM candidates) AS matches
           FROM page p JOIN workflow_instances i ON i.id = p.id
          ORDER BY p.rank DESC, p.created_at DESC, p.id DESC`,
        params,
      );
      let n = rows[0]?.matches;
      if (n === undefined) {
        // An empty page (past the end, or nothing matched): the window's size on its own.
        const counted = await queryOne<{ n: number }>(
          manager,
          `SELECT count(*)::int AS n FROM (SELECT 1 FROM workflow_instances i
            WHERE ${filters.join(' AND ')} AND i.search_vector @@ websearch_to_tsquery('spanish', ${q}) LIMIT ${SEARCH_WINDOW + 1}) s`,
          params.slice(0, Number(q.slice(1))),
        );
        n = counted?.n ?? 0;
      }
      total = Math.min(n, SEARCH_WINDOW);
      totalIsEstimate = n > SEARCH_WINDOW;
    }
    const more = rows.length > query.pageSize;
    const page = rows.slice(0, query.pageSize);
    const last = page.at(-1);
    const deadlines = await this.deadlines.openForEach(
      manager,
      page.map((row) => row.id),
    );
    const presented =
      deadlines.size > 0
        ? await this.deadlines.presenter(manager, { id: actor.municipalityId }, this.clock.now())
        : undefined;
    return {
      items: page.map((row) =>
        this.summarize(row, presented ? (deadlines.get(row.id) ?? []).map(presented) : []),
      ),
      total,
      totalIsEstimate,
      page: query.page,
      pageSize: query.pageSize,
      nextCursor:
        more && last
          ? encodeCursor({
              at: last.cursor_at,
              id: last.id,
              ...(query.q === undefined ? {} : { rank: last.rank ?? 0 }),
            })
          : null,
    };
  }

  private summarize(row: SummaryRow, deadlines: PresentedDeadline[]): WorkflowSummary {
    const stored =
      row.summary ??
      // Written before summaries were stored: derived from the context once more.
      summaryOf(this.registry.get(row.kind, row.machine_version), row.context ?? {});
    const kernel = {
      id: row.id,
      kind: row.kind,
      state: row.state,
      version: row.version,
      label: typeof stored['label'] === 'string' ? stored['label'] : '',
      unitId: row.owner_unit_id,
      year: row.record_year,
      deadlines,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
    const fields = Object.entries(stored).filter(([key]) => !Object.hasOwn(kernel, key));
    const { id, kind, state, version, label, ...rest } = kernel;
    return { id, kind, state, version, label, ...Object.fromEntries(fields), ...rest };
  }

  /** An instance of this kind and municipality as stored, for code beside the kernel (404 otherwise). */
  async find(kind: string, id: string, municipalityId: string): Promise<InstanceRow> {
    const row = await queryOne<InstanceRow>(
      this.dataSource.manager,
      `${SELECT_INSTANCE} WHERE i.id = $1 AND i.municipality_id = $2 AND i.kind = $3`,
      [id, municipalityId, kind],
    );
    if (!row) throw new NotFoundError('El expediente');
    return row;
  }

  /** 404 unless the instance is of this kind and the caller's municipality. */
  async assertVisible(kind: string, id: string, actor: Actor): Promise<void> {
    const row = await queryOne<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM workflow_instances WHERE id = $1 AND municipality_id = $2 AND kind = $3`,
      [id, actor.municipalityId, kind],
    );
    if (!row) throw new NotFoundError('El expediente');
  }

  /** Events the machine accepts now (for some payload it declares) that this actor's policy allows. */
  private allowed(
    definition: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    row: InstanceRow,
    actor: Actor,
  ): string[] {
    if (actor.userId !== null && administratorRefusal(actor)) return [];
    const now = this.clock.now();
    const samples = definition.eventSamples?.(row.context) ?? {};
    const candidates = [...new Set(getNextTransitions(snapshot).map((t) => t.eventType))].filter(
      (type) => Object.hasOwn(definition.events, type),
    );
    return candidates.filter((type) => {
      const requests: WorkflowEvent[] = [
        { type },
        ...(samples[type] ?? []).map((s) => ({ ...s, type })),
      ];
      return requests.some((request) => {
        const event = completed(definition, request, row, actor, now);
        return (
          event !== null &&
          snapshot.can(event) &&
          definition.policy(actor, event, facts(row)) === true
        );
      });
    });
  }

  private async present(
    manager: EntityManager,
    definition: AnyWorkflowDefinition,
    row: InstanceRow,
    actor: Actor,
    /** Already read for a whole page; read here otherwise. */
    openDeadlines?: DeadlineView[],
    /** The machine's snapshot of `row`, when the caller has it (the transition just made it). */
    snapshot: AnyMachineSnapshot = restore(definition, row),
  ): Promise<WorkflowResource> {
    const open = openDeadlines ?? (await this.deadlines.openFor(manager, row.id));
    const presented =
      open.length > 0
        ? open.map(
            await this.deadlines.presenter(
              manager,
              {
                id: row.municipality_id,
                timeZone: row.time_zone,
                calendar: { code: row.calendar_code, version: row.calendar_version },
              },
              this.clock.now(),
            ),
          )
        : [];
    const kernel = {
      id: row.id,
      kind: row.kind,
      state: row.state,
      version: row.version,
      allowedEvents: this.allowed(definition, snapshot, row, actor),
      deadlines: presented,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
    // The kind's fields after the kernel's identity, and never in place of a kernel field.
    const fields = Object.entries(definition.present?.(row.context, row.id) ?? {}).filter(
      ([key]) => !Object.hasOwn(kernel, key),
    );
    const { id, kind, state, version, ...rest } = kernel;
    return { id, kind, state, version, ...Object.fromEntries(fields), ...rest };
  }

  /**
   * Claims an Idempotency-Key for this user. A concurrent first use holds the key row until it
   * commits, so the repeat waits and then gets the stored answer; the same key for another request is refused.
   */
  private async claimKey(
    manager: EntityManager,
    actor: Actor,
    idempotency: Idempotency | undefined,
  ): Promise<Replayable<WorkflowResource> | null> {
    if (!idempotency || actor.userId === null) return null;
    const claimed = await queryRows<{ key: string }>(
      manager,
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [actor.userId, idempotency.key, idempotency.requestHash],
    );
    if (claimed.length > 0) return null;
    const stored = await queryOne<{ request_hash: string; response: WorkflowResource | null }>(
      manager,
      `SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [actor.userId, idempotency.key],
    );
    if (!stored?.response || stored.request_hash !== idempotency.requestHash)
      throw new DomainError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'Esta Idempotency-Key ya se usó para otra solicitud. Use una clave nueva para cada operación.',
      );
    return { body: stored.response, replayed: true };
  }

  private async storeResponse(
    manager: EntityManager,
    actor: Actor,
    idempotency: Idempotency | undefined,
    body: WorkflowResource,
  ): Promise<void> {
    if (!idempotency || actor.userId === null) return;
    await execute(
      manager,
      `UPDATE idempotency_keys SET response = $3 WHERE user_id = $1 AND key = $2`,
      [actor.userId, idempotency.key, body],
    );
  }
}

/** The request as the guards read it; null when it cannot be one here (a sample that does not fit). */
function completed(
  definition: AnyWorkflowDefinition,
  request: WorkflowEvent,
  row: InstanceRow,
  actor: Actor,
  now: Date,
): WorkflowEvent | null {
  try {
    return definition.complete?.(request, row, actor, now) ?? request;
  } catch (error: unknown) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

function restore(definition: AnyWorkflowDefinition, row: InstanceRow): AnyMachineSnapshot {
  return definition.machine.resolveState({ value: row.state, context: row.context });
}

function instanceFor(row: InstanceRow) {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    timeZone: row.time_zone,
    calendar: { code: row.calendar_code, version: row.calendar_version },
    state: row.state,
    version: row.version,
  };
}

function effectsOf(
  definition: AnyWorkflowDefinition,
  actions: readonly { type: string; params?: unknown }[],
  context: Record<string, unknown>,
  instance: { id: string; municipalityId: string },
): OutboxMessage[] {
  return actions.flatMap(
    (action) => definition.effects?.[action.type]?.rows(context, action.params, instance) ?? [],
  );
}

interface SummaryRow {
  id: string;
  kind: string;
  machine_version: number;
  state: string;
  version: number;
  owner_unit_id: string | null;
  record_year: number | null;
  summary: Record<string, unknown> | null;
  context: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  /** created_at as PostgreSQL writes it: microseconds and offset, exact for a cursor. */
  cursor_at: string;
  rank: number | null;
  matches?: number;
}

// The context only for rows stored before summaries were (never for a page of new ones).
const SUMMARY_COLUMNS = `i.id, i.kind, i.machine_version, i.state, i.version, i.owner_unit_id, i.record_year,
  i.summary, CASE WHEN i.summary IS NULL THEN i.context END AS context, i.created_at, i.updated_at,
  i.created_at::text AS cursor_at`;

/** What the kernel stores for lists: the label and the kind's summary fields. */
function summaryOf(definition: AnyWorkflowDefinition, context: object): Record<string, unknown> {
  return { label: definition.label(context), ...(definition.summary?.(context) ?? {}) };
}

interface ListCursor {
  readonly at: string;
  readonly id: string;
  /** Present in a search's cursor (ordered by relevance). */
  readonly rank?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function badCursor(message: string): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: cursor.', {
    errors: [{ field: 'cursor', messages: [message] }],
  });
}

/** The position a `nextCursor` carries; 400 for anything else (or a search's cursor without q). */
function decodeCursor(text: string, search: boolean): ListCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const value = (parsed ?? {}) as Record<string, unknown>;
  const { at, id, rank } = value;
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    typeof at !== 'string' ||
    !TIMESTAMP.test(at) ||
    typeof id !== 'string' ||
    !UUID.test(id) ||
    (rank !== undefined && (typeof rank !== 'number' || !Number.isFinite(rank)))
  )
    throw badCursor('no es un cursor de esta lista; use el nextCursor de la página anterior');
  if (search !== (rank !== undefined))
    throw badCursor(
      search
        ? 'es de una lista sin búsqueda: úselo sin q, o empiece la búsqueda sin cursor'
        : 'es de una búsqueda: úselo con la misma q',
    );
  return rank === undefined ? { at, id } : { at, id, rank };
}
