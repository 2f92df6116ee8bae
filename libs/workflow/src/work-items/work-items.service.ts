import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '#audit';
import { type BusinessCalendar, CalendarService, type CivilDate, civilDateAt } from '#calendar';
import { Clock } from '#core';
import { execute, queryOne, queryRows } from '#database';
import { DelegationsService } from '#org';
import { assertBoardReader } from '../board/board-roles.js';
import { administratorRefusal } from '../workflow.errors.js';
import { WorkflowRegistry } from '../workflow.registry.js';
import { type WorkItemRow, workItemsOf } from './work-items.js';

/** The kernel task a migration leaves when the stored items must be derived again. */
export const REBUILD_WORK_ITEMS = 'rebuild_work_items';
const REBUILD_BATCH = 500;

export interface WorkItemFilter {
  /** 'all': every item of the municipality (the board's readers only); otherwise the caller's. */
  readonly scope?: 'mine' | 'all';
  readonly kind?: string;
  /** Only those of this post (role). */
  readonly role?: string;
  readonly unitId?: string;
  /** true: only those whose term has run out; false: only those still in term (or without one). */
  readonly overdue?: boolean;
  /** Only those due on or before this civil date. */
  readonly dueBefore?: CivilDate;
  readonly page: number;
  readonly pageSize: number;
}

export interface WorkItemView {
  readonly id: string;
  readonly kind: string;
  readonly instanceId: string;
  readonly state: string;
  readonly action: string;
  readonly name: string;
  readonly label: string;
  readonly summary: Record<string, unknown> | null;
  readonly unitId: string | null;
  readonly unitName: string | null;
  readonly role: string | null;
  readonly term: {
    readonly code: string;
    readonly key: string;
    readonly name: string | null;
  } | null;
  readonly dueOn: string | null;
  readonly dueAt: string | null;
  /** Business days from today to the last day (0: it ends today); negative: days it is overdue. */
  readonly businessDaysLeft: number | null;
  readonly overdue: boolean;
  /** Since when it waits. */
  readonly since: string;
}

export interface WorkItemPage {
  readonly items: WorkItemView[];
  readonly total: number;
  readonly overdue: number;
  readonly page: number;
  readonly pageSize: number;
}

interface ItemRow {
  id: string;
  kind: string;
  instance_id: string;
  state: string;
  action: string;
  name: string;
  label: string;
  summary: Record<string, unknown> | null;
  unit_id: string | null;
  unit_name: string | null;
  role: string | null;
  term_code: string | null;
  term_key: string;
  term_name: string | null;
  due_on: string | null;
  due_at: Date | null;
  since: Date;
  overdue: boolean;
}

/** Whose items a caller sees: its unit's, its roles', and the roles it holds by delegation. */
interface Reach {
  readonly municipalityId: string;
  readonly unitId: string | null;
  readonly roles: readonly string[];
  readonly delegatedRoles: readonly string[];
}

/** The reach as SQL over `w`, its four parameters given by `param`. */
function reachSql(reach: Reach, param: (value: unknown) => string): string {
  const municipality = param(reach.municipalityId);
  const unit = param(reach.unitId);
  const roles = param(reach.roles);
  const delegated = param(reach.delegatedRoles);
  return `w.municipality_id = ${municipality} AND (
      (w.unit_id = ${unit} AND w.role IS NULL)
      OR (w.role = ANY(${roles}::text[]) AND (w.unit_id IS NULL OR w.unit_id = ${unit}))
      OR w.role = ANY(${delegated}::text[]))`;
}

/**
 * "Pendientes conmigo": the work items every kind declares (`workItems`), stored by the kernel in
 * each transition's transaction and read by unit and role through their indexes.
 */
