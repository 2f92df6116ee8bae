import { rmSync } from 'node:fs';
import { convenioEndDate } from '#convenios';
import {
  clientSteps,
  CONVENIOS,
  convenioBody,
  convenioEventsPath,
  convenioPath,
  type ConvenioResource,
  driveConvenio,
  favourableOpinion,
  noMoney,
  profilesExemptingConvenios,
} from './support/convenios.js';
import { expectProblem, fields } from './support/problems.js';
import { unitOf } from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/**
 * Issue 15, convenios over HTTP (D11, D17): every transition of the machine a person sends, the
 * refusals (each writes nothing), the Concejo path and the direct signature where the profile
 * exempts a convenio without financial obligations. Megantoni exempts them in this suite's
 * profiles; Lima does not (its shipped profile).
 */
describe('Convenios over HTTP: the path, the Concejo, the refusals (D11, D17)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let profilesDir = '';

  beforeAll(async () => {
    profilesDir = profilesExemptingConvenios(['megantoni']);
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
  const drive = (c: ConvenioResource, target: Parameters<typeof driveConvenio>[1], town = 'mml') =>
    driveConvenio(
      c,
      target,
      clientSteps(client, town, () => c.id),
    );
  const auditCount = async (id: string) =>
    (
      await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE instance_id = $1`,
        [id],
      )
    )[0]?.n ?? 0;
  const instances = async () =>
    (
      await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM workflow_instances WHERE kind = 'convenios'`,
      )
    )[0]?.n ?? 0;
  /** A refused event: its problem, and nothing written (same version, no audit row). */
  const refused = async (
    username: string,
    c: ConvenioResource,
    event: Record<string, unknown>,
    status: number,
    code: string,
  ) => {
    const audits = await auditCount(c.id);
    const response = await client.post(username, convenioEventsPath(c.id), event);
    expectProblem(response, status, code);
    const after = (await client.get('mml.gdu', convenioPath(c.id))).body as ConvenioResource;
    expect(after.version).toBe(c.version);
    expect(after.state).toBe(c.state);
    expect(await auditCount(c.id)).toBe(audits);
    return response.body as Record<string, unknown>;
  };

  it('a. goes the Concejo path with every return on the way, and the signature gives it CONVENIO N° 001-2026-MML', async () => {
    const gdu = await unitOf(client, 'mml.gdu');
    let c = await create();
    expect(c).toMatchObject({
      state: 'draft',
      version: 1,
      requestingUnitId: gdu,
      hasFinancialObligations: true,
      amountCents: 15_000_050,
      amount: 'S/ 150,000.50',
      isAddendum: false,
      number: null,
      allowedEvents: expect.arrayContaining(['EDIT', 'SUBMIT', 'WITHDRAW']),
    });
    expect(c.legalChecklist[0]?.code).toBe('libre_adhesion_separacion');
    c = await send('mml.gdu', c.id, { type: 'EDIT', object: 'Capacitación en gestión de riesgos' });
    expect(c).toMatchObject({ state: 'draft', object: 'Capacitación en gestión de riesgos' });

    // OPP observes it; the unit corrects it within a term and submits it again.
    c = await send('mml.gdu', c.id, { type: 'SUBMIT' });
    expect(c.state).toBe('budget_certification');
    expect(c.deadlines.map((d) => d.code)).toEqual(['certificacion_presupuestal']);
    c = await send('mml.presupuesto', c.id, { type: 'RETURN', reason: 'Falta la meta.' });
    expect(c.state).toBe('draft');
    expect(c.deadlines.map((d) => d.code)).toEqual(['subsanacion']);
    c = await send('mml.gdu', c.id, { type: 'SUBMIT' });
    c = await send('mml.presupuesto', c.id, {
      type: 'CERTIFY_BUDGET',
      certificateRef: 'Certificación de Crédito Presupuestario N° 1234',
    });
    expect(c.state).toBe('legal_review');

    // An unfavourable opinion returns it; a favourable one with the whole checklist goes on.
    c = await send('mml.juridica', c.id, {
      type: 'LEGAL_OPINION',
      favorable: false,
      reportRef: 'Informe N° 450-2026-MML/GAJ',
      checklist: [{ code: 'libre_adhesion_separacion', met: false }],
      reasons: 'Falta la cláusula de libre adhesión y separación.',
    });
    expect(c.state).toBe('draft');
    c = await send('mml.gdu', c.id, { type: 'SUBMIT' });
    c = await send('mml.presupuesto', c.id, {
      type: 'CERTIFY_BUDGET',
      certificateRef: 'Certificación de Crédito Presupuestario N° 1235',
    });
    c = await send('mml.juridica', c.id, favourableOpinion(c));
    expect(c.state).toBe('management_conformity');

    // The Gerente returns it, then elevates it; the Alcalde returns it, then takes it to the Concejo.
    c = await send('mml.gerente', c.id, { type: 'RETURN', reason: 'Precisar los coordinadores.' });
    expect(c.state).toBe('draft');
    c = await drive(c, 'mayor_review');
    c = await send('mml.alcalde', c.id, { type: 'RETURN', reason: 'Ver con la Gerencia.' });
    expect(c.state).toBe('draft');
    expect(c['returns']).toHaveLength(4);
    c = await drive(c, 'mayor_review');
    // Money involved: no signature without an Acuerdo de Concejo (LOM Art. 9 inc. 26).
    await refused('mml.alcalde', c, { type: 'SIGN' }, 409, 'COUNCIL_APPROVAL_REQUIRED');
    c = await send('mml.alcalde', c.id, { type: 'SEND_TO_COUNCIL', memoRef: 'Memo 45' });
    expect(c.state).toBe('awaiting_council');
    c = await send('mml.secretaria', c.id, {
      type: 'COUNCIL_APPROVED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 045-2026-MML',
      authorisesAddenda: true,
    });
    expect(c).toMatchObject({
      state: 'approved',
      agreement: { approved: true, authorisesAddenda: true },
    });
    c = await send('mml.alcalde', c.id, { type: 'SIGN' });
    expect(c).toMatchObject({
      state: 'in_force',
      number: 'CONVENIO N° 001-2026-MML',
      year: 2026,
      inForceFrom: '2026-12-01',
      inForceUntil: convenioEndDate('2026-12-01', { endDate: null, termMonths: 24 }),
    });
    // The register of convenios is kept by the Secretaría General (the profile's issuing unit).
    const [entry] = await t.query<{ series: string; code: string; number: string }>(
      `SELECT r.series, u.code, r.number FROM register_entries r JOIN units u ON u.id = r.issuing_unit_id
        WHERE r.instance_id = $1`,
      [c.id],
    );
    expect(entry).toEqual({ series: 'convenio', code: 'SGC', number: 'CONVENIO N° 001-2026-MML' });
    // In force: its term, its three alerts and the due dates of its obligation are kernel obligations.
    const codes = c.deadlines.map((d) => d.code);
    expect(codes.filter((code) => code === 'vigencia_convenio')).toHaveLength(1);
    expect(codes.filter((code) => code === 'aviso_vencimiento')).toHaveLength(3);
    expect(codes.filter((code) => code === 'obligacion_convenio')).toHaveLength(c.dues.length);
    expect(c.dues.length).toBe(4);
    // The alerts ask nobody to act: no "Pendiente" for them in anyone's inbox.
    const [requests] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications n JOIN deadlines d ON d.id = n.deadline_id
        WHERE d.instance_id = $1 AND d.code = 'aviso_vencimiento'`,
      [c.id],
    );
    expect(requests?.n).toBe(0);

    // The unit reports an obligation; the Alcalde ends it by mutual agreement.
    c = await send('mml.gdu', c.id, {
      type: 'REPORT_OBLIGATION',
      key: c.dues[0]?.key,
      evidence: 'Informe N° 1-2027-UNI',
    });
    expect(c.dues[0]?.status).toBe('fulfilled');
    c = await send('mml.alcalde', c.id, {
      type: 'MUTUAL_TERMINATION',
      reason: 'Objeto cumplido',
      instrument: 'Adenda de resolución por mutuo acuerdo',
    });
    expect(c).toMatchObject({ state: 'ended', ending: { cause: 'mutuo_acuerdo' } });
    expect(c.deadlines).toEqual([]);
  });

  it('b. ends by the Concejo’s rejection, by withdrawal, and by termination for breach', async () => {
    let rejected = await drive(await create(), 'awaiting_council');
    rejected = await send('mml.secretaria', rejected.id, {
      type: 'COUNCIL_REJECTED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 046-2026-MML',
      reason: 'No alcanzó la mayoría.',
    });
    expect(rejected).toMatchObject({ state: 'rejected', agreement: { approved: false } });

    // Withdrawn by the unit at any step before the Gerente elevates it.
    for (const step of ['budget_certification', 'legal_review', 'management_conformity'] as const) {
      let withdrawn = await drive(await create(), step);
      withdrawn = await send('mml.gdu', withdrawn.id, { type: 'WITHDRAW', reason: 'Desistió.' });
      expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawal: { reason: 'Desistió.' } });
    }
    const elevated = await drive(await create(), 'mayor_review');
    await refused('mml.gdu', elevated, { type: 'WITHDRAW' }, 409, 'TRANSITION_NOT_ALLOWED');

    // The counterpart leaves: the convenio binds during the notice, and may still end by agreement.
    let leaving = await drive(await create(), 'in_force');
    leaving = await send('mml.gdu', leaving.id, {
      type: 'FREE_EXIT',
      party: 'contraparte',
      instrument: 'Carta N° 31-2026-UNI/R',
      noticeOn: '2026-12-01',
    });
    expect(leaving.state).toBe('exit_notice');
    leaving = await send('mml.gdu', leaving.id, {
      type: 'REPORT_OBLIGATION',
      key: leaving.dues[0]?.key,
      evidence: 'Informe final de la UNI',
    });
    expect(leaving.dues[0]?.status).toBe('fulfilled');
    leaving = await send('mml.alcalde', leaving.id, {
      type: 'MUTUAL_TERMINATION',
      reason: 'Se acordó terminarlo antes del preaviso.',
      instrument: 'Adenda de resolución por mutuo acuerdo',
    });
    expect(leaving).toMatchObject({ state: 'ended', ending: { cause: 'mutuo_acuerdo' } });

    let breached = await drive(await create(), 'in_force');
    expect(breached.number).toBe('CONVENIO N° 003-2026-MML');
    breached = await send('mml.alcalde', breached.id, {
      type: 'TERMINATION_FOR_BREACH',
      party: 'contraparte',
      reason: 'No presentó los informes',
      instrument: 'Carta Notarial N° 15-2026',
    });
    expect(breached).toMatchObject({
      state: 'ended',
      ending: { cause: 'incumplimiento', party: 'contraparte' },
    });
  });

  it('c. refuses a bad body with its field (400) and creates nothing', async () => {
    const before = await instances();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ counterpart: { name: 'UNI', ruc: '20169004358' } }, ['counterpart.ruc']],
      [{ startDate: '2027-03-01', endDate: '2027-02-28', termMonths: undefined }, ['endDate']],
      [{ amount: '-150.00' }, ['amount']],
      [{ amount: '150.555' }, ['amount']],
      [{ amount: '150,000.00' }, ['amount']],
      [{ amount: undefined }, ['amount']],
    ];
    for (const [overrides, expected] of cases) {
      const response = await client.post('mml.gdu', CONVENIOS, convenioBody(overrides));
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body as Record<string, unknown>)).toEqual(expected);
    }
    expect(await instances()).toBe(before);
  });

  it('d. refuses who may not act (403) and the informe without the clause (409), writing nothing', async () => {
    const before = await instances();
    // Only line gerencias and offices propose; the administrator never acts.
    for (const [username, code] of [
      ['mml.juridica', 'PROPOSING_UNIT_NOT_ALLOWED'],
      ['mml.gerente', 'PROPOSING_UNIT_NOT_ALLOWED'],
      ['mml.alcalde', 'PROPOSING_UNIT_NOT_ALLOWED'],
      ['mml.admin', 'ADMIN_DOES_NOT_ACT'],
    ] as const)
      expectProblem(await client.post(username, CONVENIOS, convenioBody()), 403, code);
    expect(await instances()).toBe(before);

    const draft = await create();
    await refused('mml.gsc', draft, { type: 'SUBMIT' }, 403, 'FORBIDDEN');
    await refused('mml.admin', draft, { type: 'SUBMIT' }, 403, 'ADMIN_DOES_NOT_ACT');
    const certifying = await send('mml.gdu', draft.id, { type: 'SUBMIT' });
    // Whoever submitted it does not certify it, even as a member of another unit.
    await refused(
      'mml.gdu',
      certifying,
      { type: 'CERTIFY_BUDGET', certificateRef: 'CCP 1' },
      403,
      'OWN_SUBMISSION',
    );
    await refused(
      'mml.gsc',
      certifying,
      { type: 'CERTIFY_BUDGET', certificateRef: 'CCP 1' },
      403,
      'FORBIDDEN',
    );
    const review = await drive(certifying, 'legal_review');
    const withoutClause = {
      ...favourableOpinion(review),
      checklist: review.legalChecklist.map((i) => ({
        code: i.code,
        met: i.code !== 'libre_adhesion_separacion',
      })),
    };
    await refused('mml.juridica', review, withoutClause, 409, 'FREE_ADHESION_CLAUSE_MISSING');
    const incomplete = {
      ...favourableOpinion(review),
      checklist: review.legalChecklist.map((i) => ({
        code: i.code,
        met: i.code !== 'competencia',
      })),
    };
    await refused('mml.juridica', review, incomplete, 409, 'LEGAL_CHECKLIST_INCOMPLETE');
    await refused('mml.gerente', review, favourableOpinion(review), 403, 'FORBIDDEN');
    await refused(
      'mml.juridica',
      review,
      { ...favourableOpinion(review), checklist: [{ code: 'inventado', met: true }] },
      400,
      'VALIDATION_FAILED',
    );
    // The Acuerdo is registered by Secretaría General, not by the Alcalde.
    const council = await drive(review, 'awaiting_council');
    await refused(
      'mml.alcalde',
      council,
      { type: 'COUNCIL_APPROVED', agreementNumber: 'AC 1', authorisesAddenda: false },
      403,
      'FORBIDDEN',
    );
    // Nobody sends what only the system sends.
    const signed = await drive(council, 'in_force');
    await refused('mml.gdu', signed, { type: 'EXPIRE' }, 400, 'VALIDATION_FAILED');
    // Another municipality's convenio does not exist for Megantoni's users.
    expectProblem(await client.get('megantoni.gdu', convenioPath(signed.id)), 404, 'NOT_FOUND');
    expectProblem(
      await client.post('megantoni.alcalde', convenioEventsPath(signed.id), {
        type: 'MUTUAL_TERMINATION',
        reason: 'x',
        instrument: 'y',
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('e. signs directly where the profile exempts a convenio without financial obligations; the municipalities number apart', async () => {
    // Megantoni exempts them (this suite's profile): no Acuerdo, the Alcalde signs it.
    let exempt = await create(noMoney, 'megantoni.gdu');
    exempt = await drive(exempt, 'legal_review', 'megantoni');
    expect(exempt.state).toBe('legal_review');
    exempt = await drive(exempt, 'management_conformity', 'megantoni');
    exempt = await drive(exempt, 'mayor_review', 'megantoni');
    const seen = (await client.get('megantoni.alcalde', convenioPath(exempt.id)))
      .body as ConvenioResource;
    expect(seen.allowedEvents).toEqual(expect.arrayContaining(['SEND_TO_COUNCIL', 'SIGN']));
    exempt = await send('megantoni.alcalde', exempt.id, { type: 'SIGN' });
    expect(exempt).toMatchObject({
      state: 'in_force',
      agreement: null,
      number: 'CONVENIO N° 001-2026-MDM',
    });
    // With money, Megantoni's too goes to the Concejo.
    const withMoney = await drive(await create({}, 'megantoni.gdu'), 'mayor_review', 'megantoni');
    const response = await client.post('megantoni.alcalde', convenioEventsPath(withMoney.id), {
      type: 'SIGN',
    });
    expectProblem(response, 409, 'COUNCIL_APPROVAL_REQUIRED');
    // Lima does not exempt them: its Alcalde may not sign one without an Acuerdo.
    const lima = await drive(await create(noMoney), 'mayor_review');
    const offered = (await client.get('mml.alcalde', convenioPath(lima.id)))
      .body as ConvenioResource;
    expect(offered.allowedEvents).toEqual(['SEND_TO_COUNCIL', 'RETURN']);
    await refused('mml.alcalde', lima, { type: 'SIGN' }, 409, 'COUNCIL_APPROVAL_REQUIRED');
  });
});
