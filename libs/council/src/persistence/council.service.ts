import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarService, type CivilDate, civilDateAt, spanishDate } from '#calendar';
import { Clock, DomainError, ErrorCode, type FieldProblem, NotFoundError } from '#core';
import { execute, type Page, queryOne, queryPage, queryRows } from '#database';
import { AuditChain, systemActor } from '#audit';
import { DocumentRenderer } from '#documents';
import {
  auditUserChange,
  MUNICIPALITY_PROFILES,
  type MunicipalityProfile,
  type MunicipalityProfiles,
} from '#org';
import {
  OutboxRelay,
  RegisterService,
  registerYear,
  systemEvent,
  WorkflowEngine,
  type WorkflowEvent,
  writeOutbox,
} from '#workflow';
import { councilError } from '../council.errors.js';
import type { VoteChoice } from '../majority.js';
import { absenceOn, type Council, habilMembers, numeroLegal } from '../members.js';
import { type AttendanceEvent, quorumAt, recordAttendance } from '../quorum.js';
import {
  addAgendaItem,
  agendaItemRefusal,
  type AgendaItem,
  convocationRefusal,
  type CouncilSession,
  itemTypeRule,
  orderOfBusiness,
  ordinarySessionLimitRefusal,
} from '../sessions.js';
import {
  castCastingVote,
  castVote,
  type ItemVote,
  type Tally,
  tallyVote,
  type VotingContext,
} from '../votes.js';
import { approveActa, dispenseActaReading, type Acta, type HeldSession } from '../acuerdo.js';
import { actaDocument } from '../acta.js';
import type {
  ItemTypeView,
  AcuerdoView,
  AgendaItemView,
  AttendanceView,
  MemberListView,
  MemberView,
  NewAbsence,
  NewAgendaItem,
  NewMember,
  NewSession,
  QuorumView,
  SessionStatus,
  SessionSummaryView,
  SessionView,
  VoteResultView,
  VoteStatus,
  ActaStatus,
  AcuerdoPendingStage,
  PendingAcuerdoView,
} from './council.types.js';

interface MunicipalityRow {
  readonly code: string;
  readonly time_zone: string;
}

interface MemberRow {
  readonly id: string;
  readonly name: string;
  readonly role: 'alcalde' | 'regidor';
  readonly user_id: string | null;
  readonly active_from: string;
  readonly active_to: string | null;
}

interface AbsenceRow {
  readonly id: string;
  readonly member_id: string;
  readonly kind: 'licencia' | 'suspension';
  readonly from_date: string;
  readonly to_date: string | null;
  readonly instrument: string;
}

interface SessionRow {
  readonly id: string;
  readonly kind: CouncilSession['kind'];
  readonly date: string;
  readonly convoked_on: string;
  readonly presiding_member_id: string;
  readonly status: SessionStatus;
  readonly agenda_locked: boolean;
  readonly acta_status: ActaStatus;
  readonly acta_settled_at: Date | null;
  readonly acta_approved_in: string | null;
  readonly items: number;
}

interface ItemRow {
  readonly id: string;
  readonly session_id: string;
  readonly position: number;
  readonly item_type: string;
  readonly title: string;
  readonly workflow_instance_id: string | null;
  /** The linked file's kind, where the session is loaded for its view. */
  readonly workflow_kind?: string | null;
  readonly authorises_addenda: boolean;
  readonly vote_status: VoteStatus;
}

interface BallotRow {
  readonly item_id: string;
  readonly member_id: string;
  readonly choice: VoteChoice;
  readonly reason: string | null;
  readonly at: Date;
}

interface AttendanceRow {
  readonly member_id: string;
  readonly kind: 'llegada' | 'retiro';
  readonly at: Date;
}

interface DecisionRow {
  readonly item_id: string;
  readonly outcome: 'approved' | 'rejected';
  readonly a_favor: number;
  readonly en_contra: number;
  readonly abstenciones: number;
  readonly required: number | null;
  readonly base_size: number | null;
  readonly casting_member_id: string | null;
  readonly casting_choice: 'a_favor' | 'en_contra' | null;
  readonly decided_at: Date;
}

interface AcuerdoRow {
  readonly id: string;
  readonly number: string;
  readonly year: number;
  readonly seq: number;
  readonly session_id: string;
  readonly session_date: string;
  readonly item_id: string;
  readonly item_type: string;
  readonly title: string;
  readonly adopted_at: Date;
  readonly in_force_from: Date | null;
}

const SESSION_COLUMNS = `s.id, s.kind, s.date::text AS date, s.convoked_on::text AS convoked_on,
  s.presiding_member_id, s.status, s.agenda_locked, s.acta_status, s.acta_settled_at,
  s.acta_approved_in,
  (SELECT count(*)::int FROM council_agenda_items i WHERE i.session_id = s.id) AS items`;

const ACUERDO_COLUMNS = `a.id, a.number, a.year, a.seq, a.session_id, s.date::text AS session_date,
  a.item_id, i.item_type, i.title, a.adopted_at, a.in_force_from`;
const ACUERDO_FROM = `council_acuerdos a JOIN council_sessions s ON s.id = a.session_id
  JOIN council_agenda_items i ON i.id = a.item_id`;

/** The event an Acuerdo in force sends the file it approved (any kind that goes to the Concejo). */
export const COUNCIL_APPROVED = 'COUNCIL_APPROVED';

interface PendingAcuerdoRow {
  readonly id: string;
  readonly number: string;
  readonly session_id: string;
  readonly session_date: string;
  readonly item_type: string;
  readonly title: string;
  readonly adopted_at: Date;
  readonly in_force_from: Date | null;
  readonly since: Date;
  readonly file_id: string | null;
  readonly file_kind: string | null;
  readonly file_state: string | null;
}

/*
 * Acuerdos pending execution: adopted with the acta pending, or in force while the file they
 * decided still stands where the Acuerdo left it (its state is the one its last COUNCIL_APPROVED
 * entered: the convenio approved and unsigned). Read from the audit trail, so it holds for every
 * kind the Concejo decides. An unlinked Acuerdo in force is executed by other means.
 */
const PENDING_FROM = `council_acuerdos a JOIN council_sessions s ON s.id = a.session_id
  JOIN council_agenda_items i ON i.id = a.item_id
  LEFT JOIN workflow_instances w ON w.id = i.workflow_instance_id
  LEFT JOIN LATERAL (
    SELECT e.to_state, e.at FROM audit_events e
     WHERE e.instance_id = w.id AND e.type = '${COUNCIL_APPROVED}'
     ORDER BY e.id DESC LIMIT 1) d ON a.in_force_from IS NOT NULL`;
const PENDING_WHERE = `a.municipality_id = $1
  AND (a.in_force_from IS NULL OR d.to_state = w.state)`;
const PENDING_COLUMNS = `a.id, a.number, a.session_id, s.date::text AS session_date, i.item_type,
  i.title, a.adopted_at, a.in_force_from, coalesce(d.at, a.adopted_at) AS since,
  w.id AS file_id, w.kind AS file_kind, w.state AS file_state`;

