import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditChain } from '#audit';
import { CalendarService, type CivilDate, civilDateAt, spanishDate } from '#calendar';
import { Clock, DomainError, ErrorCode, NotFoundError } from '#core';
import { execute, type Page, queryOne, queryPage } from '#database';
import { MANDATES, newMandateContext } from '#mandates';
import { auditUserChange, OrgDirectory, UnitKind } from '#org';
import { WorkflowEngine } from '#workflow';
import {
  informationRequestDueOn,
  informationRequestRefusal,
  sessionPedidoRefusal,
} from '../information-requests.js';
import type { SessionKind } from '../sessions.js';
import { CouncilService } from './council.service.js';
import type {
  InformationRequestStatus,
  InformationRequestView,
  NewInformationRequest,
} from './council.types.js';

interface RequestRow {
  readonly id: string;
  readonly reference: string;
  readonly year: number;
  readonly seq: number;
  readonly requester_id: string;
  readonly requester_name: string;
  readonly subject: string;
  readonly details: string;
  readonly filed_on: string;
  readonly due_on: string;
  readonly session_id: string | null;
  readonly mandate_id: string;
  readonly mandate_state: string;
  readonly created_at: Date;
}

const FROM = `council_information_requests r
  JOIN council_members m ON m.id = r.requester_id
  JOIN workflow_instances i ON i.id = r.mandate_id`;
const COLUMNS = `r.id, r.reference, r.year, r.seq, r.requester_id, m.name AS requester_name, r.subject,
  r.details, r.filed_on::text AS filed_on, r.due_on::text AS due_on, r.session_id, r.mandate_id,
  i.state AS mandate_state, r.created_at`;

/** Whether the pedido was answered is its mandate's state: accepted (closed) by the Secretaría. */
const MANDATE_STATES: Record<InformationRequestStatus, readonly string[]> = {
  open: ['open', 'review'],
  answered: ['closed'],
  cancelled: ['cancelled'],
};
const statusOf = (mandateState: string): InformationRequestStatus =>
  mandateState === 'closed' ? 'answered' : mandateState === 'cancelled' ? 'cancelled' : 'open';

/** Numbers the pedidos of a municipality and year one at a time. */
const NUMBER_LOCK = 'council:information-requests:';

/**
 * A regidor's pedidos de información to the Gerente Municipal (LOM Art. 10 inc. 4, Ley 31433;
 * docs/concejo.md): the Secretaría General registers one and, in the same transaction, the
 * Gerencia Municipal gets a mandate (encargo) with the profile's term, whose deadline gives the
 * reminders and the escalation. The pedido is answered when the Secretaría accepts the mandate.
 */
