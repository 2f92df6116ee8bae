import { expectProblem, fields } from './support/problems.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';

const BASE = '/api/v1/admin/users';
const STRONG = 'río hablador bajo tres puentes';
const STRONGER = 'cóndor lento sobre nevado gris';

interface UserBody {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  active: boolean;
  demo: boolean;
  unit: { id: string; code: string } | null;
}

describe('User management by the municipality ADMIN, and the own password', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const units: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['mml.admin', 'mml.gerente', 'megantoni.admin'])
      tokens[user] = await t.login(user);
    for (const row of await t.query<{ key: string; id: string }>(
      `SELECT m.code || '.' || u.code AS key, u.id FROM units u
       JOIN municipalities m ON m.id = u.municipality_id`,
    ))
      units[row.key] = row.id;
    for (const row of await t.query<{ username: string; id: string }>(
      `SELECT username, id FROM users`,
    ))
      ids[row.username] = row.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const auth = (token: string | undefined) => ({ authorization: `Bearer ${token}` });
  const asAdmin = (user = 'mml.admin') => auth(tokens[user]);
  const me = (token: string) => t.http.get('/api/v1/me').set(auth(token));
  const juridica = () => units['mml.GAJ'];
  const newUser = (overrides: object = {}) => ({
    username: 'mml.jperez',
    fullName: 'Juana Pérez del Águila',
    post: 'Especialista legal',
    unitId: juridica(),
    roles: ['ASESORIA_JURIDICA'],
    password: STRONG,
    ...overrides,
  });
  let created: UserBody;
  let userToken = '';

  it('documents the routes in OpenAPI', async () => {
    const docs = await t.http.get('/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        BASE,
        `${BASE}/{id}`,
        `${BASE}/{id}/deactivate`,
        `${BASE}/{id}/reactivate`,
        `${BASE}/{id}/password`,
        '/api/v1/me/password',
      ]),
    );
  });

  it('refuses weak passwords, listing every reason, and writes nothing', async () => {
    const weak = await t.http
      .post(BASE)
      .set(asAdmin())
      .send(newUser({ password: 'Password2026' }));
    expectProblem(weak, 400, 'VALIDATION_FAILED');
    expect(fields(weak.body)).toEqual(['password']);
    expect(weak.body.errors[0].messages).toEqual([
      'es una contraseña común con números o símbolos añadidos',
    ]);
    const personal = await t.http
      .post(BASE)
      .set(asAdmin())
      .send(newUser({ password: 'jperez' }));
    expect(personal.body.errors[0].messages).toEqual([
      'debe tener al menos 12 caracteres (tiene 6)',
      'no debe contener el nombre de usuario',
      'no debe contener su nombre ni sus apellidos',
    ]);
    expect(JSON.stringify(personal.body)).not.toContain('"jperez"');
    const rows = await t.query(`SELECT 1 FROM users WHERE username = 'mml.jperez'`);
    expect(rows).toHaveLength(0);
  });

  it('validates the user name, the unit (own municipality) and the roles', async () => {
    const bad = await t.http
      .post(BASE)
      .set(asAdmin())
      .send(
        newUser({
          username: 'megantoni.jperez',
          unitId: units['megantoni.GG'],
          roles: ['ADMIN', 'GERENTE_MUNICIPAL'],
        }),
      );
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(fields(bad.body)).toEqual(['roles', 'unitId', 'username']);
    const badPattern = await t.http
      .post(BASE)
      .set(asAdmin())
      .send(newUser({ username: 'MML.Juana', roles: ['NO_EXISTE'] }));
    expect(fields(badPattern.body)).toEqual(['roles', 'username']);
  });

  it('refuses a role that does not fit the unit, naming the rule, and writes nothing', async () => {
    const auditBefore = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`);
    const lawyerInGdu = await t.http
      .post(BASE)
      .set(asAdmin())
      .send(newUser({ unitId: units['mml.GDU'] }));
    expectProblem(lawyerInGdu, 400, 'ROLE_UNIT_MISMATCH');
    expect(lawyerInGdu.body).toMatchObject({
      title: 'El rol no corresponde a la unidad',
      unit: { code: 'GDU', kind: 'gerencia_linea' },
      mismatches: [{ role: 'ASESORIA_JURIDICA', allowedUnitKinds: ['asesoria_juridica'] }],
    });
    expect(lawyerInGdu.body.detail).toBe(
      'El rol ASESORIA_JURIDICA solo se asigna en una unidad de tipo asesoria_juridica ' +
        '(Asesoría Jurídica); «Gerencia de Desarrollo Urbano» (GDU) es de tipo gerencia_linea ' +
        '(gerencia de línea). Regla: cada rol se asigna solo en una unidad del tipo que le ' +
        'corresponde; cambie la unidad o el rol.',
    );
    for (const [unit, roles] of [
      ['mml.GMM', ['ALCALDE']],
      ['mml.ALC', ['GERENTE_MUNICIPAL']],
      ['mml.ALC', ['ALCALDE', 'GERENTE_MUNICIPAL']],
      ['mml.GAJ', ['GERENCIA']],
    ] as const)
      expectProblem(
        await t.http
          .post(BASE)
          .set(asAdmin())
          .send(newUser({ unitId: units[unit], roles })),
        400,
        'ROLE_UNIT_MISMATCH',
      );
    // Field validation comes first: an unknown unit is VALIDATION_FAILED, not a mismatch.
    expectProblem(
      await t.http
        .post(BASE)
        .set(asAdmin())
        .send(newUser({ unitId: units['megantoni.GDU'] })),
      400,
      'VALIDATION_FAILED',
    );

    // A change of roles or of unit alone is checked against the other half.
    const gdu = ids['mml.gdu'] ?? '';
    expectProblem(
      await t.http
        .patch(`${BASE}/${gdu}`)
        .set(asAdmin())
        .send({ roles: ['GERENTE_MUNICIPAL'] }),
      400,
      'ROLE_UNIT_MISMATCH',
    );
    expectProblem(
      await t.http.patch(`${BASE}/${gdu}`).set(asAdmin()).send({ unitId: units['mml.GAJ'] }),
      400,
      'ROLE_UNIT_MISMATCH',
    );
    expect(await t.query(`SELECT 1 FROM users WHERE username = 'mml.jperez'`)).toHaveLength(0);
    const [gduNow] = await t.query<{ roles: string[]; unit_id: string }>(
      `SELECT roles, unit_id FROM users WHERE id = $1`,
      [gdu],
    );
    expect(gduNow).toEqual({ roles: ['GERENCIA'], unit_id: units['mml.GDU'] });
    const auditAfter = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`);
    expect(auditAfter).toEqual(auditBefore);

    // GERENCIA fits any gerencia de línea: a move between two is accepted.
    const moved = await t.http
      .patch(`${BASE}/${gdu}`)
      .set(asAdmin())
      .send({ unitId: units['mml.GSC'], post: 'Gerente de Seguridad Ciudadana (e)' });
    expect(moved.status).toBe(200);
    const restored = await t.http
      .patch(`${BASE}/${gdu}`)
      .set(asAdmin())
      .send({ unitId: units['mml.GDU'], post: 'Gerente de Desarrollo Urbano' });
    expect(restored.body).toMatchObject({ unit: { code: 'GDU' }, roles: ['GERENCIA'] });
  });

  it('creates a user who then logs in; the name is unique', async () => {
    const response = await t.http.post(BASE).set(asAdmin()).send(newUser());
    expect(response.status).toBe(201);
    created = response.body as UserBody;
    expect(created).toMatchObject({
      username: 'mml.jperez',
      roles: ['ASESORIA_JURIDICA'],
      active: true,
      demo: false,
    });
    expect(JSON.stringify(response.body)).not.toMatch(/password|argon2/i);
    userToken = await t.login('mml.jperez', STRONG);
    const self = await me(userToken);
    expect(self.body).toMatchObject({ username: 'mml.jperez', demo: false });

    expectProblem(
      await t.http
        .post(BASE)
        .set(asAdmin())
        .send(newUser({ username: 'mml.JPEREZ'.toLowerCase() })),
      409,
      'USERNAME_TAKEN',
    );
  });

  it('lists with filters and reads one', async () => {
    const all = await t.http.get(`${BASE}?pageSize=100`).set(asAdmin());
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(10);
    const lawyers = await t.http.get(`${BASE}?role=ASESORIA_JURIDICA&active=true`).set(asAdmin());
    expect((lawyers.body.items as UserBody[]).map((u) => u.username).sort()).toEqual([
      'mml.jperez',
      'mml.juridica',
    ]);
    const inactive = await t.http.get(`${BASE}?active=false`).set(asAdmin());
    expect(inactive.body.total).toBe(0);
    const one = await t.http.get(`${BASE}/${created.id}`).set(asAdmin());
    expect(one.body).toEqual(created);
    expectProblem(
      await t.http.get(`${BASE}?active=quizas`).set(asAdmin()),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('searches words in the user name, full name or post, case-insensitive; wildcards are literal', async () => {
    const names = async (q: string) =>
      (
        (await t.http.get(`${BASE}?q=${encodeURIComponent(q)}&pageSize=100`).set(asAdmin())).body
          .items as UserBody[]
      ).map((u) => u.username);
    expect(await names('JPEREZ')).toEqual(['mml.jperez']);
    expect(await names(created.fullName.split(' ')[0] ?? '')).toContain(created.username);
    expect(await names('%%')).toEqual([]);
    expect(await names('__')).toEqual([]);
    expectProblem(await t.http.get(`${BASE}?q=a`).set(asAdmin()), 400, 'VALIDATION_FAILED');
  });

  it('marks the demo users', async () => {
    const demo = await t.http.get(`${BASE}/${ids['mml.gerente']}`).set(asAdmin());
    expect(demo.body).toMatchObject({ username: 'mml.gerente', demo: true });
    expect((await me(tokens['mml.gerente'] ?? '')).body).toMatchObject({ demo: true });
  });

  it('applies a change of roles on the next request of a token already issued', async () => {
    expectProblem(await t.http.get(BASE).set(auth(userToken)), 403, 'FORBIDDEN');
    const patched = await t.http
      .patch(`${BASE}/${created.id}`)
      .set(asAdmin())
      .send({ roles: ['ADMIN'], post: 'Administradora', unitId: units['mml.GMM'] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ roles: ['ADMIN'], post: 'Administradora' });
    expect((await t.http.get(BASE).set(auth(userToken))).status).toBe(200);
    expect((await me(userToken)).body).toMatchObject({ roles: ['ADMIN'] });

    // Back to a lawyer: the role only fits a legal unit (ROLE_UNIT_MISMATCH), so the unit goes too.
    const back = await t.http
      .patch(`${BASE}/${created.id}`)
      .set(asAdmin())
      .send({ roles: ['ASESORIA_JURIDICA'], unitId: juridica() });
    expect(back.status).toBe(200);
    expectProblem(await t.http.get(BASE).set(auth(userToken)), 403, 'FORBIDDEN');
  });

  it('an ADMIN cannot deactivate or demote itself, nor reset its own password here', async () => {
    const adminId = ids['mml.admin'] ?? '';
    expectProblem(
      await t.http.post(`${BASE}/${adminId}/deactivate`).set(asAdmin()).send({ reason: 'prueba' }),
      409,
      'ADMIN_LOCKOUT',
    );
    expectProblem(
      await t.http
        .patch(`${BASE}/${adminId}`)
        .set(asAdmin())
        .send({ roles: ['GERENTE_MUNICIPAL'] }),
      409,
      'ADMIN_LOCKOUT',
    );
    expectProblem(
      await t.http.post(`${BASE}/${adminId}/password`).set(asAdmin()).send({ password: STRONG }),
      403,
      'SELF_PASSWORD_RESET',
    );
    expect((await me(tokens['mml.admin'] ?? '')).body.roles).toEqual(['ADMIN']);
  });

  it('the ADMIN of Megantoni cannot see or touch Lima users; other roles get 403', async () => {
    const other = asAdmin('megantoni.admin');
    expectProblem(await t.http.get(`${BASE}/${created.id}`).set(other), 404, 'NOT_FOUND');
    expectProblem(
      await t.http.patch(`${BASE}/${created.id}`).set(other).send({ post: 'x' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http.post(`${BASE}/${created.id}/deactivate`).set(other).send({ reason: 'x' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http.post(`${BASE}/${created.id}/reactivate`).set(other),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http.post(`${BASE}/${created.id}/password`).set(other).send({ password: STRONGER }),
      404,
      'NOT_FOUND',
    );
    const list = await t.http.get(`${BASE}?pageSize=100`).set(other);
    expect((list.body.items as UserBody[]).every((u) => u.username.startsWith('megantoni.'))).toBe(
      true,
    );
    expectProblem(await t.http.get(BASE).set(asAdmin('mml.gerente')), 403, 'FORBIDDEN');
    expectProblem(
      await t.http
        .post(BASE)
        .set(asAdmin('mml.gerente'))
        .send(newUser({ username: 'mml.x1' })),
      403,
      'FORBIDDEN',
    );
  });

  it('changes the own password: wrong current one refused and counted, others sessions end', async () => {
    const other = await t.login('mml.jperez', STRONG);
    const wrong = await t.http
      .post('/api/v1/me/password')
      .set(auth(userToken))
      .send({ currentPassword: 'no es esta', newPassword: STRONGER });
    expectProblem(wrong, 403, 'CURRENT_PASSWORD_INVALID');
    const [failures] = await t.query<{ failures: number }>(
      `SELECT failures FROM login_failures WHERE user_id = $1`,
      [created.id],
    );
    expect(failures?.failures).toBe(1);

    const same = await t.http
      .post('/api/v1/me/password')
      .set(auth(userToken))
      .send({ currentPassword: STRONG, newPassword: STRONG });
    expectProblem(same, 400, 'VALIDATION_FAILED');
    expect(same.body.errors).toEqual([
      { field: 'newPassword', messages: ['debe ser distinta de la contraseña actual'] },
    ]);

    const ok = await t.http
      .post('/api/v1/me/password')
      .set(auth(userToken))
      .send({ currentPassword: STRONG, newPassword: STRONGER });
    expect(ok.status).toBe(204);
    expect((await me(userToken)).status).toBe(200);
    expectProblem(await me(other), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ username: 'mml.jperez', password: STRONG }),
      401,
      'INVALID_CREDENTIALS',
    );
    await t.login('mml.jperez', STRONGER);
  });

  it('an admin reset sets a new password and ends every session of the user', async () => {
    const weak = await t.http
      .post(`${BASE}/${created.id}/password`)
      .set(asAdmin())
      .send({ password: 'corta' });
    expectProblem(weak, 400, 'VALIDATION_FAILED');
    const reset = await t.http
      .post(`${BASE}/${created.id}/password`)
      .set(asAdmin())
      .send({ password: STRONG });
    expect(reset.status).toBe(204);
    expectProblem(await me(userToken), 401, 'UNAUTHENTICATED');
    userToken = await t.login('mml.jperez', STRONG);
  });

  it('deactivates (token refused, login fails) and reactivates', async () => {
    const missingReason = await t.http
      .post(`${BASE}/${created.id}/deactivate`)
      .set(asAdmin())
      .send({});
    expectProblem(missingReason, 400, 'VALIDATION_FAILED');
    const off = await t.http
      .post(`${BASE}/${created.id}/deactivate`)
      .set(asAdmin())
      .send({ reason: 'Cese (Memorando N° 120-2026-MML/GA)' });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false });
    expectProblem(await me(userToken), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ username: 'mml.jperez', password: STRONG }),
      401,
      'INVALID_CREDENTIALS',
    );
    // Twice is the same: no second audit entry.
    expect(
      (
        await t.http
          .post(`${BASE}/${created.id}/deactivate`)
          .set(asAdmin())
          .send({ reason: 'otra vez' })
      ).status,
    ).toBe(200);

    const on = await t.http.post(`${BASE}/${created.id}/reactivate`).set(asAdmin());
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ active: true });
    expectProblem(await me(userToken), 401, 'UNAUTHENTICATED');
    await t.login('mml.jperez', STRONG);
  });

  it('audits every change without passwords, and the chain verifies', async () => {
    const rows = await t.query<{
      type: string;
      payload: Record<string, unknown>;
      actor_name: string;
    }>(
      `SELECT type, payload, actor_name FROM audit_events
       WHERE type LIKE 'user.%' AND payload->>'userId' = $1 ORDER BY id`,
      [created.id],
    );
    expect(rows.map((r) => r.type)).toEqual([
      'user.created',
      'user.updated',
      'user.updated',
      'user.password_changed',
      'user.password_reset',
      'user.deactivated',
      'user.reactivated',
    ]);
    expect(rows.find((r) => r.type === 'user.deactivated')?.payload).toMatchObject({
      reason: 'Cese (Memorando N° 120-2026-MML/GA)',
    });
    expect(rows.find((r) => r.type === 'user.updated')?.payload).toMatchObject({
      changes: { roles: { from: ['ASESORIA_JURIDICA'], to: ['ADMIN'] } },
    });
    const all = JSON.stringify(
      await t.query(`SELECT payload FROM audit_events WHERE type LIKE 'user.%'`),
    );
    for (const secret of [STRONG, STRONGER, 'argon2', 'Password2026', DEMO_PASSWORD])
      expect(all).not.toContain(secret);
    const verify = await t.http.get('/api/v1/audit/verify').set(asAdmin());
    expect(verify.body).toMatchObject({ ok: true });
  });
  describe('unlocking an account locked by failed logins', () => {
    const fail = async (username: string, times: number) => {
      for (let i = 0; i < times; i++)
        await t.http.post('/api/v1/auth/login').send({ username, password: 'no es esta' });
    };
    const login = (username: string, password = DEMO_PASSWORD) =>
      t.http.post('/api/v1/auth/login').send({ username, password });
    const unlock = (id: string, user = 'mml.admin') =>
      t.http.post(`${BASE}/${id}/unlock`).set(asAdmin(user));
    const auditOf = (type: string, userId: string) =>
      t.query<{ actor_name: string; at: Date; payload: Record<string, unknown> }>(
        `SELECT actor_name, at, payload FROM audit_events
         WHERE type = $1 AND payload->>'userId' = $2 ORDER BY id`,
        [type, userId],
      );

    it('documents the route and the lock in OpenAPI', async () => {
      const docs = await t.http.get('/api/docs-json');
      const operation = docs.body.paths[`${BASE}/{id}/unlock`]?.post;
      expect(operation).toMatchObject({
        summary: expect.stringMatching(/Desbloquea/),
        description: expect.stringMatching(/account\.unlocked/),
      });
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
      expect(docs.body.components.schemas.AdminUserDto.properties).toMatchObject({
        locked: { type: 'boolean' },
        lockedUntil: { type: 'string', format: 'date-time', nullable: true },
      });
    });

    it('shows the lock to the ADMIN, who lifts it; audited with who and when', async () => {
      const id = ids['mml.gsc'] ?? '';
      await fail('mml.gsc', 10);
      expectProblem(await login('mml.gsc'), 429, 'RATE_LIMITED');
      const [locked] = await auditOf('account.locked', id);
      const seen = await t.http.get(`${BASE}/${id}`).set(asAdmin());
      expect(seen.body).toMatchObject({ locked: true, lockedUntil: locked?.payload.lockedUntil });
      const listed = await t.http.get(`${BASE}?pageSize=100`).set(asAdmin());
      expect(
        (listed.body.items as (UserBody & { locked: boolean })[])
          .filter((u) => u.locked)
          .map((u) => u.username),
      ).toEqual(['mml.gsc']);

      // Nobody else may: another role 403, another municipality's ADMIN 404; nothing cleared.
      expectProblem(
        await t.http.post(`${BASE}/${id}/unlock`).set(asAdmin('mml.gerente')),
        403,
        'FORBIDDEN',
      );
      expectProblem(await unlock(id, 'megantoni.admin'), 404, 'NOT_FOUND');
      expectProblem(await unlock('no-es-un-uuid'), 400, 'VALIDATION_FAILED');
      expectProblem(await login('mml.gsc'), 429, 'RATE_LIMITED');

      const before = Date.now();
      const unlocked = await unlock(id);
      expect(unlocked.status).toBe(200);
      expect(unlocked.body).toMatchObject({
        username: 'mml.gsc',
        locked: false,
        lockedUntil: null,
      });
      expect(await t.query(`SELECT 1 FROM login_failures WHERE user_id = $1`, [id])).toEqual([]);
      expect((await login('mml.gsc')).status).toBe(200);

      const audit = await auditOf('account.unlocked', id);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor_name).toBe('mml.admin');
      expect(audit[0]?.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(audit[0]?.payload).toEqual({
        userId: id,
        username: 'mml.gsc',
        reason: 'administrador',
        lockedUntil: locked?.payload.lockedUntil,
        wasLocked: true,
        failures: 0,
      });
      // Nothing left to clear: the same answer, no second entry.
      expect((await unlock(id)).body).toMatchObject({ locked: false });
      expect(await auditOf('account.unlocked', id)).toHaveLength(1);
    });

    it('also forgets failures that did not lock yet', async () => {
      const id = ids['mml.secretaria'] ?? '';
      await fail('mml.secretaria', 4);
      const unlocked = await unlock(id);
      expect(unlocked.body).toMatchObject({ locked: false });
      const [audit] = await auditOf('account.unlocked', id);
      expect(audit?.payload).toMatchObject({ lockedUntil: null, wasLocked: false, failures: 4 });
      // The count starts again: 9 more failures do not lock.
      await fail('mml.secretaria', 9);
      expect((await login('mml.secretaria')).status).toBe(200);
    });

    it('finds a lock taken on the name before the account existed', async () => {
      await fail('mml.rquispe', 10);
      const created = await t.http
        .post(BASE)
        .set(asAdmin())
        .send(newUser({ username: 'mml.rquispe', fullName: 'Rocío Quispe Mamani' }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ locked: true });
      expectProblem(await login('mml.rquispe', STRONG), 429, 'RATE_LIMITED');
      expect((await unlock(created.body.id as string)).body).toMatchObject({ locked: false });
      expect((await login('mml.rquispe', STRONG)).status).toBe(200);
    });

    it('an admin password reset lifts the lock too, audited in the reset', async () => {
      const id = ids['mml.presupuesto'] ?? '';
      await fail('mml.presupuesto', 10);
      expectProblem(await login('mml.presupuesto'), 429, 'RATE_LIMITED');
      const reset = await t.http.post(`${BASE}/${id}/password`).set(asAdmin()).send({
        password: STRONGER,
      });
      expect(reset.status).toBe(204);
      expect((await login('mml.presupuesto', STRONGER)).status).toBe(200);
      const [audit] = await auditOf('user.password_reset', id);
      expect(audit?.actor_name).toBe('mml.admin');
      expect(audit?.payload).toMatchObject({
        clearedLockout: { wasLocked: true, failures: 0, lockedUntil: expect.any(String) },
      });
      // A reset of an account with no failures records none.
      const again = await t.http.post(`${BASE}/${id}/password`).set(asAdmin()).send({
        password: STRONG,
      });
      expect(again.status).toBe(204);
      const audits = await auditOf('user.password_reset', id);
      expect(audits[1]?.payload).toMatchObject({ clearedLockout: null });
      const verify = await t.http.get('/api/v1/audit/verify').set(asAdmin());
      expect(verify.body).toMatchObject({ ok: true });
    });
  });
});
