import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { AuditChain } from '#audit';
import { DelegationsService, DelegationSubject, type DelegationView } from '#org';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const GM = DelegationSubject.RESOLUCIONES_GERENCIA_MUNICIPAL;
const BASE = '/api/v1/admin/delegations';
const UNKNOWN = '6f1c2a7e-4b7d-4c1e-9a55-0d6b1f1e2a3b';

describe('Delegations and acting officials (D10), with their legal instrument', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  /** Users by username, municipalities by code. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['mml.admin', 'mml.gerente', 'megantoni.admin'])
      tokens[user] = await t.login(user);
    const rows = await t.query<{ username: string; id: string; municipality_id: string }>(
      `SELECT username, id, municipality_id FROM users
        WHERE username IN ('mml.admin', 'mml.gerente', 'mml.secretaria', 'mml.juridica',
                           'mml.presupuesto', 'megantoni.admin', 'megantoni.gerente')`,
    );
    for (const row of rows) {
      ids[row.username] = row.id;
      ids[row.username.split('.')[0] ?? ''] = row.municipality_id;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const auth = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
  const create = (user: string, body: object) => t.http.post(BASE).set(auth(user)).send(body);
  const list = (user: string, query = '') => t.http.get(`${BASE}?${query}`).set(auth(user));
  const get = (user: string, id: string) => t.http.get(`${BASE}/${id}`).set(auth(user));
  const revoke = (
    user: string,
    id: string,
    body: object = { reason: 'Revocada por RA 020-2026' },
  ) => t.http.post(`${BASE}/${id}/revoke`).set(auth(user)).send(body);
  const itemIds = (body: Record<string, unknown>) =>
    (body['items'] as DelegationView[]).map((d) => d.id);

  const competencia = () => ({
    kind: 'delegacion_competencia' as const,
    delegatorRole: 'ALCALDE',
    delegatorPost: 'Alcalde Metropolitano',
    delegateUserId: ids['mml.gerente'] ?? '',
    instrument: 'Resolución de Alcaldía N° 005-2026-MML',
    subjects: [GM, 'contrataciones'],
    validFrom: '2026-01-05',
    validUntil: '2026-12-31',
  });
  /** The Gerente's signature or competence, delegated in a subordinate (TUO Art. 83.1, 78.1). */
  const delGerente = (kind: 'delegacion_firma' | 'delegacion_competencia' | 'encargatura') => ({
    ...competencia(),
    kind,
    delegatorRole: 'GERENTE_MUNICIPAL',
    delegatorPost: 'Gerente Municipal Metropolitano',
    instrument: 'Resolución de Gerencia Municipal N° 012-2026-MML/GMM',
  });
  let competenciaId = '';
  let encargaturaId = '';

  it('documents the routes in OpenAPI', async () => {
    const docs = await t.http.get('/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([BASE, `${BASE}/{id}`, `${BASE}/{id}/revoke`]),
    );
  });

  it('creates a delegación de competencia (mml.gerente) and an encargatura (mml.secretaria)', async () => {
    const created = await create('mml.admin', competencia());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      kind: 'delegacion_competencia',
      delegatorRole: 'ALCALDE',
      delegatorPost: 'Alcalde Metropolitano',
      delegate: {
        id: ids['mml.gerente'],
        username: 'mml.gerente',
        fullName: 'María Elena Quispe Rojas',
        post: 'Gerente Municipal Metropolitano',
      },
      instrument: 'Resolución de Alcaldía N° 005-2026-MML',
      subjects: [GM, 'contrataciones'],
      validFrom: '2026-01-05',
      validUntil: '2026-12-31',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      revokedAt: null,
      revocationReason: null,
    });
    competenciaId = created.body['id'] as string;

    const encargatura = await create('mml.admin', {
      kind: 'encargatura',
      delegatorRole: 'GERENTE_MUNICIPAL',
      delegatorPost: '  Gerente Municipal Metropolitano  ',
      delegateUserId: ids['mml.secretaria'],
      instrument: ' Resolución de Alcaldía N° 031-2026-MML ',
      subjects: [GM],
      validFrom: '2026-02-16',
      validUntil: '2026-02-27',
    });
    expect(encargatura.status).toBe(201);
    expect(encargatura.body).toMatchObject({
      kind: 'encargatura',
      delegatorPost: 'Gerente Municipal Metropolitano',
      instrument: 'Resolución de Alcaldía N° 031-2026-MML',
      delegate: { username: 'mml.secretaria', post: 'Secretaria General del Concejo' },
      validUntil: '2026-02-27',
    });
    encargaturaId = encargatura.body['id'] as string;

    const [row] = await t.query<Record<string, unknown>>(
      `SELECT municipality_id, created_by, valid_from::text AS valid_from, subjects
         FROM delegations WHERE id = $1`,
      [competenciaId],
    );
    expect(row).toEqual({
      municipality_id: ids['mml'],
      created_by: ids['mml.admin'],
      valid_from: '2026-01-05',
      subjects: [GM, 'contrataciones'],
    });
  });

  it('reads one delegation, and an open-ended one has validUntil null', async () => {
    const one = await get('mml.admin', competenciaId);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: competenciaId, delegate: { username: 'mml.gerente' } });

    // From the Gerente (the Alcalde delegates only to the Gerente, LOM Art. 20 inc. 20).
    const open = await create('mml.admin', {
      ...delGerente('delegacion_firma'),
      delegateUserId: ids['mml.juridica'],
      validUntil: undefined,
    });
    expect(open.status).toBe(201);
    expect(open.body).toMatchObject({ kind: 'delegacion_firma', validUntil: null });
    const nullUntil = await create('mml.admin', {
      ...delGerente('delegacion_competencia'),
      delegateUserId: ids['mml.juridica'],
      validUntil: null,
    });
    expect(nullUntil.status).toBe(201);
    expect(nullUntil.body).toMatchObject({ validUntil: null });
  });

  it('lists with activeOn: in force, not yet, expired (bounds inclusive), and by delegate', async () => {
    const delegate = ids['mml.presupuesto'];
    const make = async (validFrom: string, validUntil: string | null) => {
      const response = await create('mml.admin', {
        ...delGerente('delegacion_firma'),
        delegateUserId: delegate,
        validFrom,
        validUntil,
      });
      expect(response.status).toBe(201);
      return response.body['id'] as string;
    };
    const expired = await make('2025-01-01', '2025-12-31');
    const current = await make('2026-01-01', '2026-06-30');
    const notYet = await make('2027-01-01', null);

    const activeOn = async (date: string) => {
      const response = await list('mml.admin', `delegateUserId=${delegate}&activeOn=${date}`);
      expect(response.status).toBe(200);
      return itemIds(response.body).sort();
    };
    expect(await activeOn('2025-06-15')).toEqual([expired]);
    expect(await activeOn('2025-12-31')).toEqual([expired]);
    expect(await activeOn('2026-01-01')).toEqual([current]);
    expect(await activeOn('2026-06-30')).toEqual([current]);
    expect(await activeOn('2026-07-01')).toEqual([]);
    expect(await activeOn('2027-01-01')).toEqual([notYet]);
    expect(await activeOn('2099-12-31')).toEqual([notYet]);
    expect(await activeOn('2024-12-31')).toEqual([]);

    const all = await list('mml.admin', `delegateUserId=${delegate}`);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    // Most recent start first.
    expect(itemIds(all.body)).toEqual([notYet, current, expired]);

    const paged = await list('mml.admin', `delegateUserId=${delegate}&page=2&pageSize=2`);
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(itemIds(paged.body)).toEqual([expired]);

    const everything = await list('mml.admin', 'pageSize=100');
    expect(itemIds(everything.body)).toEqual(
      expect.arrayContaining([competenciaId, encargaturaId, expired, current, notYet]),
    );
    // On 2026-02-20 the encargatura and the competencia of the gerente are both in force.
    const feb = await list('mml.admin', 'activeOn=2026-02-20&pageSize=100');
    expect(itemIds(feb.body)).toEqual(expect.arrayContaining([competenciaId, encargaturaId]));
    expect(itemIds(feb.body)).not.toContain(expired);
  });

  it('GET /me/delegations: each caller sees only their own, in force today (Lima), to sign with', async () => {
    for (const user of ['mml.juridica', 'mml.gdu']) tokens[user] = await t.login(user);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());
    const firma = await create('mml.admin', {
      ...delGerente('delegacion_firma'),
      delegateUserId: ids['mml.juridica'],
      // Not the RGM subject: the later suites count mml.juridica's RGM delegations.
      subjects: ['convenios'],
      validFrom: today,
      validUntil: null,
    });
    expect(firma.status).toBe(201);

    const mine = await t.http.get('/api/v1/me/delegations').set(auth('mml.juridica'));
    expect(mine.status).toBe(200);
    const expected = await list(
      'mml.admin',
      `delegateUserId=${ids['mml.juridica']}&activeOn=${today}`,
    );
    expect(itemIds(mine.body).sort()).toEqual(itemIds(expected.body).sort());
    expect(itemIds(mine.body)).toContain(firma.body['id']);
    for (const d of mine.body['items'] as DelegationView[])
      expect(d).toMatchObject({ delegate: { username: 'mml.juridica' }, revokedAt: null });

    // Someone with none, another municipality's administrator, and no session.
    const none = await t.http.get('/api/v1/me/delegations').set(auth('mml.gdu'));
    expect(none.body).toMatchObject({ items: [], total: 0 });
    const other = await t.http.get('/api/v1/me/delegations').set(auth('megantoni.admin'));
    expect(other.body).toMatchObject({ items: [], total: 0 });
    expectProblem(await t.http.get('/api/v1/me/delegations'), 401, 'UNAUTHENTICATED');
  });

  it('revokes once (200), then answers 409 DELEGATION_REVOKED; a revoked one is no longer in force', async () => {
    const target = await create('mml.admin', {
      ...delGerente('encargatura'),
      delegateUserId: ids['mml.secretaria'],
      subjects: ['convenios'],
    });
    const id = target.body['id'] as string;
    const onDate = `delegateUserId=${ids['mml.secretaria']}&activeOn=2026-03-10`;
    expect(itemIds((await list('mml.admin', onDate)).body)).toContain(id);

    const revoked = await revoke('mml.admin', id, {
      reason: '  RA N° 044-2026-MML la deja sin efecto  ',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      id,
      revokedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      revocationReason: 'RA N° 044-2026-MML la deja sin efecto',
    });
    const [row] = await t.query<{ revoked_by: string }>(
      'SELECT revoked_by FROM delegations WHERE id = $1',
      [id],
    );
    expect(row?.revoked_by).toBe(ids['mml.admin']);

    const again = await revoke('mml.admin', id);
    expectProblem(again, 409, 'DELEGATION_REVOKED');
    expect(again.body['detail']).toMatch(/ya fue revocada/);
    expect(itemIds((await list('mml.admin', onDate)).body)).not.toContain(id);
    // Still on record, with its revocation.
    expect((await get('mml.admin', id)).body).toMatchObject({
      revocationReason: 'RA N° 044-2026-MML la deja sin efecto',
    });
  });

  it('records creations and revocations in the audit chain, which stays intact', async () => {
    const events = await t.query<{
      type: string;
      actor_name: string;
      payload: Record<string, unknown>;
    }>(
      `SELECT type, actor_name, payload FROM audit_events
        WHERE municipality_id = $1 AND type LIKE 'delegation.%' ORDER BY id`,
      [ids['mml']],
    );
    expect(events.find((e) => e.payload['delegationId'] === competenciaId)).toEqual({
      type: 'delegation.created',
      actor_name: 'mml.admin',
      payload: expect.objectContaining({
        kind: 'delegacion_competencia',
        delegatorRole: 'ALCALDE',
        delegateUsername: 'mml.gerente',
        instrument: 'Resolución de Alcaldía N° 005-2026-MML',
        subjects: [GM, 'contrataciones'],
        validFrom: '2026-01-05',
        validUntil: '2026-12-31',
      }),
    });
    expect(events.filter((e) => e.type === 'delegation.revoked')).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({ reason: 'RA N° 044-2026-MML la deja sin efecto' }),
      }),
    ]);
    const verify = await t.http.get('/api/v1/audit/verify').set(auth('mml.admin'));
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('answers 400 naming the offending fields, and writes nothing', async () => {
    const [{ n: before }] = (await t.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM delegations',
    )) as [{ n: number }];
    const cases: Array<[object, string[]]> = [
      [
        {},
        [
          'delegateUserId',
          'delegatorPost',
          'delegatorRole',
          'instrument',
          'kind',
          'subjects',
          'validFrom',
        ],
      ],
      [{ ...competencia(), validFrom: '2026-02-30' }, ['validFrom']],
      [{ ...competencia(), validFrom: '05/01/2026' }, ['validFrom']],
      [{ ...competencia(), validFrom: '2026-01-05T00:00:00Z' }, ['validFrom']],
      [{ ...competencia(), validUntil: '2026-13-01' }, ['validUntil']],
      [{ ...competencia(), validFrom: '2026-06-01', validUntil: '2026-05-31' }, ['validUntil']],
      [{ ...competencia(), subjects: [] }, ['subjects']],
      [{ ...competencia(), subjects: 'resoluciones' }, ['subjects']],
      [{ ...competencia(), subjects: ['Resoluciones GM'] }, ['subjects']],
      [{ ...competencia(), subjects: [GM, GM] }, ['subjects']],
      [{ ...competencia(), subjects: Array.from({ length: 21 }, (_, i) => `m${i}`) }, ['subjects']],
      [{ ...competencia(), delegateUserId: UNKNOWN }, ['delegateUserId']],
      [{ ...competencia(), delegateUserId: ids['megantoni.gerente'] }, ['delegateUserId']],
      [{ ...competencia(), delegateUserId: 'mml.gerente' }, ['delegateUserId']],
      [{ ...competencia(), delegatorRole: 'REY' }, ['delegatorRole']],
      [{ ...competencia(), delegatorPost: '   ' }, ['delegatorPost']],
      [{ ...competencia(), instrument: 'RA 5' }, ['instrument']],
      [{ ...competencia(), instrument: 'x'.repeat(301) }, ['instrument']],
      [{ ...competencia(), kind: 'suplencia' }, ['kind']],
      [{ ...competencia(), municipalityId: ids['megantoni'] }, ['municipalityId']],
    ];
    for (const [body, bad] of cases) {
      const response = await create('mml.admin', body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect([body, fields(response.body)]).toEqual([body, bad]);
    }
    const other = await create('mml.admin', {
      ...competencia(),
      delegateUserId: ids['megantoni.gerente'],
    });
    expect(other.body['detail']).toMatch(/delegateUserId/);
    expect(JSON.stringify(other.body['errors'])).toMatch(/usuario activo de su municipalidad/);

    for (const [query, bad] of [
      ['activeOn=2026-02-30', ['activeOn']],
      ['activeOn=hoy', ['activeOn']],
      ['delegateUserId=x', ['delegateUserId']],
      ['pageSize=101', ['pageSize']],
      ['page=0', ['page']],
      ['estado=vigente', ['estado']],
    ] as const) {
      const response = await list('mml.admin', query);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect([query, fields(response.body)]).toEqual([query, bad]);
    }
    expect(fields((await revoke('mml.admin', competenciaId, {})).body)).toEqual(['reason']);
    expect(fields((await revoke('mml.admin', competenciaId, { reason: '  ' })).body)).toEqual([
      'reason',
    ]);
    expectProblem(await get('mml.admin', 'no-es-uuid'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('mml.admin', UNKNOWN), 404, 'NOT_FOUND');
    expectProblem(await revoke('mml.admin', UNKNOWN), 404, 'NOT_FOUND');

    const [{ n: after }] = (await t.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM delegations',
    )) as [{ n: number }];
    expect(after).toBe(before);
    expect((await get('mml.admin', competenciaId)).body).toMatchObject({ revokedAt: null });
  });

  it('is for administrators only (403), and needs a token (401)', async () => {
    expectProblem(await create('mml.gerente', competencia()), 403, 'FORBIDDEN');
    expectProblem(await list('mml.gerente'), 403, 'FORBIDDEN');
    expectProblem(await get('mml.gerente', competenciaId), 403, 'FORBIDDEN');
    expectProblem(await revoke('mml.gerente', competenciaId), 403, 'FORBIDDEN');
    expectProblem(await t.http.post(BASE).send(competencia()), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http.get(BASE), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http.get(`${BASE}/${competenciaId}`), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.http.post(`${BASE}/${competenciaId}/revoke`).send({ reason: 'x' }),
      401,
      'UNAUTHENTICATED',
    );
    expect((await get('mml.admin', competenciaId)).body).toMatchObject({ revokedAt: null });
  });

  it("keeps municipalities apart: megantoni's admin neither sees nor revokes mml's delegations", async () => {
    expectProblem(await get('megantoni.admin', competenciaId), 404, 'NOT_FOUND');
    expectProblem(await revoke('megantoni.admin', competenciaId), 404, 'NOT_FOUND');
    const theirs = await list('megantoni.admin', 'pageSize=100');
    expect(theirs.status).toBe(200);
    expect(itemIds(theirs.body)).not.toContain(competenciaId);
    const byDelegate = await list('megantoni.admin', `delegateUserId=${ids['mml.gerente']}`);
    expect(byDelegate.body).toMatchObject({ items: [], total: 0 });

    const own = await create('megantoni.admin', {
      ...competencia(),
      delegatorPost: 'Alcalde Distrital',
      delegateUserId: ids['megantoni.gerente'],
      instrument: 'Resolución de Alcaldía N° 010-2026-A-MDM',
    });
    expect(own.status).toBe(201);
    expect(itemIds((await list('megantoni.admin', 'pageSize=100')).body)).toEqual([own.body['id']]);
    expectProblem(await get('mml.admin', own.body['id'] as string), 404, 'NOT_FOUND');
    expect((await get('mml.admin', competenciaId)).body).toMatchObject({ revokedAt: null });
  });

  it('the database itself refuses to delete or rewrite a delegation', async () => {
    await expect(t.query('DELETE FROM delegations')).rejects.toThrow(/never deleted/);
    await expect(
      t.query("UPDATE delegations SET instrument = 'otra' WHERE id = $1", [competenciaId]),
    ).rejects.toThrow(/only be revoked/);
    await expect(
      t.query(
        `UPDATE delegations SET revoked_at = now(), revocation_reason = 'x'
          WHERE revoked_at IS NOT NULL`,
      ),
    ).rejects.toThrow(/only be revoked, once/);
  });

  describe('DelegationsService.inForce (what the signature of a resolution asks)', () => {
    let service: DelegationsService;
    let dataSource: DataSource;
    const user = () => ids['mml.juridica'] ?? '';
    const mml = () => ids['mml'] ?? '';
    let march = '';

    beforeAll(async () => {
      service = t.app.get(DelegationsService);
      dataSource = t.app.get(DataSource);
      // mml.juridica already holds two open-ended ones from 2026-01-05 on GM (created above).
      march = (
        await service.create(mml(), ids['mml.admin'] ?? '', {
          kind: 'delegacion_firma',
          delegatorRole: 'GERENTE_MUNICIPAL',
          delegatorPost: 'Gerente Municipal Metropolitano',
          delegateUserId: user(),
          instrument: 'Resolución de Gerencia Municipal N° 100-2026-MML/GMM',
          subjects: ['convenios_marco'],
          validFrom: '2026-03-01',
          validUntil: '2026-03-31',
        })
      ).id;
    });

    const held = async (subject: string, onDate: string, municipality = mml(), who = user()) =>
      (await service.inForce(dataSource.manager, municipality, who, subject, onDate))
        .map((d) => d.id)
        .sort();

    it('includes both bounds of the window and nothing outside it', async () => {
      expect(await held('convenios_marco', '2026-02-28')).toEqual([]);
      expect(await held('convenios_marco', '2026-03-01')).toEqual([march]);
      expect(await held('convenios_marco', '2026-03-15')).toEqual([march]);
      expect(await held('convenios_marco', '2026-03-31')).toEqual([march]);
      expect(await held('convenios_marco', '2026-04-01')).toEqual([]);
    });

    it('returns the full view; open-ended ones last forever; only the subject asked for', async () => {
      const [first] = await service.inForce(
        dataSource.manager,
        mml(),
        user(),
        'convenios_marco',
        '2026-03-01',
      );
      expect(first).toMatchObject({
        id: march,
        kind: 'delegacion_firma',
        delegatorRole: 'GERENTE_MUNICIPAL',
        delegatorPost: 'Gerente Municipal Metropolitano',
        delegate: { id: user(), username: 'mml.juridica' },
        instrument: 'Resolución de Gerencia Municipal N° 100-2026-MML/GMM',
        validFrom: '2026-03-01',
        validUntil: '2026-03-31',
        revokedAt: null,
      });
      expect(await held(GM, '2026-01-04')).toEqual([]);
      expect(await held(GM, '2026-01-05')).toHaveLength(2);
      expect(await held(GM, '2100-12-31')).toHaveLength(2);
      expect(await held(GM, '2026-03-15')).not.toContain(march);
      expect(await held('presupuesto', '2026-03-15')).toEqual([]);
      // Another delegate, another municipality.
      expect(await held('convenios_marco', '2026-03-15', mml(), ids['mml.gerente'])).toEqual([]);
      expect(await held('convenios_marco', '2026-03-15', ids['megantoni'])).toEqual([]);
      expect(await held(GM, '2026-03-15', mml(), ids['mml.gerente'])).toEqual([competenciaId]);
      expect(await held(GM, '2026-02-16', mml(), ids['mml.secretaria'])).toEqual([encargaturaId]);
      expect(await held(GM, '2026-02-28', mml(), ids['mml.secretaria'])).toEqual([]);
    });

    it('excludes a revoked delegation', async () => {
      await service.revoke(mml(), march, ids['mml.admin'] ?? '', 'Cese del delegado');
      expect(await held('convenios_marco', '2026-03-15')).toEqual([]);
      await expect(
        service.revoke(mml(), march, ids['mml.admin'] ?? '', 'otra vez'),
      ).rejects.toMatchObject({ code: 'DELEGATION_REVOKED' });
    });

    it("reads through the caller's transaction (sees what it has not committed yet)", async () => {
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO delegations (municipality_id, kind, delegator_role, delegator_post,
               delegate_user_id, instrument, subjects, valid_from, created_at)
             VALUES ($1, 'encargatura', 'GERENTE_MUNICIPAL', 'Gerente Municipal Metropolitano',
               $2, 'RA N° 999-2026-MML', ARRAY['pruebas_tx'], '2026-05-01', now())`,
            [mml(), user()],
          );
          const inside = await service.inForce(manager, mml(), user(), 'pruebas_tx', '2026-05-01');
          expect(inside).toHaveLength(1);
          expect(await held('pruebas_tx', '2026-05-01')).toEqual([]);
          throw new Error('deshacer');
        }),
      ).rejects.toThrow('deshacer');
      expect(await held('pruebas_tx', '2026-05-01')).toEqual([]);
    });

    it('refuses a malformed date (a bug of the caller, not an empty answer)', async () => {
      await expect(
        service.inForce(dataSource.manager, mml(), user(), GM, '2026-02-30'),
      ).rejects.toThrow(RangeError);
    });

    it('a failing audit append rolls the creation back', async () => {
      const append = jest
        .spyOn(t.app.get(AuditChain), 'append')
        .mockRejectedValueOnce(new Error('auditoría caída'));
      try {
        await expect(
          service.create(mml(), ids['mml.admin'] ?? '', {
            ...delGerente('delegacion_firma'),
            delegateUserId: user(),
            subjects: ['rollback_check'],
          }),
        ).rejects.toThrow('auditoría caída');
      } finally {
        append.mockRestore();
      }
      expect(
        await t.query("SELECT 1 FROM delegations WHERE 'rollback_check' = ANY (subjects)"),
      ).toHaveLength(0);
    });
  });
});
