import { expectProblem } from './support/problems.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

const METRICS_TOKEN = 'metricas-'.padEnd(40, 'x');

const login = (t: TestApp, username: string, password: string, from?: string) => {
  const request = t.http.post('/api/v1/auth/login');
  if (from) void request.set('x-forwarded-for', from);
  return request.send({ username, password });
};

const auditOf = (t: TestApp, type: string, username: string) =>
  t.query<{ type: string; actor_name: string; payload: { username: string; lockedUntil: string } }>(
    `SELECT type, actor_name, payload FROM audit_events WHERE type = $1 AND payload->>'username' = $2`,
    [type, username],
  );

describe('Edge security: proxies, lockout, headers, exposure', () => {
  describe('with the default configuration (no proxy trusted)', () => {
    let t: TestApp;
    beforeAll(async () => {
      // The shipped defaults for the login limit; public verification limited low to reach it.
      t = await startTestApp({ LOGIN_RATE_LIMIT: '10', PUBLIC_VERIFY_RATE_LIMIT: '5' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('30 wrong passwords from 30 claimed addresses end in 429 and lock the account, audited', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++)
        statuses.push((await login(t, 'mml.gdu', 'incorrecta', `198.51.100.${i + 1}`)).status);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses.slice(10)).toEqual(Array(20).fill(429));
      const locked = await auditOf(t, 'account.locked', 'mml.gdu');
      expect(locked).toHaveLength(1);
      expect(locked[0]?.actor_name).toBe('sistema');
      // The right password from yet another address does not get in.
      expectProblem(await login(t, 'mml.gdu', DEMO_PASSWORD, '192.0.2.77'), 429, 'RATE_LIMITED');
      const verify = await t.http.get('/api/v1/audit/verify').auth(await t.login('mml.admin'), {
        type: 'bearer',
      });
      expect(verify.body).toMatchObject({ ok: true });
    });

    it('sets security headers, a console CSP, and a relaxed one only for the docs', async () => {
      const response = await t.http.get('/health');
      const csp = response.headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(response.headers['x-powered-by']).toBeUndefined();

      const docs = await t.http.get('/api/docs');
      expect(docs.status).toBe(200);
      expect(docs.text).toContain('swagger-ui');
      expect(docs.headers['content-security-policy']).toContain(
        "script-src 'self' 'unsafe-inline'",
      );
      expect(docs.headers['x-content-type-options']).toBe('nosniff');
      // Every script and style the page loads is served by the API itself.
      const assets = [...docs.text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)];
      expect(assets.length).toBeGreaterThan(1);
      for (const [, src] of assets) {
        expect(src).not.toMatch(/^https?:/);
        const asset = await t.http.get(`/api/docs/${src!.replace(/^\.?\/?(api\/docs\/)?/, '')}`);
        expect(asset.status).toBe(200);
      }
    });

    it('keeps a sane X-Request-Id and replaces any other', async () => {
      const sane = await t.http.get('/health').set('x-request-id', 'lb:01HZX.abc-123_9');
      expect(sane.headers['x-request-id']).toBe('lb:01HZX.abc-123_9');
      for (const bad of ['a b', 'x'.repeat(129), '<script>', 'id\u00e9', '']) {
        const response = await t.http.get('/health').set('x-request-id', bad);
        expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('tells anonymous callers only the status of /health; an ADMIN sees the details', async () => {
      const anonymous = await t.http.get('/health');
      expect(anonymous.status).toBe(200);
      expect(anonymous.body).toEqual({ status: 'ok' });
      const notAdmin = await t.http
        .get('/health')
        .auth(await t.login('mml.gerente'), { type: 'bearer' });
      expect(notAdmin.body).toEqual({ status: 'ok' });
      const forged = await t.http.get('/health').auth('no.es.token', { type: 'bearer' });
      expect(forged.body).toEqual({ status: 'ok' });
      const admin = await t.http
        .get('/health')
        .auth(await t.login('megantoni.admin'), { type: 'bearer' });
      expect(admin.body).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, queue: { status: 'up', backend: 'postgres' } },
      });
    });

    it('serves metrics and docs openly outside production', async () => {
      expect((await t.http.get('/metrics')).status).toBe(200);
      expect((await t.http.get('/api/docs-json')).status).toBe(200);
    });

    it('limits public verification per address: 429 problem+json after the limit', async () => {
      for (let i = 0; i < 5; i++)
        expect((await t.http.get('/api/v1/public/verify/ABCD-EFGH-JKLM')).status).toBe(200);
      const limited = await t.http.get('/api/v1/public/verify/ABCD-EFGH-JKLM');
      expectProblem(limited, 429, 'RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // The login is another limit: it is not spent by verifications.
      expect((await login(t, 'mml.alcalde', DEMO_PASSWORD)).status).toBe(200);
    });
  });

  describe('behind one trusted proxy, with a manual clock', () => {
    let t: TestApp;
    let client: WorkflowClient;
    beforeAll(async () => {
      t = await startTestApp({
        TRUST_PROXY: '1',
        CLOCK: 'manual',
        LOGIN_RATE_LIMIT: '3',
        NODE_ENV: 'production',
        SEED_DEMO: 'true',
        EXPOSE_API_DOCS: 'false',
        METRICS_TOKEN,
      });
      client = new WorkflowClient(t);
      await client.token('mml.admin');
    });
    afterAll(async () => {
      await t.close();
    });

    it('limits the login per forwarded address', async () => {
      for (let i = 0; i < 3; i++)
        expect((await login(t, 'mml.gsc', 'incorrecta', '203.0.113.5')).status).toBe(401);
      const limited = await login(t, 'mml.gsc', DEMO_PASSWORD, '203.0.113.5');
      expectProblem(limited, 429, 'RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is another bucket (and 4 failures are far from the lockout).
      expect((await login(t, 'mml.gsc', DEMO_PASSWORD, '203.0.113.6')).status).toBe(200);
    });

    it('locks an account whatever the addresses, until the lockout expires', async () => {
      for (let i = 0; i < 10; i++)
        expectProblem(
          await login(t, 'mml.gerente', 'incorrecta', `203.0.113.${100 + i}`),
          401,
          'INVALID_CREDENTIALS',
        );
      const locked = await login(t, 'mml.gerente', DEMO_PASSWORD, '203.0.113.200');
      expectProblem(locked, 429, 'RATE_LIMITED');
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(locked.body.detail).not.toMatch(/contraseña/i);
      const wrong = await login(t, 'mml.gerente', 'incorrecta', '203.0.113.201');
      expect(wrong.status).toBe(429);
      expect(wrong.body).toEqual(locked.body);

      const [audit] = await auditOf(t, 'account.locked', 'mml.gerente');
      expect(audit).toBeDefined();
      const clock = await client.get('mml.admin', '/api/v1/admin/clock');
      const now = new Date((clock.body as { now: string }).now);
      await client.setClock(new Date(now.getTime() + 14 * 60_000).toISOString());
      expect((await login(t, 'mml.gerente', DEMO_PASSWORD, '203.0.113.202')).status).toBe(429);
      await client.setClock(new Date(now.getTime() + 16 * 60_000).toISOString());
      expect((await login(t, 'mml.gerente', DEMO_PASSWORD, '203.0.113.203')).status).toBe(200);
      const unlocked = await auditOf(t, 'account.unlocked', 'mml.gerente');
      expect(unlocked).toHaveLength(1);
      expect(unlocked[0]?.payload.lockedUntil).toBe(audit!.payload.lockedUntil);
    });

    it('starts the count again after a successful login', async () => {
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 9; i++)
          expect(
            (await login(t, 'mml.juridica', 'incorrecta', `198.18.${round}.${i}`)).status,
          ).toBe(401);
        expect((await login(t, 'mml.juridica', DEMO_PASSWORD, `198.18.${round}.99`)).status).toBe(
          200,
        );
      }
      expect(await auditOf(t, 'account.locked', 'mml.juridica')).toHaveLength(0);
    });

    it('locks an unknown name the same way, so the answer does not reveal who exists', async () => {
      const answers = [];
      for (const username of ['mml.presupuesto', 'nadie.inexistente']) {
        for (let i = 0; i < 10; i++) await login(t, username, 'incorrecta', `198.19.0.${i}`);
        answers.push(await login(t, username, 'incorrecta', '198.19.1.1'));
      }
      expect(answers.map((a) => a.status)).toEqual([429, 429]);
      expect(answers[1]?.body).toEqual(answers[0]?.body);
      expect(answers[1]?.headers['retry-after']).toBe(answers[0]?.headers['retry-after']);
    });

    it('requires the metrics token for /metrics and hides the API docs when configured', async () => {
      expectProblem(await t.http.get('/metrics'), 401, 'UNAUTHENTICATED');
      expectProblem(
        await t.http.get('/metrics').auth('otro-token-de-40-caracteres-xxxxxxxxxxxxx', {
          type: 'bearer',
        }),
        401,
        'UNAUTHENTICATED',
      );
      const scrape = await t.http.get('/metrics').auth(METRICS_TOKEN, { type: 'bearer' });
      expect(scrape.status).toBe(200);
      expect(scrape.text).toContain('despacho_http_request_duration_seconds');
      expectProblem(await t.http.get('/api/docs'), 404, 'NOT_FOUND');
      expectProblem(await t.http.get('/api/docs-json'), 404, 'NOT_FOUND');
      const health = await t.http.get('/health').auth(METRICS_TOKEN, { type: 'bearer' });
      expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    });
  });
});
