import { createHmac } from 'node:crypto';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Signs a JWT by hand, to present the API with tokens it must refuse. */
const forge = (
  header: object,
  claims: object,
  secret: string,
  alg: 'sha256' | 'sha512' = 'sha256',
) => {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part(header)}.${part(claims)}`;
  return `${unsigned}.${createHmac(alg, secret).update(unsigned).digest('base64url')}`;
};

describe('Foundation: health, auth, tenants, errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports database and queue health without auth (details only to an ADMIN)', async () => {
    const anonymous = await t.http.get('/health');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ status: 'ok' });
    const response = await t.http
      .get('/health')
      .auth(await t.login('mml.admin'), { type: 'bearer' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, queue: { status: 'up', backend: 'postgres' } },
    });
  });

  it('serves OpenAPI and Prometheus metrics', async () => {
    const docs = await t.http.get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/units', '/health']),
    );
    expect((await t.http.get('/api/docs')).status).toBe(200);
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'mml.gsc', password: 'no-es-la-clave' });
    expect(wrong.status).toBe(401);
    const metrics = await t.http.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('despacho_http_request_duration_seconds');
    // The queues' depth by state, and failed job attempts (issue 11, worker observability).
    expect(metrics.text).toMatch(/despacho_queue_jobs\{queue="timers",state="delayed"\} \d+/);
    expect(metrics.text).toContain('# TYPE despacho_job_failures_total counter');
    // Refusals by code: failed logins (and 429s) can be watched.
    expect(metrics.text).toMatch(
      /despacho_http_problems_total\{code="INVALID_CREDENTIALS",status="401"\} [1-9]/,
    );
  });

  it('echoes the caller request id, or makes one', async () => {
    const given = await t.http.get('/health').set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.http.get('/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs in the demo users of both municipalities and describes them', async () => {
    for (const [username, municipality, unit, role] of [
      ['mml.gerente', 'mml', 'GMM', 'GERENTE_MUNICIPAL'],
      ['megantoni.gerente', 'megantoni', 'GG', 'GERENTE_MUNICIPAL'],
      ['mml.juridica', 'mml', 'GAJ', 'ASESORIA_JURIDICA'],
      ['megantoni.admin', 'megantoni', 'GG', 'ADMIN'],
    ] as const) {
      const login = await t.http
        .post('/api/v1/auth/login')
        .send({ username, password: 'despacho' });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({
        accessToken: expect.any(String),
        user: {
          username,
          municipality: { code: municipality },
          unit: { code: unit },
          roles: [role],
        },
      });
      expect(JSON.stringify(login.body)).not.toMatch(/password|argon2/i);
      const me = await t.http
        .get('/api/v1/me')
        .set('authorization', `Bearer ${login.body.accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body).toEqual(login.body.user);
    }
  });

  it('gives the same answer to an unknown user and to a wrong password', async () => {
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'mml.gerente', password: 'nope' });
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'nadie.x', password: 'nope' });
    expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('stores argon2id hashes only', async () => {
    const rows = await t.query<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(rows).toHaveLength(18);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  describe('tokens', () => {
    let claims: Record<string, unknown>;
    beforeAll(async () => {
      const token = await t.login('mml.admin');
      claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
        string,
        unknown
      >;
    });
    const call = (token: string) =>
      t.http.get('/api/v1/me').set('authorization', `Bearer ${token}`);

    it('refuses missing and malformed tokens', async () => {
      expectProblem(await t.http.get('/api/v1/me'), 401, 'UNAUTHENTICATED');
      expectProblem(await call('abc.def.ghi'), 401, 'UNAUTHENTICATED');
      expectProblem(
        await t.http.get('/api/v1/me').set('authorization', 'Basic bWw6eA=='),
        401,
        'UNAUTHENTICATED',
      );
    });

    it('refuses alg none, other algorithms, other secrets and expired tokens', async () => {
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const hs256 = { alg: 'HS256', typ: 'JWT' };
      expectProblem(
        await call(`${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`),
        401,
        'UNAUTHENTICATED',
      );
      expectProblem(
        await call(forge(hs256, claims, 'another-secret-another-secret-xx')),
        401,
        'UNAUTHENTICATED',
      );
      expectProblem(
        await call(forge({ alg: 'HS512', typ: 'JWT' }, claims, t.jwtSecret, 'sha512')),
        401,
        'UNAUTHENTICATED',
      );
      expectProblem(
        await call(forge(hs256, { ...claims, iat: now - 7200, exp: now - 3600 }, t.jwtSecret)),
        401,
        'UNAUTHENTICATED',
      );
      // The same claims, correctly signed and in date, pass: the refusals above are about signature and time.
      expect((await call(forge(hs256, { ...claims, exp: now + 600 }, t.jwtSecret))).status).toBe(
        200,
      );
    });
  });

  describe('tenancy', () => {
    it('lists only the caller municipality units', async () => {
      const mml = await t.http
        .get('/api/v1/units')
        .set('authorization', `Bearer ${await t.login('mml.gdu')}`);
      expect(mml.status).toBe(200);
      expect(mml.body.items.map((u: { code: string }) => u.code).sort()).toEqual(
        ['ALC', 'GAJ', 'GDU', 'GMM', 'GPP', 'GSC', 'SGC'].sort(),
      );
      const meg = await t.http
        .get('/api/v1/units')
        .set('authorization', `Bearer ${await t.login('megantoni.gdu')}`);
      expect(meg.body.items.map((u: { code: string }) => u.code).sort()).toEqual(
        ['ALC', 'GDU', 'GG', 'GSC', 'OAJ', 'OPP', 'SG'].sort(),
      );
    });

    it("answers 404 for another municipality's unit or user", async () => {
      const [otherUnit] = await t.query<{ id: string }>(
        "SELECT u.id FROM units u JOIN municipalities m ON m.id = u.municipality_id WHERE m.code = 'megantoni' LIMIT 1",
      );
      const [otherUser] = await t.query<{ id: string }>(
        "SELECT id FROM users WHERE username = 'megantoni.gerente'",
      );
      const [ownUser] = await t.query<{ id: string }>(
        "SELECT id FROM users WHERE username = 'mml.gerente'",
      );
      const token = await t.login('mml.gsc');
      expectProblem(
        await t.http.get(`/api/v1/units/${otherUnit?.id}`).set('authorization', `Bearer ${token}`),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await t.http.get(`/api/v1/users/${otherUser?.id}`).set('authorization', `Bearer ${token}`),
        404,
        'NOT_FOUND',
      );
      const own = await t.http
        .get(`/api/v1/users/${ownUser?.id}`)
        .set('authorization', `Bearer ${token}`);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ username: 'mml.gerente' });
      expect(own.body).not.toHaveProperty('passwordHash');
    });

    it('paginates the user directory within the municipality', async () => {
      const token = await t.login('megantoni.secretaria');
      const page1 = await t.http
        .get('/api/v1/users?page=1&pageSize=5')
        .set('authorization', `Bearer ${token}`);
      const page2 = await t.http
        .get('/api/v1/users?page=2&pageSize=5')
        .set('authorization', `Bearer ${token}`);
      expect(page1.body).toMatchObject({ total: 9, page: 1, pageSize: 5 });
      expect(page1.body.items).toHaveLength(5);
      expect(page2.body.items).toHaveLength(4);
      const names = [...page1.body.items, ...page2.body.items].map(
        (u: { username: string }) => u.username,
      );
      expect(names.every((n: string) => n.startsWith('megantoni.'))).toBe(true);
      const beyond = await t.http
        .get('/api/v1/users?page=9')
        .set('authorization', `Bearer ${token}`);
      expect(beyond.body).toMatchObject({ items: [], total: 9, page: 9 });
    });
  });

  describe('bad input gets a 4xx problem and changes nothing', () => {
    let token: string;
    let usersBefore: number;
    beforeAll(async () => {
      token = await t.login('mml.admin');
      usersBefore =
        (await t.query<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0]?.n ?? 0;
    });
    afterAll(async () => {
      expect((await t.query<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0]?.n).toBe(
        usersBefore,
      );
    });
    const login = () => t.http.post('/api/v1/auth/login');

    it('malformed JSON', async () => {
      expectProblem(
        await login().set('content-type', 'application/json').send('{"username": "x",'),
        400,
        'MALFORMED_REQUEST',
      );
    });

    it('unknown fields and wrong types name the fields', async () => {
      const response = await login().send({ username: 42, password: 'x', admin: true });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toEqual(['admin', 'username']);
      // One thing to fix per field: the wrong type, not every rule it also breaks.
      expect(response.body.errors).toEqual(
        expect.arrayContaining([{ field: 'username', messages: ['debe ser texto'] }]),
      );
      expect(response.body.detail).toMatch(/Datos inválidos/);
    });

    it('missing body and missing fields', async () => {
      const response = await login();
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toEqual(['password', 'username']);
      expect((await login().send({ username: 'mml.admin' })).body.errors).toEqual([
        { field: 'password', messages: ['es obligatorio'] },
      ]);
    });

    it('a non-JSON body is 415, a form too', async () => {
      expectProblem(
        await login().set('content-type', 'text/plain').send('hola'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      expectProblem(
        await login()
          .set('content-type', 'application/x-www-form-urlencoded')
          .send('username=mml.gdu&password=despacho'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('an oversized body is 413', async () => {
      const huge = { username: 'x', password: 'y'.repeat(1_100_000) };
      expectProblem(await login().send(huge), 413, 'PAYLOAD_TOO_LARGE');
    });

    it('bad ids and bad paging', async () => {
      const auth = { authorization: `Bearer ${token}` };
      expectProblem(
        await t.http.get('/api/v1/units/not-a-uuid').set(auth),
        400,
        'VALIDATION_FAILED',
      );
      const paging = await t.http.get('/api/v1/users?page=0&pageSize=1000&sort=x').set(auth);
      expectProblem(paging, 400, 'VALIDATION_FAILED');
      expect(fields(paging.body)).toEqual(['page', 'pageSize', 'sort']);
    });

    it('unknown routes are 404 problems', async () => {
      const response = await t.http
        .get('/api/v1/no-existe')
        .set('authorization', `Bearer ${token}`);
      expectProblem(response, 404, 'NOT_FOUND');
      expect(response.body.detail).toContain('/api/v1/no-existe');
    });

    it('admin routes refuse other roles', async () => {
      const gerente = await t.login('mml.gerente');
      expectProblem(
        await t.http.post('/api/v1/admin/queue-checks').set('authorization', `Bearer ${gerente}`),
        403,
        'FORBIDDEN',
      );
    });
  });
});
