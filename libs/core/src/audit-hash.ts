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

/** The columns of `audit_events` that record the event (what `AuditContent` is read from). */
export interface AuditEventColumns {
  readonly municipality_id: string;
  readonly instance_id: string | null;
  readonly kind: string | null;
  readonly type: string;
  readonly from_state: string | null;
  readonly to_state: string | null;
  readonly actor_id: string | null;
  readonly actor_name: string;
  readonly on_behalf_of: string | null;
  readonly at: Date;
  readonly payload: Record<string, unknown>;
}

export const auditContentOf = (r: AuditEventColumns): AuditContent => ({
  municipalityId: r.municipality_id,
  instanceId: r.instance_id,
  kind: r.kind,
  type: r.type,
  from: r.from_state,
  to: r.to_state,
  actorId: r.actor_id,
  actorName: r.actor_name,
  onBehalfOf: r.on_behalf_of,
  at: r.at.toISOString(),
  payload: r.payload,
});

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
