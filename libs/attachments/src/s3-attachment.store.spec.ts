import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import S3rver from '@20minutes/s3rver';
import { S3AttachmentStore } from './s3-attachment.store.js';
import { spoolUpload } from './upload.spool.js';

/** The store against s3rver, an S3-compatible server in this process (no network needed). */
describe('S3AttachmentStore', () => {
  let dir: string;
  let server: S3rver;
  let store: S3AttachmentStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'despacho-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(dir, 'bucket'),
      configureBuckets: [{ name: 'adjuntos' }],
    });
    const { port } = await server.run();
    store = new S3AttachmentStore({
      bucket: 'adjuntos',
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
      prefix: 'despacho/',
    });
  });
  afterAll(async () => {
    store.destroy();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts a spooled upload under its SHA-256 and streams it back', async () => {
    // 6 MiB: more than one socket buffer, so the body really is streamed both ways.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(6 * 1024 * 1024, 7)]);
    const upload = await spoolUpload(Readable.from([bytes]), join(dir, 'spool'), 10 * 1024 * 1024);
    expect(upload.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(store.keyOf(upload.sha256)).toBe(
      `despacho/${upload.sha256.slice(0, 2)}/${upload.sha256}`,
    );

    expect(await store.exists(upload.sha256)).toBe(false);
    await store.put(upload, 'application/pdf');
    expect(await store.exists(upload.sha256)).toBe(true);
    // Content-addressed: the same bytes again are not sent again.
    await store.put(upload, 'application/pdf');
    await upload.discard();

    const back = await buffer(await store.get(upload.sha256));
    expect(back.equals(bytes)).toBe(true);
  });

  it('a missing object is absent, and getting it fails', async () => {
    const sha256 = createHash('sha256').update('nunca subido').digest('hex');
    expect(await store.exists(sha256)).toBe(false);
    await expect(store.get(sha256)).rejects.toThrow();
  });
});
