import { at, councilOf, sessionOf, shippedProfile, votingIn } from '#council/testing';
import { DomainError } from '#core';
import { decideByMajority, votesRequired, type VoteChoice } from './majority.js';
import { itemTypeRule } from './sessions.js';
import {
  type Ballot,
  castCastingVote,
  castVote,
  type ItemVote,
  openVote,
  pendingVoters,
  tallyVote,
  type VotingContext,
} from './votes.js';

const { council: ric } = shippedProfile('mml');
const rule = (code: string) => itemTypeRule(ric.itemTypes, code);
const ALL = ['alcalde', 'r1', 'r2', 'r3', 'r4', 'r5'];

const thrown = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError
      ? { code: error.code, status: error.status, detail: error.detail, extras: error.extras }
      : error;
  }
};

/** Casts `choices` in order (member id → vote); abstentions with a reason. */
function voteAll(
  context: VotingContext,
  choices: Record<string, VoteChoice>,
  itemId = 'i1',
): ItemVote {
  return Object.entries(choices).reduce(
    (vote, [memberId, choice]) =>
      castVote(context, vote, {
        memberId,
        choice,
        ...(choice === 'abstencion' ? { reason: 'Conflicto de interés' } : {}),
      }),
    openVote(itemId),
  );
}

describe('votes of the Concejo (LOM Art. 16, 17)', () => {
  it('each present hábil member votes a favor, en contra or abstención; the Alcalde votes too', () => {
    const context = votingIn(councilOf(5), ALL);
    const vote = voteAll(context, {
      alcalde: 'a_favor',
      r1: 'a_favor',
      r2: 'en_contra',
      r3: 'abstencion',
    });
    expect(vote.ballots).toEqual([
      { memberId: 'alcalde', choice: 'a_favor' },
      { memberId: 'r1', choice: 'a_favor' },
      { memberId: 'r2', choice: 'en_contra' },
      { memberId: 'r3', choice: 'abstencion', reason: 'Conflicto de interés' },
    ]);
    expect(pendingVoters(context, vote)).toEqual(['r4', 'r5']);
  });

  it('LOM Art. 16: no vote without quorum in the room (NO_QUORUM, 409)', () => {
    const context = votingIn(councilOf(5), ['alcalde', 'r1', 'r2']);
    expect(
      thrown(() => castVote(context, openVote('i1'), { memberId: 'r1', choice: 'a_favor' })),
    ).toMatchObject({
      code: 'NO_QUORUM',
      status: 409,
      detail:
        'No hay quórum: están 3 de 6 miembros hábiles y se requieren 4, la mitad más uno (LOM Art. 16).',
      extras: { present: 3, required: 4 },
    });
  });

  it('LOM Art. 16: quorum lost when members leave the room stops the vote', () => {
    const base = votingIn(councilOf(5), ['alcalde', 'r1', 'r2', 'r3']);
    const context: VotingContext = {
      ...base,
      attendance: [
        ...base.attendance,
        { memberId: 'r3', kind: 'retiro', at: at('2026-03-10', '09:50') },
      ],
    };
    expect(
      thrown(() => castVote(context, openVote('i1'), { memberId: 'r1', choice: 'a_favor' })),
    ).toMatchObject({
      code: 'NO_QUORUM',
    });
  });

  it('LOM Art. 16: a member on leave on the session day may not vote, even in the room (MEMBER_NOT_HABIL, 403)', () => {
    const council = councilOf(5, [
      { memberId: 'r5', kind: 'licencia', from: '2026-03-01', to: '2026-03-31' },
    ]);
    const context = votingIn(council, ALL);
    expect(
      thrown(() => castVote(context, openVote('i1'), { memberId: 'r5', choice: 'a_favor' })),
    ).toMatchObject({
      code: 'MEMBER_NOT_HABIL',
      status: 403,
    });
    expect(pendingVoters(context, openVote('i1'))).not.toContain('r5');
  });

  it('only who is in the room votes (NOT_PRESENT), once (ALREADY_VOTED), and not a stranger (NOT_A_MEMBER)', () => {
    const context = votingIn(councilOf(5), ['alcalde', 'r1', 'r2', 'r3']);
    const vote = castVote(context, openVote('i1'), { memberId: 'r1', choice: 'a_favor' });
    expect(
      thrown(() => castVote(context, vote, { memberId: 'r4', choice: 'a_favor' })),
    ).toMatchObject({
      code: 'NOT_PRESENT',
      status: 409,
    });
    expect(
      thrown(() => castVote(context, vote, { memberId: 'r1', choice: 'en_contra' })),
    ).toMatchObject({
      code: 'ALREADY_VOTED',
      status: 409,
    });
    expect(
      thrown(() => castVote(context, vote, { memberId: 'gerente', choice: 'a_favor' })),
    ).toMatchObject({
      code: 'NOT_A_MEMBER',
    });
  });

  it('an abstention states its reason (ABSTENTION_NEEDS_REASON, 400 on the field reason)', () => {
    const context = votingIn(councilOf(5), ALL);
    for (const ballot of [
      { memberId: 'r1', choice: 'abstencion' },
      { memberId: 'r1', choice: 'abstencion', reason: '   ' },
    ] as Ballot[])
      expect(thrown(() => castVote(context, openVote('i1'), ballot))).toEqual({
        code: 'ABSTENTION_NEEDS_REASON',
        status: 400,
        detail:
          'Quien se abstiene debe fundamentar su abstención; el fundamento consta en el acta.',
        extras: {
          errors: [{ field: 'reason', messages: ['indique el fundamento de la abstención'] }],
        },
      });
  });

  it('LOM Art. 13: an extraordinaria votes only its convened items (NOT_ON_AGENDA); a solemne votes nothing', () => {
    const extraordinary = votingIn(
      councilOf(5),
      ALL,
      sessionOf({ kind: 'extraordinaria', convokedOn: '2026-03-02' }),
    );
    expect(
      thrown(() =>
        castVote(extraordinary, openVote('otro'), { memberId: 'r1', choice: 'a_favor' }),
      ),
    ).toMatchObject({
      code: 'NOT_ON_AGENDA',
      status: 409,
    });
    const solemn = votingIn(councilOf(5), ALL, sessionOf({ kind: 'solemne' }));
    expect(
      thrown(() => castVote(solemn, openVote('i1'), { memberId: 'r1', choice: 'a_favor' })),
    ).toMatchObject({
      code: 'NO_VOTES_IN_SOLEMN_SESSION',
    });
  });
});

