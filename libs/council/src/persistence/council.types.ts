import type { CivilDate } from '#calendar';
import type { AbsenceKind, CouncilRole } from '../members.js';
import type { AttendanceKind } from '../quorum.js';
import type { SessionKind } from '../sessions.js';
import type { VoteChoice } from '../majority.js';

/** What the API answers about the Concejo (docs/concejo.md); dates AAAA-MM-DD, instants ISO. */

export interface AbsenceView {
  readonly id: string;
  readonly kind: AbsenceKind;
  readonly from: CivilDate;
  readonly to: CivilDate | null;
  readonly instrument: string;
}

export interface MemberView {
  readonly id: string;
  readonly name: string;
  readonly role: CouncilRole;
  readonly userId: string | null;
  readonly activeFrom: CivilDate;
  readonly activeTo: CivilDate | null;
  /** Hábil today (not on leave nor suspended, LOM Art. 16). */
  readonly habilToday: boolean;
  readonly absences: AbsenceView[];
}

export interface MemberListView {
  /** `council.legalRegidores` of the profile plus the Alcalde. */
  readonly numeroLegal: number;
  readonly numeroHabilToday: number;
  readonly items: MemberView[];
}

export type SessionStatus = 'convocada' | 'en_curso' | 'levantada';
export type ActaStatus = 'pendiente' | 'dispensada' | 'aprobada';
export type VoteStatus = 'pendiente' | 'en_votacion' | 'decidido';

export interface QuorumView {
  readonly numeroHabil: number;
  readonly required: number;
  readonly present: number;
  readonly presentMemberIds: string[];
  readonly hasQuorum: boolean;
}

export interface SessionSummaryView {
  readonly id: string;
  readonly kind: SessionKind;
  readonly date: CivilDate;
  readonly convokedOn: CivilDate;
  readonly status: SessionStatus;
  readonly agendaLocked: boolean;
  readonly presidingMemberId: string;
  readonly actaStatus: ActaStatus;
  readonly items: number;
}

export interface BallotView {
  readonly memberId: string;
  readonly memberName: string;
  readonly choice: VoteChoice;
  readonly reason: string | null;
  readonly at: string;
}

export interface DecisionView {
  readonly outcome: 'approved' | 'rejected';
  readonly aFavor: number;
  readonly enContra: number;
  readonly abstenciones: number;
  readonly required: number | null;
  readonly baseSize: number | null;
  readonly castingVote: { memberId: string; choice: 'a_favor' | 'en_contra' } | null;
  readonly decidedAt: string;
}

export interface AgendaItemView {
  readonly id: string;
  readonly position: number;
  readonly itemType: string;
  readonly title: string;
  readonly workflowInstanceId: string | null;
  /** The kind of the linked file (convenios, budget-reviews…), for a link to it. */
  readonly workflowKind: string | null;
  readonly authorisesAddenda: boolean;
  readonly voteStatus: VoteStatus;
  readonly ballots: BallotView[];
  readonly decision: DecisionView | null;
  readonly acuerdo: { id: string; number: string; inForceFrom: string | null } | null;
}

export interface AttendanceView {
  readonly memberId: string;
  readonly memberName: string;
  readonly kind: AttendanceKind;
  readonly at: string;
}

export interface SessionView extends SessionSummaryView {
  readonly presidingMemberName: string;
  readonly actaSettledAt: string | null;
  readonly actaApprovedInSessionId: string | null;
  readonly orderOfBusiness: string[];
  readonly agenda: AgendaItemView[];
  readonly attendance: AttendanceView[];
  readonly quorum: QuorumView;
}

/** The answer to closing a vote or casting the deciding vote. */
export interface VoteResultView {
  /** `tie`: a simple majority tied; it waits for the casting vote of who presides. */
  readonly outcome: 'approved' | 'rejected' | 'tie';
  readonly aFavor: number;
  readonly enContra: number;
  readonly abstenciones: number;
  readonly required: number | null;
  readonly baseSize: number | null;
  readonly decidedByCastingVote: boolean;
  /** The Acuerdo's number when approved. */
  readonly acuerdo: AcuerdoView | null;
}

