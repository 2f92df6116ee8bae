import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import pg from 'pg';
import { type CheckpointRow, checkpointRowValid, onThisHost } from '../audit-settings.js';
import { ChainWalk, rowIntact, type SealedRow } from './chain-walk.js';

export interface VerifyInput {
  readonly databaseUrl: string;
  readonly signingKey: string;
  readonly keyId: string;
  readonly municipalityId: string;
  /** Where the walk starts: a verified checkpoint, or null for the genesis. */
  readonly from: { readonly seq: number; readonly hash: string } | null;
  /** Also checks every checkpoint of the current key against the row it names. */
  readonly checkCheckpoints: boolean;
}

export interface VerifyOutcome {
  readonly ok: boolean;
  /** The chain's length proven (up to the first break). */
  readonly checked: number;
  /** Links recomputed by this walk. */
  readonly walked: number;
  readonly brokenAt?: number;
  readonly reason?: 'link' | 'head' | 'checkpoint';
  readonly head: { readonly seq: number; readonly hash: string };
  /** Events committed but not yet sealed when the walk's snapshot was taken. */
  readonly pending: number;
}

const COLUMNS = `municipality_id, seq, instance_id, kind, type, from_state, to_state, actor_id,
  actor_name, on_behalf_of, at, payload, content_hash, prev_hash, hash`;
const BATCH = 5000;

/**
 * Walks one municipality's chain from a known position to the head it had when the walk began, a
 * batch at a time (never the whole chain in memory), on a connection of its own. Sealed rows never
 * change, so each batch reads in its own short snapshot: a walk of minutes holds back no vacuum.
 */
export async function verifyChain(input: VerifyInput): Promise<VerifyOutcome> {
  const client = new pg.Client({
    connectionString: input.databaseUrl,
    application_name: 'despacho-audit-verify',
  });
  await client.connect();
  try {
    // A database on this host (embedded mode's is on loopback) yields its half of the walk too.
    if (onThisHost(input.databaseUrl)) await lowerPriorityOfBackend(client);
    return await walk(client, input);
  } finally {
    await client.end();
  }
}

/** Niceness of a walk, for its thread and its backend: requests come first. */
export const WALK_NICENESS = 10;

/** Best effort: only a PostgreSQL backend of this host, and only where the OS allows it. */
async function lowerPriorityOfBackend(client: pg.Client): Promise<void> {
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
  if (pid === undefined) return;
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres')) return;
    setPriority(pid, WALK_NICENESS);
  } catch {
    // Another OS, another user, or no such process here: the walk runs at the backend's priority.
  }
}

async function walk(client: pg.Client, input: VerifyInput): Promise<VerifyOutcome> {
  const { municipalityId } = input;
  const start = input.from ?? { seq: 0, hash: '' };
  const head = (
    await client.query<{ seq: string; hash: string }>(
      `SELECT seq, hash FROM audit_heads WHERE municipality_id = $1`,
      [municipalityId],
    )
  ).rows[0];
  // Events sealed after this read lie beyond it: the walk stops here.
  const end = head ? Number(head.seq) : 0;
  const pending = Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_events WHERE municipality_id = $1 AND seq IS NULL`,
        [municipalityId],
      )
    ).rows[0]?.n ?? 0,
  );
  const broken = (at: number, reason: VerifyOutcome['reason'], walked: number) => ({
    ok: false,
    checked: at - 1,
    walked,
    brokenAt: at,
    reason,
    head: { seq: at - 1, hash: '' },
    pending,
  });

  // The anchor: the checkpoint's row must still be the one that was verified.
  if (input.from && input.from.seq > 0) {
    const anchor = (
      await client.query<SealedRow>(
        `SELECT ${COLUMNS} FROM audit_events WHERE municipality_id = $1 AND seq = $2`,
        [municipalityId, input.from.seq],
      )
    ).rows[0];
    if (
      !anchor ||
      anchor.hash !== input.from.hash ||
      !rowIntact(anchor, anchor.prev_hash, start.seq)
    )
      return broken(start.seq, 'link', 1);
  }

  const checkpoints = input.checkCheckpoints ? await checkpointsOf(client, input) : new Map();
  if (!(checkpoints instanceof Map)) return broken(checkpoints.forgedAt, 'checkpoint', 0);

  const chain = new ChainWalk(input.from ?? undefined);
  const batchAfter = (seq: number) =>
    client
      .query<SealedRow>(
        `SELECT ${COLUMNS} FROM audit_events WHERE municipality_id = $1 AND seq > $2 AND seq <= $3
         ORDER BY seq LIMIT $4`,
        [municipalityId, seq, end, BATCH],
      )
      .then((result) => result.rows);
  let walked = 0;
  let next: Promise<SealedRow[]> | undefined = batchAfter(chain.head.seq);
  while (next) {
    const rows: SealedRow[] = await next;
    // The database reads the next batch while this one is hashed; a break leaves it unread.
    const last = rows.at(-1);
    next = rows.length === BATCH && last ? batchAfter(Number(last.seq)) : undefined;
    next?.catch(() => undefined);
    const before = chain.head.seq;
    const intact = chain.accept(rows);
    walked += chain.head.seq - before;
    if (!intact) return broken(chain.brokenAt ?? chain.head.seq + 1, 'link', walked);
    for (const row of rows) {
      const recorded = checkpoints.get(Number(row.seq));
      if (recorded !== undefined && recorded !== row.hash)
        return broken(Number(row.seq), 'checkpoint', walked);
    }
  }
  // A deleted tail (behind the triggers' back) shows up as a head ahead of the rows.
  const reached = chain.head;
  if (head ? Number(head.seq) !== reached.seq || head.hash !== reached.hash : reached.seq > 0)
    return broken(reached.seq + 1, 'head', walked);
  return { ok: true, checked: reached.seq, walked, head: reached, pending };
}

/** Every checkpoint signed with the current key, by seq; or the first whose signature fails. */
async function checkpointsOf(
  client: pg.Client,
  input: VerifyInput,
): Promise<Map<number, string> | { forgedAt: number }> {
  const rows = (
    await client.query<CheckpointRow>(
      `SELECT seq, hash, verified_at, signature FROM audit_checkpoints
       WHERE municipality_id = $1 AND key_id = $2`,
      [input.municipalityId, input.keyId],
    )
  ).rows;
  const bySeq = new Map<number, string>();
  for (const row of rows) {
    if (!checkpointRowValid(input.signingKey, input.municipalityId, row))
      return { forgedAt: Number(row.seq) };
    bySeq.set(Number(row.seq), row.hash);
  }
  return bySeq;
}
