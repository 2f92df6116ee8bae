import {
  clientSteps,
  CONVENIOS,
  convenioBody,
  convenioEventsPath,
  convenioPath,
  type ConvenioResource,
  driveConvenio,
} from './support/convenios.js';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const COUNCIL = '/api/v1/council';
const EXPIRING = `${CONVENIOS}/expiring`;
const PENDING = `${COUNCIL}/acuerdos/pending-execution`;

interface ExpiringPage {
  items: Array<{
    id: string;
    number: string | null;
    counterpart: string;
    requestingUnitId: string;
    requestingUnit: string;
    inForceUntil: string;
    daysLeft: number;
    renewalUnderWay: boolean;
  }>;
  total: number;
  today: string;
  until: string;
  withinDays: number;
}
interface PendingPage {
  items: Array<{
    id: string;
    number: string;
    sessionId: string;
    sessionDate: string;
    title: string;
    stage: string;
    since: string;
    file: { kind: string; id: string; state: string } | null;
  }>;
  total: number;
}
interface Session {
  id: string;
  agenda: Array<{ id: string; title: string }>;
}

/**
 * Issue 15: the board's «convenios por vencer» (owned by the Convenios kind) and «acuerdos
 * pendientes de ejecución» (owned by the Concejo), over HTTP, with the manual clock.
 */
