import pg from 'pg';
import { auditContentHash, auditContentOf, auditLinkHash, type AuditEventColumns } from '#core';
import { AuditCheckpoints } from '../apps/worker/src/audit-sealing.js';
import { createMandate } from './support/mandates.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

interface Verification {
  ok: boolean;
  checked: number;
  walked: number;
  since: number;
  full: boolean;
  pending: number;
  brokenAt?: number;
}

/**
 * The audit chain sealed after commit by a sequencer (docs/auditoria.md): transitions never wait on
 * the municipality's chain head; verification goes from the last signed checkpoint.
 */
describe('Audit chain sealed after commit, verified from signed checkpoints', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let mml: string;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0', AUDIT_SEAL_MS: '100' });
    client = new WorkflowClient(t);
    await client.setClock('2026-12-01T15:00:00Z');
    [{ id: mml }] = await t.query<{ id: string }>(
      `SELECT id FROM municipalities WHERE code = 'mml'`,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const verify = async (query = ''): Promise<Verification> => {
    const response = await client.get('mml.admin', `/api/v1/audit/verify${query}`);
    expect(response.status).toBe(200);
    return response.body as Verification;
  };
  const checkpoint = () => t.app.get(AuditCheckpoints).runPeriodic();
  const submit = (id: string, version: number) =>
    client.post(
      'mml.gdu',
      `/api/v1/mandates/${id}/events`,
      { type: 'SUBMIT', evidence: 'Informe N° 1' },
      {
        'if-match': `"${version}"`,
      },
    );

  it('commits a transition while the chain head is locked: nothing municipality-wide is on its path', async () => {
    const m = await createMandate(client);
    const holder = new pg.Client({ connectionString: t.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM audit_heads WHERE municipality_id = $1 FOR UPDATE`, [mml]);
      const started = Date.now();
      const response = await submit(m.id, m.version);
      expect(response.status).toBe(200);
      // Far below the sequencer's 5 s lock timeout: the transition did not queue behind the head.
      expect(Date.now() - started).toBeLessThan(2000);
      const [event] = await t.query<{ seq: string | null; hash: string | null }>(
        `SELECT seq, hash FROM audit_events WHERE instance_id = $1 AND type = 'SUBMIT'`,
        [m.id],
      );
      expect(event).toEqual({ seq: null, hash: null });
      const history = await client.get('mml.gdu', `/api/v1/mandates/${m.id}/history`);
      expect(history.body.at(-1)).toMatchObject({ type: 'SUBMIT', seq: null, hash: null });
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // Released, the sequencer seals it within its interval.
    const sealed = await client.eventually(async () => {
      const [row] = await t.query<{ seq: string | null }>(
        `SELECT seq FROM audit_events WHERE instance_id = $1 AND type = 'SUBMIT'`,
        [m.id],
      );
      return row?.seq ?? undefined;
    }, 'el secuenciador sella el evento');
    expect(Number(sealed)).toBeGreaterThan(0);
  });

  it('seals concurrent transitions gapless, in an order each instance keeps', async () => {
    const mandates = await Promise.all(Array.from({ length: 12 }, () => createMandate(client)));
    const responses = await Promise.all(mandates.map((m) => submit(m.id, m.version)));
    expect(responses.map((r) => r.status)).toEqual(mandates.map(() => 200));
    expect(await verify('?full=true')).toMatchObject({ ok: true, pending: 0 });
    const rows = await t.query<{ seq: string; instance_id: string | null; type: string }>(
      `SELECT seq, instance_id, type FROM audit_events WHERE municipality_id = $1 ORDER BY seq`,
      [mml],
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    for (const m of mandates) {
      const own = rows.filter((r) => r.instance_id === m.id).map((r) => r.type);
      expect(own).toEqual(['CREATE', 'SUBMIT']);
    }
  });

  it('verifies from the last signed checkpoint, walking only what came after it', async () => {
    const full = await verify('?full=true');
    expect(full).toMatchObject({ ok: true, full: true, since: 0, walked: full.checked });
    // The periodic job signs a checkpoint at the head; a verification itself writes nothing.
    await checkpoint();
    const m = await createMandate(client);
    await submit(m.id, m.version);
    const incremental = await verify();
    expect(incremental).toMatchObject({
      ok: true,
      full: false,
      since: full.checked,
      walked: 2,
      checked: full.checked + 2,
      pending: 0,
    });
    expect(await verify()).toMatchObject({ since: full.checked, walked: 2 });
    await checkpoint();
    expect(await verify()).toMatchObject({ ok: true, since: incremental.checked, walked: 0 });
    // Nothing new: no new checkpoint.
    await checkpoint();
    const [{ n }] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_checkpoints WHERE municipality_id = $1 AND seq = $2`,
      [mml, incremental.checked],
    );
    expect(n).toBe(1);
  });

  it('catches a rewrite of the past even when every later link was recomputed', async () => {
    await checkpoint();
    const before = await verify();
    expect(before).toMatchObject({ ok: true, walked: 0 });
    // Someone with the table's keys edits event 3 and re-seals everything after it, head included.
    await t.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await t.query(
        `UPDATE audit_events SET actor_name = 'otro' WHERE municipality_id = $1 AND seq = 3`,
        [mml],
      );
      await resealFrom(3);
      // The chain is self-consistent again; the signed checkpoint is not.
      expect(await verify()).toMatchObject({ ok: false, brokenAt: before.checked });
      expect(await verify('?full=true')).toMatchObject({ ok: false, full: true });
    } finally {
      await t.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
  });

  it('refuses a checkpoint whose signature is not the server key', async () => {
    const other = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    try {
      const otherClient = new WorkflowClient(other);
      await createMandate(otherClient);
      await other.app.get(AuditCheckpoints).runPeriodic();
      const [head] = await other.query<{ seq: string; hash: string; key_id: string }>(
        `SELECT c.seq, c.hash, c.key_id FROM audit_checkpoints c
         JOIN municipalities m ON m.id = c.municipality_id WHERE m.code = 'mml' ORDER BY c.seq DESC LIMIT 1`,
      );
      await other.query(
        `INSERT INTO audit_checkpoints (municipality_id, seq, hash, verified_at, key_id, signature)
         SELECT id, $1, $2, now(), $3, repeat('ab', 32) FROM municipalities WHERE code = 'mml'`,
        [Number(head?.seq), head?.hash, head?.key_id],
      );
      expect((await otherClient.get('mml.admin', '/api/v1/audit/verify')).body).toMatchObject({
        ok: false,
      });
      await expect(
        other.query(`DELETE FROM audit_checkpoints WHERE signature = repeat('ab', 32)`),
      ).rejects.toThrow(/solo anexado/);
    } finally {
      await other.close();
    }
  });

  /** Recomputes content hashes and links from `seq` to the head, as a tamperer would. */
  async function resealFrom(seq: number): Promise<void> {
    const rows = await t.query<AuditEventColumns & { id: string; seq: string; prev_hash: string }>(
      `SELECT * FROM audit_events WHERE municipality_id = $1 AND seq >= $2 ORDER BY seq`,
      [mml, seq],
    );
    let prev = rows[0]?.prev_hash ?? '';
    for (const row of rows) {
      const content = auditContentHash(auditContentOf(row));
      const link = auditLinkHash(prev, Number(row.seq), content);
      await t.query(
        `UPDATE audit_events SET content_hash = $2, prev_hash = $3, hash = $4 WHERE id = $1`,
        [row.id, content, prev, link],
      );
      prev = link;
    }
    await t.query(`UPDATE audit_heads SET hash = $2 WHERE municipality_id = $1`, [mml, prev]);
  }
});
