import { createHash } from 'node:crypto';
import type { Response } from 'superagent';
import { pdfText } from '#documents/testing';
import { expectProblem, fields } from './support/problems.js';
import {
  businessDeadline,
  driveTo,
  eventsPath,
  getResolution,
  historyOf,
  resolutionIn,
  RESOLUTIONS,
  type ResolutionResource,
  sendEvent,
} from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/**
 * Remedies against a Resolución de Gerencia Municipal (issue 12, items 1–4): service dates per
 * addressee (Art. 18, 20–25, 144), the cédula (Art. 24.1), filing dates and office hours (Art. 149,
 * 218.2, 221, 222), negative silence (Art. 199.3–199.4) and a remedy partially upheld. Real 2026
 * dates of the Peruvian calendar: Holy Thursday and Good Friday (2–3 April), San Pedro y San Pablo
 * (29 June), 23, 28 and 29 July, 6 August, 8, 9 and 25 December. Lima is UTC−5 all year.
 */

const ANDES = 'Constructora Los Andes S.A.C.';
const PAMPA = 'Inversiones Pampa Verde S.A.';
const TWO = {
  hasBudgetImpact: false,
  addressees: [
    { name: ANDES, documentId: '20512345678' },
    { name: PAMPA, email: 'legal@pampaverde.pe' },
  ],
};
const ONE = { hasBudgetImpact: false };

/** Collects a binary body (supertest only buffers text and JSON by itself). */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

type Window = ResolutionResource['deadlines'][number];
const windowsOf = (r: ResolutionResource) =>
  r.deadlines
    .filter((d) => d.code === 'interposicion_recursos')
    .sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));