const pendingAcuerdoOf = (row: PendingAcuerdoRow): PendingAcuerdoView => ({
  id: row.id,
  number: row.number,
  sessionId: row.session_id,
  sessionDate: row.session_date,
  itemType: row.item_type,
  title: row.title,
  stage: (row.in_force_from ? 'awaiting_execution' : 'not_in_force') satisfies AcuerdoPendingStage,
  adoptedAt: row.adopted_at.toISOString(),
  inForceFrom: row.in_force_from?.toISOString() ?? null,
  since: row.since.toISOString(),
  file:
    row.file_id && row.file_kind && row.file_state
      ? { kind: row.file_kind, id: row.file_id, state: row.file_state }
      : null,
});

/** Serialises convocations per municipality (the RIC's monthly maximum of ordinary sessions). */
const CONVENE_LOCK = 'council:convene:';

const summaryOf = (row: SessionRow): SessionSummaryView => ({
  id: row.id,
  kind: row.kind,
  date: row.date,
  convokedOn: row.convoked_on,
  status: row.status,
  agendaLocked: row.agenda_locked,
  presidingMemberId: row.presiding_member_id,
  actaStatus: row.acta_status,
  items: row.items,
});

const acuerdoOf = (row: AcuerdoRow): AcuerdoView => ({
  id: row.id,
  number: row.number,
  year: row.year,
  sequence: row.seq,
  sessionId: row.session_id,
  sessionDate: row.session_date,
  itemId: row.item_id,
  itemType: row.item_type,
  title: row.title,
  adoptedAt: row.adopted_at.toISOString(),
  inForceFrom: row.in_force_from?.toISOString() ?? null,
});

const quorumView = (state: ReturnType<typeof quorumAt>): QuorumView => ({
  numeroHabil: state.numeroHabil,
  required: state.required,
  present: state.presentHabiles.length,
  presentMemberIds: [...state.presentHabiles],
  hasQuorum: state.hasQuorum,
});

/** A session as the pure domain sees it, with what the service needs around it. */
interface Loaded {
  readonly municipalityId: string;
  readonly municipality: MunicipalityRow;
  readonly profile: MunicipalityProfile;
  readonly row: SessionRow;
  readonly council: Council;
  readonly names: ReadonlyMap<string, string>;
  readonly session: CouncilSession;
  readonly items: readonly ItemRow[];
  readonly attendance: AttendanceEvent[];
}

/** When a session was held, from what is stored: its day, its first arrival, whether it is levantada. */
const heldOf = (loaded: Loaded): HeldSession => ({
  date: loaded.row.date,
  startedAt: loaded.attendance[0]?.at ?? null,
  adjourned: loaded.row.status === 'levantada',
});

/**
 * The Concejo Municipal over the database: members and their leaves, sessions, agenda, attendance,
 * votes and numbered Acuerdos (docs/concejo.md). Every rule comes from the pure domain of this
 * library; this service loads what it needs, under a lock, and writes what it decided. Every read
 * and write is scoped to one municipality: another's ids answer 404.
 */
