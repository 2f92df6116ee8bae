import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const BASE = '/api/v1/council';
// Monday 2 March 2026, 10:00 in Lima.
const NOW = '2026-03-02T15:00:00Z';
const TODAY = '2026-03-02';

interface Member {
  id: string;
  name: string;
  role: string;
  userId: string | null;
  habilToday: boolean;
}
interface Item {
  id: string;
  title: string;
  voteStatus: string;
}
interface Session {
  id: string;
  agenda: Item[];
  quorum: { numeroHabil: number; required: number; present: number; hasQuorum: boolean };
}

describe('Concejo Municipal over HTTP (LOM Art. 13, 16, 17): sessions, quorum, votes, Acuerdos', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let mml: Member[] = [];
  let mdm: Member[] = [];
  let s1: Session;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    const admin = await t.login('mml.admin');
    const clock = await t.http
      .post('/api/v1/admin/clock')
      .set({ authorization: `Bearer ${admin}` })
      .send({ now: NOW });
    expect(clock.status).toBe(200);
    for (const user of [
      'mml.admin',
      'mml.secretaria',
      'mml.gerente',
      'megantoni.secretaria',
      'megantoni.alcalde',
    ])
      tokens[user] = await t.login(user);
  });
  afterAll(async () => {
    await t.close();
  });

  const auth = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const get = (user: string, path: string) => t.http.get(`${BASE}${path}`).set(auth(user));
  const post = (user: string, path: string, body: object = {}) =>
    t.http.post(`${BASE}${path}`).set(auth(user)).send(body);
  const sg = (path: string, body: object = {}) => post('mml.secretaria', path, body);
  const regidor = (n: number) => mml.filter((m) => m.role === 'regidor')[n - 1] as Member;
  const alcalde = () => mml.find((m) => m.role === 'alcalde') as Member;
  const item = (title: string) => s1.agenda.find((i) => i.title === title) as Item;
  const arrive = (sessionId: string, member: Member, user = 'mml.secretaria') =>
    post(user, `/sessions/${sessionId}/attendance`, { memberId: member.id, kind: 'llegada' });
  const vote = (itemId: string, member: Member, choice: string, reason?: string) =>
    sg(`/sessions/${s1.id}/items/${itemId}/ballots`, {
      memberId: member.id,
      choice,
      ...(reason ? { reason } : {}),
    });
  const counts = async () =>
    (
      await t.query<{ votes: number; decisions: number; acuerdos: number; entries: number }>(
        `SELECT (SELECT count(*)::int FROM council_votes) AS votes,
                (SELECT count(*)::int FROM council_item_decisions) AS decisions,
                (SELECT count(*)::int FROM council_acuerdos) AS acuerdos,
                (SELECT count(*)::int FROM register_entries WHERE council_item_id IS NOT NULL) AS entries`,
      )
    )[0];

  it('documents the routes under the tag concejo', async () => {
    const docs = await t.http.get('/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        `${BASE}/members`,
        `${BASE}/sessions`,
        `${BASE}/sessions/{id}/items/{itemId}/vote/close`,
        `${BASE}/acuerdos`,
      ]),
    );
  });

  it('seeds the demo Concejos: MML 39 regidores + Alcalde, Megantoni 5 + Alcalde, the Alcalde linked to his user', async () => {
    const list = await get('mml.gerente', '/members');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ numeroLegal: 40, numeroHabilToday: 40 });
    mml = list.body.items as Member[];
    expect(mml.filter((m) => m.role === 'regidor')).toHaveLength(39);
    const [alcaldeUser] = await t.query<{ id: string }>(
      `SELECT id FROM users WHERE username = 'mml.alcalde'`,
    );
    expect(alcalde().userId).toBe(alcaldeUser?.id);
    const other = await get('megantoni.secretaria', '/members');
    expect(other.body).toMatchObject({ numeroLegal: 6, numeroHabilToday: 6 });
    mdm = other.body.items as Member[];
    expect(mdm).toHaveLength(6);
  });

  it('ADMIN administers and never acts in the Concejo: 403 on reading and on convening', async () => {
    expectProblem(await get('mml.admin', '/members'), 403, 'FORBIDDEN');
    expectProblem(await get('mml.admin', '/sessions'), 403, 'FORBIDDEN');
    expectProblem(
      await post('mml.admin', '/sessions', { kind: 'ordinaria', date: TODAY, agenda: [] }),
      403,
      'FORBIDDEN',
    );
    // Reading is everyone's; writing, the Secretaría General's.
    expectProblem(
      await post('mml.gerente', '/sessions', { kind: 'ordinaria', date: TODAY, agenda: [] }),
      403,
      'FORBIDDEN',
    );
  });

  it('registers a licencia with its instrument: the regidor is not hábil those days', async () => {
    const bad = await sg(`/members/${regidor(1).id}/absences`, {
      kind: 'vacaciones',
      from: '2026-03-05',
      to: '2026-03-01',
      instrument: '',
    });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(fields(bad.body)).toEqual(['instrument', 'kind']);
    const leave = await sg(`/members/${regidor(1).id}/absences`, {
      kind: 'licencia',
      from: '2026-03-01',
      to: '2026-03-15',
      instrument: 'Acuerdo de Concejo N° 010-2026-MML',
    });
    expect(leave.status).toBe(201);
    expect(leave.body).toMatchObject({ habilToday: false, absences: [{ kind: 'licencia' }] });
    expect((await get('mml.gerente', '/members')).body.numeroHabilToday).toBe(39);
  });

  it('convenes an ordinary session for today with its agenda; unknown item types are 400 on the field', async () => {
    const unknown = await sg('/sessions', {
      kind: 'ordinaria',
      date: TODAY,
      agenda: [{ itemType: 'fiesta', title: 'Algo' }],
    });
    expectProblem(unknown, 400, 'UNKNOWN_ITEM_TYPE');
    expect(fields(unknown.body)).toEqual(['agenda.0.itemType']);
    const agenda = [
      { itemType: 'convenio', title: 'empate' },
      { itemType: 'ordenanza', title: 'ordenanza' },
      { itemType: 'vacancia', title: 'vacancia' },
      ...Array.from({ length: 20 }, (_, i) => ({ itemType: 'convenio', title: `c${i + 1}` })),
    ];
    const created = await sg('/sessions', { kind: 'ordinaria', date: TODAY, agenda });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'ordinaria',
      date: TODAY,
      convokedOn: TODAY,
      status: 'convocada',
      agendaLocked: false,
      presidingMemberId: alcalde().id,
      items: 23,
      quorum: { numeroHabil: 39, required: 20, present: 0, hasQuorum: false },
    });
    s1 = created.body as Session;
  });

  it('another municipality’s session is 404, to read and to write', async () => {
    expectProblem(await get('megantoni.secretaria', `/sessions/${s1.id}`), 404, 'NOT_FOUND');
    expectProblem(
      await post('megantoni.secretaria', `/sessions/${s1.id}/attendance`, {
        memberId: alcalde().id,
        kind: 'llegada',
      }),
      404,
      'NOT_FOUND',
    );
    expect((await get('mml.gerente', `/sessions/${s1.id}`)).status).toBe(200);
  });

  it('voting without quorum is 409 NO_QUORUM and writes nothing; a member on leave does not count', async () => {
    expect((await arrive(s1.id, alcalde())).status).toBe(200);
    for (let n = 2; n <= 19; n++) expect((await arrive(s1.id, regidor(n))).status).toBe(200);
    const onLeave = await arrive(s1.id, regidor(1));
    expect(onLeave.status).toBe(200);
    expect(onLeave.body.quorum).toMatchObject({
      numeroHabil: 39,
      required: 20,
      present: 19,
      hasQuorum: false,
    });
    const before = await counts();
    expectProblem(
      await sg(`/sessions/${s1.id}/items/${item('ordenanza').id}/vote`),
      409,
      'NO_QUORUM',
    );
    expect(await counts()).toEqual(before);
    const [row] = await t.query<{ vote_status: string }>(
      `SELECT vote_status FROM council_agenda_items WHERE id = $1`,
      [item('ordenanza').id],
    );
    expect(row?.vote_status).toBe('pendiente');
    const twentieth = await arrive(s1.id, regidor(20));
    expect(twentieth.body.quorum).toMatchObject({ present: 20, hasQuorum: true });
  });

  it('a member on leave voting is 403 MEMBER_NOT_HABIL; an abstention needs its reason (400 on reason)', async () => {
    const tie = item('empate').id;
    expectProblem(await vote(tie, alcalde(), 'a_favor'), 409, 'VOTE_NOT_OPEN');
    expectProblem(await sg(`/sessions/${s1.id}/items/${tie}/vote/close`), 409, 'VOTE_NOT_OPEN');
    expect((await sg(`/sessions/${s1.id}/items/${tie}/vote`)).status).toBe(200);
    const before = await counts();
    expectProblem(await vote(tie, regidor(1), 'a_favor'), 403, 'MEMBER_NOT_HABIL');
    const abstention = await vote(tie, regidor(2), 'abstencion');
    expectProblem(abstention, 400, 'ABSTENTION_NEEDS_REASON');
    expect(fields(abstention.body)).toEqual(['reason']);
    expect(await counts()).toEqual(before);
  });

  it('a tie is broken only by who presides: not by a regidor, not on an item without a tie', async () => {
    const tie = item('empate').id;
    expect((await vote(tie, alcalde(), 'a_favor')).status).toBe(200);
    for (let n = 2; n <= 10; n++) expect((await vote(tie, regidor(n), 'a_favor')).status).toBe(200);
    for (let n = 11; n <= 20; n++)
      expect((await vote(tie, regidor(n), 'en_contra')).status).toBe(200);
    expectProblem(await vote(tie, regidor(2), 'en_contra'), 409, 'ALREADY_VOTED');
    const closed = await sg(`/sessions/${s1.id}/items/${tie}/vote/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ outcome: 'tie', aFavor: 10, enContra: 10, acuerdo: null });
    expectProblem(
      await sg(`/sessions/${s1.id}/items/${tie}/casting-vote`, {
        memberId: regidor(2).id,
        choice: 'a_favor',
      }),
      403,
      'CASTING_VOTE_NOT_PRESIDING',
    );
    const decided = await sg(`/sessions/${s1.id}/items/${tie}/casting-vote`, {
      memberId: alcalde().id,
      choice: 'a_favor',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      outcome: 'approved',
      decidedByCastingVote: true,
      acuerdo: { number: 'ACUERDO DE CONCEJO N° 001-2026-MML', year: 2026, sequence: 1 },
    });

    // No tie: the casting vote is refused, before and after the count.
    const ord = item('ordenanza').id;
    expect((await sg(`/sessions/${s1.id}/items/${ord}/vote`)).status).toBe(200);
    for (let n = 2; n <= 6; n++) expect((await vote(ord, regidor(n), 'a_favor')).status).toBe(200);
    expect((await vote(ord, regidor(7), 'en_contra')).status).toBe(200);
    const reasoned = await vote(ord, regidor(8), 'abstencion', 'Conflicto de intereses');
    expect(reasoned.status).toBe(200);
    expectProblem(
      await sg(`/sessions/${s1.id}/items/${ord}/casting-vote`, {
        memberId: alcalde().id,
        choice: 'a_favor',
      }),
      409,
      'CASTING_VOTE_ONLY_ON_TIE',
    );
    const approved = await sg(`/sessions/${s1.id}/items/${ord}/vote/close`);
    expect(approved.body).toMatchObject({
      outcome: 'approved',
      aFavor: 5,
      enContra: 1,
      abstenciones: 1,
      decidedByCastingVote: false,
      acuerdo: { number: 'ACUERDO DE CONCEJO N° 002-2026-MML' },
    });
    expectProblem(
      await sg(`/sessions/${s1.id}/items/${ord}/casting-vote`, {
        memberId: alcalde().id,
        choice: 'a_favor',
      }),
      409,
      'CASTING_VOTE_ONLY_ON_TIE',
    );
    expectProblem(await sg(`/sessions/${s1.id}/items/${ord}/vote`), 409, 'VOTE_NOT_OPEN');

    // Everyone of the municipality reads the session: each vote, the decision and its Acuerdo.
    const read = await get('mml.gerente', `/sessions/${s1.id}`);
    const first = (read.body as { agenda: Array<Record<string, unknown>> }).agenda[0];
    expect(first).toMatchObject({
      title: 'empate',
      voteStatus: 'decidido',
      decision: {
        outcome: 'approved',
        aFavor: 10,
        enContra: 10,
        castingVote: { memberId: alcalde().id, choice: 'a_favor' },
      },
      acuerdo: { number: 'ACUERDO DE CONCEJO N° 001-2026-MML', inForceFrom: null },
    });
    expect(first?.['ballots']).toHaveLength(20);
    const abstained = (read.body as { agenda: Array<{ ballots: Array<Record<string, unknown>> }> })
      .agenda[1]?.ballots;
    expect(abstained).toContainEqual(
      expect.objectContaining({ choice: 'abstencion', reason: 'Conflicto de intereses' }),
    );
  });

  it('a qualified majority missed is rejected, with no Acuerdo number', async () => {
    const vac = item('vacancia').id;
    expect((await sg(`/sessions/${s1.id}/items/${vac}/vote`)).status).toBe(200);
    expect((await vote(vac, alcalde(), 'a_favor')).status).toBe(200);
    for (let n = 2; n <= 20; n++) expect((await vote(vac, regidor(n), 'a_favor')).status).toBe(200);
    const before = await counts();
    const closed = await sg(`/sessions/${s1.id}/items/${vac}/vote/close`);
    expect(closed.status).toBe(200);
    // 2/3 of the número legal (40) is 27: 20 in favour do not carry it (LOM Art. 23).
    expect(closed.body).toMatchObject({
      outcome: 'rejected',
      aFavor: 20,
      required: 27,
      baseSize: 40,
      acuerdo: null,
    });
    const after = await counts();
    expect(after).toEqual({ ...before, decisions: before.decisions + 1 });
  });

  it('the quorum is recomputed after a departure: a vote then is 409 NO_QUORUM, and nothing written', async () => {
    const c1 = item('c1').id;
    expect((await sg(`/sessions/${s1.id}/items/${c1}/vote`)).status).toBe(200);
    const left = await sg(`/sessions/${s1.id}/attendance`, {
      memberId: regidor(20).id,
      kind: 'retiro',
    });
    expect(left.status).toBe(200);
    expect(left.body.quorum).toMatchObject({ present: 19, required: 20, hasQuorum: false });
    const before = await counts();
    expectProblem(await vote(c1, alcalde(), 'a_favor'), 409, 'NO_QUORUM');
    expect(await counts()).toEqual(before);
    expect((await get('mml.gerente', `/sessions/${s1.id}`)).body.quorum).toMatchObject({
      present: 19,
      hasQuorum: false,
    });
    const back = await arrive(s1.id, regidor(20));
    expect(back.body.quorum).toMatchObject({ present: 20, hasQuorum: true });
  });

  it('20 concurrent vote closings on 20 items get 20 consecutive Acuerdo numbers', async () => {
    const items = Array.from({ length: 20 }, (_, i) => item(`c${i + 1}`).id);
    for (const [i, id] of items.entries()) {
      if (i > 0) expect((await sg(`/sessions/${s1.id}/items/${id}/vote`)).status).toBe(200);
      expect((await vote(id, alcalde(), 'a_favor')).status).toBe(200);
    }
    const closed = await Promise.all(
      items.map((id) => sg(`/sessions/${s1.id}/items/${id}/vote/close`)),
    );
    expect(closed.map((r) => r.status)).toEqual(items.map(() => 200));
    const sequences = closed
      .map((r) => (r.body as { acuerdo: { sequence: number } }).acuerdo.sequence)
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
    const list = await get('mml.gerente', '/acuerdos?year=2026&pageSize=100');
    expect(list.body.total).toBe(22);
    expect((list.body.items as Array<{ number: string }>)[0]?.number).toBe(
      'ACUERDO DE CONCEJO N° 022-2026-MML',
    );
    expect((await get('mml.gerente', '/acuerdos?year=2025')).body.total).toBe(0);
  });

  it('an extraordinary session: notice too short 409, agenda locked 409, an item not on its agenda 409', async () => {
    const agenda = [{ itemType: 'convenio', title: 'Convenio con el Gobierno Regional' }];
    const sessions = async () =>
      (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM council_sessions`))[0]?.n;
    const before = await sessions();
    // Convened Monday 2 March with 5 business days: 3 to 9 March run, the session fits from the 10th.
    expectProblem(
      await sg('/sessions', { kind: 'extraordinaria', date: '2026-03-09', agenda }),
      409,
      'NOTICE_TOO_SHORT',
    );
    expectProblem(
      await sg('/sessions', { kind: 'extraordinaria', date: '2026-03-10', agenda: [] }),
      400,
      'AGENDA_REQUIRED',
    );
    expect(await sessions()).toBe(before);
    const extra = await sg('/sessions', { kind: 'extraordinaria', date: '2026-03-10', agenda });
    expect(extra.status).toBe(201);
    expect(extra.body).toMatchObject({ agendaLocked: true, orderOfBusiness: ['orden_del_dia'] });
    const id = (extra.body as Session).id;
    expectProblem(
      await sg(`/sessions/${id}/items`, { itemType: 'convenio', title: 'Otro asunto' }),
      409,
      'AGENDA_LOCKED',
    );
    // Convened for the 10th, it cannot start before.
    expectProblem(await arrive(id, alcalde()), 409, 'SESSION_NOT_IN_PROGRESS');
    const foreign = item('c1').id;
    expectProblem(await sg(`/sessions/${id}/items/${foreign}/vote`), 409, 'NOT_ON_AGENDA');
    expectProblem(
      await sg(`/sessions/${id}/items/${foreign}/ballots`, {
        memberId: alcalde().id,
        choice: 'a_favor',
      }),
      409,
      'NOT_ON_AGENDA',
    );
  });

  it('LOM Art. 41: the acta is approved in a later session, never in its own nor an earlier one: the Acuerdos are then in force', async () => {
    expectProblem(
      await sg(`/sessions/${s1.id}/acta/approve`, { approvingSessionId: s1.id }),
      409,
      'ACTA_APPROVAL_IN_SAME_SESSION',
    );
    // LOM Art. 41: only a LATER session approves it. s1 (the 2nd, under way) cannot approve the acta
    // of the extraordinaria convened for the 10th.
    const sessions = (await get('mml.gerente', '/sessions?pageSize=100')).body.items as Array<{
      id: string;
      kind: string;
      date: string;
    }>;
    const tenth = sessions.find((s) => s.kind === 'extraordinaria' && s.date === '2026-03-10');
    expectProblem(
      await sg(`/sessions/${tenth?.id}/acta/approve`, { approvingSessionId: s1.id }),
      409,
      'ACTA_APPROVAL_NOT_LATER',
    );
    // A second ordinary session the same day, begun while s1 is still under way, is not later yet.
    const next = await sg('/sessions', { kind: 'ordinaria', date: TODAY, agenda: [] });
    expect(next.status).toBe(201);
    const nextId = (next.body as Session).id;
    expect((await arrive(nextId, alcalde())).status).toBe(200);
    expectProblem(
      await sg(`/sessions/${s1.id}/acta/approve`, { approvingSessionId: nextId }),
      409,
      'ACTA_APPROVAL_NOT_LATER',
    );
    const pending = await t.query<{ acta_status: string }>(
      `SELECT acta_status FROM council_sessions WHERE id = ANY($1) ORDER BY acta_status`,
      [[s1.id, tenth?.id]],
    );
    expect(pending.map((r) => r.acta_status)).toEqual(['pendiente', 'pendiente']);
    expect((await sg(`/sessions/${s1.id}/adjourn`)).body).toMatchObject({ status: 'levantada' });
    expectProblem(await arrive(s1.id, regidor(21)), 409, 'SESSION_NOT_IN_PROGRESS');
    // Once s1 is levantada, the session of the same day that began no earlier approves it.
    const approved = await sg(`/sessions/${s1.id}/acta/approve`, { approvingSessionId: nextId });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      actaStatus: 'aprobada',
      actaApprovedInSessionId: nextId,
    });
    expectProblem(await sg(`/sessions/${s1.id}/acta/dispense`), 409, 'SESSION_NOT_IN_PROGRESS');
    expectProblem(
      await sg(`/sessions/${s1.id}/acta/approve`, { approvingSessionId: nextId }),
      409,
      'ACTA_ALREADY_SETTLED',
    );
    const list = await get('mml.gerente', '/acuerdos?pageSize=100');
    expect(
      (list.body.items as Array<{ inForceFrom: string | null }>).every(
        (a) => a.inForceFrom === new Date(NOW).toISOString(),
      ),
    ).toBe(true);
  });

  it('Megantoni numbers its own Acuerdos from 001, with its own quorum (4 of 6); dispensing the acta puts them in force', async () => {
    const sec = (path: string, body: object = {}) => post('megantoni.secretaria', path, body);
    const created = await sec('/sessions', {
      kind: 'ordinaria',
      date: TODAY,
      agenda: [{ itemType: 'convenio', title: 'Convenio con la comunidad nativa' }],
    });
    expect(created.status).toBe(201);
    const session = created.body as Session;
    expect(session.quorum).toMatchObject({ numeroHabil: 6, required: 4 });
    const present = mdm.slice(0, 4);
    for (const member of present)
      expect((await arrive(session.id, member, 'megantoni.secretaria')).status).toBe(200);
    const itemId = session.agenda[0]?.id ?? '';
    expect((await sec(`/sessions/${session.id}/items/${itemId}/vote`)).status).toBe(200);
    for (const member of present)
      expect(
        (
          await sec(`/sessions/${session.id}/items/${itemId}/ballots`, {
            memberId: member.id,
            choice: 'a_favor',
          })
        ).status,
      ).toBe(200);
    // A member of the other Concejo is not a member of this one.
    expectProblem(
      await sec(`/sessions/${session.id}/items/${itemId}/ballots`, {
        memberId: alcalde().id,
        choice: 'a_favor',
      }),
      403,
      'NOT_A_MEMBER',
    );
    const closed = await sec(`/sessions/${session.id}/items/${itemId}/vote/close`);
    expect(closed.body).toMatchObject({
      outcome: 'approved',
      acuerdo: { number: 'ACUERDO DE CONCEJO N° 001-2026-MDM', sequence: 1, inForceFrom: null },
    });
    const dispensed = await sec(`/sessions/${session.id}/acta/dispense`);
    expect(dispensed.body).toMatchObject({ actaStatus: 'dispensada' });
    const list = await get('megantoni.alcalde', '/acuerdos');
    expect(list.body).toMatchObject({
      total: 1,
      items: [{ number: 'ACUERDO DE CONCEJO N° 001-2026-MDM', inForceFrom: expect.any(String) }],
    });
  });

  it('every act goes to the audit chain, by the Secretaría General, and the chain stays intact', async () => {
    const events = await t.query<{ type: string; actor_name: string; n: number }>(
      `SELECT type, actor_name, count(*)::int AS n FROM audit_events e
         JOIN municipalities m ON m.id = e.municipality_id
        WHERE m.code = 'mml' AND type LIKE 'council.%' GROUP BY type, actor_name ORDER BY type`,
    );
    expect(events.every((e) => e.actor_name === 'mml.secretaria')).toBe(true);
    expect(Object.fromEntries(events.map((e) => [e.type, e.n]))).toMatchObject({
      'council.absence_recorded': 1,
      'council.session_convened': 3,
      'council.vote_opened': 23,
      'council.vote_closed': 23,
      'council.acta_approved': 1,
      'council.session_adjourned': 1,
    });
    const [closing] = await t.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM audit_events WHERE type = 'council.vote_closed'
          AND payload->>'acuerdo' = 'ACUERDO DE CONCEJO N° 001-2026-MML'`,
    );
    expect(closing?.payload).toMatchObject({
      outcome: 'approved',
      aFavor: 10,
      enContra: 10,
      castingVote: { memberId: alcalde().id, choice: 'a_favor' },
    });
    const verify = await t.http.get('/api/v1/audit/verify').set(auth('mml.admin'));
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('nothing of the Concejo is ever deleted', async () => {
    await expect(t.query(`DELETE FROM council_votes`)).rejects.toThrow(/no se borra/);
    await expect(t.query(`DELETE FROM council_acuerdos`)).rejects.toThrow(/no se borra/);
  });
});
