import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError, ErrorCode } from '#core';

/** An upload written to a local temporary file while hashed and counted. */
export interface SpooledUpload {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  /** Removes the temporary file if it is still there (it is gone once the store took it). */
  discard(): Promise<void>;
}

const mebibytes = (bytes: number) =>
  (bytes / 1_048_576).toLocaleString('es-PE', { maximumFractionDigits: 1 });

export const tooLarge = (maxBytes: number) =>
  new DomainError(
    ErrorCode.PAYLOAD_TOO_LARGE,
    `El archivo excede el tamaño máximo permitido de ${mebibytes(maxBytes)} MiB.`,
    { maxBytes },
  );

/**
 * Streams `source` to a new file in `dir`, computing its SHA-256 on the way; one chunk in memory
 * at a time. Past `maxBytes` it stops reading at once, removes the file and refuses (413). The
 * file is flushed to disk before this returns, so a rename into the store keeps the bytes.
 */
export async function spoolUpload(
  source: Readable,
  dir: string,
  maxBytes: number,
): Promise<SpooledUpload> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${randomUUID()}.part`);
  const discard = () => rm(path, { force: true });
  const file = await open(path, 'wx', 0o600);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Leaving the loop destroys the source: nothing more is read.
      if (size > maxBytes) throw tooLarge(maxBytes);
      hash.update(chunk);
      await file.write(chunk);
    }
    await file.sync();
  } catch (error) {
    await file.close().catch(() => undefined);
    await discard();
    throw error;
  }
  await file.close();
  return { path, sha256: hash.digest('hex'), size, discard };
}
