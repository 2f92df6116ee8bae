import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'superagent';
import { pdfText } from '#documents/testing';
import { expectProblem } from './support/problems.js';
import {
  createResolution,
  driveTo,
  eventsPath,
  getResolution,
  resolutionIn,
  sendEvent,
  whoIs,
} from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const DELEGATIONS = '/api/v1/admin/delegations';
const RGM = 'resoluciones_gerencia_municipal';
/** The addressee of the sample resolution, who files the remedies (machine version 2: `filedBy`). */
const ANDES = 'Constructora Los Andes S.A.C.';
const SHIPPED = join(process.cwd(), 'config/municipalities');
/** What a profile that admits the apelación against delegated acts would say (a test profile). */
const APPEAL_BASIS =
  'Resolución de Alcaldía N° 002-2026-A-MDM, Art. 3: el Alcalde resuelve en segunda instancia la apelación contra lo resuelto por delegación (TUO de la Ley 27444, Art. 220).';

/**
 * D10 checked against the law (LOM Art. 20 inc. 20, 39, 50; TUO de la Ley 27444, Art. 78–85), on
 * the shipped Lima profile and on a Megantoni profile that admits the apelación against delegated
 * acts (`delegations.appealAgainstDelegatedActs`), to show the setting is the profile's.
 */
