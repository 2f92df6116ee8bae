import type { Job } from 'bullmq';
import { AccountHousekeeping } from '#org';
import { PeriodicTasks } from '#queue';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';

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

  it('the web console login shares the limit: attempts on either route count together', async () => {
    const bearer = () =>
      t.http.post('/api/v1/auth/login').send({ username: 'mml.gdu', password: 'incorrecta' });
    const web = (password = 'incorrecta') =>
      t.http
        .post('/api/v1/auth/session')
        .set('x-despacho-web', '1')
        .send({ username: 'mml.gdu', password });
    expect((await bearer()).status).toBe(401);
    expect((await web()).status).toBe(401);
    expect((await bearer()).status).toBe(401);
    const limited = await web(DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(limited.headers['set-cookie']).toBeUndefined();
  });
});

describe('Stale login failures, deleted by the worker as the clock moves', () => {
  const MINUTE = 60_000;
  const T0 = Date.parse('2026-12-01T15:00:00Z');
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0', LOGIN_LOCKOUT_THRESHOLD: '3' });
    admin = await t.login('mml.admin');
  });
  afterAll(async () => {
    await t.close();
  });

  const setClock = async (at: number) => {
    const moved = await t.http
      .post('/api/v1/admin/clock')
      .set('authorization', `Bearer ${admin}`)
      .send({ now: new Date(at).toISOString() });
    expect(moved.status).toBe(200);
  };
  const login = (username: string, password = 'incorrecta') =>
    t.http.post('/api/v1/auth/login').send({ username, password });
  const fail = async (username: string, times: number) => {
    for (let i = 0; i < times; i++) expect((await login(username)).status).toBe(401);
  };
  const rows = async () =>
    (
      await t.query<{ username: string | null }>(
        `SELECT u.username FROM login_failures f LEFT JOIN users u ON u.id = f.user_id
         ORDER BY u.username NULLS FIRST`,
      )
    ).map((r) => r.username);
  const unlocks = () =>
    t.query<{ actor_name: string; at: Date; payload: Record<string, unknown> }>(
      `SELECT actor_name, at, payload FROM audit_events
       WHERE type = 'account.unlocked' AND payload->>'username' = 'mml.gdu'`,
    );

  it('deletes only rows past their window with no lock in force; an ended lock is audited once', async () => {
    const housekeeping = t.app.get(AccountHousekeeping);
    await setClock(T0);
    await fail('nadie.inexistente', 2);
    await fail('mml.gdu', 3); // locked until T0 + 15 min
    expect((await login('mml.gdu', DEMO_PASSWORD)).status).toBe(429);
    await setClock(T0 + 10 * MINUTE);
    await fail('mml.gsc', 1);
    expect(await rows()).toEqual([null, 'mml.gdu', 'mml.gsc']);

    // 14 minutes on: every row is within its window, the lock in force.
    await setClock(T0 + 14 * MINUTE);
    await expect(housekeeping.prune()).resolves.toEqual({ sessions: 0, loginFailures: 0 });
    expect(await rows()).toEqual([null, 'mml.gdu', 'mml.gsc']);

    // 16 minutes on: the unknown name's window and the lock are over; the last failure is not.
    await setClock(T0 + 16 * MINUTE);
    await expect(housekeeping.prune()).resolves.toEqual({ sessions: 0, loginFailures: 2 });
    expect(await rows()).toEqual(['mml.gsc']);
    const [unlocked, ...more] = await unlocks();
    expect(more).toEqual([]);
    expect(unlocked).toMatchObject({
      actor_name: 'sistema',
      at: new Date(T0 + 16 * MINUTE),
      payload: { reason: 'vencimiento', lockedUntil: new Date(T0 + 15 * MINUTE).toISOString() },
    });

    // Again at the same time: nothing. The account logs in, with no second unlock recorded.
    await expect(housekeeping.prune()).resolves.toEqual({ sessions: 0, loginFailures: 0 });
    expect((await login('mml.gdu', DEMO_PASSWORD)).status).toBe(200);
    expect(await unlocks()).toHaveLength(1);

    // The worker's job, 26 minutes on: the last row's window is over too.
    await setClock(T0 + 26 * MINUTE);
    // The periodic task's job, as a worker runs it.
    const job = { name: 'housekeeping', id: 'housekeeping-e2e', data: {} } as unknown as Job;
    await expect(t.app.get(PeriodicTasks).run(job)).resolves.toBe('done');
    expect(await rows()).toEqual([]);
    const verify = await t.http.get('/api/v1/audit/verify').set('authorization', `Bearer ${admin}`);
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('never deletes a live session, however far the business clock moves', async () => {
    const before = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions`);
    await setClock(Date.now() + 400 * 24 * 60 * MINUTE);
    await expect(t.app.get(AccountHousekeeping).prune()).resolves.toMatchObject({ sessions: 0 });
    expect(await t.query(`SELECT count(*)::int AS n FROM sessions`)).toEqual(before);
    expect((await t.http.get('/api/v1/me').set('authorization', `Bearer ${admin}`)).status).toBe(
      200,
    );
  });
});
