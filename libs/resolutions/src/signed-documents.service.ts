import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '#core';
import { execute, queryOne } from '#database';

/** Crockford base32 without I, L, O, U: read aloud and typed by hand without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A verification key like `7KQ2-M9XD-4TPA` (60 random bits): printed under the QR (D16). */
export function newVerificationCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Accepts the key as typed: lower case, without dashes or with spaces. */
export function normalizeVerificationCode(input: string): string | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(chars)) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export interface StoredDocument {
  readonly instanceId: string;
  readonly municipalityId: string;
  readonly verificationCode: string;
  readonly sha256: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly createdAt: Date;
}

/** The signed bytes of each act, stored once with their SHA-256; a trigger refuses any change. */
@Injectable()
export class SignedDocuments {
  constructor(private readonly dataSource: DataSource) {}

  async store(
    manager: EntityManager,
    document: Omit<StoredDocument, 'sha256'>,
  ): Promise<{ sha256: string }> {
    const sha256 = createHash('sha256').update(document.bytes).digest('hex');
    await execute(
      manager,
      `INSERT INTO signed_documents (instance_id, municipality_id, verification_code, content_type, sha256, bytes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        document.instanceId,
        document.municipalityId,
        document.verificationCode,
        document.contentType,
        sha256,
        document.bytes,
        document.createdAt,
      ],
    );
    return { sha256 };
  }

  /** The document of an act of the caller's municipality, or 404. */
  async read(municipalityId: string, instanceId: string): Promise<StoredDocument> {
    const row = await queryOne<{
      instance_id: string;
      municipality_id: string;
      verification_code: string;
      sha256: string;
      content_type: string;
      bytes: Buffer;
      created_at: Date;
    }>(
      this.dataSource.manager,
      `SELECT instance_id, municipality_id, verification_code, sha256, content_type, bytes, created_at
       FROM signed_documents WHERE instance_id = $1 AND municipality_id = $2`,
      [instanceId, municipalityId],
    );
    if (!row) throw new NotFoundError('El documento firmado');
    return {
      instanceId: row.instance_id,
      municipalityId: row.municipality_id,
      verificationCode: row.verification_code,
      sha256: row.sha256,
      contentType: row.content_type,
      bytes: row.bytes,
      createdAt: row.created_at,
    };
  }

  /** What the public verification shows of the act a key belongs to, or null. */
  async findByCode(code: string): Promise<{
    instance_id: string;
    sha256: string;
    context: Record<string, unknown>;
    state: string;
  } | null> {
    const found = await queryOne<{
      instance_id: string;
      sha256: string;
      context: Record<string, unknown>;
      state: string;
    }>(
      this.dataSource.manager,
      `SELECT d.instance_id, d.sha256, i.context, i.state FROM signed_documents d
       JOIN workflow_instances i ON i.id = d.instance_id WHERE d.verification_code = $1`,
      [code],
    );
    return found ?? null;
  }
}
