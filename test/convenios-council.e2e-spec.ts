import {
  clientSteps,
  CONVENIOS,
  convenioBody,
  convenioPath,
  type ConvenioResource,
  driveConvenio,
} from './support/convenios.js';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const COUNCIL = '/api/v1/council';

interface Member {
  id: string;
  role: string;
}
interface Session {
  id: string;
  agenda: Array<{ id: string; title: string; workflowInstanceId: string | null }>;
}

/**
 * Issue 15: the Concejo's own vote decides the convenio on its agenda (LOM Art. 9 inc. 26, Art.
 * 41). The Acuerdo in force approves it, as the system; a rejected vote rejects it. A convenio goes
 * on the agenda only once the Alcalde referred it, and on one open session at a time.
 */
describe('Convenios decided in session by the Concejo (LOM Art. 9 inc. 26, Art. 41)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let members: Member[] = [];

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
    // Tuesday 1 December 2026, 10:00 in Lima.
    await client.setClock('2026-12-01T15:00:00Z');
    members = (await client.get('megantoni.secretaria', `${COUNCIL}/members`)).body
      .items as Member[];
  });
  afterAll(async () => {
    await t.close();
  });

  const create = async (): Promise<ConvenioResource> => {
    const response = await client.post('megantoni.gdu', CONVENIOS, convenioBody());
    if (response.status !== 201)
      throw new Error(`crear convenio: ${response.status} ${response.text}`);
    const c = response.body as ConvenioResource;
    return driveConvenio(
      c,
      'awaiting_council',
      clientSteps(client, 'megantoni', () => c.id),
    );
  };
  const sg = (path: string, body: object = {}) =>
    client.post('megantoni.secretaria', `${COUNCIL}${path}`, body);
  const read = async (id: string) =>
    (await client.get('megantoni.gdu', convenioPath(id))).body as ConvenioResource;
  const itemsOf = async () =>
    (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM council_agenda_items`))[0]?.n;

  /** Everyone arrives, the item is voted as `choices` says (one per member, in order) and closed. */
  const runVote = async (session: Session, title: string, choices: string[]) => {
    for (const member of members)
      expect(
        (await sg(`/sessions/${session.id}/attendance`, { memberId: member.id, kind: 'llegada' }))
          .status,
      ).toBe(200);
    const item = session.agenda.find((i) => i.title === title);
    expect((await sg(`/sessions/${session.id}/items/${item?.id}/vote`)).status).toBe(200);
    for (const [n, member] of members.entries())
      expect(
        (
          await sg(`/sessions/${session.id}/items/${item?.id}/ballots`, {
            memberId: member.id,
            choice: choices[n],
            ...(choices[n] === 'abstencion' ? { reason: 'Conflicto de intereses' } : {}),
          })
        ).status,
      ).toBe(200);
    const closed = await sg(`/sessions/${session.id}/items/${item?.id}/vote/close`);
    expect(closed.status).toBe(200);
    return closed.body as { outcome: string; acuerdo: { id: string; number: string } | null };
  };

  it('lists the item types of the profile, with their majority, to every reader', async () => {
    const types = await client.get('megantoni.gerente', `${COUNCIL}/item-types`);
    expect(types.status).toBe(200);
    expect(types.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'convenio', majority: 'simple' })]),
    );
    expectProblem(await client.get('megantoni.admin', `${COUNCIL}/item-types`), 403, 'FORBIDDEN');
  });

  it('refuses on the agenda a convenio the Alcalde has not referred, and one of another municipality; nothing written', async () => {
    const draft = (await client.post('megantoni.gdu', CONVENIOS, convenioBody()))
      .body as ConvenioResource;
    const before = await itemsOf();
    expectProblem(
      await sg('/sessions', {
        kind: 'ordinaria',
        date: '2026-12-01',
        agenda: [{ itemType: 'convenio', title: 'Convenio', workflowInstanceId: draft.id }],
      }),
      409,
      'FILE_NOT_AWAITING_COUNCIL',
    );
    const lima = (await client.post('mml.gdu', CONVENIOS, convenioBody())).body as ConvenioResource;
    const foreign = await sg('/sessions', {
      kind: 'ordinaria',
      date: '2026-12-01',
      agenda: [{ itemType: 'convenio', title: 'Convenio', workflowInstanceId: lima.id }],
    });
    expectProblem(foreign, 400, 'VALIDATION_FAILED');
    expect(fields(foreign.body)).toEqual(['agenda.0.workflowInstanceId']);
    expect(await itemsOf()).toBe(before);
    expect((await t.query(`SELECT 1 FROM council_sessions`)).length).toBe(0);
  });

  it('the Acuerdo approves the convenio once in force (acta dispensed), as the system, with its number and «y sus adendas»', async () => {
    const c = await create();
    const convened = await sg('/sessions', {
      kind: 'ordinaria',
      date: '2026-12-01',
      agenda: [
        {
          itemType: 'convenio',
          title: 'Convenio con la UNI',
          workflowInstanceId: c.id,
          authorisesAddenda: true,
        },
      ],
    });
    expect(convened.status).toBe(201);
    const session = convened.body as Session;
    expect(session.agenda[0]).toMatchObject({ workflowInstanceId: c.id, authorisesAddenda: true });
    // The same convenio cannot go on a second open agenda.
    expectProblem(
      await sg(`/sessions/${session.id}/items`, {
        itemType: 'convenio',
        title: 'Otra vez',
        workflowInstanceId: c.id,
      }),
      409,
      'FILE_ALREADY_ON_AGENDA',
    );

    const result = await runVote(session, 'Convenio con la UNI', [
      'a_favor',
      'a_favor',
      'a_favor',
      'a_favor',
      'en_contra',
      'abstencion',
    ]);
    expect(result.outcome).toBe('approved');
    const acuerdo = result.acuerdo as { id: string; number: string };
    expect(acuerdo.number).toMatch(/^ACUERDO DE CONCEJO N° 001-2026/);
    // Adopted, not yet in force: the acta is pending, the Alcalde cannot sign yet.
    expect((await read(c.id)).state).toBe('awaiting_council');
    expectProblem(
      await client.post('megantoni.alcalde', `${convenioPath(c.id)}/events`, { type: 'SIGN' }),
      409,
      'COUNCIL_APPROVAL_REQUIRED',
    );

    expect((await sg(`/sessions/${session.id}/acta/dispense`)).status).toBe(200);
    const approved = await client.eventually(async () => {
      const now = await read(c.id);
      return now.state === 'approved' ? now : undefined;
    }, 'el convenio aprobado por el Acuerdo');
    expect(approved['agreement']).toMatchObject({
      approved: true,
      number: acuerdo.number,
      agreementId: acuerdo.id,
      authorisesAddenda: true,
    });
    const [event] = await t.query<{ actor_id: string | null }>(
      `SELECT actor_id FROM audit_events WHERE instance_id = $1 AND type = 'COUNCIL_APPROVED'`,
      [c.id],
    );
    expect(event?.actor_id).toBeNull();
    const signed = await client.post('megantoni.alcalde', `${convenioPath(c.id)}/events`, {
      type: 'SIGN',
    });
    expect(signed.status).toBe(200);
    expect(signed.body.state).toBe('in_force');
  });

  it('a vote that misses the majority rejects the convenio, as the system, with the tally', async () => {
    await client.setClock('2026-12-02T15:00:00Z');
    const c = await create();
    const convened = await sg('/sessions', {
      kind: 'ordinaria',
      date: '2026-12-02',
      agenda: [{ itemType: 'convenio', title: 'Convenio rechazado', workflowInstanceId: c.id }],
    });
    expect(convened.status).toBe(201);
    const result = await runVote(convened.body as Session, 'Convenio rechazado', [
      'en_contra',
      'en_contra',
      'en_contra',
      'en_contra',
      'a_favor',
      'a_favor',
    ]);
    expect(result).toMatchObject({ outcome: 'rejected', acuerdo: null });
    const rejected = await client.eventually(async () => {
      const now = await read(c.id);
      return now.state === 'rejected' ? now : undefined;
    }, 'el convenio desaprobado');
    expect(rejected['agreement']).toMatchObject({
      approved: false,
      reason: expect.stringContaining('2 a favor, 4 en contra'),
    });
  });
});
