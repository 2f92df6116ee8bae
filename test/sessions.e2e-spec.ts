import { createHmac } from 'node:crypto';
import { jest } from '@jest/globals';
import type { Job } from 'bullmq';
import { AccountHousekeeping, SessionClock, UsersService } from '#org';
import { PeriodicTasks } from '#queue';
import { expectProblem } from './support/problems.js';
import { RESOLUTIONS, resolutionBody } from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Signs a JWT with the app's own secret: what a leaked token generator could make. */
const forge = (claims: object, secret: string) => {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
};
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sub: string;
    mun: string;
    sid: string;
    iat: number;
    exp: number;
  } & Record<string, unknown>;

/** Default of SESSION_CACHE_MS: the bound these tests measure. */
const CACHE_MS = 5000;

describe('Sessions: tokens bound to a live session and an active user', () => {
  let t: TestApp;
  let clock: SessionClock;
  /** The session clock moves only when told (jest spy): no test sleeps. */
  let now: number;
  const advance = (ms: number) => {
    now += ms;
  };

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(SessionClock);
  });
  beforeEach(() => {
    now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (token: string) => t.http.get('/api/v1/me').set('authorization', `Bearer ${token}`);
  const post = (path: string, token: string, body: object = {}) =>
    t.http.post(path).set('authorization', `Bearer ${token}`).send(body);
  const userId = async (username: string) =>
    (await t.query<{ id: string }>(`SELECT id FROM users WHERE username = $1`, [username]))[0]!.id;

  it('issues short tokens naming their session, and audits the login without secrets', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'mml.secretaria', password: 'despacho' });
    expect(login.status).toBe(200);
    const claims = claimsOf(login.body.accessToken as string);
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims).not.toHaveProperty('roles');
    const [session] = await t.query<{
      expires_at: Date;
      created_at: Date;
      revoked_at: Date | null;
    }>(`SELECT created_at, expires_at, revoked_at FROM sessions WHERE id = $1`, [claims.sid]);
    expect(session!.revoked_at).toBeNull();
    expect(session!.expires_at.getTime() - session!.created_at.getTime()).toBe(12 * 3_600_000);
    expect(login.body.sessionExpiresAt).toBe(session!.expires_at.toISOString());

    const audit = await t.query<{ type: string; payload: Record<string, unknown> }>(
      `SELECT type, payload FROM audit_events WHERE type = 'auth.login' AND payload->>'sessionId' = $1`,
      [claims.sid],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(login.body.accessToken as string);
    expect(JSON.stringify(audit)).not.toMatch(/despacho"|password|token/i);
  });

  it('refuses a deactivated user (changed by another process) once the cache bound passed', async () => {
    const token = await t.login('mml.gdu');
    expect((await me(token)).status).toBe(200); // cached now
    // Another API process (or an operator) disables the account: this process learns by re-reading.
    await t.query(`UPDATE users SET active = false WHERE username = 'mml.gdu'`);
    advance(CACHE_MS - 1);
    expect((await me(token)).status).toBe(200);
    advance(2);
    expectProblem(await me(token), 401, 'UNAUTHENTICATED');
    await t.query(`UPDATE users SET active = true WHERE username = 'mml.gdu'`);
  });

  it('refuses a user deactivated by this process at once, resolutions included, and audits it', async () => {
    const token = await t.login('megantoni.gdu');
    const created = await post(RESOLUTIONS, token, resolutionBody());
    expect(created.status).toBe(201);
    const id = await userId('megantoni.gdu');
    const [{ municipality_id: mun }] = await t.query<{ municipality_id: string }>(
      `SELECT municipality_id FROM users WHERE id = $1`,
      [id],
    );
    await t.app.get(UsersService).deactivate(mun, id, await userId('megantoni.admin'));

    expectProblem(await post(RESOLUTIONS, token, resolutionBody()), 401, 'UNAUTHENTICATED');
    expectProblem(await me(token), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'megantoni.gdu', password: 'despacho' }),
      401,
      'INVALID_CREDENTIALS',
    );
    const sessions = await t.query<{ revoked_reason: string }>(
      `SELECT revoked_reason FROM sessions WHERE user_id = $1`,
      [id],
    );
    expect(sessions.map((s) => s.revoked_reason)).toEqual(['user_deactivated']);
    const audit = await t.query<{ type: string; actor_name: string }>(
      `SELECT type, actor_name FROM audit_events
       WHERE municipality_id = $1 AND type IN ('user.deactivated', 'session.revoked') ORDER BY id`,
      [mun],
    );
    expect(audit).toEqual([
      { type: 'user.deactivated', actor_name: 'megantoni.admin' },
      { type: 'session.revoked', actor_name: 'megantoni.admin' },
    ]);
    const verify = await t.http
      .get('/api/v1/audit/verify')
      .set('authorization', `Bearer ${await t.login('megantoni.admin')}`);
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('acts with the roles the user has now, not those at login', async () => {
    const juridica = await t.login('mml.juridica');
    const clockRead = (token: string) =>
      t.http.get('/api/v1/admin/clock').set('authorization', `Bearer ${token}`);
    expectProblem(await clockRead(juridica), 403, 'FORBIDDEN');
    await t.query(
      `UPDATE users SET roles = array_append(roles, 'ADMIN') WHERE username = 'mml.juridica'`,
    );
    advance(CACHE_MS);
    expect((await clockRead(juridica)).status).toBe(200);
    await t.query(
      `UPDATE users SET roles = array_remove(roles, 'ADMIN') WHERE username = 'mml.juridica'`,
    );
    advance(CACHE_MS);
    expectProblem(await clockRead(juridica), 403, 'FORBIDDEN');
    expect((await me(juridica)).body.roles).toEqual(['ASESORIA_JURIDICA']);
  });

  it('refuses tokens forged with the secret: no exp, a 10-year exp, no sid, a foreign sid', async () => {
    const token = await t.login('mml.presupuesto');
    const claims = claimsOf(token);
    const iat = Math.floor(now / 1000);
    const { exp: _exp, ...noExp } = claims;
    const { sid: _sid, ...noSid } = claims;
    const other = claimsOf(await t.login('mml.alcalde'));
    for (const forged of [
      noExp,
      { ...claims, iat, exp: iat + 10 * 365 * 86_400 },
      { ...claims, iat: iat + 10 * 365 * 86_400, exp: iat + 10 * 365 * 86_400 + 600 },
      noSid,
      { ...claims, sid: other.sid },
      { ...claims, sid: 'not-a-uuid' },
      { ...claims, sid: '00000000-0000-4000-8000-000000000000' },
    ])
      expectProblem(await me(forge(forged, t.jwtSecret)), 401, 'UNAUTHENTICATED');
    // The same claims re-signed pass: the refusals above are about the claims.
    expect((await me(forge(claims, t.jwtSecret))).status).toBe(200);
  });

  it('never lets a token of one municipality act on another', async () => {
    const token = await t.login('mml.admin');
    const claims = claimsOf(token);
    const [megantoni] = await t.query<{ id: string }>(
      `SELECT id FROM municipalities WHERE code = 'megantoni'`,
    );
    expectProblem(
      await me(forge({ ...claims, mun: megantoni!.id }, t.jwtSecret)),
      401,
      'UNAUTHENTICATED',
    );
    // A session moved to the other municipality (behind the API's back) is not the token's.
    await t.query(`UPDATE sessions SET municipality_id = $2 WHERE id = $1`, [
      claims.sid,
      megantoni!.id,
    ]);
    advance(CACHE_MS);
    expectProblem(await me(token), 401, 'UNAUTHENTICATED');
    const [unit] = await t.query<{ id: string }>(
      `SELECT id FROM units WHERE municipality_id = $1 LIMIT 1`,
      [megantoni!.id],
    );
    const fresh = await t.login('mml.admin');
    expectProblem(
      await t.http.get(`/api/v1/units/${unit!.id}`).set('authorization', `Bearer ${fresh}`),
      404,
      'NOT_FOUND',
    );
  });

  it('logout revokes the session at once, audited; other sessions of the user live on', async () => {
    const token = await t.login('mml.alcalde');
    const other = await t.login('mml.alcalde');
    expect((await me(token)).status).toBe(200);
    const logout = await post('/api/v1/auth/logout', token);
    expect(logout.status).toBe(204);
    expectProblem(await me(token), 401, 'UNAUTHENTICATED');
    expectProblem(await post('/api/v1/auth/refresh', token), 401, 'UNAUTHENTICATED');
    expectProblem(await post('/api/v1/auth/logout', token), 401, 'UNAUTHENTICATED');
    expect((await me(other)).status).toBe(200);
    const { sid } = claimsOf(token);
    const [row] = await t.query<{ revoked_reason: string }>(
      `SELECT revoked_reason FROM sessions WHERE id = $1`,
      [sid],
    );
    expect(row!.revoked_reason).toBe('logout');
    const audit = await t.query<{ actor_name: string }>(
      `SELECT actor_name FROM audit_events WHERE type = 'auth.logout' AND payload->>'sessionId' = $1`,
      [sid],
    );
    expect(audit).toEqual([{ actor_name: 'mml.alcalde' }]);
  });

  it('refreshes a live session until its absolute expiry, never beyond', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'mml.gsc', password: 'despacho' });
    let token = login.body.accessToken as string;
    const end = Date.parse(login.body.sessionExpiresAt as string);
    // The console refreshes before each token expires: 14 minutes apart, for 12 hours.
    while (now + 14 * 60_000 < end - 60_000) {
      advance(14 * 60_000);
      const refreshed = await post('/api/v1/auth/refresh', token);
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.sessionExpiresAt).toBe(login.body.sessionExpiresAt);
      token = refreshed.body.accessToken as string;
      expect(claimsOf(token).sid).toBe(claimsOf(login.body.accessToken as string).sid);
    }
    // Near the end a new token lasts only until the session does.
    now = end - 60_000;
    const last = await post('/api/v1/auth/refresh', token);
    expect(last.status).toBe(200);
    token = last.body.accessToken as string;
    expect(claimsOf(token).exp).toBe(Math.floor(end / 1000));
    expect((await me(token)).status).toBe(200);
    now = end;
    expectProblem(await me(token), 401, 'UNAUTHENTICATED');
    expectProblem(await post('/api/v1/auth/refresh', token), 401, 'UNAUTHENTICATED');
  });

  it('refuses a token whose access lifetime passed even if the session lives', async () => {
    const token = await t.login('mml.gerente');
    advance(900_000);
    expectProblem(await me(token), 401, 'UNAUTHENTICATED');
  });

  it('refuses a token already accepted once its access lifetime passed, from the second exp on', async () => {
    const token = await t.login('mml.gerente');
    expect((await me(token)).status).toBe(200);
    advance(899_000);
    expect((await me(token)).status).toBe(200);
    advance(1_000);
    expectProblem(await me(token), 401, 'UNAUTHENTICATED');
  });
  it('the worker deletes sessions ended longer ago than SESSION_RETENTION_DAYS, and nothing else', async () => {
    const HOUR = 3_600_000;
    const DAY = 24 * HOUR;
    const housekeeping = t.app.get(AccountHousekeeping);
    const present = async (...tokens: string[]) =>
      (
        await t.query<{ id: string }>(`SELECT id FROM sessions WHERE id = ANY($1::uuid[])`, [
          tokens.map((token) => claimsOf(token).sid),
        ])
      ).length;
    // What must go at the session clock's now: ended (expired or revoked) over 30 days ago.
    const due = async () =>
      (
        await t.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM sessions WHERE expires_at < $1 OR revoked_at < $1`,
          [new Date(now - 30 * DAY)],
        )
      )[0]!.n;
    const total = async () =>
      (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions`))[0]!.n;
    const loggedOut = async () => {
      const token = await t.login('mml.gsc');
      expect((await post('/api/v1/auth/logout', token)).status).toBe(204);
      return token;
    };

    // Day 0: three logouts and a session left to expire (12 h later).
    const old = [await loggedOut(), await loggedOut(), await loggedOut()];
    const expiring = await t.login('mml.gsc');
    advance(20 * DAY);
    const recent = await loggedOut();
    advance(10 * DAY + HOUR); // 30 days and 1 hour after day 0
    const live = await t.login('mml.gsc');

    // In batches of 2: the three logouts (and older ones of this suite) go in several batches.
    const expected = await due();
    expect(expected).toBeGreaterThanOrEqual(3);
    const before = await total();
    await expect(housekeeping.prune(2)).resolves.toMatchObject({ sessions: expected });
    expect(await total()).toBe(before - expected);
    expect(await present(...old)).toBe(0);
    // Expired 29 days 13 hours ago, revoked 10 days ago, live: kept.
    expect(await present(expiring, recent, live)).toBe(3);
    expect((await me(live)).status).toBe(200);

    // Twelve hours later the expired one (and this suite's others of day 0) ended 30 days ago too.
    advance(12 * HOUR);
    await expect(housekeeping.prune()).resolves.toMatchObject({ sessions: await due() });
    expect(await present(expiring)).toBe(0);
    expect(await present(recent, live)).toBe(2);

    // Idempotent, and the worker's job does the same: nothing more to delete at this time.
    const job = { name: 'housekeeping', id: 'housekeeping-e2e', data: {} } as unknown as Job;
    const remaining = await total();
    await expect(t.app.get(PeriodicTasks).run(job)).resolves.toBe('done');
    await expect(housekeeping.prune()).resolves.toMatchObject({ sessions: 0 });
    expect(await total()).toBe(remaining);
    // The audit keeps the logins and logouts of the deleted sessions.
    const audit = await t.query<{ type: string }>(
      `SELECT type FROM audit_events WHERE payload->>'sessionId' = $1 ORDER BY id`,
      [claimsOf(old[0]!).sid],
    );
    expect(audit.map((a) => a.type)).toEqual(['auth.login', 'auth.logout']);
  });
});
