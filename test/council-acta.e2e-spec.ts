import { pdfText } from '#documents/testing';
import { expectProblem } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const BASE = '/api/v1/council';
// Monday 2 March 2026, 10:00 in Lima (Megantoni keeps Lima's time zone).
const NOW = '2026-03-02T15:00:00Z';
const LATER = '2026-03-02T15:40:00Z';
const TODAY = '2026-03-02';

interface Member {
  id: string;
  name: string;
  role: string;
}
interface Session {
  id: string;
  agenda: { id: string; title: string }[];
}

/** The acta's text on one line: the table cells and wrapped lines joined by single spaces. */
const textOf = (body: Buffer) => pdfText(body).replace(/\s+/g, ' ');

describe('The acta of a Concejo session as a PDF (LOM Art. 16, 17): attendance, quorum and each member’s vote', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let members: Member[] = [];
  let session: Session;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    admin = await t.login('mml.admin');
    for (const user of ['mml.admin', 'mml.secretaria', 'megantoni.secretaria', 'megantoni.gerente'])
      tokens[user] = await t.login(user);
    await setClock(NOW);
  });
  afterAll(async () => {
    await t.close();
  });

  const setClock = async (now: string) =>
    expect(
      (
        await t.http
          .post('/api/v1/admin/clock')
          .set({ authorization: `Bearer ${admin}` })
          .send({ now })
      ).status,
    ).toBe(200);
  const auth = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const sg = (path: string, body: object = {}) =>
    t.http.post(`${BASE}${path}`).set(auth('megantoni.secretaria')).send(body);
  const actaUrl = () => `${BASE}/sessions/${session.id}/acta.pdf`;
  const refused = (user: string) => t.http.get(actaUrl()).set(auth(user));
  const acta = (user: string) =>
    t.http
      .get(actaUrl())
      .set(auth(user))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const regidor = (n: number) => members.filter((m) => m.role === 'regidor')[n - 1] as Member;
  const alcalde = () => members.find((m) => m.role === 'alcalde') as Member;
  const attend = (member: Member, kind: 'llegada' | 'retiro') =>
    sg(`/sessions/${session.id}/attendance`, { memberId: member.id, kind });
  const vote = (itemId: string, member: Member, choice: string, reason?: string) =>
    sg(`/sessions/${session.id}/items/${itemId}/ballots`, {
      memberId: member.id,
      choice,
      ...(reason ? { reason } : {}),
    });

  it('before the first arrival there is no acta: 409 SESSION_NOT_IN_PROGRESS, in Spanish', async () => {
    const list = await t.http.get(`${BASE}/members`).set(auth('megantoni.gerente'));
    members = list.body.items as Member[];
    expect(members).toHaveLength(6);
    expect(
      (
        await sg(`/members/${regidor(5).id}/absences`, {
          kind: 'licencia',
          from: TODAY,
          to: TODAY,
          instrument: 'Acuerdo de Concejo N° 004-2026-MDM',
        })
      ).status,
    ).toBe(201);
    const created = await sg('/sessions', {
      kind: 'ordinaria',
      date: TODAY,
      agenda: [
        { itemType: 'convenio', title: 'Convenio con el Gobierno Regional del Cusco' },
        { itemType: 'ordenanza', title: 'Ordenanza de ornato del centro poblado' },
      ],
    });
    expect(created.status).toBe(201);
    session = created.body as Session;
    const early = await refused('megantoni.gerente');
    expectProblem(early, 409, 'SESSION_NOT_IN_PROGRESS');
    expect(early.body.detail).toContain('La sesión aún no empieza');
  });

  it('ADMIN is 403; another municipality’s session is 404', async () => {
    expect((await attend(alcalde(), 'llegada')).status).toBe(200);
    expectProblem(await refused('mml.admin'), 403, 'FORBIDDEN');
    expectProblem(await refused('mml.secretaria'), 404, 'NOT_FOUND');
  });

  it('while pending it is a BORRADOR with the attendance, the quorum, each member’s vote and the Acuerdo', async () => {
    for (const n of [1, 2, 3]) expect((await attend(regidor(n), 'llegada')).status).toBe(200);
    const [convenio] = session.agenda;
    expect((await sg(`/sessions/${session.id}/items/${convenio?.id}/vote`)).status).toBe(200);
    expect((await vote(convenio?.id ?? '', alcalde(), 'a_favor')).status).toBe(200);
    expect((await vote(convenio?.id ?? '', regidor(1), 'a_favor')).status).toBe(200);
    expect((await vote(convenio?.id ?? '', regidor(2), 'en_contra')).status).toBe(200);
    expect(
      (await vote(convenio?.id ?? '', regidor(3), 'abstencion', 'Es pariente del contratista'))
        .status,
    ).toBe(200);
    const closed = await sg(`/sessions/${session.id}/items/${convenio?.id}/vote/close`);
    expect(closed.body).toMatchObject({ outcome: 'approved', aFavor: 2, enContra: 1 });
    const number = closed.body.acuerdo.number as string;
    expect(number).toBe('ACUERDO DE CONCEJO N° 001-2026-MDM');
    await setClock(LATER);
    expect((await attend(regidor(2), 'retiro')).status).toBe(200);

    const response = await acta('megantoni.gerente');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = textOf(response.body as Buffer);
    for (const expected of [
      'MUNICIPALIDAD DISTRITAL DE MEGANTONI',
      'ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO MUNICIPAL',
      'Camisea, 2 de marzo de 2026',
      'BORRADOR',
      'Número legal: 6',
      'Número hábil: 5',
      'Quórum requerido: 3',
      'Con licencia (Acuerdo de Concejo N° 004-2026-MDM)',
      'Ausente',
      'se retiró a las 10:40',
      '1. Convenio con el Gobierno Regional del Cusco',
      'Resultado: APROBADO',
      '2 a favor, 1 en contra, 1 abstención',
      `Acuerdo: ${number}`,
      '2. Ordenanza de ornato del centro poblado',
      'Resultado: no se votó',
      'Es pariente del contratista',
    ])
      expect(text).toContain(expected);
    // Each member's vote, by name.
    for (const [member, choice] of [
      [alcalde(), 'A favor'],
      [regidor(1), 'A favor'],
      [regidor(2), 'En contra'],
      [regidor(3), 'Abstención'],
    ] as const)
      expect(text).toContain(`${member.name} ${choice}`);
    // Every member of the Concejo in the attendance.
    for (const member of members) expect(text).toContain(member.name);
  });

  it('once the Concejo dispenses its reading it is no longer a BORRADOR', async () => {
    expect((await sg(`/sessions/${session.id}/acta/dispense`)).status).toBe(200);
    const response = await acta('megantoni.secretaria');
    expect(response.status).toBe(200);
    const text = textOf(response.body as Buffer);
    expect(text).not.toContain('BORRADOR');
    expect(text).toContain('dispensó su lectura y aprobación en la misma sesión, a las 10:40');
    expect(text).toContain('ACUERDO DE CONCEJO N° 001-2026-MDM');
    // Same stored data, same bytes.
    expect((await acta('megantoni.gerente')).body).toEqual(response.body);
  });
});