describe('Delegations checked against the law (D10), in March 2026', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let profilesDir = '';
  /** Users by username. */
  const id: Record<string, string> = {};

  beforeAll(async () => {
    profilesDir = mkdtempSync(join(tmpdir(), 'perfiles-'));
    writeFileSync(join(profilesDir, 'mml.yaml'), readFileSync(join(SHIPPED, 'mml.yaml'), 'utf8'));
    const megantoni = readFileSync(join(SHIPPED, 'megantoni.yaml'), 'utf8');
    const admitting = megantoni.replace(
      /( {2}appealAgainstDelegatedActs:\n {4}allowed: )false\n {4}basis: .*\n/,
      `$1true\n    basis: '${APPEAL_BASIS}'\n`,
    );
    expect(admitting).not.toBe(megantoni);
    writeFileSync(join(profilesDir, 'megantoni.yaml'), admitting);

    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      MUNICIPALITIES_DIR: profilesDir,
    });
    client = new WorkflowClient(t);
    // Monday 2 March 2026, 10:00 in Lima.
    await client.setClock('2026-03-02T15:00:00Z');
    for (const user of [
      'mml.gerente',
      'mml.juridica',
      'mml.presupuesto',
      'mml.secretaria',
      'mml.gdu',
      'mml.gsc',
      'megantoni.gerente',
      'megantoni.juridica',
    ])
      id[user] = (await whoIs(client, user)).id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(profilesDir, { recursive: true, force: true });
  });

  const register = (admin: string, body: Record<string, unknown>) =>
    client.post(admin, DELEGATIONS, { subjects: [RGM], ...body });
  const registered = async (admin: string, body: Record<string, unknown>) => {
    const response = await register(admin, body);
    if (response.status !== 201) throw new Error(`delegación: ${response.status} ${response.text}`);
    return response.body as { id: string };
  };
  /** The text of an addressee's cédula de notificación (TUO Art. 24.1), spaces collapsed. */
  const cedulaText = async (id: string, username: string) => {
    const response = await t.http
      .get(`/api/v1/resolutions/${id}/notices/0`)
      .auth(await client.token(username), { type: 'bearer' })
      .buffer(true)
      .parse((res: Response, done: (error: Error | null, body: Buffer) => void) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    return pdfText(response.body as Buffer).replace(/\s+/g, ' ');
  };
  const count = async (table: 'delegations' | 'register_entries') =>
    (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? 0;
  /** A delegation recorded before the table existed (or by a profile that allowed it): straight into the table. */
  const legacy = async (body: {
    kind: string;
    delegatorRole: string;
    delegatorPost: string;
    delegate: string;
    instrument: string;
  }) =>
    (
      await t.query<{ id: string }>(
        `INSERT INTO delegations (municipality_id, kind, delegator_role, delegator_post,
           delegate_user_id, instrument, subjects, valid_from, valid_until, created_at)
         VALUES ((SELECT municipality_id FROM users WHERE id = $6), $1, $2, $3, $6, $4,
           ARRAY[$5::text], '2026-03-01', '2026-03-31', now())
         RETURNING id`,
        [
          body.kind,
          body.delegatorRole,
          body.delegatorPost,
          body.instrument,
          RGM,
          id[body.delegate],
        ],
      )
    )[0]?.id ?? '';

  const alcaldeCompetencia = {
    kind: 'delegacion_competencia',
    delegatorRole: 'ALCALDE',
    delegatorPost: 'Alcalde Metropolitano',
    instrument: 'Resolución de Alcaldía N° 001-2026-MML',
    validFrom: '2026-01-02',
    validUntil: '2026-12-31',
  };
  const gerenteFirma = {
    kind: 'delegacion_firma',
    delegatorRole: 'GERENTE_MUNICIPAL',
    delegatorPost: 'Gerente Municipal Metropolitano',
    instrument: 'Resolución de Gerencia Municipal N° 015-2026-MML/GMM',
    validFrom: '2026-03-02',
    validUntil: '2026-06-30',
  };
  let competenciaId = '';
  let encargaturaId = '';

  it('LOM Art. 20 inc. 20: the Alcalde delegates his administrative powers in the Gerente Municipal only; anyone else is a 400 naming the rule, and nothing is written', async () => {
    competenciaId = (
      await registered('mml.admin', { ...alcaldeCompetencia, delegateUserId: id['mml.gerente'] })
    ).id;
    const before = await count('delegations');
    for (const other of ['mml.juridica', 'mml.gdu', 'mml.secretaria']) {
      const refused = await register('mml.admin', {
        ...alcaldeCompetencia,
        delegateUserId: id[other],
      });
      expectProblem(refused, 400, 'DELEGATION_NOT_PERMITTED');
      expect(refused.body['detail']).toMatch(
        new RegExp(
          `solo se otorga a quien tenga el rol GERENTE_MUNICIPAL; ${other.replace('.', '\\.')} .*no cumple la regla\\. Regla: LOM Art\\. 20 inc\\. 20: .*\\(perfil «mml», delegations\\.grants\\.0\\)\\.$`,
        ),
      );
      expect(refused.body).toMatchObject({
        title: 'Delegación no permitida',
        rule: {
          table: 'mml: delegations.grants.0',
          delegatorRole: 'ALCALDE',
          kind: 'delegacion_competencia',
          subject: RGM,
          delegateRoles: ['GERENTE_MUNICIPAL'],
          basis: expect.stringContaining('LOM Art. 20 inc. 20'),
        },
      });
    }
    // Each municipality's own table: Megantoni's names its profile.
    const megantoni = await register('megantoni.admin', {
      ...alcaldeCompetencia,
      delegatorPost: 'Alcalde Distrital',
      delegateUserId: id['megantoni.juridica'],
      instrument: 'Resolución de Alcaldía N° 001-2026-A-MDM',
    });
    expectProblem(megantoni, 400, 'DELEGATION_NOT_PERMITTED');
    expect(megantoni.body['detail']).toMatch(/perfil «megantoni»/);
    expect(await count('delegations')).toBe(before);
  });

  it('TUO Art. 83.1 and LOM Art. 50: the Alcalde does not delegate his signature, since his acts exhaust the administrative route: 400 at registration', async () => {
    const refused = await register('mml.admin', {
      ...alcaldeCompetencia,
      kind: 'delegacion_firma',
      delegateUserId: id['mml.gerente'],
    });
    expectProblem(refused, 400, 'DELEGATION_NOT_PERMITTED');
    expect(refused.body['detail']).toMatch(
      /^La delegación de firma del Alcalde en «resoluciones_gerencia_municipal» no se otorga a nadie\. Regla: TUO de la Ley 27444, Art\. 83\.1: .*LOM Art\. 50/,
    );
    expect(refused.body).toMatchObject({
      rule: { kind: 'delegacion_firma', delegateRoles: [] },
      delegate: { roles: ['GERENTE_MUNICIPAL'], unitKind: 'gerencia_municipal' },
    });
  });

  it('LOM Art. 39 and TUO Art. 83.1: the Gerente delegates the signature of RGMs in his subordinates, never in a gerencia de línea; Secretaría General does not depend on him', async () => {
    await registered('mml.admin', { ...gerenteFirma, delegateUserId: id['mml.juridica'] });
    for (const kind of ['delegacion_firma', 'delegacion_competencia']) {
      const line = await register('mml.admin', {
        ...gerenteFirma,
        kind,
        delegateUserId: id['mml.gdu'],
      });
      expectProblem(line, 400, 'DELEGATION_NOT_PERMITTED');
      expect(line.body['detail']).toMatch(/unidad GDU de tipo gerencia_linea\) no cumple la regla/);
      expect(line.body['detail']).toMatch(/Regla: LOM Art\. 39: las gerencias de línea/);
    }
    // Another subject, e.g. contracts: the signature may go to a line gerente.
    await registered('mml.admin', {
      ...gerenteFirma,
      delegateUserId: id['mml.gdu'],
      subjects: ['contrataciones'],
    });
    const secretaria = await register('mml.admin', {
      ...gerenteFirma,
      delegateUserId: id['mml.secretaria'],
      subjects: ['contrataciones'],
    });
    expectProblem(secretaria, 400, 'DELEGATION_NOT_PERMITTED');
    expect(secretaria.body['detail']).toMatch(
      /unidad SGC de tipo secretaria_general\) no cumple la regla\. Regla: TUO de la Ley 27444, Art\. 83\.1/,
    );
  });

  it('TUO Art. 84.1: the Alcalde puts an official in charge of the Gerencia Municipal, by Resolución de Alcaldía', async () => {
    encargaturaId = (
      await registered('mml.admin', {
        kind: 'encargatura',
        delegatorRole: 'GERENTE_MUNICIPAL',
        delegatorPost: 'Gerente Municipal Metropolitano',
        delegateUserId: id['mml.gsc'],
        instrument: 'Resolución de Alcaldía N° 052-2026-MML',
        // The titular's holidays: Monday 9 to Friday 20 March 2026.
        validFrom: '2026-03-09',
        validUntil: '2026-03-20',
      })
    ).id;
    expect(encargaturaId).toBeTruthy();
  });

  it('TUO Art. 83.1: at SIGN, no delegación de firma of an act that exhausts the administrative route: signed for the Alcalde it would be a Resolución de Alcaldía (LOM Art. 50), 403 SIGNATURE_NOT_DELEGABLE', async () => {
    const firma = await legacy({
      kind: 'delegacion_firma',
      delegatorRole: 'ALCALDE',
      delegatorPost: 'Alcalde Metropolitano',
      delegate: 'mml.juridica',
      instrument: 'Resolución de Alcaldía N° 003-2026-MML',
    });
    const ready = await resolutionIn(client, 'ready_to_sign');
    const numbers = await count('register_entries');
    const refused = await client.post('mml.juridica', eventsPath(ready.id), {
      type: 'SIGN',
      delegationId: firma,
    });
    expectProblem(refused, 403, 'SIGNATURE_NOT_DELEGABLE');
    expect(refused.body['detail']).toMatch(
      /^No se delega la firma de un acto que agota la vía administrativa \(TUO de la Ley 27444, Art\. 83\.1\): .*Art\. 83\.2.*Resolución de Alcaldía.*LOM Art\. 50/,
    );
    expect((await getResolution(client, ready.id)).state).toBe('ready_to_sign');
    expect(await count('register_entries')).toBe(numbers);
    const revoked = await client.post('mml.admin', `${DELEGATIONS}/${firma}/revoke`, {
      reason: 'Contraria al Art. 83.1 del TUO de la Ley 27444.',
    });
    expect(revoked.status).toBe(200);
  });

  it('TUO Art. 84.2: the encargado of the Gerencia resolves the reconsideración of an act the titular signed; the delegate of the signature does not (TUO Art. 83.2, 78.2)', async () => {
    // Monday 2 March: the titular signs in her own right and the act is notified; a reconsideración.
    const signed = await resolutionIn(client, 'notified', {}, { sign: { delegationId: null } });
    expect(signed.signature).toMatchObject({ name: 'María Elena Quispe Rojas', mode: 'propia' });
    await sendEvent(client, 'mml.gdu', signed.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-03-02T10:00:00-05:00',
      filedBy: ANDES,
    });
    // Tuesday 10 March: the titular is on holiday; Rosa Flores is in charge of the Gerencia.
    await client.setClock('2026-03-10T15:00:00Z');
    const asDelegate = await client.post('mml.juridica', eventsPath(signed.id), {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
      filedBy: ANDES,
    });
    expectProblem(asDelegate, 403, 'FORBIDDEN');
    expect(asDelegate.body['detail']).toMatch(/Art\. 219.*Art\. 84\.2.*Art\. 78\.2, 83\.2/);
    expect((await getResolution(client, signed.id, 'mml.gsc')).allowedEvents).toContain(
      'RESOLVE_REMEDY',
    );
    const resolved = await sendEvent(client, 'mml.gsc', signed.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
      filedBy: ANDES,
    });
    expect(resolved.remedies).toEqual([
      expect.objectContaining({ kind: 'reconsideracion', outcome: 'infundado' }),
    ]);
    // Without the encargatura (the other line gerente), no.
    expect((await getResolution(client, signed.id, 'mml.gdu')).allowedEvents).not.toContain(
      'RESOLVE_REMEDY',
    );
  });

  it('LOM Art. 39: a gerencia de línea does not sign an RGM by delegación de firma (403 LINE_GERENCIA_CANNOT_SIGN); in charge of the Gerencia it signs «(e)» (TUO Art. 84.2)', async () => {
    const firma = await legacy({
      ...gerenteFirma,
      delegate: 'mml.gsc',
    });
    const a = await resolutionIn(client, 'ready_to_sign');
    const b = await resolutionIn(client, 'ready_to_sign');
    // Two titles in force: it must say which one.
    expectProblem(
      await client.post('mml.gsc', eventsPath(a.id), { type: 'SIGN' }),
      422,
      'DELEGATION_AMBIGUOUS',
    );
    const refused = await client.post('mml.gsc', eventsPath(a.id), {
      type: 'SIGN',
      delegationId: firma,
    });
    expectProblem(refused, 403, 'LINE_GERENCIA_CANNOT_SIGN');
    expect(refused.body['detail']).toMatch(/LOM Art\. 39.*TUO de la Ley 27444, Art\. 84\.2/);
    expect((await getResolution(client, a.id)).state).toBe('ready_to_sign');

    const signed = await sendEvent(client, 'mml.gsc', b.id, {
      type: 'SIGN',
      delegationId: encargaturaId,
    });
    expect(signed.signature).toMatchObject({
      name: 'Rosa Flores Chávez',
      post: 'Gerente Municipal Metropolitano (e)',
      mode: 'encargatura',
      instrument: 'Resolución de Alcaldía N° 052-2026-MML',
    });
  });

  it("TUO Art. 78.4 and LOM Art. 50: whether an apelación lies against what the Gerente resolves by the Alcalde's delegation is the profile's setting: Lima no (409, citing its basis); a profile that admits it sends it to the Alcalde", async () => {
    const lima = await resolutionIn(
      client,
      'notified',
      {},
      { sign: { delegationId: competenciaId } },
    );
    expect(lima.signature).toMatchObject({
      mode: 'delegacion_competencia',
      delegatorRole: 'ALCALDE',
      delegatedActsAppeal: { allowed: false, basis: expect.stringContaining('Art. 78.4') },
    });
    const appeal = await client.post('mml.gdu', eventsPath(lima.id), {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: '2026-03-10T10:00:00-05:00',
      filedBy: ANDES,
    });
    expectProblem(appeal, 409, 'APPEAL_NOT_AVAILABLE');
    expect(appeal.body['detail']).toMatch(
      /^No cabe apelación: el acto se emitió por delegación del Alcalde: TUO de la Ley 27444, Art\. 78\.4: .*LOM Art\. 50.*Solo cabe reconsideración ante el mismo órgano \(TUO de la Ley 27444, Art\. 219\)\.$/,
    );
    // The cédula says the same (Art. 24.1: whether the act exhausts the route, and which remedies lie).
    const limaCedula = await cedulaText(lima.id, 'mml.gdu');
    expect(limaCedula).toContain(
      'Este acto agota la vía administrativa (TUO, Art. 228.2 a): el acto se emitió por delegación del Alcalde: TUO de la Ley 27444, Art. 78.4',
    );
    expect(limaCedula).toContain('Recurso de reconsideración:');
    expect(limaCedula).not.toContain('Recurso de apelación:');

    const delegation = await registered('megantoni.admin', {
      ...alcaldeCompetencia,
      delegatorPost: 'Alcalde Distrital',
      delegateUserId: id['megantoni.gerente'],
      instrument: 'Resolución de Alcaldía N° 002-2026-A-MDM',
    });
    const draft = await createResolution(client, {}, 'megantoni.gdu');
    const megantoni = await driveTo(client, draft, 'notified', {
      origin: 'megantoni.gdu',
      sign: { delegationId: delegation.id },
    });
    expect(megantoni.signature).toMatchObject({
      name: 'Edwin Mamani Condori',
      delegatedActsAppeal: { allowed: true, basis: APPEAL_BASIS },
    });
    const megantoniCedula = await cedulaText(megantoni.id, 'megantoni.gdu');
    expect(megantoniCedula).toContain('Este acto no agota la vía administrativa');
    expect(megantoniCedula).toContain('Recurso de apelación:');
    const appealed = await sendEvent(client, 'megantoni.gdu', megantoni.id, {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: '2026-03-10T10:00:00-05:00',
      filedBy: ANDES,
    });
    expect(appealed).toMatchObject({
      state: 'under_remedy',
      remedy: { kind: 'apelacion', resolverRole: 'ALCALDE' },
    });
    expect(
      (await getResolution(client, megantoni.id, 'megantoni.alcalde')).allowedEvents,
    ).toContain('RESOLVE_REMEDY');
  });
});