describe('majorities (LOM Art. 17) and the casting vote', () => {
  it('LOM Art. 17, simple majority: more in favour than against among those who vote; abstentions count neither way', () => {
    const context = votingIn(councilOf(5), ALL);
    const vote = voteAll(context, {
      r1: 'a_favor',
      r2: 'a_favor',
      r3: 'en_contra',
      r4: 'abstencion',
      r5: 'abstencion',
    });
    expect(tallyVote(context, vote, rule('convenio'))).toEqual({
      outcome: 'approved',
      required: null,
      baseSize: null,
      count: { aFavor: 2, enContra: 1, abstenciones: 2 },
      bases: { present: 6, habiles: 6, legal: 6 },
      decidedByCastingVote: false,
    });
    const against = voteAll(context, { r1: 'a_favor', r2: 'en_contra', r3: 'en_contra' });
    expect(tallyVote(context, against, rule('convenio')).outcome).toBe('rejected');
    // Everyone abstaining is 0 to 0: a tie, for the casting vote.
    const abstaining = voteAll(context, { r1: 'abstencion', r2: 'abstencion' });
    expect(tallyVote(context, abstaining, rule('convenio')).outcome).toBe('tie');
  });

  it('LOM Art. 17: a tie awaits the casting vote of who presides, and it decides for or against', () => {
    const context = votingIn(councilOf(5), ALL);
    const tie = voteAll(context, {
      alcalde: 'a_favor',
      r1: 'a_favor',
      r2: 'en_contra',
      r3: 'en_contra',
      r4: 'abstencion',
    });
    expect(tallyVote(context, tie, rule('convenio')).outcome).toBe('tie');
    const approved = castCastingVote(context, tie, rule('convenio'), {
      memberId: 'alcalde',
      choice: 'a_favor',
    });
    expect(tallyVote(context, approved, rule('convenio'))).toMatchObject({
      outcome: 'approved',
      decidedByCastingVote: true,
    });
    const rejected = castCastingVote(context, tie, rule('convenio'), {
      memberId: 'alcalde',
      choice: 'en_contra',
    });
    expect(tallyVote(context, rejected, rule('convenio'))).toMatchObject({
      outcome: 'rejected',
      decidedByCastingVote: true,
    });
    expect(
      thrown(() =>
        castCastingVote(context, approved, rule('convenio'), {
          memberId: 'alcalde',
          choice: 'a_favor',
        }),
      ),
    ).toMatchObject({ code: 'ALREADY_VOTED' });
  });

  it('LOM Art. 17: the casting vote only on a tie (CASTING_VOTE_ONLY_ON_TIE), only by who presides (CASTING_VOTE_NOT_PRESIDING), for or against', () => {
    const context = votingIn(councilOf(5), ALL);
    const carried = voteAll(context, { r1: 'a_favor', r2: 'a_favor', r3: 'en_contra' });
    expect(
      thrown(() =>
        castCastingVote(context, carried, rule('convenio'), {
          memberId: 'alcalde',
          choice: 'en_contra',
        }),
      ),
    ).toMatchObject({
      code: 'CASTING_VOTE_ONLY_ON_TIE',
      status: 409,
      detail:
        'No hay empate (2 a favor, 1 en contra): el voto dirimente solo decide un empate (LOM Art. 17).',
    });
    const tie = voteAll(context, { r1: 'a_favor', r2: 'en_contra' });
    expect(
      thrown(() =>
        castCastingVote(context, tie, rule('convenio'), { memberId: 'r1', choice: 'a_favor' }),
      ),
    ).toMatchObject({ code: 'CASTING_VOTE_NOT_PRESIDING', status: 403 });
    expect(
      thrown(() =>
        castCastingVote(context, tie, rule('convenio'), {
          memberId: 'alcalde',
          choice: 'abstencion' as 'a_favor',
        }),
      ),
    ).toMatchObject({ code: 'CASTING_VOTE_MUST_DECIDE', status: 400 });
  });

  it('LOM Art. 17: when the teniente alcalde presides, the casting vote is his', () => {
    const context = votingIn(
      councilOf(5),
      ['r1', 'r2', 'r3', 'r4'],
      sessionOf({ presidingMemberId: 'r1' }),
    );
    const tie = voteAll(context, {
      r1: 'a_favor',
      r2: 'a_favor',
      r3: 'en_contra',
      r4: 'en_contra',
    });
    const decided = castCastingVote(context, tie, rule('convenio'), {
      memberId: 'r1',
      choice: 'a_favor',
    });
    expect(tallyVote(context, decided, rule('convenio')).outcome).toBe('approved');
  });

  it('LOM Art. 23: vacancia needs 2/3 of the número legal: MML 27 of 40; 26 in favour is rejected however few vote against', () => {
    const council = councilOf(39);
    const ids = council.members.map((m) => m.id);
    const context = votingIn(council, ids);
    const votes = (inFavour: number) =>
      voteAll(
        context,
        Object.fromEntries(ids.slice(0, inFavour).map((id) => [id, 'a_favor' as const])),
      );
    expect(tallyVote(context, votes(26), rule('vacancia'))).toMatchObject({
      outcome: 'rejected',
      required: 27,
      baseSize: 40,
    });
    expect(tallyVote(context, votes(27), rule('vacancia')).outcome).toBe('approved');
  });

  it('a qualified majority missed is rejected, and a tie there is no tie: the casting vote does not reach a number of votes', () => {
    const context = votingIn(councilOf(5), ALL);
    const even = voteAll(context, {
      alcalde: 'a_favor',
      r1: 'a_favor',
      r2: 'a_favor',
      r3: 'en_contra',
      r4: 'en_contra',
      r5: 'en_contra',
    });
    expect(tallyVote(context, even, rule('vacancia'))).toMatchObject({
      outcome: 'rejected',
      required: 4,
    });
    expect(
      thrown(() =>
        castCastingVote(context, even, rule('vacancia'), {
          memberId: 'alcalde',
          choice: 'a_favor',
        }),
      ),
    ).toMatchObject({ code: 'CASTING_VOTE_ONLY_ON_TIE' });
  });

  it('LOM Art. 9 inc. 30 and Art. 27: removing the Gerente needs 2/3 of the hábiles regidores: the Alcalde neither counts in the base nor in the votes', () => {
    // 5 regidores, one on leave: 4 hábiles regidores → 3 votes of regidores (ceil(8/3)).
    const council = councilOf(5, [
      { memberId: 'r5', kind: 'licencia', from: '2026-03-01', to: '2026-03-31' },
    ]);
    const context = votingIn(council, ['alcalde', 'r1', 'r2', 'r3', 'r4']);
    const two = voteAll(context, {
      alcalde: 'a_favor',
      r1: 'a_favor',
      r2: 'a_favor',
      r3: 'en_contra',
    });
    expect(tallyVote(context, two, rule('remocion_gerente'))).toMatchObject({
      outcome: 'rejected',
      required: 3,
      baseSize: 4,
      count: { aFavor: 2, enContra: 1, abstenciones: 0 },
      bases: { present: 4, habiles: 4, legal: 5 },
    });
    const three = voteAll(context, { r1: 'a_favor', r2: 'a_favor', r3: 'a_favor' });
    expect(tallyVote(context, three, rule('remocion_gerente')).outcome).toBe('approved');
  });

  it('LOM Art. 25: suspension by the majority of the número legal: 4 of 6, even with 2 absent', () => {
    const context = votingIn(councilOf(5), ['alcalde', 'r1', 'r2', 'r3']);
    const three = voteAll(context, {
      alcalde: 'a_favor',
      r1: 'a_favor',
      r2: 'a_favor',
      r3: 'en_contra',
    });
    expect(tallyVote(context, three, rule('suspension'))).toMatchObject({
      outcome: 'rejected',
      required: 4,
      baseSize: 6,
    });
  });

  it('Ley 31433 (LOM Art. 9 inc. 22): the Concejo asks the Gerente for information with 1/3 of the número legal of regidores: 13 of 39 in Lima', () => {
    expect(votesRequired(rule('pedido_informacion_concejo'), 39)).toBe(13);
    expect(votesRequired(rule('comision_investigadora'), 40)).toBe(10);
  });

  it('absolute majority over the present: more than half of them, floor(p/2) + 1', () => {
    const absolute = {
      majority: 'absolute' as const,
      base: 'present' as const,
      basis: 'RIC Art. 40',
    };
    const bases = { present: 10, habiles: 12, legal: 12 };
    expect(decideByMajority({ aFavor: 5, enContra: 0, abstenciones: 5 }, absolute, bases)).toEqual({
      outcome: 'rejected',
      required: 6,
      baseSize: 10,
    });
    expect(
      decideByMajority({ aFavor: 6, enContra: 4, abstenciones: 0 }, absolute, bases).outcome,
    ).toBe('approved');
  });
});
