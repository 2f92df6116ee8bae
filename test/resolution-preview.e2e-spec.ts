import { pdfText } from '#documents/testing';
import { expectProblem } from './support/problems.js';
import { createResolution, resolutionPath, resolutionIn } from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

describe('The PDF preview of a draft: what the Gerente reads before signing (issue 14, point 4)', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(() => t.close());

  const preview = async (username: string, id: string) =>
    client.t.http
      .get(`${resolutionPath(id)}/preview`)
      .auth(await client.token(username), { type: 'bearer' })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('prints the text as it would be signed today, with the number left blank and no verification key (D13, D16)', async () => {
    const ready = await resolutionIn(client, 'ready_to_sign', {
      subject: 'Aprobar el plan de arborización del Cercado',
    });
    const response = await preview('mml.gerente', ready.id);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    const text = pdfText(response.body as Buffer);
    expect(text).toContain('RESOLUCIÓN DE GERENCIA MUNICIPAL N° ____-2026-MML/GMM');
    expect(text).toMatch(/Lima, 0?1 de diciembre de 2026/);
    expect(text).toContain('PROYECTO - VISTA PREVIA SIN VALOR OFICIAL');
    expect(text).not.toContain('Clave de verificación');
    for (const article of ready['articles'] as string[])
      expect(text.replace(/\s+/g, ' ')).toContain(article.slice(0, 30));
    // Nothing was numbered nor stored.
    expect(
      await t.query(`SELECT 1 FROM register_entries WHERE instance_id = $1`, [ready.id]),
    ).toEqual([]);
    expect(
      await t.query(`SELECT 1 FROM signed_documents WHERE instance_id = $1`, [ready.id]),
    ).toEqual([]);
  });

  it('any user of the municipality reads it; another municipality does not find it; a signed one answers 409', async () => {
    const draft = await createResolution(client);
    expect((await preview('mml.gdu', draft.id)).status).toBe(200);
    expect((await preview('mml.juridica', draft.id)).status).toBe(200);
    expectProblem(
      await client.get('megantoni.gerente', `${resolutionPath(draft.id)}/preview`),
      404,
      'NOT_FOUND',
    );
    const signed = await resolutionIn(client, 'signed');
    expectProblem(
      await client.get('mml.gerente', `${resolutionPath(signed.id)}/preview`),
      409,
      'CONFLICT',
    );
    expectProblem(
      await client.get('mml.gerente', `${resolutionPath('no-es-un-id')}/preview`),
      400,
      'VALIDATION_FAILED',
    );
    expect((await t.http.get(`${resolutionPath(draft.id)}/preview`)).status).toBe(401);
  });
});