@Injectable()
export class CouncilService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly register: RegisterService,
    private readonly auditChain: AuditChain,
    private readonly engine: WorkflowEngine,
    private readonly relay: OutboxRelay,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
    private readonly renderer: DocumentRenderer,
  ) {}

  /** The matters the profile lets the Concejo treat, with the majority each needs. */
  async itemTypes(municipalityId: string): Promise<ItemTypeView[]> {
    const { profile } = await this.municipality(this.dataSource.manager, municipalityId);
    return profile.council.itemTypes.map((t) => ({
      code: t.code,
      name: t.name,
      majority: t.majority,
      basis: t.basis,
    }));
  }

  // ---- members ---------------------------------------------------------------------------

  async members(municipalityId: string): Promise<MemberListView> {
    const manager = this.dataSource.manager;
    const { municipality, profile } = await this.municipality(manager, municipalityId);
    const today = civilDateAt(this.clock.now(), municipality.time_zone);
    const members = await this.memberRows(manager, municipalityId);
    const absences = await this.absenceRows(manager, municipalityId);
    const council = this.councilOf(profile, members, absences, today);
    const habil = new Set(habilMembers(council, today).map((m) => m.id));
    return {
      numeroLegal: numeroLegal(council),
      numeroHabilToday: habil.size,
      items: members.map((m): MemberView => ({
        id: m.id,
        name: m.name,
        role: m.role,
        userId: m.user_id,
        activeFrom: m.active_from,
        activeTo: m.active_to,
        habilToday: habil.has(m.id),
        absences: absences
          .filter((a) => a.member_id === m.id)
          .map((a) => ({
            id: a.id,
            kind: a.kind,
            from: a.from_date,
            to: a.to_date,
            instrument: a.instrument,
          })),
      })),
    };
  }

  /** Registers a member (the JNE's credential); one Alcalde at a time, no more regidores than the número legal. */
  async addMember(municipalityId: string, actorId: string, input: NewMember): Promise<MemberView> {
    const id = await this.dataSource.transaction(async (manager) => {
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext($1))`, [
        CONVENE_LOCK + municipalityId,
      ]);
      const { profile } = await this.municipality(manager, municipalityId);
      if (input.activeTo !== undefined && input.activeTo < input.activeFrom)
        throw invalid([{ field: 'activeTo', messages: ['no puede ser anterior a activeFrom'] }]);
      if (input.userId) {
        const user = await queryOne<{ id: string }>(
          manager,
          `SELECT id FROM users WHERE id = $1 AND municipality_id = $2`,
          [input.userId, municipalityId],
        );
        if (!user)
          throw invalid([{ field: 'userId', messages: ['no es un usuario de su municipalidad'] }]);
      }
      const overlapping = await queryRows<{ role: string }>(
        manager,
        `SELECT role FROM council_members WHERE municipality_id = $1
           AND active_from <= coalesce($3::date, 'infinity'::date)
           AND $2::date <= coalesce(active_to, 'infinity'::date)`,
        [municipalityId, input.activeFrom, input.activeTo ?? null],
      );
      const alcaldes = overlapping.filter((m) => m.role === 'alcalde').length;
      const regidores = overlapping.length - alcaldes;
      if (input.role === 'alcalde' && alcaldes > 0)
        throw invalid([
          { field: 'role', messages: ['el Concejo ya tiene un Alcalde en esas fechas'] },
        ]);
      if (input.role === 'regidor' && regidores >= profile.council.legalRegidores)
        throw invalid([
          {
            field: 'role',
            messages: [
              `el número legal admite ${profile.council.legalRegidores} regidores y ya están registrados`,
            ],
          },
        ]);
      const row = await queryOne<{ id: string }>(
        manager,
        `INSERT INTO council_members (municipality_id, name, role, user_id, active_from, active_to, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          municipalityId,
          input.name.trim(),
          input.role,
          input.userId ?? null,
          input.activeFrom,
          input.activeTo ?? null,
          this.clock.now(),
        ],
      );
      await this.audit(manager, municipalityId, actorId, 'member_added', {
        memberId: row?.id,
        name: input.name.trim(),
        role: input.role,
        activeFrom: input.activeFrom,
        activeTo: input.activeTo ?? null,
      });
      return row?.id ?? '';
    });
    return this.member(municipalityId, id);
  }

  /** A licencia or suspension with its instrument (LOM Art. 25): the member is not hábil those days. */
  async addAbsence(
    municipalityId: string,
    memberId: string,
    createdBy: string,
    input: NewAbsence,
  ): Promise<MemberView> {
    if (input.to !== undefined && input.to < input.from)
      throw invalid([{ field: 'to', messages: ['no puede ser anterior a from'] }]);
    await this.dataSource.transaction(async (manager) => {
      await this.memberRow(manager, municipalityId, memberId);
      await execute(
        manager,
        `INSERT INTO council_absences (municipality_id, member_id, kind, from_date, to_date, instrument, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          municipalityId,
          memberId,
          input.kind,
          input.from,
          input.to ?? null,
          input.instrument.trim(),
          createdBy,
          this.clock.now(),
        ],
      );
      await this.audit(manager, municipalityId, createdBy, 'absence_recorded', {
        memberId,
        kind: input.kind,
        from: input.from,
        to: input.to ?? null,
        instrument: input.instrument.trim(),
      });
    });
    return this.member(municipalityId, memberId);
  }

  private async member(municipalityId: string, memberId: string): Promise<MemberView> {
    const list = await this.members(municipalityId);
    const found = list.items.find((m) => m.id === memberId);
    if (!found) throw new NotFoundError('El miembro del Concejo');
    return found;
  }

  // ---- sessions --------------------------------------------------------------------------

  async sessions(
    municipalityId: string,
    page: { page: number; pageSize: number },
  ): Promise<Page<SessionSummaryView>> {
    const result = await queryPage<SessionRow>(
      this.dataSource.manager,
      {
        select: `SELECT ${SESSION_COLUMNS} FROM council_sessions s`,
        from: 'council_sessions s',
        where: 's.municipality_id = $1',
        orderBy: 's.date DESC, s.created_at DESC, s.id',
        params: [municipalityId],
      },
      page,
    );
    return { ...result, items: result.items.map(summaryOf) };
  }

  async session(municipalityId: string, sessionId: string): Promise<SessionView> {
    const manager = this.dataSource.manager;
    const loaded = await this.load(manager, municipalityId, sessionId, '');
    return this.view(manager, loaded);
  }

  /**
   * The acta of a session as a PDF (a BORRADOR while pending), from what is stored: attendance,
   * quorum, each item's votes and Acuerdo. Rendered on the render threads, off the event loop.
   */
  async actaPdf(municipalityId: string, sessionId: string): Promise<Buffer> {
    const manager = this.dataSource.manager;
    const loaded = await this.load(manager, municipalityId, sessionId, '');
    if (loaded.row.status === 'convocada')
      throw councilError(
        'SESSION_NOT_IN_PROGRESS',
        'La sesión aún no empieza: su acta se redacta desde que se registra la primera asistencia.',
      );
    const session = await this.view(manager, loaded);
    const date = loaded.row.date;
    // The council on the session's date (loaded) and, for whoever was away, the instrument.
    const absences = await this.absenceRows(manager, municipalityId);
    const members = loaded.council.members.map((m) => {
      const absence = absenceOn(loaded.council, m.id, date);
      const instrument = absences.find(
        (a) => a.member_id === m.id && a.kind === absence?.kind && a.from_date === absence.from,
      )?.instrument;
      return {
        ...m,
        absence: absence ? { kind: absence.kind, instrument: instrument ?? '' } : null,
      };
    });
    const approving = loaded.row.acta_approved_in
      ? await queryOne<{ kind: SessionRow['kind']; date: string }>(
          manager,
          `SELECT kind, date::text AS date FROM council_sessions WHERE id = $1 AND municipality_id = $2`,
          [loaded.row.acta_approved_in, municipalityId],
        )
      : null;
    return this.renderer.acta(
      actaDocument({
        municipality: {
          name: loaded.profile.name,
          place: loaded.profile.place,
          timeZone: loaded.municipality.time_zone,
        },
        session,
        members,
        numeroLegal: numeroLegal(loaded.council),
        itemTypes: loaded.profile.council.itemTypes,
        approvingSession: approving ?? null,
      }),
    );
  }

  /**
   * Convenes a session for `date`, notified today: an extraordinaria with its agenda (locked) and
   * the profile's notice in business days; an ordinaria within the RIC's monthly maximum.
   */
  async convene(
    municipalityId: string,
    createdBy: string,
    input: NewSession,
  ): Promise<SessionView> {
    const id = await this.dataSource.transaction(async (manager) => {
      await execute(manager, `SELECT pg_advisory_xact_lock(hashtext($1))`, [
        CONVENE_LOCK + municipalityId,
      ]);
      const { municipality, profile } = await this.municipality(manager, municipalityId);
      const rules = profile.council;
      const convokedOn = civilDateAt(this.clock.now(), municipality.time_zone);
      input.agenda.forEach((item, i) => this.checkItemType(profile, item, `agenda.${i}.itemType`));
      if (input.kind === 'solemne' && input.agenda.length > 0)
        throw councilError(
          'NO_VOTES_IN_SOLEMN_SESSION',
          'La sesión solemne es protocolar: se convoca sin asuntos que votar (LOM Art. 13).',
        );
      const calendar = await this.calendars.calendarWithin(manager, municipalityId);
      const refusal = convocationRefusal(
        {
          kind: input.kind,
          date: input.date,
          convokedOn,
          agenda: input.agenda.map((item, i) => ({ id: String(i), ...item })),
        },
        rules.extraordinaryNotice,
        calendar,
      );
      if (refusal) throw DomainError.of(refusal);
      if (input.kind === 'ordinaria') {
        const dates = await queryRows<{ date: string }>(
          manager,
          `SELECT date::text AS date FROM council_sessions
            WHERE municipality_id = $1 AND kind = 'ordinaria'
              AND date_trunc('month', date) = date_trunc('month', $2::date)`,
          [municipalityId, input.date],
        );
        const limit = ordinarySessionLimitRefusal(
          dates.map((d) => d.date),
          input.date,
          rules.ordinarySessions,
        );
        if (limit) throw DomainError.of(limit);
      }
      const members = await this.memberRows(manager, municipalityId);
      const active = members.filter((m) => isActiveOn(m, input.date));
      const presiding = input.presidingMemberId
        ? active.find((m) => m.id === input.presidingMemberId)
        : active.find((m) => m.role === 'alcalde');
      if (!presiding)
        throw invalid([
          {
            field: 'presidingMemberId',
            messages: [
              input.presidingMemberId
                ? 'no es miembro del Concejo en la fecha de la sesión'
                : 'el Concejo no tiene Alcalde registrado en la fecha de la sesión: indique quién preside',
            ],
          },
        ]);
      const session = await queryOne<{ id: string }>(
        manager,
        `INSERT INTO council_sessions (municipality_id, kind, date, convoked_on, presiding_member_id,
           agenda_locked, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          municipalityId,
          input.kind,
          input.date,
          convokedOn,
          presiding.id,
          input.kind !== 'ordinaria',
          createdBy,
          this.clock.now(),
        ],
      );
      const sessionId = session?.id ?? '';
      for (const [i, item] of input.agenda.entries())
        await this.insertItem(manager, municipalityId, sessionId, i + 1, item, `agenda.${i}.`);
      await this.audit(manager, municipalityId, createdBy, 'session_convened', {
        sessionId,
        kind: input.kind,
        date: input.date,
        convokedOn,
        presidingMemberId: presiding.id,
        agenda: input.agenda.map((i) => ({
          itemType: i.itemType,
          title: i.title,
          workflowInstanceId: i.workflowInstanceId ?? null,
        })),
      });
      return sessionId;
    });
    return this.session(municipalityId, id);
  }

  /** A matter passes to the orden del día of an ordinary session; an extraordinaria's agenda is locked. */
  async addItem(
    municipalityId: string,
    actorId: string,
    sessionId: string,
    input: NewAgendaItem,
  ): Promise<SessionView> {
    await this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR UPDATE');
      this.requireNotAdjourned(loaded);
      const item: AgendaItem = { id: 'new', itemType: input.itemType, title: input.title };
      this.checkItemType(loaded.profile, input, 'itemType');
      addAgendaItem(loaded.session, item, loaded.profile.council.itemTypes);
      await this.insertItem(manager, municipalityId, sessionId, loaded.items.length + 1, input);
      await this.audit(manager, municipalityId, actorId, 'agenda_item_added', {
        sessionId,
        itemType: input.itemType,
        title: input.title,
        workflowInstanceId: input.workflowInstanceId ?? null,
      });
    });
    return this.session(municipalityId, sessionId);
  }

  /** An arrival or a departure, now; answers the attendance and the quorum recomputed. */
  async recordAttendance(
    municipalityId: string,
    sessionId: string,
    recordedBy: string,
    input: { memberId: string; kind: 'llegada' | 'retiro' },
  ): Promise<{ attendance: AttendanceView[]; quorum: QuorumView }> {
    return this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR UPDATE');
      this.requireNotAdjourned(loaded);
      const at = this.now(loaded);
      // Not before the day it was convened for (the notice of an extraordinaria would be moot);
      // after it, yes: a session may run past midnight.
      const today = civilDateAt(at, loaded.municipality.time_zone);
      if (today < loaded.session.date)
        throw councilError(
          'SESSION_NOT_IN_PROGRESS',
          `La sesión está convocada para el ${spanishDate(loaded.session.date)}: aún no puede empezar.`,
        );
      const events = recordAttendance(loaded.council, loaded.attendance, {
        memberId: input.memberId,
        kind: input.kind,
        at,
      });
      await execute(
        manager,
        `INSERT INTO council_attendance (municipality_id, session_id, member_id, kind, at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [municipalityId, sessionId, input.memberId, input.kind, at, recordedBy],
      );
      await this.audit(manager, municipalityId, recordedBy, 'attendance_recorded', {
        sessionId,
        memberId: input.memberId,
        kind: input.kind,
        at: at.toISOString(),
      });
      if (loaded.row.status === 'convocada')
        await execute(manager, `UPDATE council_sessions SET status = 'en_curso' WHERE id = $1`, [
          sessionId,
        ]);
      return {
        attendance: events.map((e) => this.attendanceView(loaded, e)),
        quorum: quorumView(quorumAt(loaded.council, loaded.session.date, events, at)),
      };
    });
  }

  /** Opens the vote on an agenda item: the session is under way, with quorum in the room. */
  async openVote(
    municipalityId: string,
    actorId: string,
    sessionId: string,
    itemId: string,
  ): Promise<SessionView> {
    await this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR SHARE');
      const item = await this.lockItem(manager, loaded, itemId);
      this.requireInProgress(loaded);
      if (item.vote_status !== 'pendiente')
        throw councilError(
          'VOTE_NOT_OPEN',
          item.vote_status === 'en_votacion'
            ? 'La votación de este asunto ya está abierta.'
            : 'Este asunto ya fue votado y decidido.',
        );
      const at = this.now(loaded);
      const quorum = quorumAt(loaded.council, loaded.session.date, loaded.attendance, at);
      if (!quorum.hasQuorum)
        throw councilError(
          'NO_QUORUM',
          `No hay quórum: están ${quorum.presentHabiles.length} de ${quorum.numeroHabil} miembros hábiles y se requieren ${quorum.required}, la mitad más uno (LOM Art. 16).`,
          { present: quorum.presentHabiles.length, required: quorum.required },
        );
      await execute(
        manager,
        `UPDATE council_agenda_items SET vote_status = 'en_votacion', vote_opened_at = $2 WHERE id = $1`,
        [itemId, at],
      );
      await this.audit(manager, municipalityId, actorId, 'vote_opened', { sessionId, itemId });
    });
    return this.session(municipalityId, sessionId);
  }

  /** A member's vote, recorded by the Secretaría General; every refusal of `castVote` applies. */
  async castBallot(
    municipalityId: string,
    sessionId: string,
    itemId: string,
    recordedBy: string,
    input: { memberId: string; choice: VoteChoice; reason?: string },
  ): Promise<SessionView> {
    await this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR SHARE');
      const item = await this.lockItem(manager, loaded, itemId);
      this.requireInProgress(loaded);
      const { context, vote } = await this.voting(manager, loaded, itemId);
      if (item.vote_status !== 'en_votacion') {
        // The agenda, the member and the quorum refuse first, as the pure domain orders them.
        castVote(context, vote, input);
        throw this.voteNotOpen(item.vote_status);
      }
      const next = castVote(context, vote, input);
      const ballot = next.ballots.at(-1);
      await execute(
        manager,
        `INSERT INTO council_votes (municipality_id, item_id, member_id, choice, reason, at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          municipalityId,
          itemId,
          input.memberId,
          input.choice,
          ballot?.reason ?? null,
          context.at,
          recordedBy,
        ],
      );
      await this.audit(manager, municipalityId, recordedBy, 'ballot_cast', {
        sessionId,
        itemId,
        memberId: input.memberId,
        choice: input.choice,
        reason: ballot?.reason ?? null,
      });
    });
    return this.session(municipalityId, sessionId);
  }

  /**
   * Closes the vote and counts it by the item type's majority: approved (the Acuerdo takes its
   * number) or rejected; a tie of a simple majority stays open for the casting vote.
   */
  async closeVote(
    municipalityId: string,
    actorId: string,
    sessionId: string,
    itemId: string,
  ): Promise<VoteResultView> {
    return this.afterDecisions(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR SHARE');
      const item = await this.lockItem(manager, loaded, itemId);
      this.requireInProgress(loaded);
      if (item.vote_status !== 'en_votacion') throw this.voteNotOpen(item.vote_status);
      const { context, vote } = await this.voting(manager, loaded, itemId);
      const rule = itemTypeRule(loaded.profile.council.itemTypes, item.item_type);
      const tally = tallyVote(context, vote, rule);
      if (tally.outcome === 'tie') return resultOf(tally, null);
      const acuerdo = await this.decide(manager, loaded, item, tally, context.at, null);
      await this.audit(
        manager,
        municipalityId,
        actorId,
        'vote_closed',
        auditedDecision(sessionId, itemId, tally, acuerdo),
      );
      return resultOf(tally, acuerdo);
    });
  }

  /** LOM Art. 17: who presides breaks a tie of a simple majority, for or against, once. */
  async castCastingVote(
    municipalityId: string,
    actorId: string,
    sessionId: string,
    itemId: string,
    input: { memberId: string; choice: 'a_favor' | 'en_contra' },
  ): Promise<VoteResultView> {
    return this.afterDecisions(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR SHARE');
      const item = await this.lockItem(manager, loaded, itemId);
      this.requireInProgress(loaded);
      if (item.vote_status === 'decidido')
        throw councilError(
          'CASTING_VOTE_ONLY_ON_TIE',
          'El asunto ya fue decidido: el voto dirimente solo decide un empate (LOM Art. 17).',
        );
      if (item.vote_status !== 'en_votacion') throw this.voteNotOpen(item.vote_status);
      const { context, vote } = await this.voting(manager, loaded, itemId);
      const rule = itemTypeRule(loaded.profile.council.itemTypes, item.item_type);
      const settled = castCastingVote(context, vote, rule, input);
      const tally = tallyVote(context, settled, rule);
      const acuerdo = await this.decide(manager, loaded, item, tally, context.at, input);
      await this.audit(manager, municipalityId, actorId, 'vote_closed', {
        ...auditedDecision(sessionId, itemId, tally, acuerdo),
        castingVote: { memberId: input.memberId, choice: input.choice },
      });
      return resultOf(tally, acuerdo);
    });
  }

  /** The Concejo dispenses, in the same session, the reading and approval of its acta. */
  async dispenseActa(
    municipalityId: string,
    actorId: string,
    sessionId: string,
  ): Promise<SessionView> {
    await this.afterDecisions(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR UPDATE');
      this.requireInProgress(loaded);
      const at = this.now(loaded);
      dispenseActaReading(this.actaOf(loaded.row), at);
      await execute(
        manager,
        `UPDATE council_sessions SET acta_status = 'dispensada', acta_settled_at = $2 WHERE id = $1`,
        [sessionId, at],
      );
      await this.audit(manager, municipalityId, actorId, 'acta_dispensed', { sessionId });
      await this.bringIntoForce(manager, sessionId, at);
    });
    return this.session(municipalityId, sessionId);
  }

  /** A later session, under way, approves the acta of `sessionId` as its «acta anterior». */
  async approveActa(
    municipalityId: string,
    actorId: string,
    sessionId: string,
    approvingSessionId: string,
  ): Promise<SessionView> {
    await this.afterDecisions(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR UPDATE');
      const approving =
        approvingSessionId === sessionId
          ? loaded
          : await this.load(manager, municipalityId, approvingSessionId, 'FOR SHARE');
      // The approving session is under way (its start is what «later» is measured against).
      if (approving !== loaded) this.requireInProgress(approving);
      const at = this.now(approving);
      approveActa(
        this.actaOf(loaded.row),
        { sessionId: approvingSessionId, at },
        { acta: heldOf(loaded), approving: heldOf(approving) },
      );
      await execute(
        manager,
        `UPDATE council_sessions SET acta_status = 'aprobada', acta_settled_at = $2,
           acta_approved_in = $3 WHERE id = $1`,
        [sessionId, at, approvingSessionId],
      );
      await this.audit(manager, municipalityId, actorId, 'acta_approved', {
        sessionId,
        approvingSessionId,
      });
      await this.bringIntoForce(manager, sessionId, at);
    });
    return this.session(municipalityId, sessionId);
  }

  /** The session is adjourned (levantada): nothing more is recorded in it, save its acta's approval. */
  async adjourn(municipalityId: string, actorId: string, sessionId: string): Promise<SessionView> {
    await this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager, municipalityId, sessionId, 'FOR UPDATE');
      this.requireNotAdjourned(loaded);
      await execute(manager, `UPDATE council_sessions SET status = 'levantada' WHERE id = $1`, [
        sessionId,
      ]);
      await this.audit(manager, municipalityId, actorId, 'session_adjourned', { sessionId });
    });
    return this.session(municipalityId, sessionId);
  }

  // ---- acuerdos --------------------------------------------------------------------------

  async acuerdos(
    municipalityId: string,
    query: { page: number; pageSize: number; year?: number },
  ): Promise<Page<AcuerdoView>> {
    const params: unknown[] = [municipalityId];
    let where = 'a.municipality_id = $1';
    if (query.year !== undefined) {
      params.push(query.year);
      where += ` AND a.year = $${params.length}`;
    }
    const result = await queryPage<AcuerdoRow>(
      this.dataSource.manager,
      {
        select: `SELECT ${ACUERDO_COLUMNS} FROM ${ACUERDO_FROM}`,
        from: ACUERDO_FROM,
        where,
        orderBy: 'a.year DESC, a.seq DESC',
        params,
      },
      query,
    );
    return { ...result, items: result.items.map(acuerdoOf) };
  }

  /** Acuerdos adopted and not yet in force, or in force with their file unmoved; the longest waiting first. */
  async pendingExecution(
    municipalityId: string,
    query: { page: number; pageSize: number },
  ): Promise<Page<PendingAcuerdoView>> {
    const result = await queryPage<PendingAcuerdoRow>(
      this.dataSource.manager,
      {
        select: `SELECT ${PENDING_COLUMNS} FROM ${PENDING_FROM}`,
        from: PENDING_FROM,
        where: PENDING_WHERE,
        orderBy: 'since, a.year, a.seq',
        params: [municipalityId],
      },
      query,
    );
    return { ...result, items: result.items.map(pendingAcuerdoOf) };
  }

  /**
   * For the Concejo's other records (pedidos de información): the municipality's profile, the
   * member's name (404 if not of this municipality) and the Concejo on `date`.
   */
  async memberOn(
    manager: EntityManager,
    municipalityId: string,
    memberId: string,
    date: CivilDate,
  ): Promise<{ profile: MunicipalityProfile; council: Council; name: string }> {
    const { profile } = await this.municipality(manager, municipalityId);
    const member = await this.memberRow(manager, municipalityId, memberId);
    const council = this.councilOf(
      profile,
      await this.memberRows(manager, municipalityId),
      await this.absenceRows(manager, municipalityId),
      date,
    );
    return { profile, council, name: member.name };
  }

  // ---- internals -------------------------------------------------------------------------

  /** Every act of the Concejo goes to the municipality's audit chain, in its own transaction. */
  private audit(
    manager: EntityManager,
    municipalityId: string,
    actorUserId: string,
    type: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    return auditUserChange(this.auditChain, manager, {
      municipalityId,
      actorUserId,
      type: `council.${type}`,
      at: this.clock.now(),
      payload,
    });
  }

  private async decide(
    manager: EntityManager,
    loaded: Loaded,
    item: ItemRow,
    tally: Tally,
    at: Date,
    casting: { memberId: string; choice: 'a_favor' | 'en_contra' } | null,
  ): Promise<AcuerdoView | null> {
    await execute(
      manager,
      `INSERT INTO council_item_decisions (item_id, municipality_id, outcome, a_favor, en_contra,
         abstenciones, required, base_size, casting_member_id, casting_choice, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        item.id,
        loaded.municipalityId,
        tally.outcome,
        tally.count.aFavor,
        tally.count.enContra,
        tally.count.abstenciones,
        tally.required,
        tally.baseSize,
        casting?.memberId ?? null,
        casting?.choice ?? null,
        at,
      ],
    );
    await execute(
      manager,
      `UPDATE council_agenda_items SET vote_status = 'decidido' WHERE id = $1`,
      [item.id],
    );
    if (tally.outcome !== 'approved') {
      if (item.workflow_instance_id)
        await this.tellFile(manager, item.workflow_instance_id, {
          type: 'COUNCIL_REJECTED',
          agreementNumber: `Sesión ${loaded.row.kind} del ${spanishDate(loaded.row.date)}, punto ${item.position}`,
          reason: `No alcanzó la mayoría requerida: ${tally.count.aFavor} a favor, ${tally.count.enContra} en contra, ${tally.count.abstenciones} abstenciones.`,
        });
      return null;
    }
    const municipalityId = loaded.municipalityId;
    const series = loaded.profile.council.acuerdoSeries;
    const numbering = loaded.profile.numbering[series];
    if (!numbering) throw new Error(`Sin numeración ${series}`);
    const unit = await queryOne<{ id: string }>(
      manager,
      `SELECT id FROM units WHERE municipality_id = $1 AND code = $2`,
      [municipalityId, numbering.issuingUnit],
    );
    if (!unit) throw new Error(`Sin unidad ${numbering.issuingUnit}`);
    const year = registerYear(at, loaded.municipality.time_zone);
    const assigned = await this.register.assign(
      manager,
      { municipalityId, series, issuingUnitId: unit.id, year },
      numbering.template,
      { councilItemId: item.id },
      at,
    );
    // Adopted after the Concejo dispensed the acta in this very session: in force at once.
    const inForce = loaded.row.acta_status === 'pendiente' ? null : at;
    await execute(
      manager,
      `INSERT INTO council_acuerdos (municipality_id, session_id, item_id, number, year, seq, adopted_at, in_force_from)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        municipalityId,
        loaded.row.id,
        item.id,
        assigned.number,
        year,
        assigned.sequence,
        at,
        inForce,
      ],
    );
    const row = await queryOne<AcuerdoRow>(
      manager,
      `SELECT ${ACUERDO_COLUMNS} FROM ${ACUERDO_FROM} WHERE a.item_id = $1`,
      [item.id],
    );
    if (row && inForce) await this.tellFilesOfAcuerdos(manager, [row.id]);
    return row ? acuerdoOf(row) : null;
  }

  private async bringIntoForce(manager: EntityManager, sessionId: string, at: Date) {
    const settled = await queryRows<{ id: string }>(
      manager,
      `UPDATE council_acuerdos SET in_force_from = $2 WHERE session_id = $1 AND in_force_from IS NULL
       RETURNING id`,
      [sessionId, at],
    );
    await this.tellFilesOfAcuerdos(
      manager,
      settled.map((a) => a.id),
    );
  }

  /**
   * An Acuerdo in force approves the file it decided (a convenio: the Alcalde may now sign it);
   * its machine hears it after commit, as the system, once.
   */
  private async tellFilesOfAcuerdos(manager: EntityManager, acuerdoIds: readonly string[]) {
    if (acuerdoIds.length === 0) return;
    const decided = await queryRows<{
      id: string;
      number: string;
      workflow_instance_id: string;
      authorises_addenda: boolean;
    }>(
      manager,
      `SELECT a.id, a.number, i.workflow_instance_id, i.authorises_addenda
         FROM council_acuerdos a JOIN council_agenda_items i ON i.id = a.item_id
        WHERE a.id = ANY($1::uuid[]) AND i.workflow_instance_id IS NOT NULL`,
      [acuerdoIds],
    );
    for (const acuerdo of decided)
      await this.tellFile(manager, acuerdo.workflow_instance_id, {
        type: COUNCIL_APPROVED,
        agreementNumber: acuerdo.number,
        agreementId: acuerdo.id,
        authorisesAddenda: acuerdo.authorises_addenda,
      });
  }

  /** A transaction that may decide files; their events leave the outbox as soon as it commits. */
  private async afterDecisions<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    this.relay.afterCommit();
    return result;
  }

  private async tellFile(manager: EntityManager, instanceId: string, event: WorkflowEvent) {
    await writeOutbox(manager, [systemEvent(instanceId, event)], this.clock.now());
  }

  private actaOf(row: SessionRow): Acta {
    const at = row.acta_settled_at ?? undefined;
    return {
      sessionId: row.id,
      ...(row.acta_status === 'dispensada' && at ? { readingDispensedAt: at } : {}),
      ...(row.acta_status === 'aprobada' && at && row.acta_approved_in
        ? { approval: { sessionId: row.acta_approved_in, at } }
        : {}),
    };
  }

  private voteNotOpen(status: VoteStatus): DomainError {
    return councilError(
      'VOTE_NOT_OPEN',
      status === 'decidido'
        ? 'Este asunto ya fue votado y decidido.'
        : 'La votación de este asunto no está abierta: ábrala primero.',
    );
  }

  private requireNotAdjourned(loaded: Loaded) {
    if (loaded.row.status === 'levantada')
      throw councilError(
        'SESSION_NOT_IN_PROGRESS',
        'La sesión fue levantada: ya no se registra nada en ella.',
      );
  }

  private requireInProgress(loaded: Loaded) {
    if (loaded.row.status !== 'en_curso')
      throw councilError(
        'SESSION_NOT_IN_PROGRESS',
        loaded.row.status === 'levantada'
          ? 'La sesión fue levantada: ya no se vota ni se dispensa su acta.'
          : 'La sesión aún no empieza: registre primero la asistencia.',
      );
  }

  private checkItemType(profile: MunicipalityProfile, item: NewAgendaItem, field: string) {
    const types = profile.council.itemTypes;
    if (!types.some((t) => t.code === item.itemType))
      throw councilError(
        'UNKNOWN_ITEM_TYPE',
        `El tipo de asunto «${item.itemType}» no figura en el perfil.`,
        {
          errors: [
            { field, messages: [`debe ser uno de: ${types.map((t) => t.code).join(', ')}`] },
          ],
        },
      );
  }

  private async insertItem(
    manager: EntityManager,
    municipalityId: string,
    sessionId: string,
    position: number,
    item: NewAgendaItem,
    field = '',
  ) {
    if (item.workflowInstanceId)
      await this.checkFileAwaitsCouncil(
        manager,
        municipalityId,
        item.workflowInstanceId,
        `${field}workflowInstanceId`,
      );
    await execute(
      manager,
      `INSERT INTO council_agenda_items (municipality_id, session_id, position, item_type, title,
         workflow_instance_id, authorises_addenda, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        municipalityId,
        sessionId,
        position,
        item.itemType,
        item.title.trim(),
        item.workflowInstanceId ?? null,
        item.authorisesAddenda ?? false,
        this.clock.now(),
      ],
    );
  }

  /**
   * A file goes on the agenda only while it waits for the Concejo (its machine would take the
   * decision now) and is not already on the agenda of a session still open. Locks the file, so two
   * Secretaría clerks cannot put it on two agendas at once.
   */
  private async checkFileAwaitsCouncil(
    manager: EntityManager,
    municipalityId: string,
    instanceId: string,
    field: string,
  ) {
    const found = await queryOne<{ id: string }>(
      manager,
      `SELECT id FROM workflow_instances WHERE id = $1 AND municipality_id = $2`,
      [instanceId, municipalityId],
    );
    if (!found) throw invalid([{ field, messages: ['no es un expediente de su municipalidad'] }]);
    const row = await this.engine.lock(manager, instanceId, municipalityId, null);
    const probe = { type: COUNCIL_APPROVED, agreementNumber: '-', authorisesAddenda: false };
    if (!this.engine.accepts(row, probe, systemActor(municipalityId), this.clock.now()))
      throw councilError(
        'FILE_NOT_AWAITING_COUNCIL',
        'El expediente no espera una decisión del Concejo: el Alcalde debe remitirlo primero al Concejo.',
      );
    const pending = await queryOne<{ id: string }>(
      manager,
      `SELECT i.id FROM council_agenda_items i JOIN council_sessions s ON s.id = i.session_id
        WHERE i.workflow_instance_id = $1 AND i.vote_status <> 'decidido' AND s.status <> 'levantada'`,
      [instanceId],
    );
    if (pending)
      throw councilError(
        'FILE_ALREADY_ON_AGENDA',
        'El expediente ya está en la agenda de una sesión no levantada del Concejo.',
      );
  }

  /** The item of this municipality, locked; one of another session is not on this one's agenda. */
  private async lockItem(manager: EntityManager, loaded: Loaded, itemId: string): Promise<ItemRow> {
    const item = await queryOne<ItemRow>(
      manager,
      `SELECT id, session_id, position, item_type, title, workflow_instance_id, authorises_addenda,
              vote_status
         FROM council_agenda_items WHERE id = $1 AND municipality_id = $2 FOR UPDATE`,
      [itemId, loaded.municipalityId],
    );
    if (!item) throw new NotFoundError('El asunto');
    if (item.session_id !== loaded.row.id) {
      const refusal = agendaItemRefusal(loaded.session, itemId);
      if (refusal) throw DomainError.of(refusal);
    }
    return item;
  }

  private async voting(
    manager: EntityManager,
    loaded: Loaded,
    itemId: string,
  ): Promise<{ context: VotingContext; vote: ItemVote }> {
    const ballots = await queryRows<BallotRow>(
      manager,
      `SELECT item_id, member_id, choice, reason, at FROM council_votes WHERE item_id = $1 ORDER BY at, id`,
      [itemId],
    );
    const casting = await queryOne<DecisionRow>(
      manager,
      `SELECT casting_member_id, casting_choice FROM council_item_decisions WHERE item_id = $1`,
      [itemId],
    );
    return {
      context: {
        council: loaded.council,
        session: loaded.session,
        attendance: loaded.attendance,
        at: this.now(loaded),
      },
      vote: {
        itemId,
        ballots: ballots.map((b) => ({
          memberId: b.member_id,
          choice: b.choice,
          ...(b.reason !== null ? { reason: b.reason } : {}),
        })),
        ...(casting?.casting_member_id && casting.casting_choice
          ? { castingVote: { memberId: casting.casting_member_id, choice: casting.casting_choice } }
          : {}),
      },
    };
  }

  /** Now, never before the last attendance record (a manual clock set back does not reorder them). */
  private now(loaded: Loaded): Date {
    const now = this.clock.now();
    const last = loaded.attendance.at(-1)?.at;
    return last && last.getTime() > now.getTime() ? last : now;
  }

  private async municipality(
    manager: EntityManager,
    municipalityId: string,
  ): Promise<{ municipality: MunicipalityRow; profile: MunicipalityProfile }> {
    const municipality = await queryOne<MunicipalityRow>(
      manager,
      `SELECT code, time_zone FROM municipalities WHERE id = $1`,
      [municipalityId],
    );
    const profile = this.profiles.find((p) => p.code === municipality?.code);
    if (!municipality || !profile) throw new NotFoundError('La municipalidad');
    return { municipality, profile };
  }

  private memberRows(manager: EntityManager, municipalityId: string): Promise<MemberRow[]> {
    return queryRows<MemberRow>(
      manager,
      `SELECT id, name, role, user_id, active_from::text AS active_from, active_to::text AS active_to
         FROM council_members WHERE municipality_id = $1
        ORDER BY (role = 'alcalde') DESC, name, id`,
      [municipalityId],
    );
  }

  private async memberRow(
    manager: EntityManager,
    municipalityId: string,
    memberId: string,
  ): Promise<MemberRow> {
    const row = await queryOne<MemberRow>(
      manager,
      `SELECT id, name, role, user_id, active_from::text AS active_from, active_to::text AS active_to
         FROM council_members WHERE municipality_id = $1 AND id = $2 FOR UPDATE`,
      [municipalityId, memberId],
    );
    if (!row) throw new NotFoundError('El miembro del Concejo');
    return row;
  }

  private absenceRows(manager: EntityManager, municipalityId: string): Promise<AbsenceRow[]> {
    return queryRows<AbsenceRow>(
      manager,
      `SELECT id, member_id, kind, from_date::text AS from_date, to_date::text AS to_date, instrument
         FROM council_absences WHERE municipality_id = $1 ORDER BY from_date, created_at, id`,
      [municipalityId],
    );
  }

  /** The Concejo on `date`: the members whose mandate covers it, and their leaves. */
  private councilOf(
    profile: MunicipalityProfile,
    members: readonly MemberRow[],
    absences: readonly AbsenceRow[],
    date: CivilDate,
  ): Council {
    const active = members.filter((m) => isActiveOn(m, date));
    const ids = new Set(active.map((m) => m.id));
    return {
      legalRegidores: profile.council.legalRegidores,
      members: active.map((m) => ({ id: m.id, name: m.name, role: m.role })),
      absences: absences
        .filter((a) => ids.has(a.member_id))
        .map((a) => ({ memberId: a.member_id, kind: a.kind, from: a.from_date, to: a.to_date })),
    };
  }

  private async load(
    manager: EntityManager,
    municipalityId: string,
    sessionId: string,
    lock: '' | 'FOR UPDATE' | 'FOR SHARE',
  ): Promise<Loaded> {
    const row = await queryOne<SessionRow>(
      manager,
      `SELECT ${SESSION_COLUMNS} FROM council_sessions s
        WHERE s.id = $1 AND s.municipality_id = $2 ${lock ? `${lock} OF s` : ''}`,
      [sessionId, municipalityId],
    );
    if (!row) throw new NotFoundError('La sesión del Concejo');
    const { municipality, profile } = await this.municipality(manager, municipalityId);
    const members = await this.memberRows(manager, municipalityId);
    const council = this.councilOf(
      profile,
      members,
      await this.absenceRows(manager, municipalityId),
      row.date,
    );
    const items = await queryRows<ItemRow>(
      manager,
      `SELECT i.id, i.session_id, i.position, i.item_type, i.title, i.workflow_instance_id,
              w.kind AS workflow_kind, i.authorises_addenda, i.vote_status
         FROM council_agenda_items i LEFT JOIN workflow_instances w ON w.id = i.workflow_instance_id
        WHERE i.session_id = $1 ORDER BY i.position`,
      [sessionId],
    );
    const attendance = await queryRows<AttendanceRow>(
      manager,
      `SELECT member_id, kind, at FROM council_attendance WHERE session_id = $1 ORDER BY id`,
      [sessionId],
    );
    return {
      municipality,
      profile,
      municipalityId,
      row,
      council,
      names: new Map(members.map((m) => [m.id, m.name])),
      session: {
        kind: row.kind,
        date: row.date,
        convokedOn: row.convoked_on,
        presidingMemberId: row.presiding_member_id,
        agenda: items.map((i) => ({ id: i.id, itemType: i.item_type, title: i.title })),
      },
      items,
      attendance: attendance.map((a) => ({ memberId: a.member_id, kind: a.kind, at: a.at })),
    };
  }

  private attendanceView(loaded: Loaded, event: AttendanceEvent): AttendanceView {
    return {
      memberId: event.memberId,
      memberName: loaded.names.get(event.memberId) ?? event.memberId,
      kind: event.kind,
      at: event.at.toISOString(),
    };
  }

  private async view(manager: EntityManager, loaded: Loaded): Promise<SessionView> {
    const itemIds = loaded.items.map((i) => i.id);
    const ballots = await queryRows<BallotRow>(
      manager,
      `SELECT item_id, member_id, choice, reason, at FROM council_votes
        WHERE item_id = ANY($1::uuid[]) ORDER BY at, id`,
      [itemIds],
    );
    const decisions = await queryRows<DecisionRow>(
      manager,
      `SELECT item_id, outcome, a_favor, en_contra, abstenciones, required, base_size,
              casting_member_id, casting_choice, decided_at
         FROM council_item_decisions WHERE item_id = ANY($1::uuid[])`,
      [itemIds],
    );
    const acuerdos = await queryRows<AcuerdoRow>(
      manager,
      `SELECT ${ACUERDO_COLUMNS} FROM ${ACUERDO_FROM} WHERE a.session_id = $1`,
      [loaded.row.id],
    );
    const at = this.now(loaded);
    const agenda = loaded.items.map((item): AgendaItemView => {
      const decision = decisions.find((d) => d.item_id === item.id);
      const acuerdo = acuerdos.find((a) => a.item_id === item.id);
      return {
        id: item.id,
        position: item.position,
        itemType: item.item_type,
        title: item.title,
        workflowInstanceId: item.workflow_instance_id,
        workflowKind: item.workflow_kind ?? null,
        authorisesAddenda: item.authorises_addenda,
        voteStatus: item.vote_status,
        ballots: ballots
          .filter((b) => b.item_id === item.id)
          .map((b) => ({
            memberId: b.member_id,
            memberName: loaded.names.get(b.member_id) ?? b.member_id,
            choice: b.choice,
            reason: b.reason,
            at: b.at.toISOString(),
          })),
        decision: decision
          ? {
              outcome: decision.outcome,
              aFavor: decision.a_favor,
              enContra: decision.en_contra,
              abstenciones: decision.abstenciones,
              required: decision.required,
              baseSize: decision.base_size,
              castingVote:
                decision.casting_member_id && decision.casting_choice
                  ? { memberId: decision.casting_member_id, choice: decision.casting_choice }
                  : null,
              decidedAt: decision.decided_at.toISOString(),
            }
          : null,
        acuerdo: acuerdo
          ? {
              id: acuerdo.id,
              number: acuerdo.number,
              inForceFrom: acuerdo.in_force_from?.toISOString() ?? null,
            }
          : null,
      };
    });
    return {
      ...summaryOf(loaded.row),
      presidingMemberName: loaded.names.get(loaded.row.presiding_member_id) ?? '',
      actaSettledAt: loaded.row.acta_settled_at?.toISOString() ?? null,
      actaApprovedInSessionId: loaded.row.acta_approved_in,
      orderOfBusiness: orderOfBusiness(loaded.session.kind, loaded.profile.council.orderOfBusiness),
      agenda,
      attendance: loaded.attendance.map((e) => this.attendanceView(loaded, e)),
      quorum: quorumView(quorumAt(loaded.council, loaded.session.date, loaded.attendance, at)),
    };
  }
}

function invalid(problems: FieldProblem[]): DomainError {
  return new DomainError(
    ErrorCode.VALIDATION_FAILED,
    `Datos inválidos en: ${problems.map((p) => p.field).join(', ')}.`,
    { errors: problems },
  );
}

const isActiveOn = (member: MemberRow, date: CivilDate) =>
  member.active_from <= date && (member.active_to === null || date <= member.active_to);

/** What the audit keeps of a decided vote. */
const auditedDecision = (
  sessionId: string,
  itemId: string,
  tally: Tally,
  acuerdo: AcuerdoView | null,
) => ({
  sessionId,
  itemId,
  outcome: tally.outcome,
  aFavor: tally.count.aFavor,
  enContra: tally.count.enContra,
  abstenciones: tally.count.abstenciones,
  required: tally.required,
  baseSize: tally.baseSize,
  acuerdo: acuerdo?.number ?? null,
});

function resultOf(tally: Tally, acuerdo: AcuerdoView | null): VoteResultView {
  return {
    outcome: tally.outcome,
    aFavor: tally.count.aFavor,
    enContra: tally.count.enContra,
    abstenciones: tally.count.abstenciones,
    required: tally.required,
    baseSize: tally.baseSize,
    decidedByCastingVote: tally.decidedByCastingVote,
    acuerdo,
  };
}
