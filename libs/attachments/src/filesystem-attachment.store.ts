import { access, mkdir, open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type AttachmentStore, isSha256 } from './attachment.store.js';
import type { SpooledUpload } from './upload.spool.js';

/**
 * Blobs under `<dir>/<first two hex digits>/<sha256>`. The upload was spooled and flushed on the
 * same disk, so storing it is one atomic rename: a blob is either whole or absent.
 */
export class FileSystemAttachmentStore implements AttachmentStore {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `filesystem:${dir}`;
  }

  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`No es un SHA-256: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(upload: SpooledUpload): Promise<void> {
    const target = this.pathOf(upload.sha256);
    if (await this.exists(upload.sha256)) return;
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    // Same content, same name: a concurrent upload of the same file replaces it with itself.
    await rename(upload.path, target);
    await syncDirectory(dirname(target));
  }

  async get(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    // Opened before answering, so a missing blob fails here and not in the middle of a response.
    const handle = await open(path, 'r');
    return handle.createReadStream();
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }
}

/** Makes a rename durable: the directory entry is flushed too. */
async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
