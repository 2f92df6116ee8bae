import { startTestApp, type TestApp } from './support/test-app.js';

describe('Login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3', LOGIN_RATE_TTL_SECONDS: '60' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 429 problem+json after the limit, per account, and leaves other accounts alone', async () => {
    const attempt = (username: string, password = 'incorrecta') =>
      t.http.post('/api/v1/auth/login').send({ username, password });
    for (let i = 0; i < 3; i++) expect((await attempt('mml.gerente')).status).toBe(401);
    const limited = await attempt('mml.gerente', 'despacho');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address still gets in.
    expect((await attempt('mml.alcalde', 'despacho')).status).toBe(200);
  });
});
