import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '#audit';
import { CalendarService, type CivilDate, civilDateAt } from '#calendar';
import { Clock } from '#core';
import { execute, queryOne, queryRows } from '#database';
import { WorkflowRegistry } from '../workflow.registry.js';
import { assertBoardReader } from './board-roles.js';
import { bucketSql, percentileOf } from './stay-histogram.js';

/** How far ahead the board looks for deadlines, in business days. */
export const UPCOMING_BUSINESS_DAYS = 10;
const RECENT_ESCALATIONS = 10;
/** A civil day is complete for the rollup this long after it ends. */
const SETTLE_MS = 10 * 60_000;

export interface BoardUnitLoad {
  readonly unitId: string | null;
  readonly unitName: string;
  readonly total: number;
  readonly overdue: number;
}

export interface BoardPostLoad {
  readonly role: string;
  /** Who holds the post now (active users with the role). */
  readonly holders: string[];
  readonly total: number;
  readonly overdue: number;
}

export interface BoardEscalation {
  readonly instanceId: string;
  readonly kind: string;
  readonly label: string;
  readonly deadlineName: string;
  readonly dueOn: string;
  readonly level: number;
  readonly target: string;
  readonly firedAt: string;
}

export interface BoardSummary {
  readonly today: CivilDate;
  readonly waiting: {
    readonly total: number;
    readonly overdue: number;
    readonly byUnit: BoardUnitLoad[];
    readonly byPost: BoardPostLoad[];
  };
  readonly upcoming: {
    readonly until: CivilDate;
    readonly businessDays: number;
    readonly total: number;
    readonly byDay: { dueOn: string; total: number }[];
  };
  readonly signed: {
    readonly month: string;
    readonly total: number;
    readonly bySeries: { series: string; total: number }[];
  };
  readonly escalations: BoardEscalation[];
}

export interface StateTime {
  readonly kind: string;
  readonly state: string;
  readonly stays: number;
  readonly medianSeconds: number;
  readonly p90Seconds: number;
}

export interface SignedEntry {
  readonly instanceId: string;
  readonly series: string;
  readonly number: string;
  readonly assignedAt: string;
  readonly issuingUnit: string;
}

export interface Paged<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

interface Municipality {
  readonly timeZone: string;
  readonly today: CivilDate;
  readonly now: Date;
}