describe('The board: convenios por vencer and acuerdos pendientes de ejecución (issue 15)', () => {
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

  const read = async <T>(username: string, path: string): Promise<T> => {
    const response = await client.get(username, path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${response.text}`);
    return response.body as T;
  };
  const create = async (overrides: Record<string, unknown> = {}): Promise<ConvenioResource> => {
    const response = await client.post(
      'megantoni.gdu',
      CONVENIOS,
      convenioBody({ termMonths: undefined, ...overrides }),
    );
    if (response.status !== 201)
      throw new Error(`crear convenio: ${response.status} ${response.text}`);
    return response.body as ConvenioResource;
  };
  const drive = (c: ConvenioResource, target: 'awaiting_council' | 'in_force') =>
    driveConvenio(
      c,
      target,
      clientSteps(client, 'megantoni', () => c.id),
    );
  const sg = (path: string, body: object = {}) =>
    client.post('megantoni.secretaria', `${COUNCIL}${path}`, body);

  let soon: ConvenioResource;
  let later: ConvenioResource;

  it('lists the convenios in force that end within 90 days, the soonest first, with the days left and the renewal under way', async () => {
    // Signed today, in force from today: to 15 February 2027 (76 days) and to 30 June 2027 (211).
    later = await drive(await create({ endDate: '2027-06-30' }), 'in_force');
    soon = await drive(
      await create({
        endDate: '2027-02-15',
        counterpart: { name: 'Gobierno Regional del Cusco', ruc: '20169004359' },
      }),
      'in_force',
    );
    const sooner = await drive(await create({ endDate: '2027-01-31' }), 'in_force');
    // An adenda that extends the term is a renewal under way.
    const renewed = await client.post('megantoni.gdu', convenioEventsPath(soon.id), {
      type: 'ADDENDUM',
      object: 'Ampliar la vigencia del convenio un año más',
      newEndDate: '2028-02-15',
    });
    expect(renewed.status).toBe(200);

    const page = await read<ExpiringPage>('megantoni.alcalde', EXPIRING);
    expect(page).toMatchObject({
      today: '2026-12-01',
      until: '2027-03-01',
      withinDays: 90,
      total: 2,
    });
    expect(page.items.map((c) => [c.id, c.inForceUntil, c.daysLeft, c.renewalUnderWay])).toEqual([
      [sooner.id, '2027-01-31', 61, false],
      [soon.id, '2027-02-15', 76, true],
    ]);
    const [, item] = page.items;
    expect(item).toMatchObject({
      number: soon.number,
      counterpart: 'Gobierno Regional del Cusco',
      requestingUnitId: soon.requestingUnitId,
      requestingUnit: expect.stringMatching(/Gerencia/),
    });
    expect(page.items.some((c) => c.id === later.id)).toBe(false);

    // A wider window reaches the later one; a page of one keeps the total.
    const year = await read<ExpiringPage>('megantoni.gerente', `${EXPIRING}?withinDays=366`);
    expect(year.items.map((c) => c.id)).toEqual([sooner.id, soon.id, later.id]);
    const first = await read<ExpiringPage>('megantoni.gerente', `${EXPIRING}?pageSize=1&page=2`);
    expect(first).toMatchObject({ total: 2, items: [{ id: soon.id }] });
  });

  it('counts the days left from the municipality’s today as the clock moves', async () => {
    // Friday 11 December 2026, 09:00 in Lima.
    await client.setClock('2026-12-11T14:00:00Z');
    const page = await read<ExpiringPage>('megantoni.alcalde', EXPIRING);
    expect(page.today).toBe('2026-12-11');
    expect(page.items.map((c) => [c.inForceUntil, c.daysLeft])).toEqual([
      ['2027-01-31', 51],
      ['2027-02-15', 66],
    ]);
  });

  it('refuses a bad window (400 with the field), anyone but the board’s readers (403), and shows nothing of another municipality', async () => {
    const bad = await client.get('megantoni.alcalde', `${EXPIRING}?withinDays=0`);
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(fields(bad.body)).toEqual(['withinDays']);
    for (const username of ['megantoni.admin', 'megantoni.gdu', 'megantoni.secretaria'])
      expectProblem(await client.get(username, EXPIRING), 403, 'FORBIDDEN');
    const lima = await read<ExpiringPage>('mml.alcalde', `${EXPIRING}?withinDays=366`);
    expect(lima).toMatchObject({ total: 0, items: [] });
  });

  it('an Acuerdo adopted with the acta pending is «por entrar en vigor»; in force, its convenio waits for the signature; signed, it is gone; an unlinked one in force does not count', async () => {
    const c = await drive(await create({ endDate: '2027-12-31' }), 'awaiting_council');
    // A convenio the Secretaría registered by hand has no Acuerdo of the session desk: not listed.
    const manual = await drive(await create({ endDate: '2027-12-31' }), 'awaiting_council');
    await driveConvenio(
      manual,
      'approved',
      clientSteps(client, 'megantoni', () => manual.id),
    );
    const convened = await sg('/sessions', {
      kind: 'ordinaria',
      date: '2026-12-11',
      agenda: [
        { itemType: 'convenio', title: 'Convenio con la UNI', workflowInstanceId: c.id },
        { itemType: 'ordenanza', title: 'Ordenanza de ornato' },
      ],
    });
    expect(convened.status).toBe(201);
    const session = convened.body as Session;
    const members = (
      await read<{ items: Array<{ id: string }> }>('megantoni.secretaria', `${COUNCIL}/members`)
    ).items;
    for (const member of members)
      expect(
        (await sg(`/sessions/${session.id}/attendance`, { memberId: member.id, kind: 'llegada' }))
          .status,
      ).toBe(200);
    const numbers: string[] = [];
    for (const item of session.agenda) {
      expect((await sg(`/sessions/${session.id}/items/${item.id}/vote`)).status).toBe(200);
      for (const member of members)
        expect(
          (
            await sg(`/sessions/${session.id}/items/${item.id}/ballots`, {
              memberId: member.id,
              choice: 'a_favor',
            })
          ).status,
        ).toBe(200);
      const closed = await sg(`/sessions/${session.id}/items/${item.id}/vote/close`);
      expect(closed.body).toMatchObject({ outcome: 'approved' });
      numbers.push((closed.body as { acuerdo: { number: string } }).acuerdo.number);
    }

    // Adopted, acta pending: both, not yet in force, since their adoption.
    const adopted = await read<PendingPage>('megantoni.alcalde', PENDING);
    expect(adopted.total).toBe(2);
    expect(adopted.items).toEqual([
      expect.objectContaining({
        number: numbers[0],
        title: 'Convenio con la UNI',
        sessionId: session.id,
        sessionDate: '2026-12-11',
        stage: 'not_in_force',
        file: { kind: 'convenios', id: c.id, state: 'awaiting_council' },
      }),
      expect.objectContaining({
        number: numbers[1],
        title: 'Ordenanza de ornato',
        stage: 'not_in_force',
        file: null,
      }),
    ]);

    // The Concejo dispenses the acta: the Acuerdos are in force, the convenio approved (after
    // the outbox); it waits for the Alcalde's signature. The ordenanza is executed otherwise.
    expect((await sg(`/sessions/${session.id}/acta/dispense`)).status).toBe(200);
    const inForce = await client.eventually(async () => {
      const page = await read<PendingPage>('megantoni.gerente', PENDING);
      return page.items[0]?.file?.state === 'approved' ? page : undefined;
    }, 'el convenio aprobado, pendiente de firma');
    expect(inForce.total).toBe(1);
    expect(inForce.items).toEqual([
      expect.objectContaining({
        number: numbers[0],
        stage: 'awaiting_execution',
        file: { kind: 'convenios', id: c.id, state: 'approved' },
      }),
    ]);
    // Any reader of the Concejo sees it; the administrator does not; Lima sees none of it.
    expect((await read<PendingPage>('megantoni.gdu', PENDING)).total).toBe(1);
    expectProblem(await client.get('megantoni.admin', PENDING), 403, 'FORBIDDEN');
    expect(await read<PendingPage>('mml.alcalde', PENDING)).toMatchObject({ total: 0, items: [] });

    const signed = await client.post('megantoni.alcalde', `${convenioPath(c.id)}/events`, {
      type: 'SIGN',
    });
    expect(signed.status).toBe(200);
    expect(await read<PendingPage>('megantoni.alcalde', PENDING)).toMatchObject({
      total: 0,
      items: [],
    });
  });
});
