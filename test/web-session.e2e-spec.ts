import { jest } from '@jest/globals';
import { SessionClock } from '#org';
import { expectProblem } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const COOKIE = 'despacho_sesion';
const CONSOLE = { 'x-despacho-web': '1' };

/** The `despacho_sesion` cookie a response sets (its value and attributes), if any. */
function sessionCookie(response: { headers: Record<string, unknown> }): string | undefined {
  const raw = response.headers['set-cookie'];
  const all = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return all.find((c) => c.startsWith(`${COOKIE}=`));
}
const valueOf = (cookie: string | undefined) => cookie?.split(';')[0]?.slice(COOKIE.length + 1);

describe('Web console session: the token in an httpOnly cookie, CSRF-safe, sliding, revocable', () => {
  let t: TestApp;
  let clock: SessionClock;
  let now: number;

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(SessionClock);
  });
  beforeEach(() => {
    now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t.close();
  });

  const open = async (username = 'mml.gerente') => {
    const response = await t.http
      .post('/api/v1/auth/session')
      .set(CONSOLE)
      .send({ username, password: 'despacho' });
    expect(response.status).toBe(200);
    const cookie = valueOf(sessionCookie(response));
    expect(cookie).toBeTruthy();
    return cookie as string;
  };
  const sessionsOf = async (username: string) =>
    (
      await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = $1`,
        [username],
      )
    )[0]!.n;

  it('opens a session whose token travels only in an httpOnly, SameSite=Strict cookie for the API', async () => {
    const response = await t.http
      .post('/api/v1/auth/session')
      .set(CONSOLE)
      .send({ username: 'mml.gerente', password: 'despacho' });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response) ?? '';
    expect(cookie).toMatch(/; Path=\/api\/(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Strict(;|$)/);
    // Plain http here (tests, embedded start): the browser would drop a Secure cookie.
    expect(cookie).not.toMatch(/; Secure/);
    const expires = new Date(/; Expires=([^;]+)/.exec(cookie)?.[1] ?? '').getTime();
    expect(expires).toBeGreaterThan(now + 14 * 60_000);
    expect(expires).toBeLessThanOrEqual(now + 15 * 60_000 + 1000);
    expect(response.body).not.toHaveProperty('accessToken');
    expect(response.text).not.toContain(valueOf(cookie));
    expect(response.body.user.username).toBe('mml.gerente');
    expect(new Date(response.body.tokenExpiresAt as string).getTime()).toBeCloseTo(expires, -4);
    expect(response.body.sessionExpiresAt).toEqual(expect.any(String));
  });

  it('behind a TLS proxy the cookie is Secure', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: '1' });
    try {
      const response = await proxied.http
        .post('/api/v1/auth/session')
        .set({ ...CONSOLE, 'x-forwarded-proto': 'https' })
        .send({ username: 'mml.gerente', password: 'despacho' });
      expect(response.status).toBe(200);
      expect(sessionCookie(response)).toMatch(/; Secure(;|$)/);
    } finally {
      await proxied.close();
    }
  });

  it('the cookie authenticates reads; Bearer clients are unchanged', async () => {
    const cookie = await open();
    const me = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${cookie}`);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('mml.gerente');
    const token = await t.login('mml.gerente');
    const bearer = await t.http.get('/api/v1/me').set('authorization', `Bearer ${token}`);
    expect(bearer.status).toBe(200);
  });

  it('a change sent with the cookie but without the console header is refused (403) and writes nothing', async () => {
    const cookie = await open();
    const units = await t.http.get('/api/v1/units').set('cookie', `${COOKIE}=${cookie}`);
    const gdu = (units.body.items as { id: string; code: string }[]).find((u) => u.code === 'GDU');
    const body = {
      title: 'Encargo desde la consola',
      instructions: 'Consolidar el avance físico y financiero de las obras de pistas y veredas.',
      source: 'reunion',
      sourceReference: 'Reunión de gerentes',
      responsibleUnitId: gdu?.id,
      term: { days: 5, unit: 'business' },
    };
    const count = async () =>
      (
        await t.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM workflow_instances WHERE context->>'title' = $1`,
          [body.title],
        )
      )[0]!.n;

    const forged = await t.http
      .post('/api/v1/mandates')
      .set('cookie', `${COOKIE}=${cookie}`)
      .send(body);
    expectProblem(forged, 403, 'FORBIDDEN');
    expect(forged.body.detail).toContain('x-despacho-web');
    expect(await count()).toBe(0);

    const fromConsole = await t.http
      .post('/api/v1/mandates')
      .set({ ...CONSOLE, cookie: `${COOKIE}=${cookie}` })
      .send(body);
    expect(fromConsole.status).toBe(201);
    expect(await count()).toBe(1);
  });

  it('the console login refuses without its header, with bad credentials and with bad input, and sets no cookie', async () => {
    const before = await sessionsOf('mml.gdu');
    const noHeader = await t.http
      .post('/api/v1/auth/session')
      .send({ username: 'mml.gdu', password: 'despacho' });
    expectProblem(noHeader, 403, 'FORBIDDEN');
    expect(sessionCookie(noHeader)).toBeUndefined();

    const wrong = await t.http
      .post('/api/v1/auth/session')
      .set(CONSOLE)
      .send({ username: 'mml.gdu', password: 'no-es-la-clave' });
    expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
    expect(sessionCookie(wrong)).toBeUndefined();

    const missing = await t.http.post('/api/v1/auth/session').set(CONSOLE).send({ username: '' });
    expect(missing.status).toBe(400);
    expect(sessionCookie(missing)).toBeUndefined();
    expect(await sessionsOf('mml.gdu')).toBe(before);
  });

  it('closing the session revokes it and clears the cookie; the old cookie is then refused and cleared', async () => {
    const cookie = await open();
    const closed = await t.http
      .delete('/api/v1/auth/session')
      .set({ ...CONSOLE, cookie: `${COOKIE}=${cookie}` });
    expect(closed.status).toBe(204);
    expect(valueOf(sessionCookie(closed))).toBe('');

    const again = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${cookie}`);
    expectProblem(again, 401, 'UNAUTHENTICATED');
    expect(valueOf(sessionCookie(again))).toBe('');
  });

  it('slides while used (a fresh cookie in the second half of its life) and lapses after a lifetime unused', async () => {
    const cookie = await open();
    now += 5 * 60_000;
    const early = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${cookie}`);
    expect(early.status).toBe(200);
    expect(sessionCookie(early)).toBeUndefined();

    now += 3 * 60_000; // 8 of 15 minutes
    const late = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${cookie}`);
    expect(late.status).toBe(200);
    const renewed = valueOf(sessionCookie(late));
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(cookie);

    now += 10 * 60_000; // the first token is past its end; the renewed one is not
    const stale = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${cookie}`);
    expectProblem(stale, 401, 'UNAUTHENTICATED');
    const fresh = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${renewed}`);
    expect(fresh.status).toBe(200);

    now += 16 * 60_000; // unused for a whole lifetime
    const lapsed = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${renewed}`);
    expectProblem(lapsed, 401, 'UNAUTHENTICATED');
  });

  it('the renewed cookie never outlives the session (SESSION_MAX_HOURS)', async () => {
    let current = await open();
    const [session] = await t.query<{ created_at: Date; expires_at: Date }>(
      `SELECT created_at, expires_at FROM sessions ORDER BY created_at DESC LIMIT 1`,
    );
    const end = session!.expires_at.getTime();
    // Used every 5 minutes for the whole session: renewed again and again, never past its end.
    const expiries: number[] = [];
    for (
      let at = session!.created_at.getTime() + 5 * 60_000;
      at <= end - 60_000;
      at += 5 * 60_000
    ) {
      now = at;
      const used = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${current}`);
      expect(used.status).toBe(200);
      const renewed = sessionCookie(used);
      if (renewed) {
        expiries.push(new Date(/; Expires=([^;]+)/.exec(renewed)?.[1] ?? '').getTime());
        current = valueOf(renewed) ?? current;
      }
    }
    // Every other use: a token is renewed once past half of its 15 minutes.
    expect(expiries.length).toBeGreaterThanOrEqual(70);
    expect(Math.max(...expiries)).toBe(Math.floor(end / 1000) * 1000);
    now = end + 1000;
    const after = await t.http.get('/api/v1/me').set('cookie', `${COOKIE}=${current}`);
    expectProblem(after, 401, 'UNAUTHENTICATED');
  });
});
