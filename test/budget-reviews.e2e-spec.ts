import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const CALENDAR = '/api/v1/budget/calendar';
const REVIEWS = '/api/v1/budget-reviews';
const COUNCIL = '/api/v1/council';

interface Review {
  id: string;
  state: string;
  version: number;
  allowedEvents: string[];
  dueOn: string | null;
  deadlines: { code: string; dueOn: string }[];
  versions: { n: number; figures: { amountCents: number; amount: string }[] }[];
  observations: { version: number; termBusinessDays: number }[];
  [field: string]: unknown;
}
interface Member {
  id: string;
}
interface Session {
  id: string;
  agenda: Array<{ id: string; title: string }>;
}

/**
 * Issue 16, the review of a budget or management document (kind `budget-reviews`): the responsible
 * unit prepares it, Planeamiento y Presupuesto reviews (observations return it with a term), the
 * Gerente gives conformity, the Alcalde approves it by Resolución de Alcaldía or takes it to the
 * Concejo, whose Acuerdo approves it; then it is published. The PAC's deadline chains from the PIA's
 * approval; the PIA falls to the Alcalde only after 31 December (LOM Art. 20 inc. 10).
 */
describe('Budget reviews (issue 16; LOM Art. 9 inc. 16, Art. 20 inc. 10)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  const ids: Record<string, Record<string, string>> = { mml: {}, megantoni: {} };

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima.
    await client.setClock('2026-12-01T15:00:00Z');
    for (const town of ['mml', 'megantoni']) {
      const seeded = await client.post(`${town}.admin`, `${CALENDAR}/2027/seed`, {});
      expect(seeded.status).toBe(200);
      for (const item of seeded.body.items as { id: string; documentCode: string }[])
        (ids[town] as Record<string, string>)[item.documentCode] = item.id;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const id = (town: string, code: string) => ids[town]?.[code] ?? '';
  const events = (reviewId: string) => `${REVIEWS}/${reviewId}/events`;
  const send = async (username: string, reviewId: string, event: Record<string, unknown>) => {
    const response = await client.post(username, events(reviewId), event);
    if (response.status !== 200)
      throw new Error(
        `${String(event['type'])} por ${username}: ${response.status} ${response.text}`,
      );
    return response.body as Review;
  };
  const read = async (reviewId: string, username = 'mml.gerente') =>
    (await client.get(username, `${REVIEWS}/${reviewId}`)).body as Review;
  const figure = (amount: string, fundingSource?: string) => ({
    concept: 'Presupuesto total',
    amount,
    ...(fundingSource ? { fundingSource } : {}),
  });
  /** From preparing to mayor_review: submitted, accepted by OPP, conformity of the Gerente. */
  const toMayor = async (town: string, code: string, figures: object[] = []) => {
    const reviewId = id(town, code);
    const unit = code === 'balance_memoria' ? `${town}.gerente` : `${town}.analista`;
    await send(unit, reviewId, { type: 'SUBMIT', documentRef: 'Informe N° 1', figures });
    await send(`${town}.presupuesto`, reviewId, { type: 'ACCEPT', reportRef: 'Informe Técnico 1' });
    return send(`${town}.gerente`, reviewId, { type: 'CONFORMITY', memoRef: 'Memorando 1' });
  };

  /** Convenes a session with the file on its agenda; everyone votes `choice`; the acta is dispensed. */
  const decideInSession = async (
    reviewId: string,
    itemType: string,
    date: string,
    choice: string,
  ) => {
    const sg = (path: string, body: object = {}) =>
      client.post('megantoni.secretaria', `${COUNCIL}${path}`, body);
    const convened = await sg('/sessions', {
      kind: 'ordinaria',
      date,
      agenda: [{ itemType, title: `Asunto ${itemType}`, workflowInstanceId: reviewId }],
    });
    expect(convened.status).toBe(201);
    const session = convened.body as Session;
    const members = (await client.get('megantoni.secretaria', `${COUNCIL}/members`)).body
      .items as Member[];
    for (const member of members)
      expect(
        (await sg(`/sessions/${session.id}/attendance`, { memberId: member.id, kind: 'llegada' }))
          .status,
      ).toBe(200);
    const item = session.agenda[0];
    expect((await sg(`/sessions/${session.id}/items/${item?.id}/vote`)).status).toBe(200);
    for (const member of members)
      expect(
        (
          await sg(`/sessions/${session.id}/items/${item?.id}/ballots`, {
            memberId: member.id,
            choice,
          })
        ).status,
      ).toBe(200);
    const closed = await sg(`/sessions/${session.id}/items/${item?.id}/vote/close`);
    expect(closed.status).toBe(200);
    expect((await sg(`/sessions/${session.id}/acta/dispense`)).status).toBe(200);
    expect((await sg(`/sessions/${session.id}/adjourn`)).status).toBe(200);
    return closed.body as { outcome: string; acuerdo: { number: string } | null };
  };

  it('bad amounts (negative, non-numeric, 3 decimals) and a missing fuente → 400 with the field, nothing written', async () => {
    const pia = id('mml', 'pia');
    const before = await read(pia);
    for (const amount of ['-10.00', 'mil soles', '10.123']) {
      const response = await client.post('mml.presupuesto', events(pia), {
        type: 'SUBMIT',
        documentRef: 'Informe N° 1',
        figures: [figure(amount, 'recursos_ordinarios')],
      });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toEqual(['figures.0.amount']);
    }
    const noSource = await client.post('mml.presupuesto', events(pia), {
      type: 'SUBMIT',
      documentRef: 'Informe N° 1',
      figures: [figure('10.00')],
    });
    expectProblem(noSource, 400, 'VALIDATION_FAILED');
    expect(fields(noSource.body)).toEqual(['figures.0.fundingSource']);
    const after = await read(pia);
    expect(after).toMatchObject({ state: 'preparing', version: before.version, versions: [] });
  });

  it('ADMIN never acts (403); only the responsible unit submits, OPP reviews; another municipality is 404', async () => {
    const pia = id('mml', 'pia');
    expectProblem(
      await client.post('mml.admin', events(pia), { type: 'SUBMIT', documentRef: 'X' }),
      403,
      'ADMIN_DOES_NOT_ACT',
    );
    expectProblem(await client.post('mml.admin', REVIEWS, {}), 403, 'ADMIN_DOES_NOT_ACT');
    expectProblem(await client.post('mml.presupuesto', REVIEWS, {}), 403, 'CREATED_BY_SEEDING');
    expectProblem(
      await client.post('mml.gdu', events(pia), { type: 'SUBMIT', documentRef: 'X' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await client.post('megantoni.presupuesto', events(pia), { type: 'SUBMIT', documentRef: 'X' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await client.get('megantoni.gerente', `${REVIEWS}/${pia}`), 404, 'NOT_FOUND');
  });

  it('every step of a document the Alcalde approves: observed with a term, submitted again as version 2, conformity, Resolución de Alcaldía, published', async () => {
    const poi = id('mml', 'poi_anual');
    let r = await send('mml.analista', poi, {
      type: 'SUBMIT',
      documentRef: 'POI 2027, versión 1',
      figures: [{ concept: 'Metas físicas valorizadas', amount: '1234567.89' }],
    });
    expect(r.state).toBe('opp_review');
    expect(r.versions[0]?.figures[0]).toMatchObject({ amountCents: 123456789 });
    // The Gerente cannot review for OPP; nor can who presented the version (separation of duties).
    expectProblem(
      await client.post('mml.gerente', events(poi), { type: 'ACCEPT' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await client.post('mml.analista', events(poi), { type: 'ACCEPT' }),
      403,
      'OWN_SUBMISSION',
    );
    r = await send('mml.presupuesto', poi, {
      type: 'OBSERVE',
      observations: 'Falta alinear las metas al PIA.',
      termBusinessDays: 3,
    });
    expect(r.state).toBe('preparing');
    // Tuesday 1 December + 3 business days = Friday 4 December.
    expect(r.deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'subsanacion', dueOn: '2026-12-04' }),
      ]),
    );
    const bad = await client.post('mml.presupuesto', events(poi), {
      type: 'OBSERVE',
      observations: 'x',
      termBusinessDays: 3,
    });
    expectProblem(bad, 409, 'TRANSITION_NOT_ALLOWED');
    r = await send('mml.analista', poi, { type: 'SUBMIT', documentRef: 'POI 2027, versión 2' });
    expect(r.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(r.observations).toEqual([expect.objectContaining({ version: 1, termBusinessDays: 3 })]);
    r = await send('mml.presupuesto', poi, { type: 'ACCEPT', reportRef: 'Informe Técnico 2' });
    expect(r.state).toBe('management_review');
    expectProblem(
      await client.post('mml.presupuesto', events(poi), { type: 'CONFORMITY', memoRef: 'M' }),
      403,
      'FORBIDDEN',
    );
    r = await send('mml.gerente', poi, { type: 'CONFORMITY', memoRef: 'Memorando 1' });
    expect(r.state).toBe('mayor_review');
    expectProblem(
      await client.post('mml.alcalde', events(poi), { type: 'SEND_TO_COUNCIL' }),
      409,
      'MAYOR_APPROVES',
    );
    r = await send('mml.alcalde', poi, {
      type: 'APPROVE_BY_RESOLUTION',
      resolutionNumber: 'RESOLUCIÓN DE ALCALDÍA N° 300-2026-MML',
    });
    expect(r).toMatchObject({ state: 'approved', approvedOn: '2026-12-01', deadlines: [] });
    r = await send('mml.alcalde', poi, {
      type: 'PUBLISH',
      gazette: 'Diario Oficial El Peruano',
      publishedOn: '2026-12-02',
    });
    expect(r.state).toBe('published');
    const calendar = (await client.get('mml.gerente', `${CALENDAR}/2027`)).body.items as {
      documentCode: string;
      status: string;
    }[];
    expect(calendar.find((i) => i.documentCode === 'poi_anual')?.status).toBe('done');
    // Approved: its deadline is met and its date no longer changes.
    expectProblem(
      await client.post('mml.admin', `${CALENDAR}/items/${poi}/dates`, {
        dueOn: '2026-12-15',
        basis: 'Directiva N° 1, Art. 2',
      }),
      409,
      'ITEM_CLOSED',
    );
  });

  it('the PIA approved by the Concejo in session (LOM Art. 9 inc. 16); the PAC then falls due 15 business days later, across the 8-9 December feriados', async () => {
    const pia = id('megantoni', 'pia');
    const pac = id('megantoni', 'pac');
    await toMayor('megantoni', 'pia', [figure('2500000.50', 'recursos_determinados')]);
    expectProblem(
      await client.post('megantoni.alcalde', events(pia), {
        type: 'APPROVE_BY_RESOLUTION',
        resolutionNumber: 'RA 1',
      }),
      409,
      'COUNCIL_APPROVAL_REQUIRED',
    );
    expect((await send('megantoni.alcalde', pia, { type: 'SEND_TO_COUNCIL' })).state).toBe(
      'awaiting_council',
    );
    // The Acuerdo is the Concejo's: nobody records it by hand, not even the Secretaría.
    expectProblem(
      await client.post('megantoni.secretaria', events(pia), {
        type: 'COUNCIL_APPROVED',
        agreementNumber: 'ACUERDO DE CONCEJO N° 999-2026',
      }),
      403,
      'SYSTEM_EVENT',
    );
    const closed = await decideInSession(pia, 'presupuesto', '2026-12-01', 'a_favor');
    expect(closed.outcome).toBe('approved');
    const approved = await client.eventually(async () => {
      const now = await read(pia, 'megantoni.gerente');
      return now.state === 'approved' ? now : undefined;
    }, 'el PIA aprobado por el Acuerdo');
    expect(approved).toMatchObject({
      approvedOn: '2026-12-01',
      agreement: { approved: true, number: closed.acuerdo?.number },
    });
    // 2-4, 7, 10-11, 14-18, 21-24 December: 8 and 9 December are feriados.
    const chained = await client.eventually(async () => {
      const now = await read(pac, 'megantoni.gerente');
      return now.dueOn !== null ? now : undefined;
    }, 'el plazo del PAC');
    expect(chained.dueOn).toBe('2026-12-24');
    expect(chained.deadlines).toEqual([
      expect.objectContaining({ code: 'plazo_legal', dueOn: '2026-12-24' }),
    ]);
    const versions = (await client.get('megantoni.gerente', `${CALENDAR}/items/${pac}/dates`))
      .body as { dueOn: string | null; source: string; basis: string }[];
    expect(versions.map((v) => [v.dueOn, v.source])).toEqual([
      [null, 'perfil'],
      ['2026-12-24', 'encadenado'],
    ]);
    expect(versions[1]?.basis).toMatch(
      /15 días hábiles desde la aprobación de pia el 01\/12\/2026/,
    );
    const published = await send('megantoni.alcalde', pia, {
      type: 'PUBLISH',
      gazette: 'Diario Oficial El Peruano',
      publishedOn: '2026-12-03',
    });
    expect(published.state).toBe('published');
  });

  it('a Balance y Memoria the Concejo rejects goes back to preparation', async () => {
    const balance = id('megantoni', 'balance_memoria');
    await toMayor('megantoni', 'balance_memoria');
    await send('megantoni.alcalde', balance, { type: 'SEND_TO_COUNCIL' });
    // A vote against: the Concejo rejects it, as the system.
    expect(
      (await decideInSession(balance, 'balance_memoria', '2026-12-01', 'en_contra')).outcome,
    ).toBe('rejected');
    const back = await client.eventually(async () => {
      const now = await read(balance, 'megantoni.gerente');
      return now.state === 'preparing' ? now : undefined;
    }, 'el balance devuelto');
    expect(back['agreement']).toMatchObject({ approved: false });
    expect((await read(balance, 'megantoni.gerente')).allowedEvents).toContain('SUBMIT');
  });

  it('the Alcalde approves the PIA himself only after 31 December (LOM Art. 20 inc. 10): refused on the 31st, allowed on 2 January; the PAC follows 15 business days later', async () => {
    const pia = id('mml', 'pia');
    await toMayor('mml', 'pia', [figure('9000000000.00', 'recursos_ordinarios')]);
    await send('mml.alcalde', pia, { type: 'SEND_TO_COUNCIL' });
    // Thursday 31 December 2026, 18:00 in Lima: the Concejo's term has not run out.
    await client.setClock('2026-12-31T23:00:00Z');
    const early = await client.post('mml.alcalde', events(pia), {
      type: 'APPROVE_BY_MAYOR_FALLBACK',
      resolutionNumber: 'RESOLUCIÓN DE ALCALDÍA N° 001-2027-MML',
    });
    expectProblem(early, 409, 'MAYOR_FALLBACK_NOT_YET');
    expect(early.body.detail).toMatch(/31\/12\/2026.*LOM Art\. 20 inc\. 10/);
    expect((await read(pia, 'mml.alcalde')).allowedEvents).not.toContain(
      'APPROVE_BY_MAYOR_FALLBACK',
    );
    // Saturday 2 January 2027.
    await client.setClock('2027-01-02T15:00:00Z');
    expect((await read(pia, 'mml.alcalde')).allowedEvents).toContain('APPROVE_BY_MAYOR_FALLBACK');
    expectProblem(
      await client.post('mml.gerente', events(pia), {
        type: 'APPROVE_BY_MAYOR_FALLBACK',
        resolutionNumber: 'RA 1',
      }),
      403,
      'FORBIDDEN',
    );
    const approved = await send('mml.alcalde', pia, {
      type: 'APPROVE_BY_MAYOR_FALLBACK',
      resolutionNumber: 'RESOLUCIÓN DE ALCALDÍA N° 001-2027-MML',
    });
    expect(approved).toMatchObject({
      state: 'approved',
      approvedOn: '2027-01-02',
      resolution: { fallback: true },
    });
    // Day 1 is Monday 4 January: 15 business days end on Friday 22 January.
    const chained = await client.eventually(async () => {
      const now = await read(id('mml', 'pac'));
      return now.dueOn !== null ? now : undefined;
    }, 'el plazo del PAC');
    expect(chained.dueOn).toBe('2027-01-22');
    // The PAC is approved by the Alcalde, by resolution.
    const pac = id('mml', 'pac');
    await toMayor('mml', 'pac', [figure('100.00', 'recursos_ordinarios')]);
    expect(
      (
        await send('mml.alcalde', pac, {
          type: 'APPROVE_BY_RESOLUTION',
          resolutionNumber: 'RESOLUCIÓN DE ALCALDÍA N° 010-2027-MML',
        })
      ).state,
    ).toBe('approved');
  });

  it("Ley 28056 (DS 142-2009-EF, Art. 6): the Presupuesto Participativo's phases, completed in order by the unit, remind and escalate on their own days, and only then is it presented", async () => {
    // Fiscal year 2028: its phases run in 2027. Clock after the last test: 2 January 2027.
    const seeded = await client.post('mml.admin', `${CALENDAR}/2028/seed`, {});
    expect(seeded.status).toBe(200);
    const entry = (
      seeded.body.items as {
        id: string;
        documentCode: string;
        phases: { code: string; dueOn: string; status: string }[];
      }[]
    ).find((i) => i.documentCode === 'presupuesto_participativo');
    expect(entry?.phases.map((p) => [p.code, p.dueOn, p.status])).toEqual([
      ['preparacion', '2027-02-28', 'on_time'],
      ['concertacion', '2027-04-30', 'on_time'],
      ['coordinacion', '2027-05-31', 'on_time'],
      ['formalizacion', '2027-06-30', 'on_time'],
    ]);
    const pp = entry?.id ?? '';
    const file = await read(pp, 'mml.analista');
    expect(file.allowedEvents).toEqual(['COMPLETE_PHASE']);
    expect(file.deadlines.map((d) => [d.code, d.dueOn])).toEqual(
      expect.arrayContaining([
        ['fase', '2027-02-28'],
        ['fase', '2027-06-30'],
        ['plazo_legal', '2027-06-30'],
      ]),
    );

    // Presented before its phases, or a phase out of order, another unit, no document: refused.
    expectProblem(
      await client.post('mml.analista', events(pp), { type: 'SUBMIT', documentRef: 'X' }),
      409,
      'PHASES_PENDING',
    );
    const outOfOrder = await client.post('mml.analista', events(pp), {
      type: 'COMPLETE_PHASE',
      phase: 'concertacion',
      documentRef: 'Acta 1',
    });
    expectProblem(outOfOrder, 409, 'PHASE_NOT_NEXT');
    expect(outOfOrder.body.detail).toMatch(/Preparación/);
    expectProblem(
      await client.post('mml.gdu', events(pp), {
        type: 'COMPLETE_PHASE',
        phase: 'preparacion',
        documentRef: 'Ordenanza 1',
      }),
      403,
      'FORBIDDEN',
    );
    const noDocument = await client.post('mml.analista', events(pp), {
      type: 'COMPLETE_PHASE',
      phase: 'preparacion',
    });
    expectProblem(noDocument, 400, 'VALIDATION_FAILED');
    expect(fields(noDocument.body)).toEqual(['documentRef']);
    expect((await read(pp)).version).toBe(file.version);

    // 15 business days before Sunday 28 February 2027: Monday 8 February (08:00 in Lima), to the
    // unit's people and the Gerente.
    const notices = () =>
      t.query<{ kind: string; username: string }>(
        `SELECT n.kind, u.username FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.instance_id = $1 AND n.kind IN ('reminder', 'overdue', 'escalation')
          ORDER BY n.kind, u.username`,
        [pp],
      );
    await client.setClock('2027-02-08T12:59:59Z');
    expect(await notices()).toEqual([]);
    await client.setClock('2027-02-08T13:00:00Z');
    expect(await notices()).toEqual([
      { kind: 'reminder', username: 'mml.analista' },
      { kind: 'reminder', username: 'mml.gerente' },
      { kind: 'reminder', username: 'mml.presupuesto' },
    ]);
    // The preparation completed on time; the concertación is not: on 1 May its lapse reaches the Alcalde.
    const done = await send('mml.analista', pp, {
      type: 'COMPLETE_PHASE',
      phase: 'preparacion',
      documentRef: 'Ordenanza Municipal N° 2601-2027-MML',
    });
    expect(done.allowedEvents).toEqual(['COMPLETE_PHASE']);
    await client.setClock('2027-05-01T05:00:01Z');
    expect((await notices()).filter((n) => n.kind === 'escalation')).toEqual([
      { kind: 'escalation', username: 'mml.alcalde' },
    ]);
    const late = await read(pp);
    expect((late['phases'] as { code: string; missed: boolean }[]).map((p) => p.missed)).toEqual([
      false,
      true,
      false,
      false,
    ]);
    for (const phase of ['concertacion', 'coordinacion', 'formalizacion'])
      await send('mml.analista', pp, {
        type: 'COMPLETE_PHASE',
        phase,
        documentRef: `Acta de la fase de ${phase}`,
      });
    const year = await client.get('mml.presupuesto', `${CALENDAR}/2028`);
    const phases = (
      year.body.items as { documentCode: string; phases: { status: string }[] }[]
    ).find((i) => i.documentCode === 'presupuesto_participativo')?.phases;
    expect(phases?.map((p) => p.status)).toEqual(['done', 'done', 'done', 'done']);
    const presented = await send('mml.analista', pp, {
      type: 'SUBMIT',
      documentRef: 'Informe de resultados del Presupuesto Participativo 2028',
    });
    expect(presented.state).toBe('opp_review');
  });
});
