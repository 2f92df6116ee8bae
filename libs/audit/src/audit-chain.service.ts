import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AUDIT_GENESIS_HASH,
  type AuditEventColumns,
  auditContentHash,
  auditContentOf,
  auditLinkHash,
} from '#core';
import { queryOne, queryRows, execute } from '#database';
import type { Actor } from './actor.js';

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

// Named columns, never `*`: a prepared statement's result type must not change under a migration.
const AUDIT_COLUMNS = `municipality_id, seq, instance_id, kind, type, from_state, to_state, actor_id,
  actor_name, on_behalf_of, at, payload, content_hash, prev_hash, hash`;

interface AuditRow extends AuditEventColumns {
  readonly seq: string;
  readonly content_hash: string;
  readonly prev_hash: string;
  readonly hash: string;
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

/**
 * The append-only audit trail, one hash chain per municipality. An event is inserted in the
 * caller's transaction with the SHA-256 of its content; PostgreSQL seals it into the chain (seq,
 * prev_hash, hash) when that transaction commits, so the chain head is locked only by the commit
 * and no reader ever sees an unsealed event.
 */
@Injectable()
export class AuditChain {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends in the given order, in one statement however many. */
  async append(manager: EntityManager, ...entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((entry) => ({
      municipality_id: entry.municipalityId,
      instance_id: entry.instanceId,
      kind: entry.kind,
      type: entry.type,
      from_state: entry.from,
      to_state: entry.to,
      actor_id: entry.actor.userId,
      actor_name: entry.actor.name,
      on_behalf_of: entry.actor.onBehalfOf ?? null,
      at: entry.at,
      // Stored exactly as hashed: jsonb keeps what JSON keeps.
      payload: JSON.parse(JSON.stringify(entry.payload)) as Record<string, unknown>,
    }));
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
    await execute(
      manager,
      `INSERT INTO audit_events (municipality_id, instance_id, kind, type, from_state, to_state,
         actor_id, actor_name, on_behalf_of, at, payload, content_hash)
       SELECT municipality_id, instance_id, kind, type, from_state, to_state, actor_id, actor_name,
              on_behalf_of, at, payload, content_hash
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                   $8::text[], $9::text[], $10::timestamptz[], $11::jsonb[], $12::text[])
         WITH ORDINALITY AS x(municipality_id, instance_id, kind, type, from_state, to_state, actor_id,
                              actor_name, on_behalf_of, at, payload, content_hash, n)
       ORDER BY n`,
      [
        column((r) => r.municipality_id),
        column((r) => r.instance_id),
        column((r) => r.kind),
        column((r) => r.type),
        column((r) => r.from_state),
        column((r) => r.to_state),
        column((r) => r.actor_id),
        column((r) => r.actor_name),
        column((r) => r.on_behalf_of),
        column((r) => r.at),
        column((r) => JSON.stringify(r.payload)),
        column((r) => auditContentHash(auditContentOf(r))),
      ],
    );
  }

  async history(municipalityId: string, instanceId: string): Promise<HistoryItem[]> {
    const rows = await queryRows<AuditRow>(
      this.dataSource.manager,
      `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE municipality_id = $1 AND instance_id = $2 ORDER BY seq`,
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
      let prevHash = AUDIT_GENESIS_HASH;
      let expectedSeq = 1;
      const batch = 2000;
      for (;;) {
        const rows = await queryRows<AuditRow>(
          manager,
          `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE municipality_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
          [municipalityId, expectedSeq, batch],
        );
        for (const row of rows) {
          const seq = Number(row.seq);
          const intact =
            seq === expectedSeq &&
            row.prev_hash === prevHash &&
            auditContentHash(auditContentOf(row)) === row.content_hash &&
            auditLinkHash(prevHash, seq, row.content_hash) === row.hash;
          if (!intact) return { ok: false, checked: expectedSeq - 1, brokenAt: expectedSeq };
          prevHash = row.hash;
          expectedSeq++;
        }
        if (rows.length < batch) break;
      }
      const checked = expectedSeq - 1;
      // Every committed event is sealed at commit; one without a place was slipped past the trigger.
      const unsealed = await queryOne<{ n: number }>(
        manager,
        `SELECT count(*)::int AS n FROM audit_events WHERE municipality_id = $1 AND seq IS NULL`,
        [municipalityId],
      );
      if (unsealed && unsealed.n > 0) return { ok: false, checked, brokenAt: checked + 1 };
      // A deleted tail (behind the trigger's back) shows up as a head ahead of the rows.
      if (head && (Number(head.seq) !== checked || head.hash !== prevHash))
        return { ok: false, checked, brokenAt: checked + 1 };
      return { ok: true, checked };
    });
  }
}
