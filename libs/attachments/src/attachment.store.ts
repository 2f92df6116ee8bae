import type { Readable } from 'node:stream';
import type { SpooledUpload } from './upload.spool.js';

/**
 * Where attachment bytes live, content-addressed: the key is the SHA-256, so the same file is
 * kept once and a stored blob never changes. Rows in `attachments` say who may see which blob.
 */
export interface AttachmentStore {
  /** Takes a spooled, checked upload (the temporary file is moved or copied and may be gone after). */
  put(upload: SpooledUpload, mediaType: string): Promise<void>;
  /** The bytes stored under this SHA-256, streamed. */
  get(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  /** For logs and health: `filesystem:/path` or `s3:bucket/prefix`. */
  readonly description: string;
}

export const ATTACHMENT_STORE = Symbol('ATTACHMENT_STORE');

export const isSha256 = (value: string) => /^[0-9a-f]{64}$/.test(value);
