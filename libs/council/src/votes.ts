import { DomainError } from '#core';
import { councilError } from './council.errors.js';
import {
  decideByMajority,
  type MajorityBases,
  type MajorityDecision,
  type MajorityRule,
  type VoteChoice,
  type VoteCount,
  type VoteOutcome,
} from './majority.js';
import { type Council, habilMembers, memberOf, memberRefusal, numeroLegal } from './members.js';
import { type AttendanceEvent, membersInRoom, quorumAt } from './quorum.js';
import { agendaItemRefusal, type CouncilSession } from './sessions.js';

export interface Ballot {
  readonly memberId: string;
  readonly choice: VoteChoice;
  /** Required for an abstention: the member states why (recorded in the acta). */
  readonly reason?: string;
}

/** LOM Art. 17: who presides breaks a tie, for or against. */
export interface CastingVote {
  readonly memberId: string;
  readonly choice: Exclude<VoteChoice, 'abstencion'>;
}

/** The vote on one agenda item. */
export interface ItemVote {
  readonly itemId: string;
  readonly ballots: readonly Ballot[];
  readonly castingVote?: CastingVote;
}

/** Where and when a vote is cast: the Concejo, its session, the attendance so far, the instant. */
export interface VotingContext {
  readonly council: Council;
  readonly session: CouncilSession;
  readonly attendance: readonly AttendanceEvent[];
  readonly at: Date;
}

export const openVote = (itemId: string): ItemVote => ({ itemId, ballots: [] });

/**
 * Records a member's vote on an agenda item. Refused: in a solemn session, an item not on the
 * agenda (an extraordinaria's is locked, LOM Art. 13), without quorum in the room (Art. 16), by
 * whom is not a member or not hábil that day, not in the room, twice, or an abstention without reason.
 */
export function castVote(context: VotingContext, vote: ItemVote, ballot: Ballot): ItemVote {
  const { council, session, attendance, at } = context;
  const agenda = agendaItemRefusal(session, vote.itemId);
  if (agenda) throw DomainError.of(agenda);
  const notMember = memberRefusal(council, ballot.memberId, session.date);
  if (notMember) throw DomainError.of(notMember);
  const name = memberOf(council, ballot.memberId)?.name ?? ballot.memberId;
  if (!membersInRoom(attendance, at).has(ballot.memberId))
    throw councilError(
      'NOT_PRESENT',
      `${name} no está en la sala: vota quien está presente al momento de la votación.`,
    );
  const quorum = quorumAt(council, session.date, attendance, at);
  if (!quorum.hasQuorum)
    throw councilError(
      'NO_QUORUM',
      `No hay quórum: están ${quorum.presentHabiles.length} de ${quorum.numeroHabil} miembros hábiles y se requieren ${quorum.required}, la mitad más uno (LOM Art. 16).`,
      { present: quorum.presentHabiles.length, required: quorum.required },
    );
  if (vote.ballots.some((b) => b.memberId === ballot.memberId))
    throw councilError('ALREADY_VOTED', `${name} ya votó en este asunto.`);
  const reason = ballot.reason?.trim() ?? '';
  if (ballot.choice === 'abstencion' && reason === '')
    throw councilError(
      'ABSTENTION_NEEDS_REASON',
      'Quien se abstiene debe fundamentar su abstención; el fundamento consta en el acta.',
      { errors: [{ field: 'reason', messages: ['indique el fundamento de la abstención'] }] },
    );
  const recorded: Ballot =
    ballot.choice === 'abstencion'
      ? { memberId: ballot.memberId, choice: ballot.choice, reason }
      : { memberId: ballot.memberId, choice: ballot.choice };
  return { ...vote, ballots: [...vote.ballots, recorded] };
}

/** The hábil members in the room who have not voted yet on the item. */
export function pendingVoters(context: VotingContext, vote: ItemVote): string[] {
  const inRoom = membersInRoom(context.attendance, context.at);
  const voted = new Set(vote.ballots.map((b) => b.memberId));
  return habilMembers(context.council, context.session.date)
    .filter((m) => inRoom.has(m.id) && !voted.has(m.id))
    .map((m) => m.id);
}

