import { createMandate } from './support/mandates.js';
import { expectProblem } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

interface Summary {
  id: string;
  kind: string;
  state: string;
  label: string;
  title: string;
  createdAt: string;
  [field: string]: unknown;
}
interface ListPage {
  items: Summary[];
  total: number;
  totalIsEstimate: boolean;
  page: number;
  pageSize: number;
  nextCursor: string | null;
}

const MANDATES = '/api/v1/mandates';
/** More than the count cap (10 000): the total stops there. */
const BULK = 10_050;

describe('Lists at scale: summaries, keyset pages, a capped total and ranked search', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (user: string, query: string): Promise<ListPage> => {
    const response = await client.get(user, `${MANDATES}?${query}`);
    expect(response.status).toBe(200);
    return response.body as ListPage;
  };

  it('lists summaries, never the full context', async () => {
    const m = await createMandate(client, { title: 'Resumen de la lista' });
    const { items } = await list('mml.gdu', 'pageSize=1');
    expect(items[0]).toMatchObject({
      id: m.id,
      kind: 'mandates',
      state: 'open',
      version: 1,
      label: 'Encargo «Resumen de la lista»',
      title: 'Resumen de la lista',
      year: 2026,
      unitId: m['responsibleUnitId'],
      deadlines: [expect.objectContaining({ code: 'cumplimiento_encargo' })],
    });
    for (const field of ['instructions', 'progress', 'evidence', 'allowedEvents'])
      expect(items[0]).not.toHaveProperty(field);
  });

  it('walks every page by cursor without duplicates or gaps while instances are created', async () => {
    // The same instant for all of them (a manual clock): the id breaks the tie.
    for (let i = 0; i < 7; i++) await createMandate(client, { title: `Recorrido ${i}` });
    const before = (await list('mml.gdu', 'pageSize=100')).items.map((i) => i.id);
    expect(before.length).toBeGreaterThanOrEqual(8);

    const walked: string[] = [];
    let page = await list('mml.gdu', 'pageSize=3');
    for (let second = 1; ; second++) {
      walked.push(...page.items.map((i) => i.id));
      // Newer instances (created later) appear before the cursor: the walk neither repeats nor skips any.
      await client.setClock(`2026-12-01T15:00:${String(second).padStart(2, '0')}Z`);
      await createMandate(client, { title: 'Creado durante el recorrido' });
      if (page.nextCursor === null) break;
      page = await list('mml.gdu', `pageSize=3&cursor=${encodeURIComponent(page.nextCursor)}`);
    }
    expect(walked).toEqual(before);
    expect(new Set(walked).size).toBe(walked.length);
  });

  it('counts up to 10 000, pages deep by number or cursor alike, and ranks a search', async () => {
    const [megantoni] = await t.query<{ id: string; unit: string }>(
      `SELECT m.id, (SELECT u.id FROM units u WHERE u.municipality_id = m.id LIMIT 1) AS unit
         FROM municipalities m WHERE m.code = 'megantoni'`,
    );
    const context = (title: string) =>
      `jsonb_build_object('title', ${title}, 'instructions', 'x', 'source', 'reunion',
        'sourceReference', NULL, 'assignerUnitId', $2::text, 'assignerUserId', $2::text,
        'responsibleUnitId', $2::text, 'term', jsonb_build_object('days', 5, 'unit', 'business'),
        'progress', '[]'::jsonb, 'evidence', NULL, 'returns', '[]'::jsonb, 'closingReason', NULL)`;
    await t.query(
      `INSERT INTO workflow_instances (municipality_id, kind, machine_version, state, context, search_text,
         created_at, updated_at, owner_unit_id, record_year, summary)
       SELECT $1, 'mandates', 1, 'closed', ${context(`'Licencia ' || g`)}, 'Licencia de edificación ' || g,
              ts, ts, $2::uuid, extract(year FROM ts AT TIME ZONE 'America/Lima')::int,
              jsonb_build_object('label', 'Encargo «Licencia ' || g || '»', 'title', 'Licencia ' || g,
                'source', 'reunion', 'assignerUnitId', $2::text, 'responsibleUnitId', $2::text)
         FROM generate_series(1, $3::int) g,
              LATERAL (SELECT timestamptz '2024-01-01 00:00:00-05' + (g - 1) * interval '1 hour' AS ts) t`,
      [megantoni?.id, megantoni?.unit, BULK],
    );
    // One stored before summaries were: its summary is derived from its context.
    await t.query(
      `INSERT INTO workflow_instances (municipality_id, kind, machine_version, state, context, search_text,
         created_at, updated_at, owner_unit_id, record_year)
       SELECT $1, 'mandates', 1, 'open', ${context(`'Antiguo'`)}, 'Antiguo', '2023-05-01', '2023-05-01', $2::uuid, 2023`,
      [megantoni?.id, megantoni?.unit],
    );

    const all = await list('megantoni.gerente', 'pageSize=5');
    expect(all).toMatchObject({ total: 10_000, totalIsEstimate: true });
    expect((await list('megantoni.gerente', 'year=2024')).total).toBe(24 * 366);
    expect(await list('megantoni.gerente', 'year=2023')).toMatchObject({
      total: 1,
      totalIsEstimate: false,
      items: [expect.objectContaining({ title: 'Antiguo', label: 'Encargo «Antiguo»' })],
    });
    expect((await list('megantoni.gerente', 'state=open')).total).toBe(1);

    // The 40th page by number and by following cursors: the same instances.
    const byNumber = await list('megantoni.gerente', 'pageSize=100&page=40');
    let page = await list('megantoni.gerente', 'pageSize=100');
    for (let i = 1; i < 40; i++)
      page = await list('megantoni.gerente', `pageSize=100&cursor=${page.nextCursor ?? ''}`);
    expect(page.items.map((i) => i.id)).toEqual(byNumber.items.map((i) => i.id));

    // A common word: only the most recent 200 matches are ranked, and the total says "more".
    const common = await list('megantoni.gerente', 'q=licencias&pageSize=10');
    expect(common).toMatchObject({ total: 200, totalIsEstimate: true });
    // Ranked: the one that says it most comes first, though older.
    await t.query(
      `UPDATE workflow_instances SET search_text = 'Licencia licencia licencia de edificación'
        WHERE id = (SELECT id FROM workflow_instances WHERE municipality_id = $1 AND kind = 'mandates'
                     ORDER BY created_at DESC OFFSET 150 LIMIT 1)`,
      [megantoni?.id],
    );
    const ranked = await list('megantoni.gerente', 'q=licencia&pageSize=10');
    const [best] = await t.query<{ id: string }>(
      `SELECT id FROM workflow_instances WHERE search_text LIKE 'Licencia licencia%'`,
    );
    expect(ranked.items[0]?.id).toBe(best?.id);
    // A search's pages by cursor: no repeats.
    const seen = new Set(ranked.items.map((i) => i.id));
    let next = ranked.nextCursor;
    for (let i = 0; i < 3 && next; i++) {
      const more = await list('megantoni.gerente', `q=licencia&pageSize=10&cursor=${next}`);
      for (const item of more.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      next = more.nextCursor;
    }
    expect(seen.size).toBe(40);
    // A rare word: exact.
    expect(await list('megantoni.gerente', 'q=antiguo')).toMatchObject({
      total: 1,
      totalIsEstimate: false,
      nextCursor: null,
    });
  });

  it('refuses a cursor that is not one of this list with 400, in Spanish', async () => {
    const first = await list('mml.gdu', 'pageSize=1');
    const search = await list('mml.gdu', 'pageSize=1&q=recorrido');
    const cases: Array<[string, RegExp]> = [
      ['cursor=basura', /no es un cursor de esta lista/],
      [`cursor=${Buffer.from('{"at":1}').toString('base64url')}`, /no es un cursor/],
      [
        `cursor=${Buffer.from(JSON.stringify({ at: "2026-01-01 00:00:00+00'; --", id: 'x' })).toString('base64url')}`,
        /no es un cursor/,
      ],
      [`cursor=${first.nextCursor ?? ''}&q=recorrido`, /es de una lista sin búsqueda/],
      [`cursor=${search.nextCursor ?? ''}`, /es de una búsqueda/],
      [`cursor=${first.nextCursor ?? ''}&page=2`, /no se combina con page/],
    ];
    for (const [query, message] of cases) {
      const response = await client.get('mml.gdu', `${MANDATES}?${query}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(JSON.stringify(response.body)).toMatch(message);
    }
  });
});
