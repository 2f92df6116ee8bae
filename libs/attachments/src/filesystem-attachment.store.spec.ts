import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileSystemAttachmentStore } from './filesystem-attachment.store.js';
import { spoolUpload } from './upload.spool.js';
import { verified } from './verified.stream.js';

const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('spool and filesystem store', () => {
  let dir: string;
  let spool: string;
  let store: FileSystemAttachmentStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'despacho-store-'));
    spool = join(dir, 'tmp');
    store = new FileSystemAttachmentStore(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('spools while hashing, then moves the file into <aa>/<sha256>', async () => {
    const upload = await spoolUpload(chunks('%PDF-', '1.7 hola'), spool, 100);
    expect(upload).toMatchObject({ sha256: sha('%PDF-1.7 hola'), size: 13 });
    expect(await store.exists(upload.sha256)).toBe(false);
    await store.put(upload);
    await upload.discard();
    const path = join(dir, upload.sha256.slice(0, 2), upload.sha256);
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 hola');
    expect(readdirSync(spool)).toEqual([]);
    expect(await store.exists(upload.sha256)).toBe(true);
    expect(await text(await store.get(upload.sha256))).toBe('%PDF-1.7 hola');
  });

  it('keeps one blob for the same content', async () => {
    for (let i = 0; i < 2; i++) {
      const upload = await spoolUpload(chunks('mismo contenido'), spool, 100);
      await store.put(upload);
      await upload.discard();
    }
    const blobs = readdirSync(dir).filter((name) => name !== 'tmp');
    expect(blobs).toEqual([sha('mismo contenido').slice(0, 2)]);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('stops reading past the limit, and leaves nothing behind', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(10));
      },
    });
    await expect(spoolUpload(endless, spool, 25)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    // The endless source was let go: destroyed, and never read again.
    expect(endless.destroyed).toBe(true);
    const then = pulled;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulled).toBe(then);
    expect(readdirSync(spool)).toEqual([]);
  });

  it('removes the spool file when the upload breaks off', async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.from('parte'));
        this.destroy(new Error('cliente desconectado'));
      },
    });
    await expect(spoolUpload(broken, spool, 100)).rejects.toThrow('cliente desconectado');
    expect(readdirSync(spool)).toEqual([]);
  });

  it('refuses to serve bytes whose SHA-256 changed in the store', async () => {
    await expect(text(verified(chunks('original'), sha('original')))).resolves.toBe('original');
    await expect(text(verified(chunks('alterado'), sha('original')))).rejects.toThrow(
      /cambió en el almacén/,
    );
  });

  it('a missing blob fails when opened, before any byte is sent', async () => {
    await expect(store.get(sha('nunca subido'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(join(dir, 'tmp'))).toBe(false);
  });
});
