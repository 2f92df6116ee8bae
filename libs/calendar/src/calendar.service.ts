import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditChain } from '#audit';
import { Clock, DomainError, ErrorCode, type FieldProblem, NotFoundError } from '#core';
import { auditUserChange, MUNICIPALITY_PROFILES, type MunicipalityProfiles } from '#org';
import { BusinessCalendar } from './business-calendar.js';
import { CalendarRefusal } from './calendar.errors.js';
import { inCalendarTransaction } from './calendar-lock.js';
import type {
  CalendarChange,
  CalendarChangeListener,
  CalendarEntry,
  Deadline,
  DeadlineQuery,
  HolidayList,
  NewNonWorkingDay,
  NonWorkingDayView,
} from './calendar.types.js';
import {
  calendarChangeCause,
  DEADLINE_UNITS,
  MUNICIPAL_NON_WORKING_KINDS,
} from './calendar.types.js';
import { type CivilDate, isCivilDate } from './civil-date.js';
import { ADOPTION_SETTING, adoptionOf, undecreedDecisions } from './national-adoption.js';
import { nationalHolidays } from './national-holidays.js';
import { NonWorkingDayRecord } from './non-working-day.entity.js';

/** calendar_versions key of the rows that apply to every municipality (municipality_id NULL). */
export const NATIONAL_SCOPE = '00000000-0000-0000-0000-000000000000';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which calendar a municipality counts with: its profile code and the version of its days. */
export interface CalendarHead {
  readonly code: string;
  readonly version: number;
}

/**
 * The head as columns of a query over `municipalities` aliased `alias`, for a caller that already
 * reads the municipality after taking the calendar lock (it saves a round trip per transition).
 */
export const calendarHeadColumns = (alias: string): string =>
  `${alias}.code AS calendar_code,
   (SELECT coalesce(sum(v.version), 0) FROM calendar_versions v
     WHERE v.scope_id IN ('${NATIONAL_SCOPE}', ${alias}.id))::int AS calendar_version`;

/** One municipality's calendar at one version. */
interface Snapshot {
  readonly version: number;
  readonly calendar: BusinessCalendar;
  readonly entries: (year: number) => CalendarEntry[];
}

export function nonWorkingDayView(record: NonWorkingDayRecord): NonWorkingDayView {
  return {
    id: record.id,
    date: record.date,
    name: record.name,
    kind: record.kind,
    source: record.source,
    scope: record.municipalityId === null ? 'nacional' : 'municipal',
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    removedAt: record.removedAt?.toISOString() ?? null,
    removedBy: record.removedBy,
    removedVersion: record.removedVersion,
  };
}

/**
 * Each municipality's business calendar (D1): national feriados (computed), the active rows of the
 * non-working-day table (the national días no laborables it adopts, and its own) and the regional
 * days of its profile.
 */
