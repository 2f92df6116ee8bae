import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The recorded facts of one audit event: every column but its place in the chain. */
export interface AuditContent {
  readonly municipalityId: string;
  readonly instanceId: string | null;
  readonly kind: string | null;
  readonly type: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly onBehalfOf: string | null;
  /** ISO 8601, UTC. */
  readonly at: string;
  readonly payload: unknown;
}

export const AUDIT_GENESIS_HASH = '0'.repeat(64);

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 of the event's RFC 8785 canonical JSON; computed by the writer, before it commits. */
export function auditContentHash(content: AuditContent): string {
  return sha256(canonicalJson(content));
}

/**
 * The link that seals an event into its municipality's chain. PostgreSQL computes the same at
 * commit (audit_events_chain()); keep both in step.
 */
export function auditLinkHash(prevHash: string, seq: number, contentHash: string): string {
  return sha256(`${prevHash}:${seq}:${contentHash}`);
}
