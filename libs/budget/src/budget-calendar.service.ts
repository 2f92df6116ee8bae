import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, systemActor } from '#audit';
import { type CivilDate, CalendarService, civilDateAt } from '#calendar';
import { Clock, DomainError, ErrorCode, type FieldProblem, NotFoundError, refuse } from '#core';
import { execute, queryOne, queryRows as query } from '#database';
import {
  type BudgetDocumentProfile,
  type BudgetProfile,
  MUNICIPALITY_PROFILES,
  type MunicipalityProfiles,
  OrgDirectory,
  phaseDueOn,
  UnitKind,
} from '#org';
import { OutboxRelay, systemEvent, WorkflowEngine, writeOutbox } from '#workflow';
import { BudgetRefusal } from './budget.errors.js';
import {
  APPROVED_STATES,
  type CalendarItem,
  calendarItem,
  ITEM_ROWS,
  type ItemRow,
} from './budget-calendar-items.js';
import { type BudgetReviewContext, phasesOf } from './budget-review.machine.js';
import { BUDGET_REVIEWS } from './budget-reviews.definition.js';

export interface CalendarYear {
  readonly year: number;
  readonly today: CivilDate;
  readonly items: CalendarItem[];
}

export interface SeedResult extends CalendarYear {
  /** Documents created by this call (0 when the year was seeded already). */
  readonly created: number;
}

export interface DateVersion {
  readonly version: number;
  readonly dueOn: CivilDate | null;
  readonly basis: string;
  readonly source: 'perfil' | 'admin' | 'encadenado';
  readonly recordedBy: string | null;
  readonly recordedAt: string;
  /** The phase whose date it is (null: the document's). */
  readonly phase: string | null;
}

const invalid = (errors: FieldProblem[]) =>
  new DomainError(
    ErrorCode.VALIDATION_FAILED,
    `Datos inválidos en: ${errors.map((e) => e.field).join(', ')}.`,
    { errors },
  );

/** The business days of a chained deadline in a fiscal year: the regime in force that year. */
export function chainedTerm(
  doc: BudgetDocumentProfile,
  year: number,
): { businessDays: number; basis: string } | null {
  const d = doc.deadline;
  if (d.after === undefined || d.businessDays === undefined) return null;
  const regime = [...(d.regimes ?? [])]
    .filter((r) => r.fromYear <= year)
    .sort((a, b) => b.fromYear - a.fromYear)[0];
  return regime
    ? { businessDays: regime.businessDays, basis: regime.basis }
    : { businessDays: d.businessDays, basis: doc.basis };
}

/** A fixed deadline of fiscal year N: MM-DD of N + yearOffset. */
export const fixedDueOn = (doc: BudgetDocumentProfile, year: number): CivilDate | null =>
  doc.deadline.fixed !== undefined
    ? `${year + (doc.deadline.yearOffset ?? 0)}-${doc.deadline.fixed}`
    : null;

/**
 * The management calendar of each fiscal year (issue 16): seeded by the ADMIN from the profile's
 * `budget:` rules as one `budget-reviews` instance per document (created as the system), its dates
 * versioned with their legal source, and read as a year's view with each item's status.
 */
