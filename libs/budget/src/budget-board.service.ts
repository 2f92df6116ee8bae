import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#audit';
import { type CivilDate, CalendarService, civilDateAt } from '#calendar';
import { Clock, exactCents, formatSoles } from '#core';
import { queryOne, queryRows } from '#database';
import { modificationsUnderReview } from '#budget-modifications';
import { OrgDirectory } from '#org';
import { assertBoardReader } from '#workflow';
import {
  APPROVED_STATES,
  type CalendarItem,
  calendarItem,
  ITEM_ROWS,
  type ItemRow,
} from './budget-calendar-items.js';
import { BudgetCalendar } from './budget-calendar.service.js';
import { BUDGET_REVIEWS } from './budget-reviews.definition.js';

/** Presented and under review: by OPP, the Gerente, the Alcalde or the Concejo. */
export const REVIEW_STATES: readonly string[] = [
  'opp_review',
  'management_review',
  'mayor_review',
  'awaiting_council',
];

export interface BoardDocument extends Pick<
  CalendarItem,
  | 'id'
  | 'documentCode'
  | 'documentName'
  | 'state'
  | 'responsibleUnitId'
  | 'responsibleUnit'
  | 'dueBasis'
  | 'chainedAfter'
  | 'status'
> {
  readonly fiscalYear: number;
  readonly dueOn: CivilDate;
  /** The predecessor's name (e.g. the PIA's) when the date is chained to its approval. */
  readonly chainedAfterName: string | null;
  /** The business days after the predecessor's approval, when chained. */
  readonly chainedBusinessDays: number | null;
}

export interface AmountUnderReview {
  readonly count: number;
  /** Exact integer céntimos. */
  readonly amountCents: number;
  /** `S/ 1,234,567.89`, the #core format. */
  readonly amount: string;
}

export interface BudgetBoardPage {
  readonly today: CivilDate;
  readonly counts: { readonly late: number; readonly atRisk: number; readonly onTime: number };
  readonly underReview: {
    readonly documents: AmountUnderReview;
    readonly modifications: AmountUnderReview;
  };
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly items: BoardDocument[];
}

const tally = (t: { count: number; amountCents: number }): AmountUnderReview => ({
  count: t.count,
  amountCents: t.amountCents,
  amount: formatSoles(t.amountCents),
});

/**
 * «Documentos de gestión» on the Alcaldía's board (issue 16): the documents of every seeded fiscal
 * year not yet approved that have a last day, the soonest first, with the calendar's status; and
 * the money under review (documents presented and budget modifications not yet decided).
 */
@Injectable()
export class BudgetBoard {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly calendar: CalendarService,
    private readonly budgetCalendar: BudgetCalendar,
    private readonly clock: Clock,
  ) {}

  async board(actor: Actor, page: { page: number; pageSize: number }): Promise<BudgetBoardPage> {
    assertBoardReader(actor);
    const manager = this.dataSource.manager;
    const municipalityId = actor.municipalityId;
    const municipality = await this.directory.municipality(manager, municipalityId);
    const today = civilDateAt(this.clock.now(), municipality.timeZone);
    const calendar = await this.calendar.calendarFor(municipalityId);
    const names = new Map<string, string>(
      (await this.budgetCalendar.profileOf(manager, municipalityId)).documents.map((d) => [
        d.code,
        d.name,
      ]),
    );
    // A handful of documents per seeded year: every open one is read for the counts (the status
    // rule is the calendar's, in code), and the page is cut from them.
    const rows = await queryRows<ItemRow>(
      manager,
      `${ITEM_ROWS} AND w.state <> ALL($3::text[]) AND d.due_on IS NOT NULL
        ORDER BY d.due_on, first.fiscal_year, w.context->>'documentCode', w.id`,
      [municipalityId, BUDGET_REVIEWS, APPROVED_STATES],
    );
    const open = rows.map((r): BoardDocument => {
      const item = calendarItem(r, today, calendar);
      const chained = item.chainedAfter;
      return {
        id: item.id,
        fiscalYear: r.fiscal_year,
        documentCode: item.documentCode,
        documentName: item.documentName,
        state: item.state,
        responsibleUnitId: item.responsibleUnitId,
        responsibleUnit: item.responsibleUnit,
        dueOn: r.due_on as CivilDate,
        dueBasis: item.dueBasis,
        status: item.status,
        chainedAfter: chained,
        chainedAfterName: chained === null ? null : (names.get(chained) ?? chained),
        chainedBusinessDays: chained === null ? null : r.context.chainedBusinessDays,
      };
    });
    const count = (status: BoardDocument['status']) =>
      open.filter((d) => d.status === status).length;
    const documents = await queryOne<{ count: number; cents: string }>(
      manager,
      `SELECT count(*)::int AS count, coalesce(sum(f.cents), 0)::text AS cents
         FROM workflow_instances w
         LEFT JOIN LATERAL (
           SELECT sum((x->>'amountCents')::bigint) AS cents
             FROM jsonb_array_elements(coalesce(w.context->'versions'->-1->'figures', '[]'::jsonb)) x
         ) f ON true
        WHERE w.municipality_id = $1 AND w.kind = $2 AND w.state = ANY($3::text[])`,
      [municipalityId, BUDGET_REVIEWS, REVIEW_STATES],
    );
    return {
      today,
      counts: { late: count('late'), atRisk: count('at_risk'), onTime: count('on_time') },
      underReview: {
        documents: tally({
          count: documents?.count ?? 0,
          amountCents: exactCents(documents?.cents ?? 0),
        }),
        modifications: tally(await modificationsUnderReview(manager, municipalityId)),
      },
      total: open.length,
      page: page.page,
      pageSize: page.pageSize,
      items: open.slice((page.page - 1) * page.pageSize, page.page * page.pageSize),
    };
  }
}
