import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canonicalJson } from '#core';
import { queryOne, queryRows } from '#database';
import type { Actor } from '../workflow-definition.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  readonly municipalityId: string;
  readonly instanceId: string | null;
  readonly kind: string | null;
  readonly type: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly actor: Actor;
  readonly at: Date;
  readonly payload: Record<string, unknown>;
}

export interface AuditRecord {
  readonly seq: number;
  readonly hash: string;
  readonly prevHash: string;
}

interface AuditRow {
  seq: string;
  instance_id: string | null;
  kind: string | null;
  type: string;
  from_state: string | null;
  to_state: string | null;
  actor_id: string | null;
  actor_name: string;
  on_behalf_of: string | null;
  at: Date;
  payload: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export interface HistoryItem {
  seq: number;
  type: string;
  from: string | null;
  to: string | null;
  actor: string;
  onBehalfOf: string | null;
  at: string;
  payload: Record<string, unknown>;
  hash: string;
  prevHash: string;
}

/** What is hashed: every column but the hashes, as RFC 8785 canonical JSON. */
function chainHash(
  prevHash: string,
  municipalityId: string,
  seq: number,
  row: Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>,
): string {
  const canonical = canonicalJson({
    municipalityId,
    seq,
    instanceId: row.instance_id,
    kind: row.kind,
    type: row.type,
    from: row.from_state,
    to: row.to_state,
    actorId: row.actor_id,
    actorName: row.actor_name,
    onBehalfOf: row.on_behalf_of,
    at: row.at.toISOString(),
    payload: row.payload,
  });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/**
 * The append-only audit trail, one hash chain per municipality. Append inside the caller's
 * transaction, as its last write: the chain head is locked until commit.
 */
@Injectable()
export class AuditChain {
  constructor(private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, entry: AuditEntry): Promise<AuditRecord> {
    const head = await queryOne<{ seq: string; hash: string }>(
      manager,
      `INSERT INTO audit_heads (municipality_id, seq, hash) VALUES ($1, 1, $2)
       ON CONFLICT (municipality_id) DO UPDATE SET seq = audit_heads.seq + 1
       RETURNING seq, hash`,
      [entry.municipalityId, GENESIS_HASH],
    );
    if (!head) throw new Error('audit_heads no devolvió la cabeza de la cadena');
    const seq = Number(head.seq);
    // Stored exactly as hashed: jsonb keeps what JSON keeps.
    const payload = JSON.parse(JSON.stringify(entry.payload)) as Record<string, unknown>;
    const row = {
      instance_id: entry.instanceId,
      kind: entry.kind,
      type: entry.type,
      from_state: entry.from,
      to_state: entry.to,
      actor_id: entry.actor.userId,
      actor_name: entry.actor.name,
      on_behalf_of: entry.actor.onBehalfOf ?? null,
      at: entry.at,
      payload,
    };
    const hash = chainHash(head.hash, entry.municipalityId, seq, row);
    await manager.query(
      `WITH appended AS (
         INSERT INTO audit_events (municipality_id, seq, instance_id, kind, type, from_state, to_state,
           actor_id, actor_name, on_behalf_of, at, payload, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14))
       UPDATE audit_heads SET hash = $14 WHERE municipality_id = $1`,
      [
        entry.municipalityId,
        seq,
        row.instance_id,
        row.kind,
        row.type,
        row.from_state,
        row.to_state,
        row.actor_id,
        row.actor_name,
        row.on_behalf_of,
        row.at,
        JSON.stringify(payload),
        head.hash,
        hash,
      ],
    );
    return { seq, hash, prevHash: head.hash };
  }

  async history(municipalityId: string, instanceId: string): Promise<HistoryItem[]> {
    const rows = await queryRows<AuditRow>(
      this.dataSource.manager,
      `SELECT * FROM audit_events WHERE municipality_id = $1 AND instance_id = $2 ORDER BY seq`,
      [municipalityId, instanceId],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      type: r.type,
      from: r.from_state,
      to: r.to_state,
      actor: r.actor_name,
      onBehalfOf: r.on_behalf_of,
      at: r.at.toISOString(),
      payload: r.payload,
      hash: r.hash,
      prevHash: r.prev_hash,
    }));
  }

  /**
   * Walks the municipality's chain from the genesis to its head, in one snapshot (appends going on
   * meanwhile are not half-seen); the first broken link is reported.
   */
  verify(municipalityId: string): Promise<{ ok: boolean; checked: number; brokenAt?: number }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const head = await queryOne<{ seq: string; hash: string }>(
        manager,
        `SELECT seq, hash FROM audit_heads WHERE municipality_id = $1`,
        [municipalityId],
      );
      let prevHash = GENESIS_HASH;
      let expectedSeq = 1;
      const batch = 2000;
      for (;;) {
        const rows = await queryRows<AuditRow>(
          manager,
          `SELECT * FROM audit_events WHERE municipality_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
          [municipalityId, expectedSeq, batch],
        );
        for (const row of rows) {
          const seq = Number(row.seq);
          const intact =
            seq === expectedSeq &&
            row.prev_hash === prevHash &&
            chainHash(prevHash, municipalityId, seq, row) === row.hash;
          if (!intact) return { ok: false, checked: expectedSeq - 1, brokenAt: expectedSeq };
          prevHash = row.hash;
          expectedSeq++;
        }
        if (rows.length < batch) break;
      }
      const checked = expectedSeq - 1;
      // A deleted tail (behind the trigger's back) shows up as a head ahead of the rows.
      if (head && (Number(head.seq) !== checked || head.hash !== prevHash))
        return { ok: false, checked, brokenAt: checked + 1 };
      return { ok: true, checked };
    });
  }
}
