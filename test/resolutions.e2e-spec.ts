import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Response } from 'superagent';
import { expectProblem, fields } from './support/problems.js';
import {
  businessDeadline,
  clockNow,
  createResolution,
  driveTo,
  eventsPath,
  getResolution,
  historyOf,
  resolutionBody,
  resolutionIn,
  resolutionPath,
  type ResolutionResource,
  RESOLUTIONS,
  sendEvent,
  today,
  unitOf,
  whoIs,
} from './support/resolutions.js';
import { profilesWithYearNames } from './support/profiles.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const MML_NUMBER = /^RESOLUCIÓN DE GERENCIA MUNICIPAL N° (\d{4})-2026-MML\/GMM$/;
const VERIFICATION_CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const SERIES = 'resolucion_gerencia_municipal';
const DELEGATIONS = '/api/v1/admin/delegations';
const GM_SUBJECT = 'resoluciones_gerencia_municipal';

const sorted = (values: readonly string[]) => [...values].sort();
const addDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const plusYears = (iso: string, years: number, ms = 0) => {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return new Date(date.getTime() + ms).toISOString();
};

/** Collects a binary body (supertest only buffers text and JSON by itself). */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('Resoluciones de Gerencia Municipal over HTTP (D5–D16)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let profilesDir = '';

  beforeAll(async () => {
    // The remedy and annulment tests move the clock into 2027, and SIGN there: the profiles name
    // that year for this suite (D13; the real name is decreed in January).
    profilesDir = profilesWithYearNames({ 2027: 'Año de prueba de las pruebas e2e' });
    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      MUNICIPALITIES_DIR: profilesDir,
    });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima (8 and 9 December are feriados).
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    rmSync(profilesDir, { recursive: true, force: true });
  });

  const pdf = async (id: string, username = 'mml.gdu') =>
    t.http
      .get(`${RESOLUTIONS}/${id}/document`)
      .auth(await client.token(username), { type: 'bearer' })
      .buffer(true)
      .parse(binary);
  const verify = (code: string) => t.http.get(`/api/v1/public/verify/${encodeURIComponent(code)}`);
  const registerCount = async (municipality: string) => {
    const [row] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM register_entries r JOIN municipalities m ON m.id = r.municipality_id
       WHERE m.code = $1 AND r.series = $2 AND r.year = 2026`,
      [municipality, SERIES],
    );
    return row?.n ?? 0;
  };
  const auditTypes = async (id: string) =>
    (
      await t.query<{ type: string }>(
        `SELECT type FROM audit_events WHERE instance_id = $1 ORDER BY id`,
        [id],
      )
    ).map((r) => r.type);
  const createDelegation = async (body: Record<string, unknown>) => {
    const response = await client.post('mml.admin', DELEGATIONS, {
      subjects: [GM_SUBJECT],
      ...body,
    });
    if (response.status !== 201) throw new Error(`delegación: ${response.status} ${response.text}`);
    return response.body as { id: string };
  };

  it('a. carries a particular act with budget impact from draft to firm, with its number, PDF and verification', async () => {
    const day = await today(client);
    const [gdu, gaj, gpp] = await Promise.all(
      ['mml.gdu', 'mml.juridica', 'mml.presupuesto'].map((u) => unitOf(client, u)),
    );

    let r = await createResolution(client);
    expect(r).toMatchObject({
      state: 'draft',
      version: 1,
      scope: 'particular',
      hasBudgetImpact: true,
      originUnitId: gdu,
      pendingVisas: [],
      visas: [],
      number: null,
      sequence: null,
      verificationCode: null,
      documentUrl: null,
      links: [],
      rectifies: null,
      deadlines: [],
    });
    expect(r.contentHash).toMatch(SHA256);
    expect(sorted(r.allowedEvents)).toEqual(['EDIT', 'SUBMIT', 'WITHDRAW']);

    r = await sendEvent(client, 'mml.gdu', r.id, { type: 'SUBMIT' });
    expect(r).toMatchObject({ state: 'legal_review', version: 2, allowedEvents: ['WITHDRAW'] });
    expect(r.deadlines).toEqual([
      expect.objectContaining({
        name: 'Opinión legal',
        dueOn: await businessDeadline(client, day, 7),
        status: 'pending',
      }),
    ]);
    expect(sorted((await getResolution(client, r.id, 'mml.juridica')).allowedEvents)).toEqual([
      'LEGAL_OPINION',
      'RETURN',
    ]);

    r = await sendEvent(client, 'mml.juridica', r.id, {
      type: 'LEGAL_OPINION',
      favorable: true,
      reportRef: 'Informe N° 455-2026-MML/GAJ',
    });
    expect(r).toMatchObject({
      state: 'visas',
      legalOpinion: { favorable: true, reportRef: 'Informe N° 455-2026-MML/GAJ', reasons: null },
    });
    expect(sorted(r.pendingVisas)).toEqual(sorted([gdu, gaj, gpp]));
    expect(r.deadlines).toEqual([
      expect.objectContaining({
        name: 'Visaciones',
        dueOn: await businessDeadline(client, day, 3),
      }),
    ]);

    // Each visa approves the same content hash (D14); the last one makes it ready to sign.
    const hash = r.contentHash;
    for (const [visor, unit] of [
      ['mml.presupuesto', gpp],
      ['mml.gdu', gdu],
      ['mml.juridica', gaj],
    ] as const) {
      const pending = r.pendingVisas.length;
      r = await sendEvent(client, visor, r.id, { type: 'VISA' });
      expect(r.pendingVisas).toHaveLength(pending - 1);
      expect(r.pendingVisas).not.toContain(unit);
      expect(r.visas.at(-1)).toMatchObject({
        unitId: unit,
        userId: (await whoIs(client, visor)).id,
        contentHash: r.contentHash,
      });
    }
    expect(r.contentHash).toBe(hash);
    expect(r.state).toBe('ready_to_sign');
    expect(r.visas.map((v) => v.contentHash)).toEqual([hash, hash, hash]);
    expect(r.deadlines).toEqual([
      expect.objectContaining({ name: 'Firma', dueOn: await businessDeadline(client, day, 3) }),
    ]);
    expect((await getResolution(client, r.id, 'mml.gerente')).allowedEvents).toEqual(
      expect.arrayContaining(['SIGN', 'RETURN']),
    );

    const before = await registerCount('mml');
    r = await sendEvent(client, 'mml.gerente', r.id, { type: 'SIGN' });
    expect(r.state).toBe('signed');
    expect(r.sequence).toBe(before + 1);
    expect(r.year).toBe(2026);
    expect(r.number).toBe(
      `RESOLUCIÓN DE GERENCIA MUNICIPAL N° ${String(r.sequence).padStart(4, '0')}-2026-MML/GMM`,
    );
    expect(r.number).toMatch(MML_NUMBER);
    expect(r.verificationCode).toMatch(VERIFICATION_CODE);
    expect(r.documentSha256).toMatch(SHA256);
    expect(r.documentUrl).toBe(`/api/v1/resolutions/${r.id}/document`);
    expect(r.signedAt).toBe('2026-12-01T15:00:00.000Z');
    expect(r.signature).toMatchObject({
      name: 'María Elena Quispe Rojas',
      post: 'Gerente Municipal Metropolitano',
      mode: 'propia',
      mention: null,
      delegationId: null,
    });
    expect(r.deadlines).toEqual([
      expect.objectContaining({
        name: 'Notificación',
        dueOn: await businessDeadline(client, day, 5),
      }),
    ]);

    // The signed PDF: bytes whose SHA-256 is the one recorded and published.
    const document = await pdf(r.id);
    expect(document.status).toBe(200);
    expect(document.headers['content-type']).toMatch(/^application\/pdf/);
    const bytes = document.body as Buffer;
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(sha256).toBe(r.documentSha256);
    expect(document.headers['x-content-sha256']).toBe(sha256);
    expectProblem(
      await client.get('megantoni.gerente', `${RESOLUTIONS}/${r.id}/document`),
      404,
      'NOT_FOUND',
    );

    // Public verification, without a session; the key is accepted as typed.
    const code = r.verificationCode ?? '';
    const verified = await verify(code);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      valid: true,
      number: r.number,
      subject: r.subject,
      signedAt: r.signedAt,
      sha256,
    });
    expect(verified.body.signer).toContain('María Elena Quispe Rojas');
    expect((await verify(code.replace(/-/g, '').toLowerCase())).body).toMatchObject({
      valid: true,
      sha256,
    });
    const unknown = await verify('ZZZZ-ZZZZ-ZZZZ');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ valid: false, number: null, sha256: null });
    expect((await verify('no-es-una-clave')).body).toMatchObject({ valid: false });

    // Notified by document id through the casilla: the remedy window opens (D6, D7).
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'NOTIFY',
      addressee: '20512345678',
      channel: 'casilla',
      servedAt: await clockNow(client),
    });
    expect(r).toMatchObject({
      state: 'notified',
      notifiedAt: '2026-12-01T15:00:00.000Z',
      notifications: [
        expect.objectContaining({ name: 'Constructora Los Andes S.A.C.', channel: 'casilla' }),
      ],
    });
    const window = r.deadlines[0];
    expect(r.deadlines).toEqual([
      expect.objectContaining({
        name: 'Plazo para interponer recursos',
        dueOn: await businessDeadline(client, day, 15),
        status: 'pending',
      }),
    ]);
    if (!window) throw new Error('sin plazo de recursos');

    // A second before the end of the last day it is still open; at the end, the act is firm.
    await client.setClock(new Date(Date.parse(window.dueAt) - 1000).toISOString());
    expect((await getResolution(client, r.id)).state).toBe('notified');
    await client.setClock(window.dueAt);
    r = await getResolution(client, r.id, 'mml.alcalde');
    expect(r.state).toBe('firm');
    // Firm since the window's last day ended (D7), whenever the timer ran.
    expect(r.firmAt).toBe(window.dueAt);
    expect(r.deadlines).toEqual([]);
    expect(r.allowedEvents).toContain('START_ANNULMENT');

    const history = await historyOf(client, r.id);
    expect(history.map((h) => h.type)).toEqual([
      'CREATE',
      'SUBMIT',
      'LEGAL_OPINION',
      'VISA',
      'VISA',
      'VISA',
      'SIGN',
      'NOTIFY',
      // The kernel records the lapse of the window, then the event its expiry sends.
      'deadline.expired',
      'CONSENT',
    ]);
    expect(history.at(-1)).toMatchObject({
      type: 'CONSENT',
      from: 'notified',
      to: 'firm',
      actor: 'sistema',
      onBehalfOf: null,
    });
    expect(history.find((h) => h.type === 'SIGN')).toMatchObject({
      actor: 'mml.gerente',
      onBehalfOf: null,
    });
    const [consent] = await t.query<{ actor_id: string | null }>(
      `SELECT actor_id FROM audit_events WHERE instance_id = $1 AND type = 'CONSENT'`,
      [r.id],
    );
    expect(consent?.actor_id).toBeNull();

    // The window ended at midnight of Thursday 24 December; the rest of the suite works in office
    // hours of the next business day (Monday 28 December, 10:00 in Lima).
    await client.setClock('2026-12-28T15:00:00Z');
  });

  it('b. refuses the wrong unit (403), state (409), version (412), payload (400) and municipality (404), and changes nothing', async () => {
    const r = await createResolution(client);

    expectProblem(
      await client.post('mml.gsc', eventsPath(r.id), { type: 'SUBMIT' }),
      403,
      'FORBIDDEN',
    );
    const early = await client.post('mml.gdu', eventsPath(r.id), { type: 'SIGN' });
    expectProblem(early, 409, 'TRANSITION_NOT_ALLOWED');
    expect(sorted(early.body.allowedEvents as string[])).toEqual(['EDIT', 'SUBMIT', 'WITHDRAW']);
    const bySigner = await client.post('mml.gerente', eventsPath(r.id), { type: 'SIGN' });
    expectProblem(bySigner, 409, 'TRANSITION_NOT_ALLOWED');
    expect(bySigner.body.allowedEvents).toEqual([]);
    expect(
      fields((await client.post('mml.gdu', eventsPath(r.id), { type: 'APPROVE' })).body),
    ).toEqual(['type']);
    expect(
      fields((await client.post('mml.gdu', eventsPath(r.id), { type: 'SUBMIT', x: 1 })).body),
    ).toEqual(['x']);
    expect(
      fields((await client.post('mml.gdu', eventsPath(r.id), { type: 'EDIT', scope: 'x' })).body),
    ).toEqual(['scope']);
    expect(
      fields(
        (await client.post('mml.gdu', eventsPath(r.id), { type: 'EDIT', subject: null })).body,
      ),
    ).toEqual(['subject']);
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), { type: 'EDIT' }),
      400,
      'VALIDATION_FAILED',
    );
    // No document before the signature.
    expectProblem(await client.get('mml.gdu', `${RESOLUTIONS}/${r.id}/document`), 404, 'NOT_FOUND');
    // An edit that leaves a particular act without addressees.
    expect(
      fields(
        (await client.post('mml.gdu', eventsPath(r.id), { type: 'EDIT', addressees: [] })).body,
      ),
    ).toEqual(['addressees']);
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), { type: 'SUBMIT' }, { 'If-Match': '9' }),
      412,
      'VERSION_CONFLICT',
    );
    // Another municipality does not see it at all.
    for (const response of [
      await client.get('megantoni.gerente', resolutionPath(r.id)),
      await client.get('megantoni.gdu', `${resolutionPath(r.id)}/history`),
      await client.post('megantoni.gdu', eventsPath(r.id), { type: 'SUBMIT' }),
    ])
      expectProblem(response, 404, 'NOT_FOUND');
    expect((await getResolution(client, r.id)).version).toBe(1);
    expect(await auditTypes(r.id)).toEqual(['CREATE']);

    // With the right version it goes; then only the legal unit opines, with reasons when unfavourable.
    const submitted = await sendEvent(
      client,
      'mml.gdu',
      r.id,
      { type: 'SUBMIT' },
      { 'If-Match': '1' },
    );
    expect(submitted).toMatchObject({ state: 'legal_review', version: 2 });
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), {
        type: 'LEGAL_OPINION',
        favorable: true,
        reportRef: 'Informe N° 1',
      }),
      403,
      'FORBIDDEN',
    );
    const noReasons = await client.post('mml.juridica', eventsPath(r.id), {
      type: 'LEGAL_OPINION',
      favorable: false,
      reportRef: 'Informe N° 456-2026-MML/GAJ',
    });
    expectProblem(noReasons, 400, 'VALIDATION_FAILED');
    expect(fields(noReasons.body)).toEqual(['reasons']);
    expect(
      fields(
        (await client.post('mml.juridica', eventsPath(r.id), { type: 'RETURN', reason: ' ' })).body,
      ),
    ).toEqual(['reason']);
    expect((await getResolution(client, r.id)).version).toBe(2);

    // An unfavourable opinion with its reasons observes the draft.
    const observed = await sendEvent(client, 'mml.juridica', r.id, {
      type: 'LEGAL_OPINION',
      favorable: false,
      reportRef: 'Informe N° 456-2026-MML/GAJ',
      reasons: 'Falta el informe técnico de la supervisión.',
    });
    expect(observed).toMatchObject({
      state: 'observed',
      legalOpinion: { favorable: false, reasons: 'Falta el informe técnico de la supervisión.' },
      deadlines: [expect.objectContaining({ name: 'Subsanación de observaciones' })],
    });

    // Creation: a particular act needs an addressee (a general one does not: see g).
    const noAddressee = await client.post('mml.gdu', RESOLUTIONS, {
      subject: 'Sin destinatario alguno',
      scope: 'particular',
      hasBudgetImpact: false,
      vistos: [],
      considerandos: ['Que, …'],
      articles: ['APROBAR …'],
      addressees: [],
    });
    expectProblem(noAddressee, 400, 'VALIDATION_FAILED');
    expect(fields(noAddressee.body)).toEqual(['addressees']);
    const badBody = await client.post('mml.gdu', RESOLUTIONS, {
      subject: 'x',
      scope: 'regional',
      hasBudgetImpact: 'sí',
      vistos: [],
      considerandos: [],
      articles: ['APROBAR …'],
      addressees: [{ name: 'A', email: 'no-es-correo' }],
    });
    expect(fields(badBody.body)).toEqual(
      sorted(['subject', 'scope', 'hasBudgetImpact', 'considerandos', 'addressees.0.email']),
    );

    // On a signed act: only its addressees, only the known channels, only the units that notify.
    const signed = await resolutionIn(client, 'signed');
    const stranger = await client.post('mml.gdu', eventsPath(signed.id), {
      type: 'NOTIFY',
      addressee: 'Inversiones Desconocidas S.A.',
      channel: 'personal',
      servedAt: await clockNow(client),
    });
    expectProblem(stranger, 400, 'VALIDATION_FAILED');
    expect(fields(stranger.body)).toEqual(['addressee']);
    const fax = await client.post('mml.gdu', eventsPath(signed.id), {
      type: 'NOTIFY',
      addressee: 'Constructora Los Andes S.A.C.',
      channel: 'fax',
      servedAt: await clockNow(client),
    });
    expect(fields(fax.body)).toEqual(['channel']);
    expectProblem(
      await client.post('mml.gsc', eventsPath(signed.id), {
        type: 'NOTIFY',
        addressee: 'Constructora Los Andes S.A.C.',
        channel: 'personal',
        servedAt: await clockNow(client),
      }),
      403,
      'FORBIDDEN',
    );
    const afterRefusals = await getResolution(client, signed.id);
    expect(afterRefusals).toMatchObject({
      state: 'signed',
      version: signed.version,
      notifications: [],
    });

    // Secretaría General may notify too; the name is matched without accents or case.
    const notified = await sendEvent(client, 'mml.secretaria', signed.id, {
      type: 'NOTIFY',
      addressee: 'constructora los andes s.a.c.',
      channel: 'personal',
      servedAt: await clockNow(client),
    });
    expect(notified.state).toBe('notified');

    // A user of Megantoni lists only Megantoni's resolutions.
    const megantoni = await client.get('megantoni.gdu', `${RESOLUTIONS}?pageSize=100`);
    expect(megantoni.status).toBe(200);
    const ids = (megantoni.body.items as ResolutionResource[]).map((i) => i.id);
    expect(ids).not.toContain(r.id);
    expect(ids).not.toContain(signed.id);
    const [megantoniCount] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM workflow_instances i JOIN municipalities m ON m.id = i.municipality_id
       WHERE m.code = 'megantoni' AND i.kind = 'resolutions'`,
    );
    expect(megantoni.body.total).toBe(megantoniCount?.n);
  });

  it('b. notifies each addressee once; the act is notified with the last one (D6)', async () => {
    const two = await resolutionIn(client, 'signed', {
      addressees: [
        { name: 'Constructora Los Andes S.A.C.', documentId: '20512345678' },
        { name: 'Inversiones Pampa Verde S.A.', email: 'legal@pampaverde.pe' },
      ],
    });
    let r = await sendEvent(client, 'mml.gdu', two.id, {
      type: 'NOTIFY',
      addressee: 'Constructora Los Andes S.A.C.',
      channel: 'personal',
      servedAt: await clockNow(client),
    });
    expect(r).toMatchObject({
      state: 'signed',
      notifiedAt: null,
      notifications: [expect.objectContaining({ addressee: 0, channel: 'personal' })],
      // Art. 144: the first addressee's window already runs, from their own service.
      deadlines: [
        expect.objectContaining({ name: 'Notificación' }),
        expect.objectContaining({ name: 'Plazo para interponer recursos', key: '0' }),
      ],
    });
    const again = await client.post('mml.gdu', eventsPath(two.id), {
      type: 'NOTIFY',
      addressee: '20512345678',
      channel: 'email',
      servedAt: await clockNow(client),
    });
    expectProblem(again, 409, 'ADDRESSEE_ALREADY_NOTIFIED');
    expect(again.body.detail).toMatch(/ya fue notificado/);
    r = await sendEvent(client, 'mml.gerente', two.id, {
      type: 'NOTIFY',
      addressee: 'Inversiones Pampa Verde S.A.',
      channel: 'email',
      servedAt: await clockNow(client),
    });
    expect(r.state).toBe('notified');
    expect(r.notifications.map((n) => [n.addressee, n.channel])).toEqual([
      [0, 'personal'],
      [1, 'email'],
    ]);
    // One window per addressee (Art. 144), each from its own service.
    expect(r.deadlines.map((d) => [d.name, d.key]).sort()).toEqual([
      ['Plazo para interponer recursos', '0'],
      ['Plazo para interponer recursos', '1'],
    ]);
  });

  it('b. answers an Idempotency-Key repeat of SIGN with the first response and takes one number', async () => {
    const r = await resolutionIn(client, 'ready_to_sign');
    const before = await registerCount('mml');
    const key = { 'Idempotency-Key': `firma-${r.id}` };
    const first = await client.post('mml.gerente', eventsPath(r.id), { type: 'SIGN' }, key);
    const again = await client.post('mml.gerente', eventsPath(r.id), { type: 'SIGN' }, key);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await registerCount('mml')).toBe(before + 1);
    expect(await auditTypes(r.id)).toEqual([
      'CREATE',
      'SUBMIT',
      'LEGAL_OPINION',
      'VISA',
      'VISA',
      'VISA',
      'SIGN',
    ]);
  });

  it('c. voids the visas when the draft is edited after a RETURN from visas (D14)', async () => {
    const [gdu, gaj, gpp] = await Promise.all(
      ['mml.gdu', 'mml.juridica', 'mml.presupuesto'].map((u) => unitOf(client, u)),
    );
    let r = await resolutionIn(client, 'visas');
    const firstHash = r.contentHash;
    r = await sendEvent(client, 'mml.gdu', r.id, { type: 'VISA' });
    r = await sendEvent(client, 'mml.juridica', r.id, { type: 'VISA' });
    expect(r.pendingVisas).toEqual([gpp]);
    expect(r.visas.map((v) => v.unitId)).toEqual([gdu, gaj]);

    // Only what is pending: a unit that already gave its visa may not visa again nor return it.
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), { type: 'VISA' }),
      409,
      'VISA_NOT_PENDING',
    );
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), { type: 'RETURN', reason: 'x' }),
      403,
      'FORBIDDEN',
    );
    const editNow = await client.post('mml.gdu', eventsPath(r.id), {
      type: 'EDIT',
      subject: 'Otro asunto',
    });
    expectProblem(editNow, 409, 'TRANSITION_NOT_ALLOWED');

    r = await sendEvent(client, 'mml.presupuesto', r.id, {
      type: 'RETURN',
      reason: 'Falta la certificación de crédito presupuestario.',
    });
    expect(r).toMatchObject({
      state: 'observed',
      pendingVisas: [],
      returns: [
        expect.objectContaining({
          reason: 'Falta la certificación de crédito presupuestario.',
          from: 'visas',
          unitId: gpp,
        }),
      ],
    });
    // Returned but not yet edited: the visas given stand.
    expect(r.visas).toHaveLength(2);

    const articles = [
      'APROBAR la ampliación de plazo N° 2 de la obra del mercado de Chacra Cerro por veinte días calendario.',
      'NOTIFICAR la presente resolución a la empresa contratista.',
    ];
    r = await sendEvent(client, 'mml.gdu', r.id, { type: 'EDIT', articles });
    expect(r.state).toBe('observed');
    expect(r['articles']).toEqual(articles);
    expect(r.contentHash).toMatch(SHA256);
    expect(r.contentHash).not.toBe(firstHash);
    expect(r.visas).toEqual([]);
    expect(r.voidedVisas.map((v) => [v.unitId, v.contentHash])).toEqual([
      [gdu, firstHash],
      [gaj, firstHash],
    ]);
    const edited = r.contentHash;

    // A new round: every unit visas again, on the new hash.
    r = await driveTo(client, r, 'visas');
    expect(sorted(r.pendingVisas)).toEqual(sorted([gdu, gaj, gpp]));
    // A visa may name the text its unit read: the text before the edit is refused, nothing changes.
    const stale = await client.post('mml.gdu', eventsPath(r.id), {
      type: 'VISA',
      contentHash: firstHash,
    });
    expectProblem(stale, 409, 'VISA_HASH_MISMATCH');
    expect(stale.body['contentHash']).toBe(edited);
    expect((await getResolution(client, r.id)).visas).toEqual([]);
    r = await sendEvent(client, 'mml.gdu', r.id, { type: 'VISA', contentHash: edited });
    expect(r.visas.map((v) => v.unitId)).toEqual([gdu]);
    r = await driveTo(client, r, 'ready_to_sign');
    expect(r.visas.map((v) => v.contentHash)).toEqual([edited, edited, edited]);
    expect(r.voidedVisas).toHaveLength(2);
    expect(await auditTypes(r.id)).toEqual([
      'CREATE',
      'SUBMIT',
      'LEGAL_OPINION',
      'VISA',
      'VISA',
      'RETURN',
      'EDIT',
      'SUBMIT',
      'LEGAL_OPINION',
      'VISA',
      'VISA',
      'VISA',
    ]);
  });

  it('d. numbers 20 concurrent signatures without gaps or duplicates, and each municipality apart (D12)', async () => {
    const ready = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        resolutionIn(client, 'ready_to_sign', {
          subject: `Designar al residente de obra del lote ${i + 1}`,
          hasBudgetImpact: i % 2 === 0,
        }),
      ),
    );
    const before = await registerCount('mml');
    const token = await client.token('mml.gerente');
    const responses = await Promise.all(
      ready.map((r) =>
        t.http.post(eventsPath(r.id)).auth(token, { type: 'bearer' }).send({ type: 'SIGN' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(ready.map(() => 200));
    const signed = responses.map((r) => r.body as ResolutionResource);
    const sequences = signed.map((s) => s.sequence ?? 0).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
    for (const s of signed) {
      expect(s.state).toBe('signed');
      expect(s.number).toBe(
        `RESOLUCIÓN DE GERENCIA MUNICIPAL N° ${String(s.sequence).padStart(4, '0')}-2026-MML/GMM`,
      );
    }
    expect(new Set(signed.map((s) => s.verificationCode)).size).toBe(20);

    const entries = await t.query<{ instance_id: string; sequence: number; number: string }>(
      `SELECT instance_id, sequence, number FROM register_entries WHERE instance_id = ANY($1) ORDER BY sequence`,
      [signed.map((s) => s.id)],
    );
    expect(entries).toEqual(
      [...signed]
        .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))
        .map((s) => ({ instance_id: s.id, sequence: s.sequence, number: s.number })),
    );
    expect(await registerCount('mml')).toBe(before + 20);
    // The whole MML register of the year is gapless: 1..n.
    const [all] = await t.query<{ n: number; max: number }>(
      `SELECT count(*)::int AS n, max(sequence)::int AS max FROM register_entries r JOIN municipalities m ON m.id = r.municipality_id
       WHERE m.code = 'mml' AND r.year = 2026`,
    );
    expect(all?.max).toBe(all?.n);

    // Megantoni numbers its own series, with its own format and counter.
    const megantoniBefore = await registerCount('megantoni');
    const mdm = await resolutionIn(
      client,
      'signed',
      { subject: 'Aprobar el expediente técnico del puente peatonal de Kepashiato' },
      { origin: 'megantoni.gdu' },
    );
    expect(mdm.sequence).toBe(megantoniBefore + 1);
    expect(mdm.number).toBe(
      `RESOLUCIÓN DE GERENCIA GENERAL N° ${String(megantoniBefore + 1).padStart(3, '0')}-2026-GG/MDM`,
    );
    expect(mdm.signature).toMatchObject({ name: 'Edwin Mamani Condori', post: 'Gerente General' });
    expect(await registerCount('mml')).toBe(before + 20);
    expect(
      await t.query(`SELECT number FROM register_entries GROUP BY number HAVING count(*) > 1`),
    ).toEqual([]);
    expectProblem(await client.get('mml.gerente', resolutionPath(mdm.id)), 404, 'NOT_FOUND');
  });

  it('f. lets whoever holds an encargatura in force sign as "(e)", and nobody else (D10)', async () => {
    const day = await today(client);
    const secretaria = await whoIs(client, 'mml.secretaria');
    const instrument = 'Resolución de Alcaldía N° 005-2026-MML';
    const [a, b, c] = await Promise.all([
      resolutionIn(client, 'ready_to_sign'),
      resolutionIn(client, 'ready_to_sign'),
      resolutionIn(client, 'ready_to_sign'),
    ]);
    if (!a || !b || !c) throw new Error('faltan resoluciones');

    // Without a delegation (or with one not yet in force) the Secretaria may not sign.
    expect((await getResolution(client, a.id, 'mml.secretaria')).allowedEvents).not.toContain(
      'SIGN',
    );
    expectProblem(
      await client.post('mml.secretaria', eventsPath(a.id), { type: 'SIGN' }),
      403,
      'NOT_A_SIGNER',
    );
    await createDelegation({
      kind: 'encargatura',
      delegatorRole: 'GERENTE_MUNICIPAL',
      delegatorPost: 'Gerente Municipal Metropolitano',
      delegateUserId: secretaria.id,
      instrument: 'Resolución de Alcaldía N° 004-2026-MML',
      validFrom: addDay(day, 1),
      validUntil: addDay(day, 1),
    });
    expectProblem(
      await client.post('mml.secretaria', eventsPath(a.id), { type: 'SIGN' }),
      403,
      'NOT_A_SIGNER',
    );

    const encargatura = await createDelegation({
      kind: 'encargatura',
      delegatorRole: 'GERENTE_MUNICIPAL',
      delegatorPost: 'Gerente Municipal Metropolitano',
      delegateUserId: secretaria.id,
      instrument,
      validFrom: day,
    });
    expect((await getResolution(client, a.id, 'mml.secretaria')).allowedEvents).toEqual(
      expect.arrayContaining(['SIGN', 'RETURN']),
    );
    const signed = await sendEvent(client, 'mml.secretaria', a.id, { type: 'SIGN' });
    expect(signed.state).toBe('signed');
    expect(signed.number).toMatch(MML_NUMBER);
    expect(signed.signature).toMatchObject({
      userId: secretaria.id,
      name: 'Carla Vásquez Soto',
      mode: 'encargatura',
      delegationId: encargatura.id,
      instrument,
      delegatorRole: 'GERENTE_MUNICIPAL',
    });
    expect(signed.signature?.post).toMatch(/\(e\)$/);
    expect(signed.signature?.post).toBe('Gerente Municipal Metropolitano (e)');
    expect(signed.signature?.mention).toContain(instrument);
    const sign = (await historyOf(client, a.id)).find((h) => h.type === 'SIGN');
    expect(sign).toMatchObject({ actor: 'mml.secretaria', to: 'signed' });
    expect(sign?.onBehalfOf).toEqual(expect.stringContaining('Gerente Municipal Metropolitano'));
    expect(sign?.onBehalfOf).toEqual(expect.stringContaining(instrument));
    const verified = await verify(signed.verificationCode ?? '');
    expect(verified.body.signer).toContain('(e)');

    // Another's delegation cannot be invoked.
    expectProblem(
      await client.post('mml.gerente', eventsPath(b.id), {
        type: 'SIGN',
        delegationId: encargatura.id,
      }),
      403,
      'DELEGATION_NOT_IN_FORCE',
    );

    // Revoked, it no longer counts.
    const revoked = await client.post('mml.admin', `${DELEGATIONS}/${encargatura.id}/revoke`, {
      reason: 'Reasume funciones la Gerente Municipal titular.',
    });
    expect(revoked.status).toBe(200);
    expect((await getResolution(client, b.id, 'mml.secretaria')).allowedEvents).not.toContain(
      'SIGN',
    );
    expectProblem(
      await client.post('mml.secretaria', eventsPath(b.id), { type: 'SIGN' }),
      403,
      'NOT_A_SIGNER',
    );
    expect((await getResolution(client, b.id)).state).toBe('ready_to_sign');

    // The Gerente acting by delegation of the Alcalde: no appeal, only reconsideración (D7).
    const competencia = await createDelegation({
      kind: 'delegacion_competencia',
      delegatorRole: 'ALCALDE',
      delegatorPost: 'Alcalde Metropolitano',
      delegateUserId: (await whoIs(client, 'mml.gerente')).id,
      instrument: 'Resolución de Alcaldía N° 001-2026-MML',
      validFrom: '2026-01-02',
    });
    const delegated = await sendEvent(client, 'mml.gerente', c.id, {
      type: 'SIGN',
      delegationId: competencia.id,
    });
    expect(delegated.signature).toMatchObject({
      name: 'María Elena Quispe Rojas',
      mode: 'delegacion_competencia',
      delegationId: competencia.id,
      delegatorRole: 'ALCALDE',
      instrument: 'Resolución de Alcaldía N° 001-2026-MML',
    });
    expect(delegated.signature?.mention).toContain('Resolución de Alcaldía N° 001-2026-MML');
    expect((await historyOf(client, c.id)).find((h) => h.type === 'SIGN')?.onBehalfOf).toContain(
      'Alcalde Metropolitano',
    );
    expect((await driveTo(client, delegated, 'notified')).state).toBe('notified');
    const appeal = await client.post('mml.gdu', eventsPath(c.id), {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    expectProblem(appeal, 409, 'APPEAL_NOT_AVAILABLE');
    expect(appeal.body.detail).toMatch(/delegación del Alcalde/);
    const reconsideration = await sendEvent(client, 'mml.gdu', c.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    expect(reconsideration).toMatchObject({
      state: 'under_remedy',
      remedy: { kind: 'reconsideracion', resolverRole: 'GERENTE_MUNICIPAL' },
    });

    // Holding the Alcalde's delegation, the Gerente must say under which title she signs, since
    // it decides the remedies (D7): the delegation's id, or null for her own competence.
    const unstated = await client.post('mml.gerente', eventsPath(b.id), { type: 'SIGN' });
    expectProblem(unstated, 400, 'VALIDATION_FAILED');
    expect(fields(unstated.body)).toEqual(['delegationId']);
    expect((await getResolution(client, b.id)).state).toBe('ready_to_sign');
    const own = await sendEvent(client, 'mml.gerente', b.id, { type: 'SIGN', delegationId: null });
    expect(own.signature).toMatchObject({ mode: 'propia', delegationId: null, mention: null });
    expect((await historyOf(client, b.id)).find((h) => h.type === 'SIGN')?.onBehalfOf).toBeNull();

    // General rules are not issued by delegation of competence (Art. 78.2).
    const rule = await resolutionIn(client, 'ready_to_sign', {
      subject: 'Aprobar la directiva de atención al ciudadano',
      scope: 'general',
      hasBudgetImpact: false,
      addressees: [],
    });
    expectProblem(
      await client.post('mml.gerente', eventsPath(rule.id), {
        type: 'SIGN',
        delegationId: competencia.id,
      }),
      403,
      'GENERAL_ACT_NOT_DELEGABLE',
    );

    // Revoked, the Gerente signs in her own right again without saying so.
    expect(
      (
        await client.post('mml.admin', `${DELEGATIONS}/${competencia.id}/revoke`, {
          reason: 'Nueva delegación del Alcalde para el año 2027.',
        })
      ).status,
    ).toBe(200);
    expect(
      (await sendEvent(client, 'mml.gerente', rule.id, { type: 'SIGN' })).signature,
    ).toMatchObject({ mode: 'propia' });
  });

  it('g. publishes an act of general scope, in force the day after (D15)', async () => {
    const day = await today(client);
    const general = await resolutionIn(client, 'signed', {
      subject: 'Aprobar la directiva de uso de la casilla electrónica municipal',
      scope: 'general',
      hasBudgetImpact: false,
      addressees: [],
    });
    // Nothing to notify: no notification term for a general act.
    expect(general.deadlines).toEqual([]);
    expect(sorted(general.allowedEvents)).toEqual(['PUBLISH', 'RECTIFY']);
    const notify = await client.post('mml.gdu', eventsPath(general.id), {
      type: 'NOTIFY',
      addressee: 'Ciudadanía',
      channel: 'personal',
      servedAt: await clockNow(client),
    });
    expectProblem(notify, 409, 'PUBLICATION_REQUIRED');
    expect(notify.body.allowedEvents).toEqual(expect.arrayContaining(['PUBLISH']));

    const early = await client.post('mml.gdu', eventsPath(general.id), {
      type: 'PUBLISH',
      gazette: 'Diario Oficial El Peruano',
      date: addDay(day, -1),
    });
    expectProblem(early, 400, 'VALIDATION_FAILED');
    expect(fields(early.body)).toEqual(['date']);
    expect(
      fields(
        (
          await client.post('mml.gdu', eventsPath(general.id), {
            type: 'PUBLISH',
            gazette: 'Diario Oficial El Peruano',
            date: addDay(day, 1),
          })
        ).body,
      ),
    ).toEqual(['date']);
    expect(
      fields(
        (
          await client.post('mml.gdu', eventsPath(general.id), {
            type: 'PUBLISH',
            gazette: 'Diario Oficial El Peruano',
            date: '2026-02-30',
          })
        ).body,
      ),
    ).toEqual(['date']);

    const published = await sendEvent(client, 'mml.gdu', general.id, {
      type: 'PUBLISH',
      gazette: 'Diario Oficial El Peruano',
      date: day,
    });
    expect(published).toMatchObject({
      state: 'published',
      publication: { gazette: 'Diario Oficial El Peruano', date: day, inForceFrom: addDay(day, 1) },
    });
    expect(published.deadlines).toEqual([
      expect.objectContaining({
        name: 'Plazo para interponer recursos',
        dueOn: await businessDeadline(client, day, 15),
      }),
    ]);
    expectProblem(
      await client.post('mml.gdu', eventsPath(general.id), {
        type: 'NOTIFY',
        addressee: 'Ciudadanía',
        channel: 'personal',
        servedAt: await clockNow(client),
      }),
      409,
      'TRANSITION_NOT_ALLOWED',
    );

    // An act of particular scope is not published.
    const particular = await resolutionIn(client, 'signed');
    expectProblem(
      await client.post('mml.gdu', eventsPath(particular.id), {
        type: 'PUBLISH',
        gazette: 'Diario Oficial El Peruano',
        date: day,
      }),
      409,
      'NOTIFICATION_REQUIRED',
    );

    // Recorded a business day after it appeared: the window counts from the publication (D2).
    const late = await resolutionIn(client, 'signed', {
      subject: 'Aprobar el reglamento del mercado municipal',
      scope: 'general',
      hasBudgetImpact: false,
      addressees: [],
    });
    const next = await businessDeadline(client, day, 1);
    await client.setClock(`${next}T15:00:00Z`);
    const recorded = await sendEvent(client, 'mml.gdu', late.id, {
      type: 'PUBLISH',
      gazette: 'Diario Oficial El Peruano',
      date: day,
    });
    expect(recorded.publication).toEqual({
      gazette: 'Diario Oficial El Peruano',
      date: day,
      inForceFrom: addDay(day, 1),
    });
    expect(recorded.deadlines).toEqual([
      expect.objectContaining({
        name: 'Plazo para interponer recursos',
        dueOn: await businessDeadline(client, day, 15),
      }),
    ]);
  });

  it('h. rectifies a signed act by a new linked draft, never by editing it (D8); the Alcalde annuls only after a traslado (D9, Art. 213.2)', async () => {
    const original = await resolutionIn(client, 'signed');
    const before = await pdf(original.id);
    const beforeSha = createHash('sha256')
      .update(before.body as Buffer)
      .digest('hex');

    expectProblem(
      await client.post('mml.gsc', eventsPath(original.id), { type: 'RECTIFY' }),
      403,
      'FORBIDDEN',
    );
    const draftNow = await createResolution(client);
    expectProblem(
      await client.post('mml.gdu', eventsPath(draftNow.id), { type: 'RECTIFY' }),
      409,
      'TRANSITION_NOT_ALLOWED',
    );

    const registered = await registerCount('mml');
    const rectified = await sendEvent(client, 'mml.gdu', original.id, { type: 'RECTIFY' });
    expect(rectified).toMatchObject({
      state: 'signed',
      number: original.number,
      sequence: original.sequence,
      documentSha256: original.documentSha256,
      contentHash: original.contentHash,
    });
    expect(rectified.links).toEqual([
      expect.objectContaining({ type: 'rectificada_por', resolutionId: expect.any(String) }),
    ]);
    const draftId = rectified.links[0]?.resolutionId ?? '';
    expect(draftId).not.toBe(original.id);

    const draft = await getResolution(client, draftId);
    expect(draft).toMatchObject({
      state: 'draft',
      version: 1,
      number: null,
      sequence: null,
      signature: null,
      rectifies: original.id,
      originUnitId: original.originUnitId,
      subject: original.subject,
      contentHash: original.contentHash,
      links: [
        expect.objectContaining({
          type: 'rectifica_a',
          resolutionId: original.id,
          number: original.number,
        }),
      ],
    });
    expect(sorted(draft.allowedEvents)).toEqual(['EDIT', 'SUBMIT', 'WITHDRAW']);
    expect(await historyOf(client, draftId)).toEqual([
      expect.objectContaining({ type: 'CREATE', from: null, to: 'draft', actor: 'mml.gdu' }),
    ]);

    // The signed bytes never change.
    const after = await pdf(original.id);
    expect(
      createHash('sha256')
        .update(after.body as Buffer)
        .digest('hex'),
    ).toBe(beforeSha);
    expect(beforeSha).toBe(original.documentSha256);
    expect(after.headers['x-content-sha256']).toBe(beforeSha);
    // Rectifying takes no number: only the rectifying act's own signature will.
    expect(await registerCount('mml')).toBe(registered);

    // The rectifying act follows its own path and gets its own number.
    const fixedArticles = [
      'APROBAR la ampliación de plazo N° 2 de la obra del mercado de Chacra Cerro por treinta y cinco días calendario.',
    ];
    const fixed = await driveTo(
      client,
      await sendEvent(client, 'mml.gdu', draftId, { type: 'EDIT', articles: fixedArticles }),
      'signed',
    );
    expect(fixed.number).toMatch(MML_NUMBER);
    expect(fixed.number).not.toBe(original.number);
    expect(fixed.rectifies).toBe(original.id);

    // Nulidad de oficio: the Alcalde, with a reason and the annulling act's number (the Gerente is
    // refused in resolutions-review). Never at once (Art. 213.2: traslado first), and not before
    // the act takes effect.
    expect(
      fields((await client.post('mml.alcalde', eventsPath(original.id), { type: 'ANNUL' })).body),
    ).toEqual(['instrument', 'reason']);
    expectProblem(
      await client.post('mml.alcalde', eventsPath(original.id), {
        type: 'ANNUL',
        reason: 'Se omitió el informe técnico de la supervisión (Art. 10 TUO Ley 27444).',
        instrument: 'Resolución de Alcaldía N° 120-2026-MML',
      }),
      409,
      'TRANSITION_NOT_ALLOWED',
    );
    expectProblem(
      await client.post('mml.alcalde', eventsPath(original.id), {
        type: 'START_ANNULMENT',
        reason: 'Se omitió el informe técnico de la supervisión.',
        grounds: 'Art. 10.2 TUO Ley 27444.',
      }),
      409,
      'TRANSITION_NOT_ALLOWED',
    );
    expect((await getResolution(client, original.id)).state).toBe('signed');

    // Withdrawn before signature: never numbered.
    const withdrawn = await sendEvent(client, 'mml.gdu', (await resolutionIn(client, 'visas')).id, {
      type: 'WITHDRAW',
      reason: 'Se atendió por otra vía.',
    });
    expect(withdrawn).toMatchObject({
      state: 'withdrawn',
      number: null,
      withdrawal: { reason: 'Se atendió por otra vía.' },
    });
  });

  it('i. lists with filters by year, state, unit and Spanish full text, paginated', async () => {
    const gsc = await unitOf(client, 'mml.gsc');
    const word = 'humedales';
    const draft = await createResolution(
      client,
      { subject: 'Declarar la intangibilidad del humedal de Ventanilla' },
      'mml.gsc',
    );
    const signed = await resolutionIn(
      client,
      'signed',
      {
        subject: 'Aprobar el plan de vigilancia de los humedales de Villa',
        hasBudgetImpact: false,
      },
      { origin: 'mml.gsc' },
    );
    const other = await createResolution(client, {
      subject: 'Aprobar el plan de arborización de la avenida Abancay',
      articles: ['DISPONER la protección del humedal de Pantanos de Villa y su arborización.'],
    });
    const list = async (query: string) => {
      const response = await client.get('mml.gerente', `${RESOLUTIONS}?${query}`);
      expect(response.status).toBe(200);
      return response.body as {
        items: ResolutionResource[];
        total: number;
        page: number;
        pageSize: number;
      };
    };
    const idsOf = (body: { items: ResolutionResource[] }) => sorted(body.items.map((i) => i.id));

    // Stemmed Spanish search over subject and articles: "humedales" finds "humedal" too.
    expect(idsOf(await list(`q=${word}`))).toEqual(sorted([draft.id, signed.id, other.id]));
    expect(idsOf(await list('q=arborizaciones'))).toEqual([other.id]);
    expect(idsOf(await list(`q=${word}&unit=${gsc}`))).toEqual(sorted([draft.id, signed.id]));
    expect(idsOf(await list(`q=${word}&state=signed`))).toEqual([signed.id]);
    expect(idsOf(await list(`q=${word}&state=draft&unit=${gsc}`))).toEqual([draft.id]);
    expect(idsOf(await list(`q=${word}&year=2026`))).toHaveLength(3);
    expect(await list(`q=${word}&year=2025`)).toMatchObject({ total: 0, items: [] });
    // Search by its number too.
    expect(idsOf(await list(`q=${encodeURIComponent(`"${signed.number ?? ''}"`)}`))).toContain(
      signed.id,
    );

    // Pagination: the total counts every page; the pages do not overlap.
    const first = await list(`q=${word}&pageSize=2&page=1`);
    const second = await list(`q=${word}&pageSize=2&page=2`);
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
    expect(second).toMatchObject({ total: 3, page: 2 });
    expect(second.items).toHaveLength(1);
    expect(sorted([...first.items, ...second.items].map((i) => i.id))).toEqual(
      sorted([draft.id, signed.id, other.id]),
    );
    // Items carry the resource's fields and open deadlines.
    expect([...first.items, ...second.items].find((i) => i.id === signed.id)).toMatchObject({
      number: signed.number,
      state: 'signed',
      deadlines: [expect.objectContaining({ name: 'Notificación' })],
    });

    // The whole list of a state counts what the database holds.
    const [signedCount] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM workflow_instances i JOIN municipalities m ON m.id = i.municipality_id
       WHERE m.code = 'mml' AND i.kind = 'resolutions' AND i.state = 'signed'`,
    );
    expect((await list('state=signed&pageSize=1')).total).toBe(signedCount?.n);

    for (const query of [
      'state=nada',
      'year=99',
      'unit=no-es-uuid',
      'page=0',
      'pageSize=500',
      'q=a',
    ])
      expectProblem(
        await client.get('mml.gerente', `${RESOLUTIONS}?${query}`),
        400,
        'VALIDATION_FAILED',
      );
  });

  it('e. admits remedies only inside the window, resolves them by the right authority, and marks negative silence (D7)', async () => {
    const day = await today(client);
    const [reconsidered, appealed, upheld, late, silent] = await Promise.all(
      Array.from({ length: 5 }, () => resolutionIn(client, 'notified', { hasBudgetImpact: false })),
    );
    if (!reconsidered || !appealed || !upheld || !late || !silent)
      throw new Error('faltan resoluciones');

    // Reconsideración: filed today, resolved by the Gerente who issued the act.
    const future = await client.post('mml.gdu', eventsPath(reconsidered.id), {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: `${addDay(day, 1)}T15:00:00Z`,
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    expectProblem(future, 400, 'VALIDATION_FAILED');
    expect(fields(future.body)).toEqual(['filedAt']);
    const beforeNotice = await client.post('mml.gdu', eventsPath(reconsidered.id), {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: `${addDay(day, -40)}T15:00:00Z`,
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    expect(fields(beforeNotice.body)).toEqual(['filedAt']);
    expect(
      fields(
        (
          await client.post('mml.gdu', eventsPath(reconsidered.id), {
            type: 'FILE_REMEDY',
            kind: 'queja',
            filedAt: await clockNow(client),
            filedBy: 'Constructora Los Andes S.A.C.',
          })
        ).body,
      ),
    ).toEqual(['kind']);
    expectProblem(
      await client.post('mml.gsc', eventsPath(reconsidered.id), {
        type: 'FILE_REMEDY',
        kind: 'reconsideracion',
        filedAt: await clockNow(client),
        filedBy: 'Constructora Los Andes S.A.C.',
      }),
      403,
      'FORBIDDEN',
    );

    let r = await sendEvent(client, 'mml.gdu', reconsidered.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    expect(r).toMatchObject({
      state: 'under_remedy',
      remedy: {
        kind: 'reconsideracion',
        filedAt: await clockNow(client),
        filedOn: day,
        filedBy: { addressee: 0, name: 'Constructora Los Andes S.A.C.' },
        resolverRole: 'GERENTE_MUNICIPAL',
        outcome: null,
        negativeSilence: false,
      },
    });
    expect(r.deadlines).toEqual([
      expect.objectContaining({
        name: 'Resolución del recurso',
        dueOn: await businessDeadline(client, day, 30),
        status: 'pending',
      }),
    ]);
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), {
        type: 'FILE_REMEDY',
        kind: 'apelacion',
        filedAt: await clockNow(client),
        filedBy: 'Constructora Los Andes S.A.C.',
      }),
      409,
      'REMEDY_IN_PROGRESS',
    );
    expect((await getResolution(client, r.id, 'mml.gerente')).allowedEvents).toContain(
      'RESOLVE_REMEDY',
    );
    expect((await getResolution(client, r.id, 'mml.alcalde')).allowedEvents).not.toContain(
      'RESOLVE_REMEDY',
    );
    expectProblem(
      await client.post('mml.alcalde', eventsPath(r.id), {
        type: 'RESOLVE_REMEDY',
        outcome: 'infundado',
      }),
      403,
      'FORBIDDEN',
    );
    expect(
      fields(
        (
          await client.post('mml.gerente', eventsPath(r.id), {
            type: 'RESOLVE_REMEDY',
            outcome: 'aceptado',
          })
        ).body,
      ),
    ).toEqual(['outcome']);
    r = await sendEvent(client, 'mml.gerente', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
    });
    // D7: the reconsideración was optional; once rejected, the apelación window opens (15 days)
    // from the notification of the decision (Art. 24.1, 144), not from the decision itself.
    expect(r).toMatchObject({
      state: 'notified',
      remedy: { kind: 'reconsideracion', outcome: 'infundado' },
      remedies: [{ kind: 'reconsideracion', outcome: 'infundado' }],
      firmAt: null,
      deadlines: [],
    });
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'NOTIFY_DECISION',
      channel: 'personal',
      servedAt: await clockNow(client),
    });
    expect(r.deadlines).toEqual([
      expect.objectContaining({
        name: 'Plazo para interponer recursos',
        key: '0',
        dueOn: await businessDeadline(client, day, 15),
      }),
    ]);
    expect(
      (
        await client.post('mml.gdu', eventsPath(r.id), {
          type: 'FILE_REMEDY',
          kind: 'reconsideracion',
          filedAt: await clockNow(client),
          filedBy: 'Constructora Los Andes S.A.C.',
        })
      ).body,
    ).toMatchObject({
      code: 'REMEDY_ALREADY_RESOLVED',
      detail: expect.stringContaining('solo cabe apelación'),
    });
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    r = await sendEvent(client, 'mml.alcalde', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'improcedente',
    });
    expect(r).toMatchObject({
      state: 'firm',
      remedy: { kind: 'apelacion', outcome: 'improcedente' },
      remedies: [{ kind: 'reconsideracion' }, { kind: 'apelacion' }],
      deadlines: [],
    });
    expect(r.firmAt).not.toBeNull();

    // Apelación: resolved by the Alcalde, hierarchical superior.
    r = await sendEvent(client, 'mml.gdu', appealed.id, {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    expect(r.remedy).toMatchObject({ kind: 'apelacion', resolverRole: 'ALCALDE' });
    expect((await getResolution(client, r.id, 'mml.alcalde')).allowedEvents).toContain(
      'RESOLVE_REMEDY',
    );
    expectProblem(
      await client.post('mml.gerente', eventsPath(r.id), {
        type: 'RESOLVE_REMEDY',
        outcome: 'infundado',
      }),
      403,
      'FORBIDDEN',
    );
    r = await sendEvent(client, 'mml.alcalde', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
    });
    expect(r).toMatchObject({ state: 'firm', remedy: { kind: 'apelacion', outcome: 'infundado' } });

    // Fundado: the act falls.
    await sendEvent(client, 'mml.gdu', upheld.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    r = await sendEvent(client, 'mml.gerente', upheld.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'fundado',
    });
    expect(r).toMatchObject({ state: 'annulled', remedy: { outcome: 'fundado' } });

    // A remedy left unresolved: its term runs to day 30.
    r = await sendEvent(client, 'mml.gdu', silent.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    const resolutionTerm = r.deadlines[0];
    if (!resolutionTerm) throw new Error('sin plazo de resolución');

    // No remedy in the window: at its end the act is firm, and then a remedy comes too late.
    const window = late.deadlines[0];
    expect(window).toMatchObject({
      name: 'Plazo para interponer recursos',
      dueOn: await businessDeadline(client, day, 15),
    });
    if (!window) throw new Error('sin plazo de recursos');
    await client.setClock(window.dueAt);
    expect((await getResolution(client, late.id)).state).toBe('firm');
    const tooLate = await client.post('mml.gdu', eventsPath(late.id), {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: await clockNow(client),
      filedBy: 'Constructora Los Andes S.A.C.',
    });
    // Filed after the window, even if registered within the grace: out of time (Art. 218.2).
    expectProblem(tooLate, 409, 'REMEDY_WINDOW_CLOSED');
    expect(tooLate.body).toMatchObject({ state: 'firm', dueOn: window.dueOn });
    expect(tooLate.body.detail).toMatch(/fuera de plazo/);
    expect((await getResolution(client, late.id)).state).toBe('firm');
    // The one under remedy is not touched by the window's end.
    expect((await getResolution(client, silent.id)).state).toBe('under_remedy');

    // Negative silence after 30 business days: marked, still under remedy, still resolvable.
    await client.setClock(new Date(Date.parse(resolutionTerm.dueAt) - 1000).toISOString());
    expect((await getResolution(client, silent.id)).remedy?.negativeSilence).toBe(false);
    await client.setClock(resolutionTerm.dueAt);
    r = await getResolution(client, silent.id, 'mml.gerente');
    expect(r).toMatchObject({
      state: 'under_remedy',
      remedy: { kind: 'reconsideracion', negativeSilence: true, outcome: null },
    });
    expect(r.allowedEvents).toContain('RESOLVE_REMEDY');
    expect((await historyOf(client, silent.id)).at(-1)).toMatchObject({
      type: 'NEGATIVE_SILENCE',
      from: 'under_remedy',
      to: 'under_remedy',
      actor: 'sistema',
    });
    r = await sendEvent(client, 'mml.gerente', silent.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'improcedente',
    });
    // Resolved late, still a reconsideración: the apelación window opens as after any rejection.
    expect(r).toMatchObject({
      state: 'notified',
      remedy: { kind: 'reconsideracion', outcome: 'improcedente', negativeSilence: true },
    });
  });

  it('h. starts the nulidad de oficio of a firm act only within 2 years of becoming firm (D9, Art. 213.3)', async () => {
    const [within, beyond] = await Promise.all([
      resolutionIn(client, 'notified', { hasBudgetImpact: false }),
      resolutionIn(client, 'notified', { hasBudgetImpact: false }),
    ]);
    if (!within || !beyond) throw new Error('faltan resoluciones');
    const window = within.deadlines[0];
    if (!window) throw new Error('sin plazo de recursos');
    await client.setClock(window.dueAt);
    const [a, b] = await Promise.all([
      getResolution(client, within.id),
      getResolution(client, beyond.id),
    ]);
    expect([a.state, b.state]).toEqual(['firm', 'firm']);
    const firmAt = a.firmAt ?? '';
    expect(b.firmAt).toBe(firmAt);

    // A day before the two years: the nulidad de oficio may start (Art. 213.3); it is declared
    // only after the traslado to the favoured party lapses (Art. 213.2).
    await client.setClock(plusYears(firmAt, 2, -86_400_000));
    const reason = 'Vicio de nulidad advertido por el OCI.';
    const opened = await sendEvent(client, 'mml.alcalde', within.id, {
      type: 'START_ANNULMENT',
      reason,
      grounds: 'Art. 10.2 TUO Ley 27444: se omitió el informe técnico.',
    });
    expect(opened.state).toBe('under_review');
    const servedAt = await clockNow(client);
    let reviewed = opened;
    for (const addressee of opened['addressees'] as Array<{ name: string }>)
      reviewed = await sendEvent(client, 'mml.gdu', within.id, {
        type: 'SERVE_HEARING',
        addressee: addressee.name,
        channel: 'personal',
        servedAt,
      });
    const traslado = reviewed.deadlines.find((d) => d.code === 'traslado_revision');
    if (!traslado) throw new Error('sin plazo de traslado');
    await client.setClock(new Date(Date.parse(traslado.dueAt) + 86_400_000).toISOString());
    expect((await getResolution(client, within.id)).state).toBe('under_review');
    const annulled = await sendEvent(client, 'mml.alcalde', within.id, {
      type: 'ANNUL',
      reason,
      instrument: 'Resolución de Alcaldía N° 120-2026-MML',
    });
    expect(annulled.state).toBe('annulled');

    // Two years and a day after: the power expired (Art. 213.3).
    await client.setClock(plusYears(firmAt, 2, 86_400_000));
    const expired = await client.post('mml.alcalde', eventsPath(beyond.id), {
      type: 'START_ANNULMENT',
      reason,
      grounds: 'Art. 10.2 TUO Ley 27444: se omitió el informe técnico.',
    });
    expectProblem(expired, 409, 'ANNULMENT_TERM_EXPIRED');
    expect(expired.body.detail).toMatch(/2 años/);
    // The machine reads the instant before it answers: START_ANNULMENT is no longer offered either.
    expect((await getResolution(client, beyond.id, 'mml.alcalde')).allowedEvents).not.toContain(
      'START_ANNULMENT',
    );
    expect((await getResolution(client, beyond.id)).state).toBe('firm');
  });

  it('j. separates duties: ADMIN never acts, Asesoría Jurídica does not draft, nobody signs their own draft', async () => {
    expectProblem(
      await client.post('mml.admin', RESOLUTIONS, resolutionBody()),
      403,
      'ADMIN_DOES_NOT_ACT',
    );
    expectProblem(
      await client.post('mml.juridica', RESOLUTIONS, resolutionBody()),
      403,
      'DRAFTING_UNIT_NOT_ALLOWED',
    );
    const ready = await resolutionIn(client, 'ready_to_sign');
    expect((await getResolution(client, ready.id, 'mml.admin')).allowedEvents).toEqual([]);
    expectProblem(
      await client.post('mml.admin', eventsPath(ready.id), { type: 'RETURN', reason: 'x' }),
      403,
      'ADMIN_DOES_NOT_ACT',
    );
    // The Gerente drafts in her own unit: the act goes the whole way but she may not sign it.
    const own = await resolutionIn(
      client,
      'ready_to_sign',
      { hasBudgetImpact: false },
      { origin: 'mml.gerente' },
    );
    expect((await getResolution(client, own.id, 'mml.gerente')).allowedEvents).not.toContain(
      'SIGN',
    );
    const selfSigned = await client.post('mml.gerente', eventsPath(own.id), { type: 'SIGN' });
    expectProblem(selfSigned, 403, 'OWN_DRAFT_NOT_SIGNABLE');
    expect((await getResolution(client, own.id)).state).toBe('ready_to_sign');
  });

  it('leaves an intact audit chain in both municipalities', async () => {
    for (const admin of ['mml.admin', 'megantoni.admin']) {
      const verified = await client.get(admin, '/api/v1/audit/verify');
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ ok: true });
      expect(verified.body.checked).toBeGreaterThan(0);
    }
  });
});