@Injectable()
export class WorkItemsService {
  private readonly logger = new Logger(WorkItemsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: WorkflowRegistry,
    private readonly calendars: CalendarService,
    private readonly delegations: DelegationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Replaces the instance's items, in the caller's transaction (after its deadlines, whose due
   * dates they copy). An item still pending keeps the instant it began to wait.
   */
  async replace(
    manager: EntityManager,
    instance: {
      readonly id: string;
      readonly municipalityId: string;
      readonly kind: string;
      readonly label: string;
    },
    items: readonly WorkItemRow[],
    now: Date,
  ): Promise<void> {
    await execute(
      manager,
      `WITH gone AS (DELETE FROM work_items WHERE instance_id = $1
                      RETURNING action, unit_id, role, term_key, since)
       INSERT INTO work_items (municipality_id, instance_id, kind, action, name, unit_id, role, label,
         term_code, term_key, deadline_id, term_name, due_on, due_at, since)
       SELECT $2, $1, $3, x.action, x.name, x.unit_id, x.role, $4, x.term_code, x.term_key,
              d.id, d.name, d.due_on, d.due_at,
              coalesce((SELECT min(g.since) FROM gone g WHERE g.action = x.action
                          AND g.unit_id IS NOT DISTINCT FROM x.unit_id AND g.role IS NOT DISTINCT FROM x.role
                          AND g.term_key = x.term_key), $5)
       FROM jsonb_to_recordset($6::jsonb)
         AS x(action text, name text, unit_id uuid, role text, term_code text, term_key text)
       LEFT JOIN LATERAL (
         SELECT id, name, due_on, due_at FROM deadlines
         WHERE instance_id = $1 AND closed_at IS NULL AND code = x.term_code AND obligation_key = x.term_key
         ORDER BY opened_version DESC LIMIT 1) d ON true`,
      [
        instance.id,
        instance.municipalityId,
        instance.kind,
        instance.label,
        now,
        JSON.stringify(items),
      ],
    );
  }

  /** The caller's items (or, for the board, the municipality's), the earliest due first. */
  async list(actor: Actor, filter: WorkItemFilter): Promise<WorkItemPage> {
    const manager = this.dataSource.manager;
    const now = this.clock.now();
    const today = civilDateAt(now, await this.timeZoneOf(manager, actor.municipalityId));
    const params: unknown[] = [now];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (filter.scope === 'all') {
      assertBoardReader(actor);
      where.push(`w.municipality_id = ${param(actor.municipalityId)}`);
    } else where.push(reachSql(await this.reachOf(manager, actor, today), param));
    if (filter.kind !== undefined) where.push(`w.kind = ${param(filter.kind)}`);
    if (filter.role !== undefined) where.push(`w.role = ${param(filter.role)}`);
    if (filter.unitId !== undefined) {
      // A unit's load on the board counts the posts that sit in it (see BoardService).
      const unit = param(filter.unitId);
      where.push(
        filter.scope === 'all'
          ? `(w.unit_id = ${unit}::uuid OR (w.unit_id IS NULL AND w.role IN (
               SELECT r FROM users us CROSS JOIN LATERAL unnest(us.roles) r
               WHERE us.municipality_id = w.municipality_id AND us.active AND us.unit_id = ${unit}::uuid)))`
          : `w.unit_id = ${unit}::uuid`,
      );
    }
    if (filter.overdue === true) where.push(`w.due_at < $1`);
    if (filter.overdue === false) where.push(`(w.due_at IS NULL OR w.due_at >= $1)`);
    if (filter.dueBefore !== undefined) where.push(`w.due_on <= ${param(filter.dueBefore)}::date`);
    const conditions = where.join(' AND ');
    const counts = await queryOne<{ total: number; overdue: number }>(
      manager,
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE w.due_at < $1)::int AS overdue
       FROM work_items w WHERE ${conditions}`,
      params,
    );
    const rows = await queryRows<ItemRow>(
      manager,
      `SELECT w.id::text, w.kind, w.instance_id, i.state, w.action, w.name, w.label, i.summary,
              w.unit_id, u.name AS unit_name, w.role, w.term_code, w.term_key, w.term_name,
              to_char(w.due_on, 'YYYY-MM-DD') AS due_on, w.due_at, w.since,
              coalesce(w.due_at < $1, false) AS overdue
       FROM work_items w
       JOIN workflow_instances i ON i.id = w.instance_id
       LEFT JOIN units u ON u.id = w.unit_id
       WHERE ${conditions}
       ORDER BY w.due_at ASC NULLS LAST, w.id ASC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    const calendar = rows.some((r) => r.due_on !== null)
      ? await this.calendars.calendarFor(actor.municipalityId)
      : null;
    return {
      items: rows.map((row) => view(row, today, calendar)),
      total: counts?.total ?? 0,
      overdue: counts?.overdue ?? 0,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }

  /** How many the caller has, and how many are overdue, by kind: the counts of the navigation. */
  async counts(actor: Actor): Promise<{
    total: number;
    overdue: number;
    byKind: { kind: string; total: number; overdue: number }[];
  }> {
    const manager = this.dataSource.manager;
    const now = this.clock.now();
    const today = civilDateAt(now, await this.timeZoneOf(manager, actor.municipalityId));
    const params: unknown[] = [now];
    const reach = reachSql(await this.reachOf(manager, actor, today), (value) => {
      params.push(value);
      return `$${params.length}`;
    });
    const rows = await queryRows<{ kind: string; total: number; overdue: number }>(
      manager,
      `SELECT w.kind, count(*)::int AS total, count(*) FILTER (WHERE w.due_at < $1)::int AS overdue
       FROM work_items w WHERE ${reach} GROUP BY w.kind ORDER BY w.kind`,
      params,
    );
    return {
      total: rows.reduce((sum, r) => sum + r.total, 0),
      overdue: rows.reduce((sum, r) => sum + r.overdue, 0),
      byKind: rows,
    };
  }

  /**
   * Derives every instance's items again when a migration asked for it (the `kernel_tasks` row),
   * once in the deployment: whoever holds the task's row does it, the others go on.
   */
  async rebuildIfRequested(): Promise<number | null> {
    return this.dataSource.transaction(async (task) => {
      const held = await queryOne<{ name: string }>(
        task,
        `SELECT name FROM kernel_tasks WHERE name = $1 FOR UPDATE SKIP LOCKED`,
        [REBUILD_WORK_ITEMS],
      );
      if (!held) return null;
      let rebuilt = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch = await this.dataSource.transaction((manager) =>
          this.rebuildBatch(manager, after),
        );
        rebuilt += batch.rebuilt;
        if (batch.last === null) break;
        after = batch.last;
      }
      await execute(task, `DELETE FROM kernel_tasks WHERE name = $1`, [REBUILD_WORK_ITEMS]);
      if (rebuilt > 0) this.logger.log(`Pendientes derivados de nuevo: ${rebuilt} expedientes`);
      return rebuilt;
    });
  }

  private async rebuildBatch(
    manager: EntityManager,
    after: string,
  ): Promise<{ rebuilt: number; last: string | null }> {
    const rows = await queryRows<{
      id: string;
      municipality_id: string;
      kind: string;
      machine_version: number;
      state: string;
      context: Record<string, unknown>;
    }>(
      manager,
      `SELECT id, municipality_id, kind, machine_version, state, context FROM workflow_instances
       WHERE id > $1 ORDER BY id LIMIT $2 FOR UPDATE`,
      [after, REBUILD_BATCH],
    );
    const now = this.clock.now();
    let rebuilt = 0;
    for (const row of rows) {
      const definition = this.registry.get(row.kind, row.machine_version);
      const items = workItemsOf(definition, row.state, row.context);
      await this.replace(
        manager,
        {
          id: row.id,
          municipalityId: row.municipality_id,
          kind: row.kind,
          label: definition.label(row.context),
        },
        items,
        now,
      );
      if (items.length > 0) rebuilt++;
    }
    return { rebuilt, last: rows.length === REBUILD_BATCH ? (rows.at(-1)?.id ?? null) : null };
  }

  private async reachOf(manager: EntityManager, actor: Actor, today: CivilDate): Promise<Reach> {
    // The administrator never acts in a file, whatever unit it sits in: nothing is pending with it.
    if (administratorRefusal(actor))
      return { municipalityId: actor.municipalityId, unitId: null, roles: [], delegatedRoles: [] };
    const delegatedRoles =
      actor.userId === null
        ? []
        : await this.delegations.rolesHeld(manager, actor.municipalityId, actor.userId, today);
    return {
      municipalityId: actor.municipalityId,
      unitId: actor.unitId,
      roles: actor.roles,
      delegatedRoles,
    };
  }

  private async timeZoneOf(manager: EntityManager, municipalityId: string): Promise<string> {
    const row = await queryOne<{ time_zone: string }>(
      manager,
      `SELECT time_zone FROM municipalities WHERE id = $1`,
      [municipalityId],
    );
    return row?.time_zone ?? 'America/Lima';
  }
}

function view(row: ItemRow, today: CivilDate, calendar: BusinessCalendar | null): WorkItemView {
  return {
    id: row.id,
    kind: row.kind,
    instanceId: row.instance_id,
    state: row.state,
    action: row.action,
    name: row.name,
    label: row.label,
    summary: row.summary,
    unitId: row.unit_id,
    unitName: row.unit_name,
    role: row.role,
    term:
      row.term_code === null
        ? null
        : { code: row.term_code, key: row.term_key, name: row.term_name },
    dueOn: row.due_on,
    dueAt: row.due_at?.toISOString() ?? null,
    businessDaysLeft:
      row.due_on === null || calendar === null
        ? null
        : calendar.businessDaysBetween(today, row.due_on),
    overdue: row.overdue,
    since: row.since.toISOString(),
  };
}