export interface AcuerdoView {
  readonly id: string;
  readonly number: string;
  readonly year: number;
  readonly sequence: number;
  readonly sessionId: string;
  readonly sessionDate: CivilDate;
  readonly itemId: string;
  readonly itemType: string;
  readonly title: string;
  readonly adoptedAt: string;
  /** Null until the acta is approved or its reading dispensed. */
  readonly inForceFrom: string | null;
}

/** Where an Acuerdo pending execution stands (docs/concejo.md). */
export type AcuerdoPendingStage =
  /** Adopted, its acta still pending: not yet in force. */
  | 'not_in_force'
  /** In force, and the file it decided has not moved since. */
  | 'awaiting_execution';

export interface PendingAcuerdoView {
  readonly id: string;
  readonly number: string;
  readonly sessionId: string;
  readonly sessionDate: CivilDate;
  readonly itemType: string;
  /** The matter, as the agenda names it. */
  readonly title: string;
  readonly stage: AcuerdoPendingStage;
  readonly adoptedAt: string;
  readonly inForceFrom: string | null;
  /** Since when it waits: its adoption (not in force) or the decision it sent the file. */
  readonly since: string;
  /** The file it decided (a convenio, a budget document), if any. */
  readonly file: { readonly kind: string; readonly id: string; readonly state: string } | null;
}

export interface NewMember {
  readonly name: string;
  readonly role: CouncilRole;
  readonly userId?: string;
  readonly activeFrom: CivilDate;
  readonly activeTo?: CivilDate;
}

export interface NewAbsence {
  readonly kind: AbsenceKind;
  readonly from: CivilDate;
  readonly to?: CivilDate;
  readonly instrument: string;
}

export interface NewAgendaItem {
  readonly itemType: string;
  readonly title: string;
  readonly workflowInstanceId?: string;
  /** On a convenio: the Acuerdo also authorises the Alcalde to sign its adendas. */
  readonly authorisesAddenda?: boolean;
}

export interface NewSession {
  readonly kind: SessionKind;
  readonly date: CivilDate;
  /** Defaults to the Alcalde. */
  readonly presidingMemberId?: string;
  readonly agenda: readonly NewAgendaItem[];
}

export interface ItemTypeView {
  readonly code: string;
  readonly name: string;
  readonly majority: string;
  readonly basis: string;
}

/** A regidor's pedido de información as the Secretaría General registers it (Ley 31433). */
export interface NewInformationRequest {
  /** The regidor (a council member, not a user). */
  readonly requesterId: string;
  readonly subject: string;
  readonly details: string;
  /** Defaults to the session's day when raised in one, else today in the municipality's zone. */
  readonly filedOn?: CivilDate;
  /** The session in whose «pedidos» stage it was raised. */
  readonly sessionId?: string;
}

/** `open` while the Gerencia works on it or the Secretaría reviews the answer; then answered or cancelled. */
export const INFORMATION_REQUEST_STATUSES = ['open', 'answered', 'cancelled'] as const;
export type InformationRequestStatus = (typeof INFORMATION_REQUEST_STATUSES)[number];

export interface InformationRequestView {
  readonly id: string;
  /** E.g. «Pedido de información N° 003-2026». */
  readonly reference: string;
  readonly year: number;
  readonly sequence: number;
  readonly requesterId: string;
  readonly requesterName: string;
  readonly subject: string;
  readonly details: string;
  readonly filedOn: CivilDate;
  /** The last día hábil to answer (profile `council.informationRequests`). */
  readonly dueOn: CivilDate;
  readonly sessionId: string | null;
  /** The Gerencia Municipal's mandate (encargo) that carries it. */
  readonly mandateId: string;
  readonly mandateState: string;
  readonly status: InformationRequestStatus;
  /** Still open after its last day. */
  readonly overdue: boolean;
  readonly createdAt: string;
}
