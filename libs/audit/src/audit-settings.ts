import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Injection token: what the audit chain needs from the process's runtime. */
export const AUDIT_SETTINGS = Symbol('AUDIT_SETTINGS');

export interface AuditSettings {
  /** The verifier walks long chains on its own connection, in a worker thread. */
  readonly databaseUrl: string;
  /** HMAC key of the checkpoints; kept outside the database. */
  readonly signingKey: string;
}

/** A verified position of a municipality's chain. */
export interface CheckpointFacts {
  readonly municipalityId: string;
  readonly seq: number;
  readonly hash: string;
  readonly verifiedAt: Date;
}

/** Names the key without revealing it: checkpoints of another key are not trusted, nor refused. */
export const signingKeyId = (key: string): string =>
  createHash('sha256').update(`despacho-audit-checkpoint:${key}`).digest('hex').slice(0, 16);

const signed = (facts: CheckpointFacts): string =>
  [
    'despacho-audit-checkpoint-v1',
    facts.municipalityId,
    facts.seq,
    facts.hash,
    facts.verifiedAt.toISOString(),
  ].join('\n');

export const signCheckpoint = (key: string, facts: CheckpointFacts): string =>
  createHmac('sha256', key).update(signed(facts)).digest('hex');

export function checkpointSignatureValid(
  key: string,
  facts: CheckpointFacts,
  signature: string,
): boolean {
  const expected = Buffer.from(signCheckpoint(key, facts), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A row of `audit_checkpoints` as read back. */
export interface CheckpointRow {
  readonly seq: string;
  readonly hash: string;
  readonly verified_at: Date;
  readonly signature: string;
}

/** Whether a stored checkpoint of the municipality carries the signature of `key`. */
export const checkpointRowValid = (
  key: string,
  municipalityId: string,
  row: CheckpointRow,
): boolean =>
  checkpointSignatureValid(
    key,
    { municipalityId, seq: Number(row.seq), hash: row.hash, verifiedAt: row.verified_at },
    row.signature,
  );

/** Whether a connection string names this host: a loopback address or a Unix socket. */
export function onThisHost(databaseUrl: string): boolean {
  if (/[?&]host=(\/|%2F)/i.test(databaseUrl)) return true;
  try {
    const host = new URL(databaseUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}