describe('Remedies against a Resolución de Gerencia Municipal, by date (TUO Ley 27444)', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (instant: string) => client.setClock(instant);
  const download = async (path: string, username = 'mml.gdu') =>
    t.http
      .get(`${RESOLUTIONS}/${path}`)
      .auth(await client.token(username), { type: 'bearer' })
      .buffer(true)
      .parse(binary);
  const signedOn = async (instant: string, overrides: Record<string, unknown>) => {
    await at(instant);
    return resolutionIn(client, 'signed', overrides);
  };
  const windowDue = (r: ResolutionResource, key: string): Window => {
    const found = windowsOf(r).find((w) => w.key === key);
    if (!found) throw new Error(`sin plazo para recurrir de ${key}`);
    return found;
  };

  it('Art. 18, 25 and 144: each addressee’s window runs from their own service — across Holy Week 2026 — and the act is firm for each when theirs ends', async () => {
    // Signed Monday 30 March 2026, 10:00.
    const signed = await signedOn('2026-03-30T15:00:00Z', TWO);
    // Both services are recorded on Monday 6 April, after Holy Week: what counts is when each took effect.
    await at('2026-04-06T15:00:00Z');
    const future = await client.post('mml.gdu', eventsPath(signed.id), {
      type: 'NOTIFY',
      addressee: ANDES,
      channel: 'personal',
      servedAt: '2026-04-07T10:00:00-05:00',
    });
    expectProblem(future, 400, 'VALIDATION_FAILED');
    expect(fields(future.body)).toEqual(['servedAt']);
    const beforeSignature = await client.post('mml.gdu', eventsPath(signed.id), {
      type: 'NOTIFY',
      addressee: ANDES,
      channel: 'personal',
      servedAt: '2026-03-27T10:00:00-05:00',
    });
    expect(fields(beforeSignature.body)).toEqual(['servedAt']);
    for (const servedAt of ['2026-03-31', '31/03/2026 11:00', '2026-03-31T11:00:00'])
      expect(
        fields(
          (
            await client.post('mml.gdu', eventsPath(signed.id), {
              type: 'NOTIFY',
              addressee: ANDES,
              channel: 'personal',
              servedAt,
            })
          ).body,
        ),
      ).toEqual(['servedAt']);

    // Served in person on Tuesday 31 March at 11:00 (the cargo): day 1 is Wednesday 1 April; with
    // Holy Thursday and Good Friday (2–3 April) off, day 15 is Thursday 23 April.
    let r = await sendEvent(client, 'mml.gdu', signed.id, {
      type: 'NOTIFY',
      addressee: ANDES,
      channel: 'personal',
      servedAt: '2026-03-31T11:00:00-05:00',
      receipt: 'Cargo firmado por el gerente general, DNI 40123456',
    });
    expect(r.state).toBe('signed');
    expect(r.notifications).toEqual([
      expect.objectContaining({
        addressee: 0,
        channel: 'personal',
        servedAt: '2026-03-31T16:00:00.000Z',
        servedOn: '2026-03-31',
        receipt: 'Cargo firmado por el gerente general, DNI 40123456',
        at: '2026-04-06T15:00:00.000Z',
      }),
    ]);
    expect(windowDue(r, '0')).toMatchObject({ startsOn: '2026-03-31', dueOn: '2026-04-23' });

    // Through the casilla, received on Holy Thursday at 18:00: day 1 is the next business day,
    // Monday 6 April, whatever day the service fell on (not Tuesday 7); day 15 is Friday 24 April.
    r = await sendEvent(client, 'mml.gdu', signed.id, {
      type: 'NOTIFY',
      addressee: PAMPA,
      channel: 'casilla',
      servedAt: '2026-04-02T18:00:00-05:00',
      receipt: 'Acuse de recibo de la casilla electrónica N° 88412',
    });
    expect(r).toMatchObject({ state: 'notified', notifiedAt: '2026-04-02T23:00:00.000Z' });
    expect(windowsOf(r).map((w) => [w.key, w.startsOn, w.dueOn])).toEqual([
      ['0', '2026-03-31', '2026-04-23'],
      ['1', '2026-04-02', '2026-04-24'],
    ]);
    // Recorded on 6 April, a window counted from the record would have ended on 27 April.
    expect(await businessDeadline(client, '2026-04-06', 15)).toBe('2026-04-27');

    // The end of Thursday 23 April: firm for Los Andes, not yet for Pampa Verde.
    await at('2026-04-24T05:00:00Z');
    r = await getResolution(client, signed.id);
    expect(r.state).toBe('notified');
    expect(r.firmAt).toBeNull();
    expect(r.windows.map((w) => [w.key, w.status, w.firmAt])).toEqual([
      ['0', 'firm', '2026-04-24T05:00:00.000Z'],
      ['1', 'open', null],
    ]);
    // The end of Friday 24 April: firm for everyone (Art. 222), provisionally for the profile's
    // 2 business days of registration grace (Monday 27 and Tuesday 28 April).
    await at('2026-04-25T05:00:00Z');
    r = await getResolution(client, signed.id);
    expect(r).toMatchObject({
      state: 'firm',
      firmAt: '2026-04-25T05:00:00.000Z',
      firmProvisionalUntil: '2026-04-29T05:00:00.000Z',
    });
    expect(r.windows.map((w) => [w.key, w.status, w.dueOn])).toEqual([
      ['0', 'firm', '2026-04-23'],
      ['1', 'firm', '2026-04-24'],
    ]);
    const history = await historyOf(client, signed.id);
    expect(history.filter((h) => h.type === 'CONSENT').map((h) => [h.from, h.to])).toEqual([
      ['notified', 'notified'],
      ['notified', 'firm'],
    ]);
    // The windows are closed as lapsed: the record says no remedy came.
    const rows = await t.query<{ obligation_key: string; status: string }>(
      `SELECT obligation_key, status FROM deadlines WHERE instance_id = $1 AND code = 'interposicion_recursos' ORDER BY obligation_key`,
      [signed.id],
    );
    expect(rows).toEqual([
      { obligation_key: '0', status: 'expired' },
      { obligation_key: '1', status: 'expired' },
    ]);
  });

  it('Art. 144 (D2): a publication in El Peruano on Saturday 27 June 2026 counts from Tuesday 30 June (29 June is a holiday): last day Monday 20 July', async () => {
    const general = await signedOn('2026-06-26T15:00:00Z', {
      subject: 'Aprobar la directiva de atención en la mesa de partes digital',
      scope: 'general',
      hasBudgetImpact: false,
      addressees: [],
    });
    // Recorded on Tuesday 30 June.
    await at('2026-06-30T15:00:00Z');
    const r = await sendEvent(client, 'mml.gdu', general.id, {
      type: 'PUBLISH',
      gazette: 'Diario Oficial El Peruano',
      date: '2026-06-27',
    });
    expect(r).toMatchObject({
      state: 'published',
      publication: { date: '2026-06-27', inForceFrom: '2026-06-28' },
      windows: [expect.objectContaining({ key: 'publicacion', servedOn: '2026-06-27' })],
    });
    expect(windowDue(r, 'publicacion')).toMatchObject({
      startsOn: '2026-06-27',
      dueOn: '2026-07-20',
    });
    // Counted as if received on the next business day, it would have ended a day later.
    expect(await businessDeadline(client, '2026-06-30', 15)).toBe('2026-07-21');
    // No cédula for an act of general scope: it is published.
    expect((await download(`${general.id}/notices/0`)).status).toBe(404);
  });

  it('Art. 218.2: each addressee files within their own window, even while another’s remedy is in progress (May 2026); each is decided on its own', async () => {
    const signed = await signedOn('2026-05-04T15:00:00Z', TWO);
    await at('2026-05-06T15:00:00Z');
    let r = await sendEvent(client, 'mml.gdu', signed.id, {
      type: 'NOTIFY',
      addressee: ANDES,
      channel: 'personal',
      servedAt: '2026-05-04T12:00:00-05:00',
    });
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'NOTIFY',
      addressee: PAMPA,
      channel: 'email',
      servedAt: '2026-05-06T09:00:00-05:00',
    });
    // Los Andes reconsiders on Friday 8 May; Pampa Verde on Tuesday 12 May, while the first is in progress.
    await at('2026-05-08T15:00:00Z');
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-05-08T09:00:00-05:00',
      filedBy: ANDES,
    });
    await at('2026-05-12T15:00:00Z');
    // The same party, not twice.
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), {
        type: 'FILE_REMEDY',
        kind: 'apelacion',
        filedAt: '2026-05-12T09:00:00-05:00',
        filedBy: ANDES,
      }),
      409,
      'REMEDY_IN_PROGRESS',
    );
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-05-12T09:00:00-05:00',
      filedBy: PAMPA,
    });
    expect(r.state).toBe('under_remedy');
    expect(r.pending.map((p) => [p.party, p.filedBy.name, p.filedOn])).toEqual([
      ['0', ANDES, '2026-05-08'],
      ['1', PAMPA, '2026-05-12'],
    ]);
    // Each has its 30 business days from its own filing.
    const terms = r.deadlines
      .filter((d) => d.code === 'resolucion_recurso')
      .map((d) => [d.key, d.dueOn])
      .sort();
    expect(terms).toEqual([
      ['0-reconsideracion', await businessDeadline(client, '2026-05-08', 30)],
      ['1-reconsideracion', await businessDeadline(client, '2026-05-12', 30)],
    ]);
    // With two in progress, the decision says whose remedy it decides.
    await at('2026-05-20T15:00:00Z');
    const unnamed = await client.post('mml.gerente', eventsPath(r.id), {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
    });
    expectProblem(unnamed, 400, 'VALIDATION_FAILED');
    expect(fields(unnamed.body)).toEqual(['filedBy']);
    r = await sendEvent(client, 'mml.gerente', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
      filedBy: PAMPA,
    });
    expect(r).toMatchObject({
      state: 'under_remedy',
      remedy: { party: '1', outcome: 'infundado' },
    });
    expect(r.pending.map((p) => p.party)).toEqual(['0']);
    r = await sendEvent(client, 'mml.gerente', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'improcedente',
    });
    expect(r.state).toBe('notified');
    expect(r.windows.map((w) => [w.key, w.status])).toEqual([
      ['0', 'awaiting_notice'],
      ['1', 'awaiting_notice'],
    ]);
  });

  it('Art. 24.1: each addressee’s cédula is a PDF with the full text, the issuing authority, the route, the remedies, where and until when to file them', async () => {
    const r = await driveTo(client, await signedOn('2026-04-13T15:00:00Z', TWO), 'signed');
    expect(r.notices).toEqual([
      { addressee: 0, name: ANDES, url: `/api/v1/resolutions/${r.id}/notices/0` },
      { addressee: 1, name: PAMPA, url: `/api/v1/resolutions/${r.id}/notices/1` },
    ]);
    const cedula = await download(`${r.id}/notices/1`);
    expect(cedula.status).toBe(200);
    expect(cedula.headers['content-type']).toMatch(/^application\/pdf/);
    expect(cedula.headers['content-disposition']).toMatch(
      /^inline; filename="cedula-0\d{3}-2026-MML-GMM-2\.pdf"$/,
    );
    const bytes = cedula.body as Buffer;
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    for (const expected of [
      'CÉDULA DE NOTIFICACIÓN',
      'Lima, 13 de abril de 2026',
      PAMPA,
      'legal@pampaverde.pe',
      r.number ?? '',
      'María Elena Quispe Rojas, Gerente Municipal Metropolitano',
      'Este acto no agota la vía administrativa',
      'Recurso de reconsideración:',
      'Gerencia Municipal Metropolitana',
      'Recurso de apelación:',
      'Alcaldía Metropolitana',
      '15 días hábiles perentorios (Art. 218.2)',
      'sea cual sea el día en que se practique (Art. 144)',
      'Mesa de Partes de la Municipalidad Metropolitana de Lima',
      'de 08:30 a 16:30 horas',
      '(Art. 149)',
      'TEXTO ÍNTEGRO DEL ACTO',
      'APROBAR la ampliación de plazo N° 2',
      'CONSTANCIA DE NOTIFICACIÓN (CARGO)',
      r.verificationCode ?? '',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(ANDES);
    // The same act, the same cédula; the signed act itself is a separate document.
    expect((await download(`${r.id}/notices/1`)).body).toEqual(bytes);
    const signedPdf = (await download(`${r.id}/document`)).body as Buffer;
    expect(createHash('sha256').update(signedPdf).digest('hex')).toBe(r.documentSha256);
    // Not an addressee, not a position, not this municipality.
    expectProblem(
      await client.get('mml.gdu', `${RESOLUTIONS}/${r.id}/notices/2`),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await client.get('mml.gdu', `${RESOLUTIONS}/${r.id}/notices/uno`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await client.get('megantoni.gdu', `${RESOLUTIONS}/${r.id}/notices/0`),
      404,
      'NOT_FOUND',
    );
    // Before the signature there is nothing to serve.
    const draft = await resolutionIn(client, 'visas', ONE);
    expect((await getResolution(client, draft.id)).notices).toEqual([]);
    expectProblem(
      await client.get('mml.gdu', `${RESOLUTIONS}/${draft.id}/notices/0`),
      404,
      'NOT_FOUND',
    );
  });

  it('Art. 24.1, 144 and 218.2: the term to appeal a rejected reconsideración runs from the notification of the decision (June 2026), not from the decision', async () => {
    const signed = await signedOn('2026-06-01T15:00:00Z', ONE);
    let r = await sendEvent(client, 'mml.gdu', signed.id, {
      type: 'NOTIFY',
      addressee: ANDES,
      channel: 'personal',
      servedAt: '2026-06-01T10:00:00-05:00',
    });
    // Reconsideración presented Wednesday 3 June at 09:15, decided Friday 12 June.
    await at('2026-06-03T15:00:00Z');
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-06-03T09:15:00-05:00',
      filedBy: '20512345678',
    });
    expect(r.remedy).toMatchObject({
      filedBy: { addressee: 0, name: ANDES },
      filedOn: '2026-06-03',
      registeredAt: '2026-06-03T15:00:00.000Z',
    });
    await at('2026-06-12T15:00:00Z');
    r = await sendEvent(client, 'mml.gerente', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
      instrument: 'Resolución de Gerencia Municipal N° 0210-2026-MML/GMM',
    });
    expect(r).toMatchObject({ state: 'notified', firmAt: null });
    // No window runs until the decision is served.
    expect(windowsOf(r)).toEqual([]);
    expect(r.windows).toEqual([expect.objectContaining({ key: '0', status: 'awaiting_notice' })]);
    expect(r.remedies[0]?.noticeUrl).toBe(`/api/v1/resolutions/${r.id}/remedies/0/notice`);

    // The decision's cédula: the apelación, and the term that runs from this notification.
    const cedula = await download(`${r.id}/remedies/0/notice`);
    expect(cedula.status).toBe(200);
    expect(cedula.headers['content-type']).toMatch(/^application\/pdf/);
    const text = pdfText(cedula.body as Buffer).replace(/\s+/g, ' ');
    for (const expected of [
      'Decisión que se notifica:',
      'Recurso de reconsideración presentado el 3 de junio de 2026 por Constructora Los Andes S.A.C.: INFUNDADO',
      'Resolución de Gerencia Municipal N° 0210-2026-MML/GMM',
      'La decisión no agota la vía administrativa: puede apelarse',
      'corre desde esta notificación, no desde la fecha de la decisión',
      'Recurso de apelación:',
      'Lima, 12 de junio de 2026',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Recurso de reconsideración:');
    expectProblem(
      await client.get('mml.gdu', `${RESOLUTIONS}/${r.id}/remedies/1/notice`),
      404,
      'NOT_FOUND',
    );

    // Served through the casilla on Friday 19 June, recorded Monday 22: day 1 is Monday 22 June;
    // with San Pedro y San Pablo (29 June) off, day 15 is Monday 13 July — from the decision it
    // would have been Monday 6 July.
    await at('2026-06-22T15:00:00Z');
    const early = await client.post('mml.gdu', eventsPath(r.id), {
      type: 'NOTIFY_DECISION',
      channel: 'casilla',
      servedAt: '2026-06-11T10:00:00-05:00',
    });
    expectProblem(early, 400, 'VALIDATION_FAILED');
    expect(fields(early.body)).toEqual(['servedAt']);
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'NOTIFY_DECISION',
      channel: 'casilla',
      servedAt: '2026-06-19T16:40:00-05:00',
      receipt: 'Acuse de recibo N° 90211',
    });
    expect(r.remedies[0]?.decisionNotice).toMatchObject({
      channel: 'casilla',
      servedOn: '2026-06-19',
    });
    expect(windowDue(r, '0')).toMatchObject({ startsOn: '2026-06-19', dueOn: '2026-07-13' });
    expect(await businessDeadline(client, '2026-06-12', 15)).toBe('2026-07-06');
    // Served once.
    expectProblem(
      await client.post('mml.gdu', eventsPath(r.id), {
        type: 'NOTIFY_DECISION',
        channel: 'personal',
        servedAt: '2026-06-22T10:00:00-05:00',
      }),
      400,
      'VALIDATION_FAILED',
    );

    // The apelación on Monday 13 July at 16:00, the last day, before closing: in time.
    await at('2026-07-14T15:00:00Z');
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: '2026-07-13T16:00:00-05:00',
      filedBy: ANDES,
    });
    expect(r.remedy).toMatchObject({ kind: 'apelacion', resolverRole: 'ALCALDE' });
  });

  it('Art. 149, 218.2, 221 and 222: a remedy presented on the last day is timed by its filing, even registered after the window lapsed (December 2026); after closing time it is late', async () => {
    // Signed and served on Tuesday 1 December: day 15 is Thursday 24 December (8 and 9 are holidays).
    await at('2026-12-01T15:00:00Z');
    const [inTime, afterHours, graceOver] = await Promise.all(
      [0, 1, 2].map(() => resolutionIn(client, 'notified', ONE)),
    );
    if (!inTime || !afterHours || !graceOver) throw new Error('faltan resoluciones');
    expect(windowDue(inTime, '0').dueOn).toBe('2026-12-24');

    // The window lapses at the end of the 24th; firm, provisionally until the end of Tuesday 29
    // (grace: 2 business days; the 25th is Christmas).
    await at('2026-12-28T15:00:00Z');
    let r = await getResolution(client, inTime.id);
    expect(r).toMatchObject({
      state: 'firm',
      firmAt: '2026-12-25T05:00:00.000Z',
      firmProvisionalUntil: '2026-12-30T05:00:00.000Z',
    });
    // During the grace the unit may still register a remedy presented in time.
    expect(r.allowedEvents).toEqual(expect.arrayContaining(['FILE_REMEDY', 'RECTIFY']));

    // Presented at the mesa de partes on the 24th at 15:00, registered Monday 28: admitted; the
    // firmness is reversed by an audited transition.
    r = await sendEvent(client, 'mml.gdu', inTime.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-12-24T15:00:00-05:00',
      filedBy: ANDES,
    });
    expect(r).toMatchObject({
      state: 'under_remedy',
      firmAt: null,
      firmProvisionalUntil: null,
      remedy: {
        filedAt: '2026-12-24T20:00:00.000Z',
        filedOn: '2026-12-24',
        registeredAt: '2026-12-28T15:00:00.000Z',
        reversedFirmAt: '2026-12-25T05:00:00.000Z',
      },
    });
    expect((await historyOf(client, inTime.id)).at(-1)).toMatchObject({
      type: 'FILE_REMEDY',
      from: 'firm',
      to: 'under_remedy',
      actor: 'mml.gdu',
    });
    // The 30 business days to resolve count from the filing (24 December), not from the registration.
    const term = r.deadlines.find((d) => d.code === 'resolucion_recurso');
    expect(term).toMatchObject({
      startsOn: '2026-12-24',
      dueOn: await businessDeadline(client, '2026-12-24', 30),
    });
    expect(term?.dueOn).not.toBe(await businessDeadline(client, '2026-12-28', 30));
    // And so do its alerts, 10 and 5 business days before the last day, at 08:00 in Lima.
    const reminders = await t.query<{ fire_at: Date }>(
      `SELECT fire_at FROM deadline_timers WHERE deadline_id = $1 AND kind = 'reminder' ORDER BY level`,
      [term?.id],
    );
    expect(reminders.map((x) => x.fire_at.toISOString().slice(11))).toEqual([
      '13:00:00.000Z',
      '13:00:00.000Z',
    ]);

    // Presented the same day at 17:10, after the mesa de partes closed at 16:30: it counts as
    // presented on the next business day, Monday 28 December — late.
    const late = await client.post('mml.gdu', eventsPath(afterHours.id), {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-12-24T17:10:00-05:00',
      filedBy: ANDES,
    });
    expectProblem(late, 409, 'REMEDY_WINDOW_CLOSED');
    expect(late.body).toMatchObject({ state: 'firm', dueOn: '2026-12-24' });
    expect(late.body.detail).toContain('28/12/2026');
    expect((await getResolution(client, afterHours.id)).state).toBe('firm');

    // Registered on Wednesday 30 December, after the grace: firmness is definitive.
    await at('2026-12-30T15:00:00Z');
    const definitive = await client.post('mml.gdu', eventsPath(graceOver.id), {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-12-24T15:00:00-05:00',
      filedBy: ANDES,
    });
    expectProblem(definitive, 409, 'REGISTRATION_GRACE_EXPIRED');
    expect(definitive.body.allowedEvents).toEqual(['RECTIFY']);
    expect((await getResolution(client, graceOver.id)).state).toBe('firm');
  });

  it('Art. 199.3–199.4: once the 30 business days pass unresolved (July–August 2026), the party appeals; the reconsideración is closed and the Alcalde must resolve', async () => {
    // Reconsideración presented (11:30) and registered on Wednesday 1 July: with 23, 28 and 29 July and
    // 6 August off, day 30 is Tuesday 18 August.
    await at('2026-07-01T15:00:00Z');
    const notified = await resolutionIn(client, 'notified', ONE);
    await at('2026-07-01T17:00:00Z');
    let r = await sendEvent(client, 'mml.gdu', notified.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-07-01T11:30:00-05:00',
      filedBy: ANDES,
    });
    const term = r.deadlines.find((d) => d.code === 'resolucion_recurso');
    expect(term).toMatchObject({ key: '0-reconsideracion', dueOn: '2026-08-18' });

    // Before the silence, an apelación must wait for the decision.
    await at('2026-08-18T15:00:00Z');
    const tooSoon = await client.post('mml.gdu', eventsPath(r.id), {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: '2026-08-18T09:00:00-05:00',
      filedBy: ANDES,
    });
    expectProblem(tooSoon, 409, 'REMEDY_IN_PROGRESS');
    expect(tooSoon.body.detail).toMatch(/silencio administrativo negativo/);

    // The end of 18 August: negative silence; the duty to resolve remains.
    await at('2026-08-19T15:00:00Z');
    r = await getResolution(client, r.id, 'mml.gerente');
    expect(r).toMatchObject({
      state: 'under_remedy',
      remedy: { kind: 'reconsideracion', negativeSilence: true, resolutionDueOn: '2026-08-18' },
    });
    expect(r.allowedEvents).toContain('RESOLVE_REMEDY');
    // An apelación presented on the last day to resolve was not filed on silence, even registered now.
    const sameDay = await client.post('mml.gdu', eventsPath(r.id), {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: '2026-08-18T11:00:00-05:00',
      filedBy: ANDES,
    });
    expectProblem(sameDay, 409, 'REMEDY_IN_PROGRESS');
    expect(sameDay.body.detail).toContain('18/08/2026');

    // Presented on Wednesday 19 August: the reconsideración is closed as decided by silence, and
    // the apelación goes to the Alcalde with 30 business days of its own.
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'FILE_REMEDY',
      kind: 'apelacion',
      filedAt: '2026-08-19T09:00:00-05:00',
      filedBy: ANDES,
    });
    expect(r).toMatchObject({
      state: 'under_remedy',
      remedy: { kind: 'apelacion', resolverRole: 'ALCALDE', filedOn: '2026-08-19' },
      remedies: [
        {
          kind: 'reconsideracion',
          outcome: null,
          negativeSilence: true,
          closedBySilenceAt: '2026-08-19T15:00:00.000Z',
        },
      ],
    });
    expect(r.deadlines.map((d) => [d.code, d.key])).toEqual([
      ['resolucion_recurso', '0-apelacion'],
    ]);
    const closed = await t.query<{ obligation_key: string; status: string }>(
      `SELECT obligation_key, status FROM deadlines WHERE instance_id = $1 AND code = 'resolucion_recurso' ORDER BY created_at`,
      [r.id],
    );
    expect(closed).toEqual([
      { obligation_key: '0-reconsideracion', status: 'expired' },
      { obligation_key: '0-apelacion', status: 'pending' },
    ]);
    // The Gerente no longer resolves the closed reconsideración: the Alcalde resolves the apelación.
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
      instrument: 'Resolución de Alcaldía N° 0480-2026-MML',
    });
    expect(r).toMatchObject({ state: 'firm', firmAt: '2026-08-19T15:00:00.000Z' });
    const exhausted = pdfText((await download(`${r.id}/remedies/1/notice`)).body as Buffer);
    expect(exhausted.replace(/\s+/g, ' ')).toContain('queda agotada la vía administrativa');
  });

  it('Art. 217 and 219: a reconsideración fundada en parte leaves the act standing as modified by the deciding act, still appealable; the signed document never changes', async () => {
    await at('2026-09-01T15:00:00Z');
    const notified = await resolutionIn(client, 'notified', ONE);
    const before = (await download(`${notified.id}/document`)).body as Buffer;
    await at('2026-09-02T16:00:00Z');
    let r = await sendEvent(client, 'mml.gdu', notified.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-09-02T10:00:00-05:00',
      filedBy: ANDES,
    });
    for (const body of [
      { outcome: 'fundado_en_parte', instrument: 'RGM N° 0300-2026-MML/GMM' },
      { outcome: 'fundado_en_parte', modification: 'Se reduce el plazo a veinte días.' },
    ])
      expectProblem(
        await client.post('mml.gerente', eventsPath(r.id), { type: 'RESOLVE_REMEDY', ...body }),
        400,
        'VALIDATION_FAILED',
      );
    r = await sendEvent(client, 'mml.gerente', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'fundado_en_parte',
      instrument: 'Resolución de Gerencia Municipal N° 0300-2026-MML/GMM',
      modification: 'Se reduce la ampliación de plazo de treinta a veinte días calendario.',
    });
    expect(r).toMatchObject({
      state: 'notified',
      remedy: {
        outcome: 'fundado_en_parte',
        instrument: 'Resolución de Gerencia Municipal N° 0300-2026-MML/GMM',
        modification: 'Se reduce la ampliación de plazo de treinta a veinte días calendario.',
      },
      links: [
        expect.objectContaining({
          type: 'modificada_por',
          number: 'Resolución de Gerencia Municipal N° 0300-2026-MML/GMM',
        }),
      ],
      windows: [expect.objectContaining({ status: 'awaiting_notice' })],
    });
    const cedula = pdfText((await download(`${r.id}/remedies/0/notice`)).body as Buffer).replace(
      /\s+/g,
      ' ',
    );
    expect(cedula).toContain('FUNDADO EN PARTE');
    expect(cedula).toContain(
      'Modificación del acto (recurso fundado en parte): Se reduce la ampliación de plazo de treinta a veinte días calendario.',
    );
    expect(cedula).toContain('El acto subsiste en lo que no fue modificado.');
    const after = (await download(`${r.id}/document`)).body as Buffer;
    expect(after.equals(before)).toBe(true);
  });

  it('keeps running instances created with machine version 1 (one window per act), and refuses them what only version 2 knows', async () => {
    await at('2026-10-01T15:00:00Z');
    const signed = await resolutionIn(client, 'signed', ONE);
    // As stored before version 2: no windows, no grace.
    await t.query(
      `UPDATE workflow_instances SET machine_version = 1, context = context - 'windows' - 'firmProvisionalUntil' WHERE id = $1`,
      [signed.id],
    );
    let r = await sendEvent(client, 'mml.gdu', signed.id, {
      type: 'NOTIFY',
      addressee: ANDES,
      channel: 'personal',
      servedAt: '2026-10-01T10:00:00-05:00',
    });
    // Version 1: one state term for the act, counted from the day the notification was recorded.
    expect(r.state).toBe('notified');
    expect(r.deadlines).toEqual([
      expect.objectContaining({
        code: 'interposicion_recursos',
        key: '',
        dueOn: await businessDeadline(client, '2026-10-01', 15),
      }),
    ]);
    expect(r).not.toHaveProperty('windows');
    r = await sendEvent(client, 'mml.gdu', r.id, {
      type: 'FILE_REMEDY',
      kind: 'reconsideracion',
      filedAt: '2026-10-01T10:30:00-05:00',
      filedBy: ANDES,
    });
    expect(r.remedy).toMatchObject({ kind: 'reconsideracion', filedAt: '2026-10-01' });
    const partly = await client.post('mml.gerente', eventsPath(r.id), {
      type: 'RESOLVE_REMEDY',
      outcome: 'fundado_en_parte',
      instrument: 'RGM N° 0400-2026-MML/GMM',
      modification: 'Se reduce el plazo.',
    });
    expectProblem(partly, 400, 'VALIDATION_FAILED');
    expect(fields(partly.body)).toEqual(['outcome']);
    r = await sendEvent(client, 'mml.gerente', r.id, {
      type: 'RESOLVE_REMEDY',
      outcome: 'infundado',
    });
    expect(r.state).toBe('notified');
    const [row] = await t.query<{ machine_version: number }>(
      `SELECT machine_version FROM workflow_instances WHERE id = $1`,
      [r.id],
    );
    expect(row?.machine_version).toBe(1);
    // A new act runs version 2.
    const fresh = await resolutionIn(client, 'draft', ONE);
    const [created] = await t.query<{ machine_version: number }>(
      `SELECT machine_version FROM workflow_instances WHERE id = $1`,
      [fresh.id],
    );
    expect(created?.machine_version).toBe(2);
  });

  it('leaves an intact audit chain', async () => {
    const verified = await client.get('mml.admin', '/api/v1/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true });
  });
});