export interface Tally extends MajorityDecision {
  readonly count: VoteCount;
  readonly bases: MajorityBases;
  /** The majority's outcome; a tie settled by the casting vote shows as approved or rejected. */
  readonly outcome: VoteOutcome;
  /** True when a casting vote settled a tie. */
  readonly decidedByCastingVote: boolean;
}

/**
 * The count of a vote under the item type's rule, at the context's instant: the ballots, the bases
 * (present, hábiles, legal; regidores only when the rule says so) and the outcome.
 */
export function tallyVote(context: VotingContext, vote: ItemVote, rule: MajorityRule): Tally {
  const { council, session, attendance, at } = context;
  const counts = (id: string) => !rule.regidoresOnly || memberOf(council, id)?.role === 'regidor';
  const ballots = vote.ballots.filter((b) => counts(b.memberId));
  const count: VoteCount = {
    aFavor: ballots.filter((b) => b.choice === 'a_favor').length,
    enContra: ballots.filter((b) => b.choice === 'en_contra').length,
    abstenciones: ballots.filter((b) => b.choice === 'abstencion').length,
  };
  const bases: MajorityBases = {
    present: quorumAt(council, session.date, attendance, at).presentHabiles.filter(counts).length,
    habiles: habilMembers(council, session.date).filter((m) => counts(m.id)).length,
    legal: rule.regidoresOnly ? council.legalRegidores : numeroLegal(council),
  };
  const decision = decideByMajority(count, rule, bases);
  if (decision.outcome === 'tie' && vote.castingVote)
    return {
      ...decision,
      count,
      bases,
      outcome: vote.castingVote.choice === 'a_favor' ? 'approved' : 'rejected',
      decidedByCastingVote: true,
    };
  return { ...decision, count, bases, decidedByCastingVote: false };
}

/**
 * LOM Art. 17: «el alcalde tiene voto dirimente en caso de empate». Only on a tie, once, by who
 * presides the session (the Alcalde or who replaces him), present in the room, for or against.
 */
export function castCastingVote(
  context: VotingContext,
  vote: ItemVote,
  rule: MajorityRule,
  casting: CastingVote,
): ItemVote {
  const { session, attendance, at } = context;
  if (vote.castingVote)
    throw councilError('ALREADY_VOTED', 'El empate ya fue dirimido en este asunto.');
  if (casting.memberId !== session.presidingMemberId)
    throw councilError(
      'CASTING_VOTE_NOT_PRESIDING',
      'El voto dirimente corresponde a quien preside la sesión (LOM Art. 17).',
    );
  if (
    (casting.choice as VoteChoice) !== 'a_favor' &&
    (casting.choice as VoteChoice) !== 'en_contra'
  )
    throw councilError('CASTING_VOTE_MUST_DECIDE', 'El voto dirimente es a favor o en contra.', {
      errors: [{ field: 'choice', messages: ['debe ser a_favor o en_contra'] }],
    });
  if (!membersInRoom(attendance, at).has(casting.memberId))
    throw councilError('NOT_PRESENT', 'Quien preside debe estar en la sala para dirimir.');
  const tally = tallyVote(context, vote, rule);
  if (tally.outcome !== 'tie')
    throw councilError(
      'CASTING_VOTE_ONLY_ON_TIE',
      rule.majority === 'simple'
        ? `No hay empate (${tally.count.aFavor} a favor, ${tally.count.enContra} en contra): el voto dirimente solo decide un empate (LOM Art. 17).`
        : `El asunto requiere ${tally.required} votos a favor (${rule.basis}); el voto dirimente solo decide un empate de la mayoría simple (LOM Art. 17).`,
    );
  return { ...vote, castingVote: { memberId: casting.memberId, choice: casting.choice } };
}
