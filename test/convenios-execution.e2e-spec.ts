import {
  clientSteps,
  CONVENIOS,
  convenioBody,
  convenioEventsPath,
  convenioPath,
  type ConvenioPathState,
  type ConvenioResource,
  driveConvenio,
} from './support/convenios.js';
import { expectProblem } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/**
 * Issue 15, convenios in force over HTTP: the register under concurrent signatures, the adendas
 * (back to their convenio through the outbox, without a new Acuerdo when the first authorised
 * them), the free exit with its notice, and the manual clock firing an obligation's deadline (and
 * its escalation to the Gerente) and the expiry alerts on their days.
 */
describe('Convenios in force: register, adendas, free exit, obligations and alerts (D11, D17)', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima.
    await client.setClock('2026-12-01T15:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  const create = async (
    overrides: Record<string, unknown> = {},
    creator = 'mml.gdu',
  ): Promise<ConvenioResource> => {
    const response = await client.post(creator, CONVENIOS, convenioBody(overrides));
    if (response.status !== 201)
      throw new Error(`crear convenio: ${response.status} ${response.text}`);
    return response.body as ConvenioResource;
  };
  const send = async (username: string, id: string, event: Record<string, unknown>) => {
    const response = await client.post(username, convenioEventsPath(id), event);
    if (response.status !== 200)
      throw new Error(
        `${String(event['type'])} por ${username}: ${response.status} ${response.text}`,
      );
    return response.body as ConvenioResource;
  };
  const read = async (id: string, username = 'mml.gdu') =>
    (await client.get(username, convenioPath(id))).body as ConvenioResource;
  const drive = (
    c: ConvenioResource,
    target: ConvenioPathState,
    town = 'mml',
    authorisesAddenda = false,
  ) =>
    driveConvenio(
      c,
      target,
      clientSteps(client, town, () => c.id),
      'gdu',
      authorisesAddenda,
    );
  /** Notifications of one instance's deadlines of a code: kind, title and recipient, in order. */
  const noticesOf = async (id: string, code: string) =>
    t.query<{ kind: string; title: string; username: string; key: string }>(
      `SELECT n.kind, n.title, u.username, d.obligation_key AS key
         FROM notifications n JOIN users u ON u.id = n.recipient_id JOIN deadlines d ON d.id = n.deadline_id
        WHERE d.instance_id = $1 AND d.code = $2 ORDER BY n.created_at, d.due_on, u.username`,
      [id, code],
    );
  const recipients = (rows: readonly { username: string }[]) =>
    [...new Set(rows.map((r) => r.username))].sort();

  it('a. 20 concurrent signatures take 20 consecutive numbers; Megantoni numbers apart', async () => {
    const approved = async (town: string) =>
      drive(await create({}, `${town}.gdu`), 'approved', town);
    const lima: ConvenioResource[] = [];
    const megantoni: ConvenioResource[] = [];
    // Driven a few at a time; signed all at once.
    for (let i = 0; i < 5; i++) {
      const batch = await Promise.all([
        approved('mml'),
        approved('mml'),
        approved('mml'),
        approved('mml'),
        approved('megantoni'),
      ]);
      lima.push(...batch.slice(0, 4));
      megantoni.push(...batch.slice(4));
    }
    const signed = await Promise.all([
      ...lima.map((c) => send('mml.alcalde', c.id, { type: 'SIGN' })),
      ...megantoni.map((c) => send('megantoni.alcalde', c.id, { type: 'SIGN' })),
    ]);
    const numbers = (suffix: string) =>
      signed
        .map((c) => c.number ?? '')
        .filter((n) => n.endsWith(suffix))
        .sort();
    const expected = (count: number, suffix: string) =>
      Array.from(
        { length: count },
        (_, i) => `CONVENIO N° ${String(i + 1).padStart(3, '0')}-2026-${suffix}`,
      );
    expect(numbers('-MML')).toEqual(expected(20, 'MML'));
    expect(numbers('-MDM')).toEqual(expected(5, 'MDM'));
    expect(signed.every((c) => c.state === 'in_force')).toBe(true);
  }, 60_000);

  it('b. an adenda authorised by the Acuerdo is signed without the Concejo and moves the convenio’s end', async () => {
    const parent = await drive(await create(), 'in_force', 'mml', true);
    expect(parent.agreement?.authorisesAddenda).toBe(true);
    const newEndDate = '2029-06-30';
    let after = await send('mml.gdu', parent.id, {
      type: 'ADDENDUM',
      object: 'Ampliar la vigencia y sumar un segundo programa',
      newEndDate,
    });
    expect(after.state).toBe('in_force');
    const started = after.addenda[0];
    expect(started).toMatchObject({ outcome: null, newEndDate });
    // One at a time.
    expectProblem(
      await client.post('mml.gdu', convenioEventsPath(parent.id), {
        type: 'ADDENDUM',
        object: 'Otra adenda del convenio',
      }),
      409,
      'ADDENDUM_IN_PROGRESS',
    );
    let adenda = await read(started?.instanceId ?? '');
    expect(adenda).toMatchObject({
      state: 'draft',
      isAddendum: true,
      parentConvenioId: parent.id,
      object: 'Ampliar la vigencia y sumar un segundo programa',
      requestingUnitId: parent.requestingUnitId,
      hasFinancialObligations: true,
    });
    adenda = await drive(adenda, 'mayor_review');
    adenda = await send('mml.alcalde', adenda.id, { type: 'SIGN' });
    expect(adenda).toMatchObject({
      state: 'incorporated',
      number: `ADENDA N° 1 AL ${parent.number}`,
    });
    // The outbox takes the outcome to the convenio, as the system.
    after = await client.eventually(async () => {
      const c = await read(parent.id);
      return c.addenda[0]?.outcome === 'signed' ? c : undefined;
    }, 'la adenda suscrita llega al convenio');
    expect(after).toMatchObject({
      inForceUntil: newEndDate,
      state: 'in_force',
      version: parent.version + 2,
    });
    expect(after.addenda[0]?.number).toBe(`ADENDA N° 1 AL ${parent.number}`);
    const [concluded] = await t.query<{ actor_id: string | null }>(
      `SELECT actor_id FROM audit_events WHERE instance_id = $1 AND type = 'ADDENDUM_CONCLUDED'`,
      [parent.id],
    );
    expect(concluded).toEqual({ actor_id: null });
    // Its alerts now warn of the new end.
    expect(
      after.deadlines.filter((d) => d.code === 'aviso_vencimiento').map((d) => d.key?.slice(0, 10)),
    ).toEqual([newEndDate, newEndDate, newEndDate]);
    expect(after.deadlines.find((d) => d.code === 'vigencia_convenio')?.dueOn).toBe(newEndDate);
  }, 30_000);

  it('c. without that authorisation the adenda goes to the Concejo; a rejected or withdrawn one frees the convenio for another', async () => {
    const parent = await drive(await create(), 'in_force');
    const propose = async (object: string) =>
      (await send('mml.gdu', parent.id, { type: 'ADDENDUM', object })).addenda.at(-1)?.instanceId ??
      '';
    const concluded = (n: number, outcome: string) =>
      client.eventually(async () => {
        const c = await read(parent.id);
        return c.addenda[n]?.outcome === outcome ? c : undefined;
      }, `la adenda ${n} llega al convenio como ${outcome}`);

    let adenda = await drive(
      await read(await propose('Modificar los coordinadores')),
      'mayor_review',
    );
    expectProblem(
      await client.post('mml.alcalde', convenioEventsPath(adenda.id), { type: 'SIGN' }),
      409,
      'COUNCIL_APPROVAL_REQUIRED',
    );
    adenda = await drive(adenda, 'awaiting_council');
    adenda = await send('mml.secretaria', adenda.id, {
      type: 'COUNCIL_REJECTED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 050-2026-MML',
      reason: 'No alcanzó la mayoría.',
    });
    expect(adenda.state).toBe('rejected');
    await concluded(0, 'rejected');

    const second = await read(await propose('Modificar el cronograma'));
    await send('mml.gdu', second.id, { type: 'WITHDRAW', reason: 'Se acordó de otro modo.' });
    const after = await concluded(1, 'withdrawn');
    // Neither extended it; the parent is free for a third.
    expect(after.inForceUntil).toBe(parent.inForceUntil);
    expect(after.addenda.map((a) => a.outcome)).toEqual(['rejected', 'withdrawn']);
    // A third, approved by its own Acuerdo and signed: numbered as the convenio's first adenda.
    let third = await drive(await read(await propose('Tercera adenda del convenio')), 'approved');
    third = await send('mml.alcalde', third.id, { type: 'SIGN' });
    expect(third).toMatchObject({
      state: 'incorporated',
      number: `ADENDA N° 1 AL ${parent.number}`,
    });
    expect((await concluded(2, 'signed')).addenda[2]?.number).toBe(third.number);
  }, 30_000);

  // Signed on 1 December 2026: they live through the clock moves of the next tests.
  let followed: ConvenioResource;
  let exiting: ConvenioResource;

  it('d. a free exit binds until its notice lapses (D11), then the convenio ends', async () => {
    followed = await drive(
      await create({
        termMonths: undefined,
        endDate: '2027-06-30',
        // Longer than what is left of it when the counterpart leaves (test f).
        exitNoticeDays: 90,
        obligations: [
          {
            party: 'municipalidad',
            description: 'Designar a los participantes de la primera promoción',
            kind: 'unica',
            dueOn: '2027-01-15',
          },
        ],
      }),
      'in_force',
    );
    exiting = await drive(await create(), 'in_force');
    // The counterpart's letter, registered by the unit that follows the convenio.
    exiting = await send('mml.gdu', exiting.id, {
      type: 'FREE_EXIT',
      party: 'contraparte',
      instrument: 'Carta N° 31-2026-UNI/R',
      noticeOn: '2026-12-01',
    });
    expect(exiting).toMatchObject({
      state: 'exit_notice',
      ending: { cause: 'separacion', party: 'contraparte', noticeOn: '2026-12-01' },
    });
    // 30 calendar days (the profile's), from the day after the letter.
    const notice = exiting.deadlines.find((d) => d.code === 'preaviso_separacion');
    expect(notice?.dueOn).toBe('2026-12-31');
    // Still bound meanwhile: the unit reports its obligations.
    expect((await read(exiting.id)).allowedEvents).toContain('REPORT_OBLIGATION');
    await client.setClock('2026-12-31T23:00:00Z');
    expect((await read(exiting.id)).state).toBe('exit_notice');
    await client.setClock('2027-01-01T05:00:01Z');
    expect(await read(exiting.id)).toMatchObject({
      state: 'ended',
      ending: { cause: 'separacion', effectiveOn: '2026-12-31' },
      deadlines: [],
    });
  });

  it('e. an obligation goes overdue at the end of its day and escalates to the Gerente the next business day', async () => {
    const due = followed.dues[0];
    expect(due).toMatchObject({ key: '0-1', dueOn: '2027-01-15', status: 'pending' });
    await client.setClock('2027-01-15T23:00:00Z');
    expect((await read(followed.id)).dues[0]?.status).toBe('pending');
    // Friday 15 January 2027 ends in Lima.
    await client.setClock('2027-01-16T05:00:01Z');
    expect((await read(followed.id)).dues[0]?.status).toBe('overdue');
    let notices = await noticesOf(followed.id, 'obligacion_convenio');
    expect(notices.filter((n) => n.kind === 'overdue').map((n) => n.username)).toEqual(['mml.gdu']);
    expect(notices.filter((n) => n.kind === 'escalation')).toEqual([]);
    // One business day after: the end of Monday 18 January.
    await client.setClock('2027-01-19T05:00:01Z');
    notices = await noticesOf(followed.id, 'obligacion_convenio');
    expect(recipients(notices.filter((n) => n.kind === 'escalation'))).toEqual(['mml.gerente']);
    // Still owed: reported late, it is fulfilled.
    const reported = await send('mml.gdu', followed.id, {
      type: 'REPORT_OBLIGATION',
      key: '0-1',
      evidence: 'Memorando N° 12-2027-MML/GDU',
    });
    expect(reported.dues[0]?.status).toBe('fulfilled');
  });

  it('f. the expiry alerts come on their days (90, 60, 30), to the unit and the Gerente, and the Alcalde at 30; then it expires', async () => {
    // 90 days before 30 June 2027: Thursday 1 April; 60: Saturday 1 May, so Friday 30 April;
    // 30: Monday 31 May.
    const alerts = (await read(followed.id)).deadlines
      .filter((d) => d.code === 'aviso_vencimiento')
      .map((d) => [d.key, d.dueOn]);
    expect(alerts).toEqual([
      ['2027-06-30/90', '2027-04-01'],
      ['2027-06-30/60', '2027-04-30'],
      ['2027-06-30/30', '2027-05-31'],
    ]);
    const given = async () =>
      (await noticesOf(followed.id, 'aviso_vencimiento')).filter((n) => n.kind === 'reminder');
    // 07:00 in Lima on the day: not yet; 08:00, when the office opens: given.
    await client.setClock('2027-04-01T12:00:00Z');
    expect(await given()).toEqual([]);
    await client.setClock('2027-04-01T13:00:01Z');
    let notices = await given();
    expect(recipients(notices)).toEqual(['mml.gdu', 'mml.gerente']);
    expect(notices[0]?.title).toMatch(
      /^Aviso de vencimiento: CONVENIO N° \d{3}-2026-MML vence el 30\/06\/2027$/,
    );
    expect((await read(followed.id)).alerts.map((a) => a.days)).toEqual([90]);

    await client.setClock('2027-04-30T13:00:01Z');
    notices = await given();
    expect(recipients(notices.filter((n) => n.key.endsWith('/60')))).toEqual([
      'mml.gdu',
      'mml.gerente',
    ]);
    // The counterpart leaves with 90 days' notice: the convenio binds, and is alerted, meanwhile.
    const leaving = await send('mml.gdu', followed.id, {
      type: 'FREE_EXIT',
      party: 'contraparte',
      instrument: 'Carta N° 12-2027-UNI/R',
      noticeOn: '2027-04-30',
    });
    expect(leaving.state).toBe('exit_notice');
    // Day 90 is Thursday 29 July, a feriado (Fiestas Patrias, as the 28th): the next business day.
    expect(leaving.deadlines.find((d) => d.code === 'preaviso_separacion')?.dueOn).toBe(
      '2027-07-30',
    );
    await client.setClock('2027-05-31T13:00:01Z');
    notices = await given();
    // No renewal under way: the Alcalde is told too.
    expect(recipients(notices.filter((n) => n.key.endsWith('/30')))).toEqual([
      'mml.alcalde',
      'mml.gdu',
      'mml.gerente',
    ]);
    const c = await read(followed.id);
    expect(c.alerts.map((a) => [a.days, a.recipients])).toEqual([
      [90, ['unidad_solicitante', 'GERENTE_MUNICIPAL']],
      [60, ['unidad_solicitante', 'GERENTE_MUNICIPAL']],
      [30, ['unidad_solicitante', 'GERENTE_MUNICIPAL', 'ALCALDE']],
    ]);
    // An alert is not a missed term: never "Plazo vencido" for it.
    expect(
      (await noticesOf(followed.id, 'aviso_vencimiento')).filter((n) => n.kind !== 'reminder'),
    ).toEqual([]);

    // The end of its last day comes before the notice lapses: it simply expired.
    await client.setClock('2027-06-30T23:00:00Z');
    expect((await read(followed.id)).state).toBe('exit_notice');
    await client.setClock('2027-07-01T05:00:01Z');
    expect(await read(followed.id)).toMatchObject({
      state: 'expired',
      ending: { cause: 'vencimiento', effectiveOn: '2027-06-30' },
      deadlines: [],
    });
  });
});
