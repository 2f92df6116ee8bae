import { BUDGET_MODIFICATIONS, budgetModificationBody } from './support/budget-modifications.js';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const BOARD = '/api/v1/budget/board';
const CALENDAR = '/api/v1/budget/calendar';
const REVIEWS = '/api/v1/budget-reviews';

interface BoardItem {
  id: string;
  fiscalYear: number;
  documentCode: string;
  documentName: string;
  state: string;
  responsibleUnit: string;
  dueOn: string;
  dueBasis: string;
  status: string;
  chainedAfter: string | null;
  chainedAfterName: string | null;
  chainedBusinessDays: number | null;
}
interface Amount {
  count: number;
  amountCents: number;
  amount: string;
}
interface BoardPage {
  today: string;
  counts: { late: number; atRisk: number; onTime: number };
  underReview: { documents: Amount; modifications: Amount };
  total: number;
  page: number;
  pageSize: number;
  items: BoardItem[];
}

/**
 * Issue 16, point 4: «Documentos de gestión» on the Alcaldía's board, owned by the budget-reviews
 * kind — the management documents of every seeded year not yet approved, the soonest first, with
 * the calendar's status, and the money under review (documents presented, modifications not yet
 * decided), exact in céntimos. Over HTTP, with the manual clock.
 */