@Injectable()
export class InformationRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly council: CouncilService,
    private readonly engine: WorkflowEngine,
    private readonly directory: OrgDirectory,
    private readonly auditChain: AuditChain,
  ) {}

  async file(actor: Actor, input: NewInformationRequest): Promise<InformationRequestView> {
    const municipalityId = actor.municipalityId;
    const id = await this.engine.createWithin(actor, async (scope) => {
      const { manager, now } = scope;
      const session = input.sessionId
        ? await queryOne<{ kind: SessionKind; date: string }>(
            manager,
            `SELECT kind, date::text AS date FROM council_sessions WHERE id = $1 AND municipality_id = $2`,
            [input.sessionId, municipalityId],
          )
        : null;
      if (input.sessionId && !session) throw new NotFoundError('La sesión del Concejo');
      const today = civilDateAt(now, await this.zone(manager, municipalityId));
      // Raised in a session: filed that day.
      const date = input.filedOn ?? session?.date ?? today;
      if (date > today)
        throw new DomainError(
          ErrorCode.VALIDATION_FAILED,
          `Datos inválidos en: ${input.filedOn ? 'filedOn' : 'sessionId'}.`,
          {
            errors: [
              input.filedOn
                ? { field: 'filedOn', messages: ['no puede ser posterior a hoy'] }
                : {
                    field: 'sessionId',
                    messages: ['la sesión aún no se celebra: no hay pedidos en ella'],
                  },
            ],
          },
        );
      const { profile, council, name } = await this.council.memberOn(
        manager,
        municipalityId,
        input.requesterId,
        date,
      );
      const refusal =
        informationRequestRefusal(council, input.requesterId, date) ??
        (session ? sessionPedidoRefusal(session.kind, profile.council.orderOfBusiness) : null);
      if (refusal) throw DomainError.of(refusal);
      const rule = profile.council.informationRequests;
      const calendar = await this.calendars.calendarWithin(manager, municipalityId);
      const dueOn = informationRequestDueOn(date, rule, calendar);
      const year = Number(date.slice(0, 4));
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `${NUMBER_LOCK}${municipalityId}:${year}`,
      ]);
      const next = await queryOne<{ seq: number }>(
        manager,
        `SELECT coalesce(max(seq), 0)::int + 1 AS seq FROM council_information_requests
          WHERE municipality_id = $1 AND year = $2`,
        [municipalityId, year],
      );
      const seq = next?.seq ?? 1;
      const reference = `Pedido de información N° ${String(seq).padStart(3, '0')}-${year}`;
      const units = await this.directory.units(manager, municipalityId);
      const unitOf = (kind: string) => {
        const unit = units.find((u) => u.kind === kind);
        if (!unit) throw new Error(`El organigrama no tiene ${kind}`);
        return unit.id;
      };
      const subject = input.subject.trim();
      const mandateId = await scope.createInstance(MANDATES, {
        ...newMandateContext(
          {
            title: `Pedido de información del regidor ${name}: ${subject}`,
            instructions: `${input.details.trim()}\n\nResponder al regidor ${name} hasta el ${spanishDate(dueOn)}. ${rule.basis}`,
            source: 'pedido_informacion',
            sourceReference: reference,
            term: { days: rule.termBusinessDays, unit: 'business' },
            startsOn: date,
          },
          {
            assignerUnitId: unitOf(UnitKind.secretaria_general),
            assignerUserId: actor.userId as string,
            responsibleUnitId: unitOf(UnitKind.gerencia_municipal),
          },
        ),
      });
      const row = await queryOne<{ id: string }>(
        manager,
        `INSERT INTO council_information_requests (municipality_id, year, seq, reference, requester_id,
           subject, details, filed_on, due_on, session_id, mandate_id, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          municipalityId,
          year,
          seq,
          reference,
          input.requesterId,
          subject,
          input.details.trim(),
          date,
          dueOn,
          input.sessionId ?? null,
          mandateId,
          actor.userId,
          now,
        ],
      );
      if (!row) throw new Error('council_information_requests no devolvió la fila creada');
      await auditUserChange(this.auditChain, manager, {
        municipalityId,
        actorUserId: actor.userId as string,
        type: 'council.information_request_filed',
        at: now,
        payload: {
          informationRequestId: row.id,
          reference,
          requesterId: input.requesterId,
          subject,
          filedOn: date,
          dueOn,
          sessionId: input.sessionId ?? null,
          mandateId,
        },
      });
      return row.id;
    });
    const view = await this.find(municipalityId, id);
    if (!view) throw new NotFoundError('El pedido de información');
    return view;
  }

  async list(
    municipalityId: string,
    query: { page: number; pageSize: number; state?: InformationRequestStatus },
  ): Promise<Page<InformationRequestView>> {
    const params: unknown[] = [municipalityId];
    let where = 'r.municipality_id = $1';
    if (query.state !== undefined) {
      params.push(MANDATE_STATES[query.state]);
      where += ` AND i.state = ANY($${params.length}::text[])`;
    }
    const manager = this.dataSource.manager;
    const today = civilDateAt(this.clock.now(), await this.zone(manager, municipalityId));
    const page = await queryPage<RequestRow>(
      manager,
      {
        select: `SELECT ${COLUMNS} FROM ${FROM}`,
        from: FROM,
        where,
        orderBy: 'r.year DESC, r.seq DESC',
        params,
      },
      query,
    );
    return { ...page, items: page.items.map((row) => viewOf(row, today)) };
  }

  private async find(municipalityId: string, id: string): Promise<InformationRequestView | null> {
    const manager = this.dataSource.manager;
    const row = await queryOne<RequestRow>(
      manager,
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1 AND r.municipality_id = $2`,
      [id, municipalityId],
    );
    const today = civilDateAt(this.clock.now(), await this.zone(manager, municipalityId));
    return row ? viewOf(row, today) : null;
  }

  private async zone(manager: EntityManager, municipalityId: string): Promise<string> {
    return (await this.directory.municipality(manager, municipalityId)).timeZone;
  }
}

function viewOf(row: RequestRow, today: CivilDate): InformationRequestView {
  const status = statusOf(row.mandate_state);
  return {
    id: row.id,
    reference: row.reference,
    year: row.year,
    sequence: row.seq,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    subject: row.subject,
    details: row.details,
    filedOn: row.filed_on,
    dueOn: row.due_on,
    sessionId: row.session_id,
    mandateId: row.mandate_id,
    mandateState: row.mandate_state,
    status,
    overdue: status === 'open' && row.due_on < today,
    createdAt: row.created_at.toISOString(),
  };
}