@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly cache = new Map<string, Snapshot>();
  private readonly listeners: CalendarChangeListener[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
    private readonly audit: AuditChain,
  ) {}

  /**
   * Every profile decision on a national día no laborable names a day the national table holds
   * (after the migrations ran): a mistyped date would otherwise leave the decreed day adopted by
   * default, and terms counted with it, without anyone noticing.
   */
  async onApplicationBootstrap(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT date::text AS date FROM non_working_days
        WHERE municipality_id IS NULL AND removed_at IS NULL`,
    )) as Array<{ date: CivilDate }>;
    const problems = undecreedDecisions(this.profiles, new Set(rows.map((r) => r.date)));
    if (problems.length > 0)
      throw new Error(`Perfil inválido (${ADOPTION_SETTING}, D1):\n  - ${problems.join('\n  - ')}`);
  }

  /** Called inside every calendar change's transaction. Returns a function that unregisters it. */
  onChange(listener: CalendarChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /** With a manager (inside a transaction) it reads fresh through it and caches nothing. */
  async calendarFor(municipalityId: string, manager?: EntityManager): Promise<BusinessCalendar> {
    return (await this.snapshot(municipalityId, manager)).calendar;
  }

  /**
   * For a transaction that reads the calendar but does not change it (a workflow transition):
   * every read goes through its own connection, never a second one from the pool — a transaction
   * that holds a connection and waits for another deadlocks the pool once all are held that way.
   * The cached snapshot is reused when the version read through the transaction matches.
   */
  async calendarWithin(
    manager: EntityManager,
    municipalityId: string,
    /** Read through `manager` after the calendar lock, if the caller has it already. */
    known?: CalendarHead,
  ): Promise<BusinessCalendar> {
    const head = known ?? (await this.head(manager, municipalityId));
    const cached = this.cache.get(municipalityId);
    if (cached?.version === head.version) return cached.calendar;
    const fresh = await this.load(manager, municipalityId, head);
    // Versions only grow: the same version after the rows means none changed between the reads.
    if ((await this.head(manager, municipalityId)).version === head.version)
      this.cache.set(municipalityId, fresh);
    return fresh.calendar;
  }

  async holidays(municipalityId: string, year: number): Promise<HolidayList> {
    const snapshot = await this.snapshot(municipalityId);
    return { year, version: snapshot.version, items: snapshot.entries(year) };
  }

  /** Day 1 of a term in business days is the first business day after `from` (D2). */
  async deadline(municipalityId: string, query: DeadlineQuery): Promise<Deadline> {
    const unit = query.unit ?? 'business';
    const problems: FieldProblem[] = [];
    if (!isCivilDate(query.from))
      problems.push({ field: 'from', messages: ['debe ser una fecha válida (AAAA-MM-DD)'] });
    if (!Number.isInteger(query.days) || query.days < 1 || query.days > 3650)
      problems.push({ field: 'days', messages: ['debe ser un número entero entre 1 y 3650'] });
    if (!DEADLINE_UNITS.includes(unit))
      problems.push({ field: 'unit', messages: ['no es un valor permitido'] });
    invalidIf(problems);
    const calendar = await this.calendarFor(municipalityId);
    const due =
      unit === 'business'
        ? calendar.addBusinessDays(query.from, query.days)
        : calendar.addCalendarDays(query.from, query.days);
    return { from: query.from, days: query.days, unit, due };
  }

  /** Adds a municipal non-working day; one transaction: row, version, listeners. */
  async addNonWorkingDay(
    municipalityId: string,
    input: NewNonWorkingDay,
    actorUserId: string,
  ): Promise<NonWorkingDayView> {
    const day = validNewDay(input);
    const view = await inCalendarTransaction(
      this.dataSource,
      municipalityId,
      'exclusive',
      async (manager) => {
        const version = await this.bumpVersion(manager, municipalityId);
        const calendar = await this.calendarFor(municipalityId, manager);
        const reason = calendar.reasonNotBusiness(day.date);
        if (reason !== null) {
          const listed = calendar.nonWorkingDay(day.date);
          throw new DomainError(
            CalendarRefusal.DAY_ALREADY_NON_WORKING,
            `El ${day.date} ya es un día inhábil (${listed ? `${listed.name}, ${listed.source}` : reason}): no se agregó; ningún plazo en días hábiles lo cuenta (TUO de la Ley 27444, Art. 145.1).`,
            { date: day.date, reason },
          );
        }
        const repository = manager.getRepository(NonWorkingDayRecord);
        const record = await repository.save(
          repository.create({
            municipalityId,
            ...day,
            version,
            createdAt: this.clock.now(),
            createdBy: actorUserId,
            removedAt: null,
            removedBy: null,
            removedVersion: null,
          }),
        );
        const added = nonWorkingDayView(record);
        await this.notify(manager, {
          municipalityId,
          action: 'added',
          day: added,
          version,
          actorUserId,
        });
        return added;
      },
    );
    this.cache.delete(municipalityId);
    return view;
  }

  /**
   * Marks a municipal non-working day removed (rows are never deleted); one transaction as above.
   * Another municipality's row answers 404: nobody learns that it exists.
   */
  async removeNonWorkingDay(
    municipalityId: string,
    id: string,
    actorUserId: string,
  ): Promise<NonWorkingDayView> {
    if (!UUID.test(id)) throw new NotFoundError('El día no laborable');
    const view = await inCalendarTransaction(
      this.dataSource,
      municipalityId,
      'exclusive',
      async (manager) => {
        const version = await this.bumpVersion(manager, municipalityId);
        const repository = manager.getRepository(NonWorkingDayRecord);
        const record = await repository.findOne({ where: { id } });
        if (
          !record ||
          record.removedAt !== null ||
          (record.municipalityId !== null && record.municipalityId !== municipalityId)
        ) {
          throw new NotFoundError('El día no laborable');
        }
        if (record.municipalityId === null) {
          throw new DomainError(
            CalendarRefusal.NATIONAL_DAY_NOT_REMOVABLE,
            `El ${record.date} es un día no laborable del sector público declarado para todo el país (${record.source}): una municipalidad no lo retira de la tabla nacional. Si no lo adopta, lo registra en su perfil (${ADOPTION_SETTING}.decisions, adopted: false, con su Decreto o Resolución de Alcaldía): solo los días no laborables del servicio se excluyen del plazo (TUO de la Ley 27444, Art. 145.1).`,
          );
        }
        record.removedAt = this.clock.now();
        record.removedBy = actorUserId;
        record.removedVersion = version;
        await repository.update(
          { id },
          { removedAt: record.removedAt, removedBy: actorUserId, removedVersion: version },
        );
        const removed = nonWorkingDayView(record);
        await this.notify(manager, {
          municipalityId,
          action: 'removed',
          day: removed,
          version,
          actorUserId,
        });
        return removed;
      },
    );
    this.cache.delete(municipalityId);
    return view;
  }

  /** The change goes into the municipality's audit chain first, then listeners run (deadline recounts). */
  private async notify(manager: EntityManager, change: CalendarChange): Promise<void> {
    await auditUserChange(this.audit, manager, {
      municipalityId: change.municipalityId,
      actorUserId: change.actorUserId,
      type: change.action === 'added' ? 'calendar.day_added' : 'calendar.day_removed',
      at: this.clock.now(),
      payload: { ...calendarChangeCause(change), nonWorkingDayId: change.day.id },
    });
    for (const listener of [...this.listeners]) await listener(manager, change);
  }

  /** Raises the municipality's calendar version by one and returns it (national + own counter). */
  private async bumpVersion(manager: EntityManager, municipalityId: string): Promise<number> {
    const [row] = (await manager.query(
      `WITH own AS (
         INSERT INTO calendar_versions (scope_id, version, updated_at) VALUES ($1, 1, $3)
         ON CONFLICT (scope_id) DO UPDATE
           SET version = calendar_versions.version + 1, updated_at = EXCLUDED.updated_at
         RETURNING version)
       SELECT own.version + coalesce((SELECT version FROM calendar_versions WHERE scope_id = $2), 0)
              AS version
         FROM own`,
      [municipalityId, NATIONAL_SCOPE, this.clock.now()],
    )) as Array<{ version: number }>;
    return Number(row?.version);
  }

  /**
   * Without a manager the snapshot is cached per municipality and checked against the stored
   * version on every call (one indexed read): other processes (API replicas, the worker) may
   * have changed the calendar, and a stale calendar would compute wrong legal deadlines.
   */
  private async snapshot(municipalityId: string, manager?: EntityManager): Promise<Snapshot> {
    if (manager)
      return this.load(manager, municipalityId, await this.head(manager, municipalityId));
    const head = await this.head(this.dataSource.manager, municipalityId);
    const cached = this.cache.get(municipalityId);
    if (cached?.version === head.version) return cached;
    // Version and rows from one snapshot of the database, so the cached label matches the content.
    const fresh = await this.dataSource.transaction('REPEATABLE READ', async (tx) =>
      this.load(tx, municipalityId, await this.head(tx, municipalityId)),
    );
    this.cache.set(municipalityId, fresh);
    return fresh;
  }

  private async head(manager: EntityManager, municipalityId: string): Promise<CalendarHead> {
    if (!UUID.test(municipalityId)) throw new NotFoundError('La municipalidad');
    const [row] = (await manager.query(
      `SELECT ${calendarHeadColumns('m')} FROM municipalities m WHERE m.id = $1`,
      [municipalityId],
    )) as Array<{ calendar_code: string; calendar_version: number }>;
    if (!row) throw new NotFoundError('La municipalidad');
    return { code: row.calendar_code, version: row.calendar_version };
  }

  private async load(
    manager: EntityManager,
    municipalityId: string,
    head: CalendarHead,
  ): Promise<Snapshot> {
    const rows = await manager
      .getRepository(NonWorkingDayRecord)
      .createQueryBuilder('d')
      .where('d.removed_at IS NULL')
      .andWhere('(d.municipality_id IS NULL OR d.municipality_id = :municipalityId)', {
        municipalityId,
      })
      .getMany();
    const profile = this.profiles.find((p) => p.code === head.code);
    const regional = profile?.regionalHolidays ?? [];

    const byYear = new Map<number, CalendarEntry[]>();
    const entries = (year: number): CalendarEntry[] => {
      let list = byYear.get(year);
      if (!list) {
        const prefix = `${year}-`;
        const pad = (n: number) => String(n).padStart(2, '0');
        // One entry per date; on a clash the first listed wins: law, then decrees, then local days.
        const byDate = new Map<CivilDate, CalendarEntry>();
        const candidates: CalendarEntry[] = [
          ...nationalHolidays(year).map((d) => ({ ...d, id: null, scope: 'nacional' as const })),
          ...rows
            .filter((r) => r.date.startsWith(prefix))
            .sort((a, b) => Number(a.municipalityId !== null) - Number(b.municipalityId !== null))
            .map(({ id, date, name, kind, source, municipalityId: owner }) =>
              owner === null
                ? // Decreed by DS for the public sector: the municipality decides whether it adopts it.
                  {
                    id,
                    date,
                    name,
                    kind,
                    source,
                    scope: 'nacional' as const,
                    adoption: adoptionOf(profile, date),
                  }
                : { id, date, name, kind, source, scope: 'municipal' as const },
            ),
          ...regional.map((h) => ({
            id: null,
            date: `${year}-${pad(h.month)}-${pad(h.day)}`,
            name: h.name,
            kind: 'feriado_regional' as const,
            source: h.source,
            scope: 'municipal' as const,
          })),
        ];
        const adopted = candidates.filter((entry) => entry.adoption?.adopted !== false);
        for (const entry of adopted) if (!byDate.has(entry.date)) byDate.set(entry.date, entry);
        // A decreed day it does not adopt is listed, as a business day, unless the date is taken.
        for (const entry of candidates)
          if (entry.adoption?.adopted === false && !byDate.has(entry.date))
            byDate.set(entry.date, entry);
        list = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
        byYear.set(year, list);
      }
      return list.map((entry) => ({ ...entry }));
    };
    const nonWorking = (year: number) =>
      entries(year).filter((entry) => entry.adoption?.adopted !== false);
    return { version: head.version, calendar: new BusinessCalendar(nonWorking), entries };
  }
}

function invalidIf(problems: FieldProblem[]): void {
  if (problems.length > 0) {
    throw new DomainError(
      ErrorCode.VALIDATION_FAILED,
      `Datos inválidos en: ${problems.map((p) => p.field).join(', ')}.`,
      { errors: problems },
    );
  }
}

/** The HTTP layer validates too; this guards every other caller (the kernel, scripts). */
function validNewDay(input: NewNonWorkingDay): Required<NewNonWorkingDay> {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const source = typeof input.source === 'string' ? input.source.trim() : '';
  const kind = input.kind ?? 'dia_no_laborable';
  const problems: FieldProblem[] = [];
  if (!isCivilDate(input.date))
    problems.push({ field: 'date', messages: ['debe ser una fecha válida (AAAA-MM-DD)'] });
  if (!name) problems.push({ field: 'name', messages: ['es obligatorio'] });
  if (!source) problems.push({ field: 'source', messages: ['es obligatorio'] });
  if (!MUNICIPAL_NON_WORKING_KINDS.includes(kind))
    problems.push({ field: 'kind', messages: ['no es un valor permitido'] });
  invalidIf(problems);
  return { date: input.date, name, source, kind };
}