@Injectable()
export class BudgetCalendar {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly engine: WorkflowEngine,
    private readonly calendar: CalendarService,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
  ) {}

  async profileOf(manager: EntityManager, municipalityId: string): Promise<BudgetProfile> {
    const municipality = await this.directory.municipality(manager, municipalityId);
    const profile = this.profiles.find((p) => p.code === municipality.code);
    if (!profile) throw new Error(`Sin perfil para la municipalidad ${municipality.code}`);
    return profile.budget;
  }

  private async checkYear(manager: EntityManager, municipalityId: string, year: number) {
    const budget = await this.profileOf(manager, municipalityId);
    const { from, to } = budget.fiscalYears;
    if (!Number.isInteger(year) || year < from || year > to)
      throw invalid([
        {
          field: 'year',
          messages: [`el perfil de la municipalidad cubre los años fiscales ${from} a ${to}`],
        },
      ]);
    return budget;
  }

  /** Creates the year's documents not yet there (idempotent), as the system; ADMIN calls it. */
  async seed(actor: Actor, year: number): Promise<SeedResult> {
    const municipalityId = actor.municipalityId;
    const budget = await this.checkYear(this.dataSource.manager, municipalityId, year);
    const municipality = await this.directory.municipality(this.dataSource.manager, municipalityId);
    const units = await this.directory.units(this.dataSource.manager, municipalityId);
    const byCode = (code: string) => units.find((u) => u.code === code)?.id;
    const byKind = (kind: string) => units.find((u) => u.kind === kind)?.id;
    const budgetUnitId = byKind(UnitKind.planeamiento_presupuesto);
    const managementUnitId = byKind(UnitKind.gerencia_municipal);
    const mayorUnitId = byKind(UnitKind.alcaldia);
    if (!budgetUnitId || !managementUnitId || !mayorUnitId)
      throw new Error('El organigrama no tiene planeamiento y presupuesto, gerencia o alcaldía');
    const now = this.clock.now();
    const created = await this.engine.createWithin(systemActor(municipalityId), async (scope) => {
      const { manager } = scope;
      // Two seeds of one year at once: the second waits and finds the documents there.
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `budget-seed:${municipalityId}:${year}`,
      ]);
      const existing = new Set(
        (
          await query<{ document_code: string }>(
            manager,
            `SELECT document_code FROM budget_calendar_dates
              WHERE municipality_id = $1 AND fiscal_year = $2 AND version = 1 AND phase IS NULL`,
            [municipalityId, year],
          )
        ).map((r) => r.document_code),
      );
      const ids = new Map<string, string>();
      // Chained documents first: their predecessors name them as successors.
      const ordered = [...budget.documents].sort(
        (a, b) => Number(b.deadline.after !== undefined) - Number(a.deadline.after !== undefined),
      );
      let count = 0;
      for (const doc of ordered) {
        if (existing.has(doc.code)) continue;
        const responsibleUnitId = byCode(doc.responsibleUnit);
        if (!responsibleUnitId) throw new Error(`Unidad desconocida ${doc.responsibleUnit}`);
        const chained = chainedTerm(doc, year);
        const dueOn = fixedDueOn(doc, year);
        const basis = chained?.basis ?? doc.basis;
        const context: BudgetReviewContext = {
          timeZone: municipality.timeZone,
          fiscalYear: year,
          documentCode: doc.code,
          documentName: doc.name,
          basis: doc.basis,
          verify: doc.verify === true || (chained !== null && basis !== doc.basis),
          responsibleUnitId,
          budgetUnitId,
          managementUnitId,
          mayorUnitId,
          authority: doc.approval.authority,
          councilItemType: doc.approval.councilItemType ?? null,
          fundingSource: doc.fundingSource === true,
          mayorFallbackAfter: doc.mayorFallback ? dueOn : null,
          chainedAfter: doc.deadline.after ?? null,
          chainedBusinessDays: chained?.businessDays ?? null,
          successors: budget.documents
            .filter((d) => d.deadline.after === doc.code)
            .map((d) => ids.get(d.code))
            .filter((id): id is string => id !== undefined),
          dueOn,
          dueBasis: basis,
          missed: false,
          versions: [],
          observations: [],
          acceptance: null,
          conformity: null,
          councilReferral: null,
          agreement: null,
          resolution: null,
          approvedOn: null,
          publication: null,
          phases: (doc.phases ?? []).map((phase) => ({
            code: phase.code,
            name: phase.name,
            dueOn: phaseDueOn(phase, year),
            basis: phase.basis,
            verify: phase.verify === true,
            missed: false,
            completion: null,
          })),
        };
        const id = await scope.createInstance(BUDGET_REVIEWS, { ...context });
        ids.set(doc.code, id);
        await insertDate(manager, {
          municipalityId,
          instanceId: id,
          year,
          code: doc.code,
          version: 1,
          dueOn,
          basis,
          source: 'perfil',
          recordedBy: actor.userId,
          at: now,
        });
        for (const phase of context.phases ?? [])
          await insertDate(manager, {
            municipalityId,
            instanceId: id,
            year,
            code: doc.code,
            phase: phase.code,
            version: 1,
            dueOn: phase.dueOn,
            basis: phase.basis,
            source: 'perfil',
            recordedBy: actor.userId,
            at: now,
          });
        count++;
      }
      return count;
    });
    return { ...(await this.year(actor, year)), created };
  }

  /** A new version of a document's date, with its legal source; the instance re-arms its deadline. */
  async changeDate(
    actor: Actor,
    instanceId: string,
    change: { dueOn: CivilDate; basis: string; phase?: string },
  ): Promise<CalendarItem> {
    const municipalityId = actor.municipalityId;
    const outbox = await this.dataSource.transaction(async (manager) => {
      const item = await queryOne<{
        state: string;
        fiscal_year: number;
        document_code: string;
        context: BudgetReviewContext;
      }>(
        manager,
        `SELECT w.state, w.context, d.fiscal_year, d.document_code
           FROM workflow_instances w
           JOIN budget_calendar_dates d ON d.instance_id = w.id AND d.version = 1 AND d.phase IS NULL
          WHERE w.id = $1 AND w.municipality_id = $2 AND w.kind = $3
          FOR UPDATE OF w`,
        [instanceId, municipalityId, BUDGET_REVIEWS],
      );
      if (!item) throw new NotFoundError('El documento del calendario');
      if (APPROVED_STATES.includes(item.state))
        throw DomainError.of(
          refuse(
            BudgetRefusal.ITEM_CLOSED,
            'El documento ya fue aprobado: su plazo está cumplido y la fecha no se cambia.',
          ),
        );
      const phase = change.phase;
      if (phase !== undefined) {
        const found = phasesOf(item.context).find((p) => p.code === phase);
        if (!found)
          throw invalid([
            { field: 'phase', messages: [`no es una fase de ${item.context.documentName}`] },
          ]);
        if (found.completion !== null)
          throw DomainError.of(
            refuse(
              BudgetRefusal.ITEM_CLOSED,
              `La fase «${found.name}» ya está cumplida: su fecha no se cambia.`,
            ),
          );
      }
      const last = await queryOne<{ version: number }>(
        manager,
        `SELECT max(version)::int AS version FROM budget_calendar_dates
          WHERE instance_id = $1 AND phase IS NOT DISTINCT FROM $2`,
        [instanceId, phase ?? null],
      );
      await insertDate(manager, {
        municipalityId,
        instanceId,
        year: item.fiscal_year,
        code: item.document_code,
        ...(phase !== undefined ? { phase } : {}),
        version: (last?.version ?? 0) + 1,
        dueOn: change.dueOn,
        basis: change.basis,
        source: 'admin',
        recordedBy: actor.userId,
        at: this.clock.now(),
      });
      return writeOutbox(
        manager,
        [
          systemEvent(
            instanceId,
            phase !== undefined
              ? { type: 'PHASE_DATE_CHANGED', phase, dueOn: change.dueOn, basis: change.basis }
              : { type: 'DATE_CHANGED', dueOn: change.dueOn, basis: change.basis },
          ),
        ],
        this.clock.now(),
      );
    });
    if (outbox) this.relay.afterCommit();
    const year = await this.yearOf(municipalityId, instanceId);
    const found = (await this.year(actor, year)).items.find((i) => i.id === instanceId);
    if (!found) throw new NotFoundError('El documento del calendario');
    return found;
  }

  /** Every date version of a document, oldest first. */
  async dates(actor: Actor, instanceId: string): Promise<DateVersion[]> {
    const rows = await query<{
      version: number;
      due_on: string | null;
      basis: string;
      source: DateVersion['source'];
      recorded_by: string | null;
      recorded_at: Date;
      phase: string | null;
    }>(
      this.dataSource.manager,
      `SELECT version, to_char(due_on, 'YYYY-MM-DD') AS due_on, basis, source, recorded_by, recorded_at,
              phase
         FROM budget_calendar_dates WHERE instance_id = $1 AND municipality_id = $2
        ORDER BY phase NULLS FIRST, version`,
      [instanceId, actor.municipalityId],
    );
    if (rows.length === 0) throw new NotFoundError('El documento del calendario');
    return rows.map((r) => ({
      version: r.version,
      dueOn: r.due_on,
      basis: r.basis,
      source: r.source,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at.toISOString(),
      phase: r.phase,
    }));
  }

  private async yearOf(municipalityId: string, instanceId: string): Promise<number> {
    const row = await queryOne<{ fiscal_year: number }>(
      this.dataSource.manager,
      `SELECT fiscal_year FROM budget_calendar_dates
        WHERE instance_id = $1 AND municipality_id = $2 AND version = 1 AND phase IS NULL`,
      [instanceId, municipalityId],
    );
    if (!row) throw new NotFoundError('El documento del calendario');
    return row.fiscal_year;
  }

  /** The year's documents with their date in force, its source and their status today. */
  async year(actor: Actor, year: number): Promise<CalendarYear> {
    const municipalityId = actor.municipalityId;
    await this.checkYear(this.dataSource.manager, municipalityId, year);
    const municipality = await this.directory.municipality(this.dataSource.manager, municipalityId);
    const today = civilDateAt(this.clock.now(), municipality.timeZone);
    const calendar = await this.calendar.calendarFor(municipalityId);
    const rows = await query<ItemRow>(
      this.dataSource.manager,
      `${ITEM_ROWS} AND first.fiscal_year = $3
        ORDER BY d.due_on NULLS LAST, w.context->>'documentCode'`,
      [municipalityId, BUDGET_REVIEWS, year],
    );
    const items = rows.map((r) => calendarItem(r, today, calendar));
    return { year, today, items };
  }
}

/** One version of a document's date (the table keeps them all). */
export async function insertDate(
  manager: EntityManager,
  d: {
    municipalityId: string;
    instanceId: string;
    year: number;
    code: string;
    /** A phase's date (null or absent: the document's own). */
    phase?: string;
    version: number;
    dueOn: CivilDate | null;
    basis: string;
    source: DateVersion['source'];
    recordedBy: string | null;
    at: Date;
  },
): Promise<void> {
  await execute(
    manager,
    `INSERT INTO budget_calendar_dates (municipality_id, instance_id, fiscal_year, document_code,
       version, due_on, basis, source, recorded_by, recorded_at, phase)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      d.municipalityId,
      d.instanceId,
      d.year,
      d.code,
      d.version,
      d.dueOn,
      d.basis,
      d.source,
      d.recordedBy,
      d.at,
      d.phase ?? null,
    ],
  );
}