/**
 * The Alcaldía's tracking board: what waits on whom, what is late, what falls due soon, how long
 * files stay in each state, what was signed and what was escalated — aggregates over the kernel's
 * own indexes (work items, stays, register, timers), never a scan of the instances.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
  ) {}

  async summary(actor: Actor): Promise<BoardSummary> {
    assertBoardReader(actor);
    const manager = this.dataSource.manager;
    const place = await this.place(manager, actor.municipalityId);
    const calendar = await this.calendars.calendarFor(actor.municipalityId);
    const until = calendar.addBusinessDays(place.today, UPCOMING_BUSINESS_DAYS);
    const [loads, holders, upcoming, signed, escalations] = await Promise.all([
      queryRows<{
        unit_id: string | null;
        unit_name: string | null;
        role: string | null;
        total: number;
        overdue: number;
      }>(
        manager,
        `SELECT g.unit_id, u.name AS unit_name, g.role, g.total, g.overdue FROM (
           SELECT unit_id, role, count(*)::int AS total, count(*) FILTER (WHERE due_at < $2)::int AS overdue
           FROM work_items WHERE municipality_id = $1 GROUP BY unit_id, role) g
         LEFT JOIN units u ON u.id = g.unit_id`,
        [actor.municipalityId, place.now],
      ),
      queryRows<{
        role: string;
        full_name: string;
        unit_id: string | null;
        unit_name: string | null;
      }>(
        manager,
        `SELECT r.role, us.full_name, us.unit_id, u.name AS unit_name
         FROM users us CROSS JOIN LATERAL unnest(us.roles) AS r(role)
         LEFT JOIN units u ON u.id = us.unit_id
         WHERE us.municipality_id = $1 AND us.active AND r.role <> 'ADMIN'
         ORDER BY us.full_name`,
        [actor.municipalityId],
      ),
      queryRows<{ due_on: string; total: number }>(
        manager,
        `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, count(*)::int AS total FROM work_items
         WHERE municipality_id = $1 AND due_at >= $2 AND due_on <= $3::date
         GROUP BY due_on ORDER BY due_on`,
        [actor.municipalityId, place.now, until],
      ),
      queryRows<{ series: string; total: number }>(
        manager,
        `SELECT series, count(*)::int AS total FROM register_entries
         WHERE municipality_id = $1
           AND assigned_at >= (date_trunc('month', $2::timestamptz AT TIME ZONE $3) AT TIME ZONE $3)
           AND assigned_at <= $2
         GROUP BY series ORDER BY series`,
        [actor.municipalityId, place.now, place.timeZone],
      ),
      this.escalationRows(manager, actor.municipalityId, RECENT_ESCALATIONS, 0),
    ]);
    const unitOfRole = new Map<string, { id: string | null; name: string | null }>();
    const holdersOf = new Map<string, string[]>();
    for (const h of holders) {
      if (!unitOfRole.has(h.role)) unitOfRole.set(h.role, { id: h.unit_id, name: h.unit_name });
      holdersOf.set(h.role, [...(holdersOf.get(h.role) ?? []), h.full_name]);
    }
    // A post's items count for the unit where the post sits (the Gerente's signatures: the Gerencia).
    const byUnit = new Map<string, BoardUnitLoad>();
    const byPost = new Map<string, BoardPostLoad>();
    for (const load of loads) {
      const unit =
        load.unit_id !== null
          ? { id: load.unit_id, name: load.unit_name }
          : (unitOfRole.get(load.role ?? '') ?? { id: null, name: null });
      const key = unit.id ?? `role:${load.role}`;
      const before = byUnit.get(key);
      byUnit.set(key, {
        unitId: unit.id,
        unitName: unit.name ?? `Cargo ${load.role ?? ''} sin titular`,
        total: (before?.total ?? 0) + load.total,
        overdue: (before?.overdue ?? 0) + load.overdue,
      });
      if (load.role !== null) {
        const post = byPost.get(load.role);
        byPost.set(load.role, {
          role: load.role,
          holders: holdersOf.get(load.role) ?? [],
          total: (post?.total ?? 0) + load.total,
          overdue: (post?.overdue ?? 0) + load.overdue,
        });
      }
    }
    const heaviest = (
      a: { overdue: number; total: number },
      b: { overdue: number; total: number },
    ) => b.overdue - a.overdue || b.total - a.total;
    return {
      today: place.today,
      waiting: {
        total: loads.reduce((sum, l) => sum + l.total, 0),
        overdue: loads.reduce((sum, l) => sum + l.overdue, 0),
        byUnit: [...byUnit.values()].sort(
          (a, b) => heaviest(a, b) || a.unitName.localeCompare(b.unitName, 'es'),
        ),
        byPost: [...byPost.values()].sort(heaviest),
      },
      upcoming: {
        until,
        businessDays: UPCOMING_BUSINESS_DAYS,
        total: upcoming.reduce((sum, d) => sum + d.total, 0),
        byDay: upcoming.map((d) => ({ dueOn: d.due_on, total: d.total })),
      },
      signed: {
        month: place.today.slice(0, 7),
        total: signed.reduce((sum, s) => sum + s.total, 0),
        bySeries: signed,
      },
      escalations: escalations.items,
    };
  }

  /**
   * Median and 90th percentile of the time files stayed in each state, over the stays that ended
   * on the last `days` days (today included), from the daily histograms plus today's raw stays.
   */
  async timeInState(actor: Actor, days: number): Promise<{ days: number; items: StateTime[] }> {
    assertBoardReader(actor);
    const manager = this.dataSource.manager;
    const place = await this.place(manager, actor.municipalityId);
    const through = await this.rollUp(actor.municipalityId, place);
    const rows = await queryRows<{ kind: string; state: string; bucket: number; stays: number }>(
      manager,
      `WITH w AS (SELECT $2::date - ($3::int - 1) AS first)
       SELECT kind, state, bucket, sum(stays)::int AS stays FROM (
         SELECT kind, state, bucket, stays FROM state_stay_days, w
          WHERE municipality_id = $1 AND day >= w.first AND day <= $4::date
         UNION ALL
         SELECT kind, state, ${bucketSql('left_at - entered_at')}, 1 FROM state_stays, w
          WHERE municipality_id = $1 AND left_at <= $6
            AND left_at >= greatest(w.first::timestamp AT TIME ZONE $5, ($4::date + 1)::timestamp AT TIME ZONE $5)
       ) stays GROUP BY kind, state, bucket`,
      [actor.municipalityId, place.today, days, through, place.timeZone, place.now],
    );
    const histograms = new Map<string, Map<number, number>>();
    for (const row of rows) {
      const key = `${row.kind}\u0000${row.state}`;
      const histogram = histograms.get(key) ?? new Map<number, number>();
      histogram.set(row.bucket, row.stays);
      histograms.set(key, histogram);
    }
    const items = [...histograms.entries()].map(([key, histogram]) => {
      const [kind = '', state = ''] = key.split('\u0000');
      return {
        kind,
        state,
        stays: [...histogram.values()].reduce((sum, n) => sum + n, 0),
        medianSeconds: Math.round(percentileOf(histogram, 0.5)),
        p90Seconds: Math.round(percentileOf(histogram, 0.9)),
      };
    });
    items.sort((a, b) => a.kind.localeCompare(b.kind) || a.state.localeCompare(b.state));
    return { days, items };
  }

  /**
   * Rolls the complete days not yet rolled up into `state_stay_days` and returns the last one. A
   * day is complete 10 minutes after it ends (no transaction lasts that long). A clock moved back
   * (the manual one) unrolls the days it has not reached, so they are counted again from the stays.
   */
  private async rollUp(municipalityId: string, place: Municipality): Promise<CivilDate> {
    const manager = this.dataSource.manager;
    const target = civilDateAt(new Date(place.now.getTime() - SETTLE_MS), place.timeZone);
    // The day before the settled one (civil dates: no time zone in this arithmetic).
    const lastComplete = new Date(Date.parse(`${target}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10) as CivilDate;
    const current = await queryOne<{ through: string }>(
      manager,
      `SELECT to_char(through, 'YYYY-MM-DD') AS through FROM state_stay_rollups WHERE municipality_id = $1`,
      [municipalityId],
    );
    if (current?.through === lastComplete) return lastComplete;
    return this.dataSource.transaction(async (tx) => {
      await execute(
        tx,
        `INSERT INTO state_stay_rollups (municipality_id, through) VALUES ($1, '1900-01-01')
         ON CONFLICT (municipality_id) DO NOTHING`,
        [municipalityId],
      );
      const locked = await queryOne<{ through: string }>(
        tx,
        `SELECT to_char(through, 'YYYY-MM-DD') AS through FROM state_stay_rollups
          WHERE municipality_id = $1 FOR UPDATE`,
        [municipalityId],
      );
      const through = locked?.through ?? '1900-01-01';
      if (through > lastComplete)
        await execute(
          tx,
          `DELETE FROM state_stay_days WHERE municipality_id = $1 AND day > $2::date`,
          [municipalityId, lastComplete],
        );
      else if (through < lastComplete)
        await execute(
          tx,
          `INSERT INTO state_stay_days (municipality_id, day, kind, state, bucket, stays)
           SELECT $1, (left_at AT TIME ZONE $4)::date, kind, state, ${bucketSql('left_at - entered_at')}, count(*)
             FROM state_stays
            WHERE municipality_id = $1
              AND left_at >= ($2::date + 1)::timestamp AT TIME ZONE $4
              AND left_at < ($3::date + 1)::timestamp AT TIME ZONE $4
            GROUP BY 2, 3, 4, 5`,
          [municipalityId, through, lastComplete, place.timeZone],
        );
      await execute(
        tx,
        `UPDATE state_stay_rollups SET through = $2::date WHERE municipality_id = $1`,
        [municipalityId, lastComplete],
      );
      return lastComplete;
    });
  }

  /** What was signed this month (the register's entries), the latest first. */
  async signedThisMonth(
    actor: Actor,
    filter: { series?: string; page: number; pageSize: number },
  ): Promise<Paged<SignedEntry>> {
    assertBoardReader(actor);
    const manager = this.dataSource.manager;
    const place = await this.place(manager, actor.municipalityId);
    const where = `r.municipality_id = $1
      AND r.assigned_at >= (date_trunc('month', $2::timestamptz AT TIME ZONE $3) AT TIME ZONE $3)
      AND r.assigned_at <= $2 AND ($4::text IS NULL OR r.series = $4)`;
    const params = [actor.municipalityId, place.now, place.timeZone, filter.series ?? null];
    const [count, rows] = await Promise.all([
      queryOne<{ total: number }>(
        manager,
        `SELECT count(*)::int AS total FROM register_entries r WHERE ${where}`,
        params,
      ),
      queryRows<{
        instance_id: string;
        series: string;
        number: string;
        assigned_at: Date;
        unit_name: string;
      }>(
        manager,
        `SELECT r.instance_id, r.series, r.number, r.assigned_at, u.name AS unit_name
         FROM register_entries r JOIN units u ON u.id = r.issuing_unit_id
         WHERE ${where} ORDER BY r.assigned_at DESC, r.sequence DESC LIMIT $5 OFFSET $6`,
        [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
    ]);
    return {
      items: rows.map((r) => ({
        instanceId: r.instance_id,
        series: r.series,
        number: r.number,
        assignedAt: r.assigned_at.toISOString(),
        issuingUnit: r.unit_name,
      })),
      total: count?.total ?? 0,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }

  /** Deadlines escalated (to the superior), the latest first. */
  async escalations(
    actor: Actor,
    filter: { page: number; pageSize: number },
  ): Promise<Paged<BoardEscalation>> {
    assertBoardReader(actor);
    const page = await this.escalationRows(
      this.dataSource.manager,
      actor.municipalityId,
      filter.pageSize,
      (filter.page - 1) * filter.pageSize,
    );
    return { ...page, page: filter.page, pageSize: filter.pageSize };
  }

  private async escalationRows(
    manager: EntityManager,
    municipalityId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: BoardEscalation[]; total: number }> {
    const [count, rows] = await Promise.all([
      queryOne<{ total: number }>(
        manager,
        `SELECT count(*)::int AS total FROM deadline_timers t JOIN deadlines d ON d.id = t.deadline_id
         WHERE t.kind = 'escalation' AND t.status = 'fired' AND d.municipality_id = $1`,
        [municipalityId],
      ),
      queryRows<{
        instance_id: string;
        kind: string;
        machine_version: number;
        context: Record<string, unknown>;
        name: string;
        due_on: string;
        level: number;
        target: string;
        fired_at: Date;
      }>(
        manager,
        `SELECT d.instance_id, i.kind, i.machine_version, i.context, d.name,
                to_char(d.due_on, 'YYYY-MM-DD') AS due_on, t.level, t.target, t.fired_at
         FROM deadline_timers t JOIN deadlines d ON d.id = t.deadline_id
         JOIN workflow_instances i ON i.id = d.instance_id
         WHERE t.kind = 'escalation' AND t.status = 'fired' AND d.municipality_id = $1
         ORDER BY t.fired_at DESC, t.id DESC LIMIT $2 OFFSET $3`,
        [municipalityId, limit, offset],
      ),
    ]);
    return {
      total: count?.total ?? 0,
      items: rows.map((r) => ({
        instanceId: r.instance_id,
        kind: r.kind,
        label: this.registry.get(r.kind, r.machine_version).label(r.context),
        deadlineName: r.name,
        dueOn: r.due_on,
        level: r.level,
        target: r.target,
        firedAt: r.fired_at.toISOString(),
      })),
    };
  }

  private async place(manager: EntityManager, municipalityId: string): Promise<Municipality> {
    const row = await queryOne<{ time_zone: string }>(
      manager,
      `SELECT time_zone FROM municipalities WHERE id = $1`,
      [municipalityId],
    );
    const timeZone = row?.time_zone ?? 'America/Lima';
    const now = this.clock.now();
    return { timeZone, now, today: civilDateAt(now, timeZone) };
  }
}
