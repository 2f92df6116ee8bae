import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import v8 from 'node:v8';
import vm from 'node:vm';
import { strToU8, zipSync } from 'fflate';
import type { Response } from 'superagent';
import { createMandate } from './support/mandates.js';
import { expectProblem, fields } from './support/problems.js';
import { createResolution, driveTo, RESOLUTIONS } from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const MiB = 1024 * 1024;
const MAX_BYTES = 21 * MiB;
const SHA256 = /^[0-9a-f]{64}$/;

interface AttachmentBody {
  id: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedBy: { id: string; username: string };
  contentUrl: string;
}

// A full GC between measurements (Jest is not started with --expose-gc).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as (options?: Record<string, string>) => void;

/**
 * Memory that stays reachable (JS heap + Buffers) over a baseline, each sample taken right after a
 * full GC: garbage waiting for a collection does not count, a file held whole (as `toBuffer()`
 * would hold it) does. Sampled as the bytes flow (every 4 MiB), not by time: a full GC takes
 * ~100 ms here, far longer than the gaps between chunks.
 */
class LiveMemory {
  private readonly baseline = LiveMemory.live();
  private next = 4 * MiB;
  peak = 0;
  samples = 0;

  private static live(): number {
    // "last-resort": repeated full GCs that also finish freeing dead Buffers' memory, which a
    // plain GC leaves to a background thread (noise of several MiB on a busy machine).
    gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  }

  sample(): void {
    this.peak = Math.max(this.peak, LiveMemory.live() - this.baseline);
    this.samples++;
  }

  /** Samples each time another 4 MiB went through. */
  progress(bytes: number): void {
    if (bytes < this.next) return;
    this.next += 4 * MiB;
    this.sample();
  }
}

/** Writes a PDF of `size` bytes to disk, 1 MiB at a time; returns its SHA-256. */
async function writePdf(path: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  const put = async (chunk: Buffer) => {
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  await put(head);
  let left = size - head.length - tail.length;
  while (left > 0) {
    const n = Math.min(MiB, left);
    await put(randomBytes(n));
    left -= n;
  }
  await put(tail);
  out.end();
  await once(out, 'close');
  return hash.digest('hex');
}

/** Hashes a binary response as it arrives (supertest would otherwise keep it whole). */
const hashing =
  (memory?: LiveMemory) => (res: Response, done: (error: Error | null, body: unknown) => void) => {
    const hash = createHash('sha256');
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      memory?.progress(size);
    });
    res.on('end', () => done(null, { sha256: hash.digest('hex'), size }));
  };

