import { createMandate } from './support/mandates.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/** More concurrent transitions than the database pool has connections (20). */
const CONCURRENT = 45;

describe('Concurrent transitions', () => {
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

  // A transition that waited, inside its transaction, for a second pooled connection (to read the
  // calendar) deadlocked the pool once every connection was held by such a transaction.
  it('never waits for a second pooled connection inside a transaction', async () => {
    const mandates = [];
    for (let i = 0; i < CONCURRENT; i++) mandates.push(await createMandate(client));
    const token = await client.token('mml.gdu');
    const all = Promise.all(
      mandates.map((m) =>
        t.http
          .post(`/api/v1/mandates/${m.id}/events`)
          .auth(token, { type: 'bearer' })
          .send({ type: 'SUBMIT', evidence: 'Informe N° 1' }),
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<'stuck'>((resolve) => {
      timer = setTimeout(() => resolve('stuck'), 20_000);
    });
    const outcome = await Promise.race([all, stuck]);
    clearTimeout(timer);
    expect(outcome).not.toBe('stuck');
    if (outcome === 'stuck') return;
    expect(outcome.map((r) => r.status)).toEqual(mandates.map(() => 200));
    const [row] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM workflow_instances WHERE id = ANY($1) AND state = 'review'`,
      [mandates.map((m) => m.id)],
    );
    expect(row?.n).toBe(CONCURRENT);
  });
});
