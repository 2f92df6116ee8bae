import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditEventColumns, auditContentHash, auditContentOf } from '#core';
import { queryOne, queryRows, execute } from '#database';
import type { Actor } from './actor.js';
import { AuditSealer } from './audit-sealer.service.js';
import {
  AUDIT_SETTINGS,
  type AuditSettings,
  type CheckpointRow,
  checkpointRowValid,
  signCheckpoint,
  signingKeyId,
} from './audit-settings.js';
import { runVerification } from './verification/run-verification.js';

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
  readonly seq: string | null;
  readonly content_hash: string;
  readonly prev_hash: string | null;
  readonly hash: string | null;
}

/**
 * The INSERT of `entries` (in their order, unsealed), with its parameters numbered from `first`: a
 * writer may run it alone (`append`) or as a CTE of its own statement, saving a round trip.
 */
export function auditInsert(
  entries: readonly AuditEntry[],
  first: number,
  where = 'TRUE',
): { sql: string; params: unknown[] } {
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
  const p = (n: number) => `$${first + n}`;
  return {
    sql: `INSERT INTO audit_events (municipality_id, instance_id, kind, type, from_state, to_state,
         actor_id, actor_name, on_behalf_of, at, payload, content_hash)
       SELECT municipality_id, instance_id, kind, type, from_state, to_state, actor_id, actor_name,
              on_behalf_of, at, payload, content_hash
       FROM unnest(${p(0)}::uuid[], ${p(1)}::uuid[], ${p(2)}::text[], ${p(3)}::text[], ${p(4)}::text[],
                   ${p(5)}::text[], ${p(6)}::uuid[], ${p(7)}::text[], ${p(8)}::text[],
                   ${p(9)}::timestamptz[], ${p(10)}::jsonb[], ${p(11)}::text[])
         WITH ORDINALITY AS x(municipality_id, instance_id, kind, type, from_state, to_state, actor_id,
                              actor_name, on_behalf_of, at, payload, content_hash, n)
       WHERE ${where}
       ORDER BY n`,
    params: [
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
  };
}

export interface AuditVerification {
  readonly ok: boolean;
  /** Length of the chain proven intact (up to the first break). */
  readonly checked: number;
  /** Links recomputed by this verification. */
  readonly walked: number;
  /** The checkpoint the walk started from (0: the genesis). */
  readonly since: number;
  readonly full: boolean;
  /** Events committed after the verification sealed, not yet in the chain. */
  readonly pending: number;
  readonly brokenAt?: number;
}

export interface HistoryItem {
  seq: number | null;
  type: string;
  from: string | null;
  to: string | null;
  actor: string;
  onBehalfOf: string | null;
  at: string;
  payload: Record<string, unknown>;
  /** Null while the event waits for the sequencer (at most a sealing interval). */
  hash: string | null;
  prevHash: string | null;
}

/**
 * The append-only audit trail, one hash chain per municipality. An event is inserted in the
 * caller's transaction with the SHA-256 of its content and no place in the chain; the sequencer
 * (AuditSealer) seals committed events into the chain (seq, prev_hash, hash) shortly after, so no
 * transition waits on the municipality's chain head.
 */
@Injectable()
export class AuditChain {
  private readonly walks = new Map<string, Promise<AuditVerification>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditSealer,
    @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings,
  ) {}

  /** Appends in the given order, in one statement however many. */
  async append(manager: EntityManager, ...entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const insert = auditInsert(entries, 1);
    await execute(manager, insert.sql, insert.params);
  }

  async history(municipalityId: string, instanceId: string): Promise<HistoryItem[]> {
    const rows = await queryRows<AuditRow>(
      this.dataSource.manager,
      `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE municipality_id = $1 AND instance_id = $2 ORDER BY seq, id`,
      [municipalityId, instanceId],
    );
    return rows.map((r) => ({
      seq: r.seq === null ? null : Number(r.seq),
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
   * Verifies the municipality's chain: first seals what is committed, then walks from the last
   * signed checkpoint (or from the genesis when `full`, also checking every checkpoint) to the head,
   * in a worker thread on a connection of its own. Records nothing (see `checkpoint`).
   */
  verify(municipalityId: string, options: { full?: boolean } = {}): Promise<AuditVerification> {
    const full = options.full === true;
    const key = `${municipalityId}:${full}`;
    // Concurrent calls for the same walk share it: a second full walk of millions adds nothing.
    let walk = this.walks.get(key);
    if (!walk) {
      walk = this.walkFrom(municipalityId, full)
        .then((walked) => walked.result)
        .finally(() => this.walks.delete(key));
      this.walks.set(key, walk);
    }
    return walk;
  }

  /**
   * Verifies from the last checkpoint and, when the chain is intact and grew, signs a checkpoint at
   * its head (the periodic job's work).
   */
  async checkpoint(municipalityId: string): Promise<AuditVerification> {
    const verified = await this.walkFrom(municipalityId, false);
    if (verified.result.ok && verified.head.seq > verified.result.since)
      await this.recordCheckpoint(municipalityId, verified.keyId, verified.head);
    return verified.result;
  }

  private async walkFrom(
    municipalityId: string,
    full: boolean,
  ): Promise<{ result: AuditVerification; head: { seq: number; hash: string }; keyId: string }> {
    await this.sealer.seal(municipalityId);
    const keyId = signingKeyId(this.settings.signingKey);
    const checkpoint = full ? null : await this.latestCheckpoint(municipalityId, keyId);
    if (checkpoint === 'forged') {
      const result = { ok: false, checked: 0, walked: 0, since: 0, full, pending: 0, brokenAt: 1 };
      return { result, head: { seq: 0, hash: '' }, keyId };
    }
    const outcome = await runVerification({
      databaseUrl: this.settings.databaseUrl,
      signingKey: this.settings.signingKey,
      keyId,
      municipalityId,
      from: checkpoint,
      checkCheckpoints: full,
    });
    const since = checkpoint?.seq ?? 0;
    const result = {
      ok: outcome.ok,
      checked: outcome.checked,
      walked: outcome.walked,
      since,
      full,
      pending: outcome.pending,
      ...(outcome.ok ? {} : { brokenAt: outcome.brokenAt }),
    };
    return { result, head: outcome.head, keyId };
  }

  private async latestCheckpoint(
    municipalityId: string,
    keyId: string,
  ): Promise<{ seq: number; hash: string } | null | 'forged'> {
    const row = await queryOne<CheckpointRow>(
      this.dataSource.manager,
      `SELECT seq, hash, verified_at, signature FROM audit_checkpoints
       WHERE municipality_id = $1 AND key_id = $2 ORDER BY seq DESC, id DESC LIMIT 1`,
      [municipalityId, keyId],
    );
    if (!row) return null;
    return checkpointRowValid(this.settings.signingKey, municipalityId, row)
      ? { seq: Number(row.seq), hash: row.hash }
      : 'forged';
  }

  private async recordCheckpoint(
    municipalityId: string,
    keyId: string,
    head: { seq: number; hash: string },
  ): Promise<void> {
    const facts = { municipalityId, ...head, verifiedAt: new Date() };
    await execute(
      this.dataSource.manager,
      `INSERT INTO audit_checkpoints (municipality_id, seq, hash, verified_at, key_id, signature)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        municipalityId,
        head.seq,
        head.hash,
        facts.verifiedAt,
        keyId,
        signCheckpoint(this.settings.signingKey, facts),
      ],
    );
  }
}