describe('The board: documentos de gestión (issue 16; LOM Art. 9 inc. 16, Art. 20 inc. 10)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Monday 2 November 2026, 10:00 in Lima.
    await client.setClock('2026-11-02T15:00:00Z');
    const seeded = await client.post('mml.admin', `${CALENDAR}/2027/seed`, {});
    expect(seeded.status).toBe(200);
    for (const item of seeded.body.items as { id: string; documentCode: string }[])
      ids[item.documentCode] = item.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const board = async (username = 'mml.gerente', query = ''): Promise<BoardPage> => {
    const response = await client.get(username, `${BOARD}${query}`);
    if (response.status !== 200) throw new Error(`${BOARD}: ${response.status} ${response.text}`);
    return response.body as BoardPage;
  };
  const id = (code: string) => ids[code] ?? '';
  const send = async (username: string, path: string, event: Record<string, unknown>) => {
    const response = await client.post(username, path, event);
    if (response.status !== 200 && response.status !== 201)
      throw new Error(
        `${String(event['type'])} por ${username}: ${response.status} ${response.text}`,
      );
    return response.body as { id: string; state: string };
  };
  // The analyst of Planeamiento y Presupuesto presents; its head reviews (never the same person).
  const review = (
    code: string,
    event: Record<string, unknown>,
    username = event['type'] === 'SUBMIT' ? 'mml.analista' : 'mml.presupuesto',
  ) => send(username, `${REVIEWS}/${id(code)}/events`, event);
  const modification = (modId: string, event: Record<string, unknown>) =>
    send('mml.gdu', `${BUDGET_MODIFICATIONS}/${modId}/events`, event);
  const figure = (amount: string, fundingSource?: string) => ({
    concept: 'Presupuesto total',
    amount,
    ...(fundingSource ? { fundingSource } : {}),
  });

  it('lists the documents not yet approved that have a date, the soonest first (the late ones earliest), with their status counts', async () => {
    const page = await board();
    expect(page.today).toBe('2026-11-02');
    // The PAC has no date until the PIA is approved: not listed.
    expect(page.items.map((i) => [i.documentCode, i.dueOn, i.status])).toEqual([
      ['poi_multianual', '2026-04-30', 'late'],
      ['presupuesto_participativo', '2026-06-30', 'late'],
      ['pdlc', '2026-12-31', 'on_time'],
      ['pia', '2026-12-31', 'on_time'],
      ['poi_anual', '2026-12-31', 'on_time'],
      ['balance_memoria', '2028-03-31', 'on_time'],
      ['cuenta_general', '2028-03-31', 'on_time'],
      ['evaluacion_presupuestal', '2028-05-31', 'on_time'],
    ]);
    expect(page).toMatchObject({
      total: 8,
      page: 1,
      pageSize: 20,
      counts: { late: 2, atRisk: 0, onTime: 6 },
    });
    expect(page.items[3]).toMatchObject({
      id: id('pia'),
      fiscalYear: 2027,
      documentName: 'Presupuesto Institucional de Apertura (PIA)',
      state: 'preparing',
      responsibleUnit: 'Gerencia de Planificación y Presupuesto',
      chainedAfter: null,
      chainedBusinessDays: null,
    });
    expect(page.items[3]?.dueBasis).toMatch(/LOM Art\. 9 inc\. 16/);
    // Paginated as every list; the counts are over all of them.
    const second = await board('mml.alcalde', '?page=2&pageSize=3');
    expect(second).toMatchObject({ total: 8, page: 2, pageSize: 3 });
    expect(second.items.map((i) => i.documentCode)).toEqual([
      'pia',
      'poi_anual',
      'balance_memoria',
    ]);
    expect(second.counts).toEqual(page.counts);
  });

  it('sums exactly, in céntimos, the figures of the latest version of each document under review and the budget modifications not yet decided', async () => {
    expect((await board()).underReview).toEqual({
      documents: { count: 0, amountCents: 0, amount: 'S/ 0.00' },
      modifications: { count: 0, amountCents: 0, amount: 'S/ 0.00' },
    });
    // The PIA, two figures, taken to the Concejo: under review until its Acuerdo.
    await review('pia', {
      type: 'SUBMIT',
      documentRef: 'PIA 2027',
      figures: [
        figure('1000000.00', 'recursos_ordinarios'),
        figure('234567.89', 'recursos_directamente_recaudados'),
      ],
    });
    await review('pia', { type: 'ACCEPT', reportRef: 'Informe Técnico 1' });
    await review('pia', { type: 'CONFORMITY', memoRef: 'Memorando 1' }, 'mml.gerente');
    await review('pia', { type: 'SEND_TO_COUNCIL' }, 'mml.alcalde');
    // The POI anual observed and presented again: only its latest version counts.
    await review('poi_anual', {
      type: 'SUBMIT',
      documentRef: 'POI 2027, versión 1',
      figures: [figure('99999.99')],
    });
    await review('poi_anual', {
      type: 'OBSERVE',
      observations: 'Falta alinear las metas al PIA.',
      termBusinessDays: 3,
    });
    await review('poi_anual', {
      type: 'SUBMIT',
      documentRef: 'POI 2027, versión 2',
      figures: [figure('48000.50')],
    });
    // Submitted and then withdrawn, or still a draft: not under review.
    const pending = await send(
      'mml.gdu',
      BUDGET_MODIFICATIONS,
      budgetModificationBody({ amount: '120000.00' }),
    );
    await modification(pending.id, { type: 'SUBMIT' });
    const withdrawn = await send(
      'mml.gdu',
      BUDGET_MODIFICATIONS,
      budgetModificationBody({ amount: '777.77' }),
    );
    await modification(withdrawn.id, { type: 'SUBMIT' });
    await modification(withdrawn.id, { type: 'WITHDRAW', reason: 'Se atiende con saldo.' });
    await send('mml.gdu', BUDGET_MODIFICATIONS, budgetModificationBody({ amount: '5000.00' }));

    const page = await board('mml.alcalde');
    // 1 234 567,89 + 48 000,50 = 1 282 568,39.
    expect(page.underReview).toEqual({
      documents: { count: 2, amountCents: 128256839, amount: 'S/ 1,282,568.39' },
      modifications: { count: 1, amountCents: 12000000, amount: 'S/ 120,000.00' },
    });
    expect(page.items.find((i) => i.documentCode === 'pia')?.state).toBe('awaiting_council');
    expect(page.items.find((i) => i.documentCode === 'poi_anual')?.state).toBe('opp_review');
  });

  it('a document turns at risk within 15 business days of its last day and late after it; the PIA approved, it leaves the list and the PAC appears with its chained date', async () => {
    // Thursday 10 December 2026: 31 December is within 15 business days.
    await client.setClock('2026-12-10T15:00:00Z');
    let page = await board();
    expect(page.items.find((i) => i.documentCode === 'pia')?.status).toBe('at_risk');
    expect(page.counts).toEqual({ late: 2, atRisk: 3, onTime: 3 });
    // Saturday 2 January 2027: the PIA's last day has passed.
    await client.setClock('2027-01-02T15:00:00Z');
    page = await board();
    expect(page.items.slice(0, 5).map((i) => [i.documentCode, i.status])).toEqual([
      ['poi_multianual', 'late'],
      ['presupuesto_participativo', 'late'],
      ['pdlc', 'late'],
      ['pia', 'late'],
      ['poi_anual', 'late'],
    ]);
    expect(page.counts).toEqual({ late: 5, atRisk: 0, onTime: 3 });

    // LOM Art. 20 inc. 10: the Concejo did not approve it by 31 December; the Alcalde does.
    await review(
      'pia',
      {
        type: 'APPROVE_BY_MAYOR_FALLBACK',
        resolutionNumber: 'RESOLUCIÓN DE ALCALDÍA N° 001-2027-MML',
      },
      'mml.alcalde',
    );
    // The PAC hears the approval after the commit: 15 business days from Monday 4 January.
    const chained = await client.eventually(async () => {
      const now = await board();
      return now.items.some((i) => i.documentCode === 'pac') ? now : undefined;
    }, 'el PAC en el tablero');
    expect(chained.items.map((i) => i.documentCode)).not.toContain('pia');
    expect(chained.items.find((i) => i.documentCode === 'pac')).toMatchObject({
      id: id('pac'),
      dueOn: '2027-01-22',
      status: 'at_risk',
      chainedAfter: 'pia',
      chainedAfterName: 'Presupuesto Institucional de Apertura (PIA)',
      chainedBusinessDays: 15,
    });
    expect(chained.counts).toEqual({ late: 4, atRisk: 1, onTime: 3 });
    // The approved PIA no longer counts under review.
    expect(chained.underReview.documents).toEqual({
      count: 1,
      amountCents: 4800050,
      amount: 'S/ 48,000.50',
    });
  });

  it('only the Alcalde and the Gerente read it (a gerencia, the ADMIN → 403); another municipality sees only its own', async () => {
    for (const username of ['mml.gdu', 'mml.presupuesto', 'mml.secretaria', 'mml.admin'])
      expectProblem(await client.get(username, BOARD), 403, 'FORBIDDEN');
    const empty = await board('megantoni.alcalde');
    expect(empty).toMatchObject({
      total: 0,
      items: [],
      counts: { late: 0, atRisk: 0, onTime: 0 },
      underReview: {
        documents: { count: 0, amountCents: 0 },
        modifications: { count: 0, amountCents: 0 },
      },
    });
    expect((await client.post('megantoni.admin', `${CALENDAR}/2027/seed`, {})).status).toBe(200);
    const own = await board('megantoni.gerente');
    expect(own.total).toBe(8);
    expect(own.items.map((i) => i.id).filter((i) => Object.values(ids).includes(i))).toEqual([]);
    expect(own.underReview.modifications.count).toBe(0);
  });

  it('a bad page or pageSize → 400 with the field', async () => {
    for (const [query, field] of [
      ['?pageSize=0', 'pageSize'],
      ['?pageSize=abc', 'pageSize'],
      ['?pageSize=101', 'pageSize'],
      ['?page=0', 'page'],
      ['?page=x', 'page'],
    ] as const) {
      const response = await client.get('mml.gerente', `${BOARD}${query}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toEqual([field]);
    }
  });
});
