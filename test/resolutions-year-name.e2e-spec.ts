import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Response } from 'superagent';
import { expectProblem } from './support/problems.js';
import { profilesWithYearNames } from './support/profiles.js';
import {
  eventsPath,
  getResolution,
  RESOLUTIONS,
  resolutionIn,
  type ResolutionResource,
} from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/** A test name for 2027 in Megantoni's profile; Lima keeps the shipped profile, without 2027. */
const MEGANTONI_2027 = 'Año del Ensayo de la Denominación Oficial';
const NAME_2026 = 'Año de la Esperanza y el Fortalecimiento de la Democracia';

/** Collects a binary body (supertest only buffers text and JSON by itself). */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The text pdfkit draws (hex WinAnsi strings of its deflated content streams), run together. */
function drawnText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('\nendstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9a-f]+)>/g))
      text += Buffer.from(hex[1] ?? '', 'hex').toString('latin1');
  }
  return text;
}

/**
 * D13: the header of a Resolución de Gerencia Municipal carries the official name of the year,
 * which the Executive approves each year by decreto supremo and orders on every official document
 * (2026: DS 011-2026-PCM). Without it in the profile, SIGN is refused before a number is taken.
 */
describe('The official name of the year in every signed resolution (D13; DS 011-2026-PCM)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let profilesDir = '';
  let signed2026: ResolutionResource;
  let bytes2026: Buffer;
  let lima: ResolutionResource;
  let megantoni: ResolutionResource;

  beforeAll(async () => {
    profilesDir = profilesWithYearNames({ 2027: MEGANTONI_2027 }, ['megantoni']);
    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      MUNICIPALITIES_DIR: profilesDir,
    });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima.
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    rmSync(profilesDir, { recursive: true, force: true });
  });

  const pdf = async (id: string, username: string) =>
    t.http
      .get(`${RESOLUTIONS}/${id}/document`)
      .auth(await client.token(username), { type: 'bearer' })
      .buffer(true)
      .parse(binary);
  /** What a SIGN writes, for one resolution and its municipality's register. */
  const written = async (id: string, municipality: string) =>
    (
      await t.query<Record<string, unknown>>(
        `SELECT
           (SELECT count(*)::int FROM register_entries r JOIN municipalities m ON m.id = r.municipality_id
             WHERE m.code = $2) AS entries,
           (SELECT coalesce(json_agg(json_build_array(c.year, c.last_value) ORDER BY c.year), '[]')
              FROM register_counters c JOIN municipalities m ON m.id = c.municipality_id
             WHERE m.code = $2) AS counters,
           (SELECT count(*)::int FROM signed_documents) AS documents,
           (SELECT count(*)::int FROM audit_events WHERE instance_id = $1) AS audit,
           (SELECT count(*)::int FROM deadlines WHERE instance_id = $1) AS deadlines,
           (SELECT json_build_array(state, version) FROM workflow_instances WHERE id = $1) AS instance`,
        [id, municipality],
      )
    )[0];

  it('signs on Tue 1 Dec 2026 with the name of 2026 from the profile in the header (D13; DS 011-2026-PCM)', async () => {
    signed2026 = await resolutionIn(client, 'signed', { hasBudgetImpact: false });
    expect(signed2026.number).toMatch(/^RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML\/GMM$/);
    const document = await pdf(signed2026.id, 'mml.gdu');
    expect(document.status).toBe(200);
    bytes2026 = document.body as Buffer;
    expect(createHash('sha256').update(bytes2026).digest('hex')).toBe(signed2026.documentSha256);
    expect(drawnText(bytes2026)).toContain(NAME_2026);
    // Both ready to sign in 2026; they are signed, or not, once the year has turned.
    [lima, megantoni] = await Promise.all([
      resolutionIn(client, 'ready_to_sign', { hasBudgetImpact: false }),
      resolutionIn(
        client,
        'ready_to_sign',
        { hasBudgetImpact: false },
        { origin: 'megantoni.gdu' },
      ),
    ]);
  });

  it('refuses to sign on Mon 4 Jan 2027 without the name of 2027 in the profile: 409 YEAR_NAME_MISSING citing D13 and the yearly decreto supremo; no number is taken, nothing is written', async () => {
    await client.setClock('2027-01-04T15:00:00Z');
    // The 3-day signature term has run out meanwhile: what the SIGN finds, it must leave as is.
    const ready = await getResolution(client, lima.id);
    const before = await written(lima.id, 'mml');
    expect(before['counters']).toEqual([[2026, 1]]);

    const refused = await client.post('mml.gerente', eventsPath(lima.id), { type: 'SIGN' });
    expectProblem(refused, 409, 'YEAR_NAME_MISSING');
    expect(refused.body).toMatchObject({
      title: 'Falta la denominación oficial del año',
      year: 2027,
      setting: 'yearNames.2027',
    });
    const detail = String(refused.body['detail']);
    expect(detail).toMatch(
      /^No se puede firmar: el perfil de la Municipalidad Metropolitana de Lima no tiene la denominación oficial del año 2027/,
    );
    expect(detail).toMatch(/\(D13\)/);
    expect(detail).toMatch(/decreto supremo de la Presidencia del Consejo de Ministros/);
    expect(detail).toMatch(/DS 011-2026-PCM/);
    expect(detail).toMatch(/agregarla en yearNames\.2027 del archivo mml\.yaml/);
    expect(detail).toMatch(/No se asignó número ni se firmó nada\.$/);

    expect(await written(lima.id, 'mml')).toEqual(before);
    const after = await getResolution(client, lima.id);
    expect(after).toMatchObject({
      state: 'ready_to_sign',
      version: ready.version,
      number: null,
      sequence: null,
      documentSha256: null,
    });
    // An act signed before keeps its bytes: nothing of this touches a signed document.
    const again = await pdf(signed2026.id, 'mml.gdu');
    expect(Buffer.compare(again.body as Buffer, bytes2026)).toBe(0);
    expect((await getResolution(client, signed2026.id)).documentSha256).toBe(
      signed2026.documentSha256,
    );
  });

  it('signs on Mon 4 Jan 2027 where the profile has the name of 2027 (Megantoni): number 001-2027 and the name in the header (D12, D13)', async () => {
    const response = await client.post('megantoni.gerente', eventsPath(megantoni.id), {
      type: 'SIGN',
    });
    expect(response.status).toBe(200);
    const signed = response.body as ResolutionResource;
    expect(signed).toMatchObject({
      state: 'signed',
      year: 2027,
      number: 'RESOLUCIÓN DE GERENCIA GENERAL N° 001-2027-GG/MDM',
    });
    const document = await pdf(signed.id, 'megantoni.gdu');
    expect(document.status).toBe(200);
    expect(drawnText(document.body as Buffer)).toContain(MEGANTONI_2027);
  });
});
