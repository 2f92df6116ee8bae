import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#audit';
import { type CivilDate } from '#calendar';
import { Clock } from '#core';
import { type Page, queryOne, queryPage } from '#database';
import { assertBoardReader } from '#workflow';
import { type Addendum, renewalUnderWay } from './convenio.machine.js';
import { CONVENIOS } from './convenios.definition.js';

/** How far ahead «convenios por vencer» looks by default: the first expiry alert (D17). */
export const EXPIRING_WITHIN_DAYS = 90;

export interface ExpiringConvenio {
  readonly id: string;
  readonly number: string | null;
  readonly counterpart: string;
  readonly requestingUnitId: string;
  readonly requestingUnit: string;
  readonly inForceUntil: CivilDate;
  /** Calendar days from the municipality's today to the last day in force. */
  readonly daysLeft: number;
  /** An adenda that extends the term is in progress. */
  readonly renewalUnderWay: boolean;
}

export interface ExpiringConvenioPage extends Page<ExpiringConvenio> {
  readonly today: CivilDate;
  readonly until: CivilDate;
  readonly withinDays: number;
}

interface Row {
  readonly id: string;
  readonly number: string | null;
  readonly counterpart: string;
  readonly requesting_unit_id: string;
  readonly requesting_unit: string;
  readonly in_force_until: string;
  readonly days_left: number;
  readonly addenda: Addendum[] | null;
}

/*
 * Convenios in force whose last day falls from today to `until` (civil days of the municipality).
 * The list summary the kernel keeps holds the date; the join on units names the requesting unit.
 */
const FROM = `workflow_instances i JOIN units u ON u.id = (i.summary->>'requestingUnitId')::uuid`;
const WHERE = `i.municipality_id = $1 AND i.kind = '${CONVENIOS}' AND i.state = 'in_force'
  AND (i.summary->>'inForceUntil')::date BETWEEN $2::date AND $3::date`;

/**
 * «Convenios por vencer» on the Alcaldía's board (issue 15): those in force that end within the
 * window, the soonest first, with the days left and whether a renewal adenda is under way. Read by
 * the board's readers.
 */
@Injectable()
export class ExpiringConvenios {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    query: { withinDays: number; page: number; pageSize: number },
  ): Promise<ExpiringConvenioPage> {
    assertBoardReader(actor);
    const manager = this.dataSource.manager;
    const window = await queryOne<{ today: string; until: string }>(
      manager,
      `SELECT to_char(d, 'YYYY-MM-DD') AS today, to_char(d + $3::int, 'YYYY-MM-DD') AS until
         FROM (SELECT ($2::timestamptz AT TIME ZONE time_zone)::date AS d
                 FROM municipalities WHERE id = $1) m`,
      [actor.municipalityId, this.clock.now(), query.withinDays],
    );
    if (!window) throw new Error(`Sin municipalidad ${actor.municipalityId}`);
    const page = await queryPage<Row>(
      manager,
      {
        select: `SELECT i.id, i.summary->>'number' AS number, i.summary->>'counterpart' AS counterpart,
                        u.id AS requesting_unit_id, u.name AS requesting_unit,
                        i.summary->>'inForceUntil' AS in_force_until,
                        ((i.summary->>'inForceUntil')::date - $2::date) AS days_left,
                        i.context->'addenda' AS addenda
                   FROM ${FROM}`,
        from: FROM,
        where: WHERE,
        orderBy: `(i.summary->>'inForceUntil')::date, i.id`,
        params: [actor.municipalityId, window.today, window.until],
      },
      query,
    );
    return {
      ...page,
      items: page.items.map((row) => ({
        id: row.id,
        number: row.number,
        counterpart: row.counterpart,
        requestingUnitId: row.requesting_unit_id,
        requestingUnit: row.requesting_unit,
        inForceUntil: row.in_force_until,
        daysLeft: row.days_left,
        renewalUnderWay: renewalUnderWay({ addenda: row.addenda ?? [] }),
      })),
      today: window.today,
      until: window.until,
      withinDays: query.withinDays,
    };
  }
}
