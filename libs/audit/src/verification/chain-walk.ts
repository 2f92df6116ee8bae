import {
  AUDIT_GENESIS_HASH,
  type AuditEventColumns,
  auditContentHash,
  auditContentOf,
  auditLinkHash,
} from '#core/audit-hash';

export interface SealedRow extends AuditEventColumns {
  readonly seq: string;
  readonly content_hash: string;
  readonly prev_hash: string;
  readonly hash: string;
}

/** Whether a stored event is intact: its content hashes to what it says, and its link follows. */
export const rowIntact = (row: SealedRow, prevHash: string, seq: number): boolean =>
  Number(row.seq) === seq &&
  row.prev_hash === prevHash &&
  auditContentHash(auditContentOf(row)) === row.content_hash &&
  auditLinkHash(prevHash, seq, row.content_hash) === row.hash;

/**
 * Walks a chain forward from a known position (the genesis, or a verified checkpoint), a batch
 * at a time, and remembers the first broken link.
 */
export class ChainWalk {
  private prevHash: string;
  private nextSeq: number;
  brokenAt: number | undefined;

  constructor(from: { seq: number; hash: string } = { seq: 0, hash: AUDIT_GENESIS_HASH }) {
    this.prevHash = from.hash;
    this.nextSeq = from.seq + 1;
  }

  /** The last intact position reached. */
  get head(): { seq: number; hash: string } {
    return { seq: this.nextSeq - 1, hash: this.prevHash };
  }

  /** Takes the next rows in seq order; false once a link is broken. */
  accept(rows: readonly SealedRow[]): boolean {
    if (this.brokenAt !== undefined) return false;
    for (const row of rows) {
      if (!rowIntact(row, this.prevHash, this.nextSeq)) {
        this.brokenAt = this.nextSeq;
        return false;
      }
      this.prevHash = row.hash;
      this.nextSeq++;
    }
    return true;
  }
}