const DOCX_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const XLSX_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>`;

/** A minimal Word document: the parts a reader needs (content types, relationships, body). */
const docx = () =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(DOCX_CONTENT_TYPES),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Informe técnico</w:t></w:r></w:p></w:body></w:document>',
      ),
    }),
  );
const xlsx = () =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(XLSX_CONTENT_TYPES),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
      ),
    }),
  );
/** A Windows executable's first bytes (DOS stub + PE header), as a renamed .exe would start. */
const exe = () => {
  const bytes = Buffer.alloc(4096);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x14c, 0x84);
  return bytes;
};

describe('Adjuntos (attachments) over HTTP', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let work: string;
  let mandateId: string;
  const path = (id: string, kind = 'mandates') => `/api/v1/${kind}/${id}/attachments`;

  const upload = async (
    username: string,
    url: string,
    file: string | Buffer,
    fileName?: string,
    form: Record<string, string> = {},
  ) => {
    const request = t.http.post(url).auth(await client.token(username), { type: 'bearer' });
    for (const [name, value] of Object.entries(form)) void request.field(name, value);
    return request.attach('file', file, fileName ?? undefined);
  };
  const rowCount = async () =>
    (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM attachments`))[0]?.n ?? 0;
  /** Every file the store holds (blobs and spool files). */
  const storedFiles = (): string[] => {
    const walk = (dir: string): string[] =>
      existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
            e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
          )
        : [];
    return walk(t.attachmentsDir).sort();
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'despacho-adjuntos-e2e-'));
    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      ATTACHMENTS_MAX_BYTES: String(MAX_BYTES),
    });
    client = new WorkflowClient(t);
    await client.setClock('2026-12-01T15:00:00Z');
    mandateId = (await createMandate(client)).id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('a 20 MiB PDF goes up and comes back byte-identical, with bounded memory', async () => {
    const size = 20 * MiB;
    const file = join(work, 'informe-de-obras.pdf');
    const sha256 = await writePdf(file, size);

    const upMemory = new LiveMemory();
    const uploading = t.http
      .post(path(mandateId))
      .auth(await client.token('mml.gdu'), { type: 'bearer' })
      .field('kind', 'evidencia')
      .field('description', 'Avance físico al 30 de noviembre')
      .attach('file', file, 'Informe técnico N° 12.pdf');
    uploading.on('progress', (event: { direction: string; loaded: number }) => {
      if (event.direction === 'upload') upMemory.progress(event.loaded);
    });
    const up = { result: await uploading };
    upMemory.sample();
    expect(up.result.status).toBe(201);
    const created = up.result.body as AttachmentBody;
    expect(created).toMatchObject({
      kind: 'evidencia',
      fileName: 'Informe técnico N° 12.pdf',
      mediaType: 'application/pdf',
      sizeBytes: size,
      sha256,
      description: 'Avance físico al 30 de noviembre',
      uploadedBy: { username: 'mml.gdu' },
      contentUrl: `${path(mandateId)}/${created.id}/content`,
    });
    // Stored content-addressed; nothing left in the spool.
    expect(storedFiles()).toEqual([join(t.attachmentsDir, sha256.slice(0, 2), sha256)]);

    const token = await client.token('mml.gerente');
    const downMemory = new LiveMemory();
    const down = {
      result: await t.http
        .get(created.contentUrl)
        .auth(token, { type: 'bearer' })
        .buffer(true)
        .parse(hashing(downMemory)),
    };
    downMemory.sample();
    const response = down.result;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sha256, size });
    expect(response.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(size),
      etag: `"${sha256}"`,
      'repr-digest': `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Informe tecnico N_ 12.pdf"; filename*=UTF-8''Informe%20t%C3%A9cnico%20N%C2%B0%2012.pdf`,
    );

    // Server and client run in this process, so both sides count. What stays live mid-transfer
    // is the buffers in flight between them: measured here from under 1 MiB up to ~13 MiB
    // depending on timing and load, a plateau that does not grow with the bytes transferred. A
    // copy of the whole file, as toBuffer() would keep, adds 20 MiB on top (see the probe below).
    const mib = (bytes: number) => (bytes / MiB).toFixed(1);
    console.log(
      `adjunto de 20 MiB, memoria viva (heap + buffers) sobre la base: subida ${mib(upMemory.peak)} MiB ` +
        `en ${upMemory.samples} muestras, bajada ${mib(downMemory.peak)} MiB en ${downMemory.samples} muestras`,
    );
    expect(upMemory.samples).toBeGreaterThanOrEqual(5);
    expect(downMemory.samples).toBeGreaterThanOrEqual(5);
    expect(upMemory.peak).toBeLessThan(16 * MiB);
    expect(downMemory.peak).toBeLessThan(16 * MiB);

    const again = await t.http
      .get(created.contentUrl)
      .auth(token, { type: 'bearer' })
      .set('If-None-Match', `"${sha256}"`);
    expect(again.status).toBe(304);
  });

  it('the memory probe does see a file held whole in memory', async () => {
    const memory = new LiveMemory();
    const held: Buffer[] = [];
    for (let i = 1; i <= 20; i++) {
      held.push(Buffer.alloc(MiB, i));
      memory.progress(i * MiB);
    }
    memory.sample();
    console.log(`sonda: 20 MiB retenidos de a 1 MiB → ${(memory.peak / MiB).toFixed(1)} MiB`);
    expect(memory.peak).toBeGreaterThan(18 * MiB);
    held.length = 0;
  });

  it('lists the attachments, and writes attachment.added into the verified audit chain', async () => {
    const list = await client.get('mml.gerente', path(mandateId));
    expect(list.status).toBe(200);
    const body = list.body as { items: AttachmentBody[]; total: number; canAttach: boolean };
    expect(body.total).toBe(1);
    expect(body.canAttach).toBe(true);
    const [item] = body.items;
    expect(item?.sha256).toMatch(SHA256);

    const history = await client.get('mml.gerente', `/api/v1/mandates/${mandateId}/history`);
    const added = (history.body as Array<{ type: string; payload: Record<string, unknown> }>).find(
      (h) => h.type === 'attachment.added',
    );
    expect(added?.payload).toEqual({
      attachmentId: item?.id,
      kind: 'evidencia',
      fileName: 'Informe técnico N° 12.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 20 * MiB,
      sha256: item?.sha256,
    });
    const verify = await client.get('mml.admin', '/api/v1/audit/verify');
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('accepts Word and Excel documents, typed by their content', async () => {
    const word = await upload('mml.gdu', path(mandateId), docx(), 'acta.docx', { kind: 'informe' });
    expect(word.status).toBe(201);
    expect(word.body).toMatchObject({
      fileName: 'acta.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    // A name that lies about the type gets the right extension added.
    const sheet = await upload('mml.gdu', path(mandateId), xlsx(), 'cuadro.pdf');
    expect(sheet.status).toBe(201);
    expect(sheet.body).toMatchObject({
      kind: 'otro',
      fileName: 'cuadro.pdf.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  describe('refusals store nothing', () => {
    let rowsBefore: number;
    let filesBefore: string[];
    beforeEach(async () => {
      rowsBefore = await rowCount();
      filesBefore = storedFiles();
    });
    afterEach(async () => {
      expect(await rowCount()).toBe(rowsBefore);
      expect(storedFiles()).toEqual(filesBefore);
    });

    it('a file over ATTACHMENTS_MAX_BYTES is 413', async () => {
      const file = join(work, 'grande.pdf');
      await writeFile(file, '%PDF-1.7\n');
      await truncate(file, MAX_BYTES + 1);
      const response = await upload('mml.gdu', path(mandateId), file);
      expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(response.body.detail).toMatch(/21 MiB/);
    });

    it('an executable named informe.pdf is 415, and so is text', async () => {
      const response = await upload('mml.gdu', path(mandateId), exe(), 'informe.pdf');
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(response.body.detail).toMatch(/«informe\.pdf» no es un documento admitido/);
      const text = await upload('mml.gdu', path(mandateId), Buffer.from('hola\n'), 'nota.pdf');
      expectProblem(text, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it("another municipality's file is 404: upload, list and download", async () => {
      const [mine] = (
        (await client.get('mml.gdu', path(mandateId))).body as { items: AttachmentBody[] }
      ).items;
      expectProblem(
        await upload('megantoni.gerente', path(mandateId), docx(), 'a.docx'),
        404,
        'NOT_FOUND',
      );
      expectProblem(await client.get('megantoni.gerente', path(mandateId)), 404, 'NOT_FOUND');
      expectProblem(
        await client.get('megantoni.gerente', `${path(mandateId)}/${mine?.id}/content`),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await client.get('megantoni.gerente', `${path(mandateId)}/${mine?.id}`),
        404,
        'NOT_FOUND',
      );
    });

    it('ADMIN never acts in a file: 403', async () => {
      const response = await upload('mml.admin', path(mandateId), docx(), 'a.docx');
      expectProblem(response, 403, 'ADMIN_DOES_NOT_ACT');
    });

    it('bad requests: unknown kind of file, wrong field, no file, bad kind, JSON body', async () => {
      expectProblem(
        await upload('mml.gdu', path(mandateId, 'convenios'), docx(), 'a.docx'),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await upload('mml.gdu', path('not-a-uuid'), docx(), 'a.docx'),
        400,
        'VALIDATION_FAILED',
      );
      const token = await client.token('mml.gdu');
      const wrongField = await t.http
        .post(path(mandateId))
        .auth(token, { type: 'bearer' })
        .attach('documento', docx(), 'a.docx');
      expectProblem(wrongField, 400, 'VALIDATION_FAILED');
      const noFile = await t.http
        .post(path(mandateId))
        .auth(token, { type: 'bearer' })
        .field('kind', 'informe');
      expectProblem(noFile, 400, 'VALIDATION_FAILED');
      const badKind = await upload('mml.gdu', path(mandateId), docx(), 'a.docx', {
        kind: 'foto',
      });
      expectProblem(badKind, 400, 'VALIDATION_FAILED');
      expect(fields(badKind.body as Record<string, unknown>)).toEqual(['kind']);
      const json = await client.post('mml.gdu', path(mandateId), { file: 'x' });
      expectProblem(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('multipart is refused on every other route', async () => {
      const response = await t.http
        .post('/api/v1/mandates')
        .auth(await client.token('mml.gerente'), { type: 'bearer' })
        .field('title', 'Encargo')
        .attach('file', docx(), 'a.docx');
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });
  });

  it('a resolution takes attachments until it is signed: then 409 ATTACHMENTS_FROZEN', async () => {
    const draft = await createResolution(client);
    const informe = await upload('mml.gdu', path(draft.id, 'resolutions'), docx(), 'informe.docx', {
      kind: 'informe',
    });
    expect(informe.status).toBe(201);
    await driveTo(client, draft, 'signed');

    const rows = await rowCount();
    const files = storedFiles();
    const late = await upload('mml.gdu', path(draft.id, 'resolutions'), xlsx(), 'anexo.xlsx');
    expectProblem(late, 409, 'ATTACHMENTS_FROZEN');
    expect(late.body.detail).toMatch(/firmado/);
    expect(await rowCount()).toBe(rows);
    expect(storedFiles()).toEqual(files);

    const list = await client.get('mml.gdu', `${RESOLUTIONS}/${draft.id}/attachments`);
    expect(list.body).toMatchObject({ total: 1, canAttach: false });
    // The kind's own routes under the same prefix still answer.
    expect((await client.get('mml.gdu', `${RESOLUTIONS}/${draft.id}/document`)).status).toBe(200);
  });

  it('the OpenAPI document describes the multipart upload', async () => {
    const response = await t.http.get('/api/docs-json');
    const paths = (response.body as { paths: Record<string, Record<string, unknown>> }).paths;
    const route = paths['/api/v1/{kind}/{id}/attachments'];
    expect(route?.['post']).toMatchObject({
      requestBody: { content: { 'multipart/form-data': expect.any(Object) } },
    });
    expect(paths['/api/v1/{kind}/{id}/attachments/{attachmentId}/content']).toBeDefined();
  });
});
