import { expect, type Page, test } from '@playwright/test';
import { bearer, expectAccessible, signIn } from './support';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
}

/** Opens one of the administration's screens from the navigation, as the ADMIN does. */
async function openScreen(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Administración' })
    .click();
  await page
    .getByRole('navigation', { name: 'Administración' })
    .getByRole('link', { name })
    .click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/**
 * A weekday of a far year that no national holiday takes (February, September, November from the
 * 2nd to the 27th), different on each run: a rerun never finds the last run's day still there.
 */
function freeDate(): string {
  const n = Date.now();
  const year = 2031 + (n % 9);
  const month = [1, 8, 10][Math.floor(n / 9) % 3] ?? 1;
  const date = new Date(Date.UTC(year, month, 2 + (Math.floor(n / 27) % 20)));
  // Saturdays and Sundays are not business days already: the API refuses them.
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const civil = (date: string): string => date.split('-').reverse().join('/');

test('the ADMIN sees only Inicio, Calendario and Administración', async ({ page }) => {
  await signIn(page, 'mml.admin');
  const nav = page.getByRole('navigation', { name: 'Secciones' });
  await expect(nav.getByRole('link')).toHaveText(['Inicio', 'Calendario', 'Administración']);
  // Its home leads to the administration instead of pending work.
  await expect(page.getByRole('main').getByRole('link', { name: 'Administración' })).toBeVisible();
  await expect(page.getByText('Pendientes conmigo')).toHaveCount(0);
  await nav.getByRole('link', { name: 'Administración' }).click();
  await expect(page.getByRole('heading', { name: 'Administración', level: 1 })).toBeVisible();
  await expectAccessible(page);
  // The workflow sections are not the ADMIN's: their addresses lead home.
  await page.goto('/resoluciones');
  await expect(page.getByRole('heading', { name: 'Inicio' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('a user who is not ADMIN does not see Administración and is sent away from its addresses', async ({
  page,
}) => {
  await signIn(page, 'mml.gdu');
  const nav = page.getByRole('navigation', { name: 'Secciones' });
  await expect(nav.getByRole('link', { name: 'Resoluciones' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Administración' })).toHaveCount(0);
  for (const path of ['/administracion', '/administracion/usuarios']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Inicio' })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  }
});

test('the ADMIN adds a non-working day with its norm, everyone sees it in the calendar, and the ADMIN withdraws it', async ({
  page,
}) => {
  const date = freeDate();
  const year = date.slice(0, 4);
  const name = `Aniversario de prueba ${Date.now()}`;
  await signIn(page, 'mml.admin');
  await openScreen(page, 'Días no laborables');
  await expect(page.getByRole('table').getByRole('row', { name: /Año Nuevo/ })).toBeVisible();
  await expectAccessible(page);

  // The API's refusal lands on each field it names.
  await page.getByRole('button', { name: 'Agregar día no laborable' }).click();
  const dialog = page.getByRole('dialog', { name: 'Agregar día no laborable' });
  await dialog.getByRole('button', { name: 'Agregar', exact: true }).click();
  const source = dialog.getByLabel('Norma que lo declara');
  await expect(source).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Fecha')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Fecha')).toBeFocused();
  await expectAccessible(page);

  await dialog.getByLabel('Fecha').fill(date);
  await dialog.getByLabel('Motivo').fill(name);
  await dialog.getByLabel('Tipo').selectOption({ label: 'Día no laborable' });
  await source.fill('Ordenanza Municipal N° 999-2026-MML');
  await dialog.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The list moves to the day's year and shows it with its norm.
  await expect(page.getByLabel('Año')).toHaveValue(year);
  const row = page.getByRole('table').getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(civil(date));
  await expect(row).toContainText('Ordenanza Municipal N° 999-2026-MML');
  await expect(row).toContainText('Municipal');

  // The same day again: the API's refusal, in Spanish.
  await page.getByRole('button', { name: 'Agregar día no laborable' }).click();
  await dialog.getByLabel('Fecha').fill(date);
  await dialog.getByLabel('Motivo').fill(name);
  await source.fill('Ordenanza Municipal N° 999-2026-MML');
  await dialog.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();

  // The calendar everyone reads shows it.
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Calendario' })
    .click();
  await page.getByLabel('Año').fill(year);
  await expect(page.getByRole('table').getByRole('row', { name: new RegExp(name) })).toContainText(
    'Ordenanza Municipal N° 999-2026-MML',
  );

  // Withdrawn after a confirmation: it leaves the calendar (archived, not deleted).
  await openScreen(page, 'Días no laborables');
  await page.getByLabel('Año').fill(year);
  await page
    .getByRole('table')
    .getByRole('button', { name: new RegExp(`^Retirar ${name}`) })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Retirar día no laborable' });
  await expect(confirm).toContainText(name);
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Retirar el día' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('table').getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  // National holidays are law: they have no withdraw button.
  await expect(
    page
      .getByRole('table')
      .getByRole('row', { name: /Año Nuevo/ })
      .getByRole('button'),
  ).toHaveCount(0);
});

const escape = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test('the ADMIN registers a delegation (the law refuses one first) and revokes it', async ({
  page,
}) => {
  const instrument = `Resolución de Gerencia Municipal N° ${Date.now()}-2026-MML/GM`;
  await signIn(page, 'mml.admin');
  await openScreen(page, 'Delegaciones');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Registrar delegación' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrar delegación' });
  await dialog.getByLabel('Clase').selectOption({ label: 'Delegación de firma' });
  await dialog.getByLabel('Cargo que delega (rol)').selectOption({ label: 'Gerencia Municipal' });
  await dialog.getByLabel('Cargo como se imprime').fill('Gerente Municipal Metropolitano');
  const delegate = dialog.getByLabel('Delegado o encargado');
  await expect(delegate.locator('option', { hasText: '(mml.gdu)' })).toHaveCount(1);
  const gdu = await delegate.locator('option', { hasText: '(mml.gdu)' }).getAttribute('value');
  await delegate.selectOption(gdu ?? '');
  await dialog.getByLabel('Instrumento').fill(instrument);
  // LOM Art. 39: a gerencia de línea does not sign the Gerencia Municipal's resolutions.
  await dialog.getByLabel('Materias').fill('resoluciones_gerencia_municipal');
  await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('LOM Art. 39');
  await expectAccessible(page);

  await dialog.getByLabel('Materias').fill('licencias_funcionamiento');
  await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table').getByRole('row', { name: escape(instrument) });
  await expect(row).toContainText('Vigente');
  await expect(row).toContainText('licencias_funcionamiento');
  await page.getByLabel('Mostrar').selectOption({ label: 'Solo las vigentes hoy' });
  await expect(row).toBeVisible();

  // Revoked with its reason, after a confirmation: it stays listed, as revoked.
  await row.getByRole('button', { name: /^Revocar/ }).click();
  const revoke = page.getByRole('dialog', { name: 'Revocar delegación' });
  await revoke.getByRole('button', { name: 'Revocar', exact: true }).click();
  await expect(revoke.getByLabel('Motivo')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await revoke
    .getByLabel('Motivo')
    .fill('Resolución de Gerencia Municipal N° 020-2026-MML/GM la deja sin efecto.');
  await revoke.getByRole('button', { name: 'Revocar', exact: true }).click();
  await expect(revoke).toBeHidden();
  await expect(row).toHaveCount(0);
  await page.getByLabel('Mostrar').selectOption('todas');
  await expect(row).toContainText('Revocada');
  await expect(row).toContainText('la deja sin efecto');
  await expect(row.getByRole('button', { name: /^Revocar/ })).toHaveCount(0);
});

test('the ADMIN creates a user, who signs in; then deactivates the account, which no longer signs in', async ({
  page,
}) => {
  const suffix = String(Date.now()).slice(-8);
  const username = `mml.prueba${suffix}`;
  const fullName = `Rosa Quispe Huamán ${suffix}`;
  const password = 'Cordillera-Blanca-Huascaran-7';
  await signIn(page, 'mml.admin');
  await openScreen(page, 'Usuarios');
  await expect(page.getByRole('table').getByRole('row', { name: /mml\.gdu/ })).toBeVisible();
  await expectAccessible(page);

  // ADMIN is not combined with other roles: the API's refusal lands on «Roles».
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Crear usuario' });
  await dialog.getByLabel('Nombre de usuario').fill(username);
  await dialog.getByLabel('Nombre completo').fill(fullName);
  await dialog.getByLabel('Cargo').fill('Especialista en licencias');
  await dialog
    .getByLabel('Unidad orgánica')
    .selectOption({ label: 'Gerencia de Desarrollo Urbano' });
  await dialog.getByRole('checkbox', { name: 'Administración del sistema' }).check();
  await dialog.getByRole('checkbox', { name: 'Gerencia de línea' }).check();
  await dialog.getByLabel('Contraseña inicial').fill('corta');
  await dialog.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(dialog.getByLabel('Contraseña inicial')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/el administrador configura Despacho/)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Administración del sistema' })).toBeFocused();
  await expectAccessible(page);

  await dialog.getByRole('checkbox', { name: 'Administración del sistema' }).uncheck();
  await dialog.getByLabel('Contraseña inicial').fill(password);
  await dialog.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('Unidad').selectOption({ label: 'Gerencia de Desarrollo Urbano' });
  const row = page.getByRole('table').getByRole('row', { name: escape(username) });
  await expect(row).toContainText(fullName);
  await expect(row).toContainText('Activo');
  await signOut(page);

  // The new user signs in with the initial password.
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('heading', { name: 'Inicio' })).toBeVisible();
  await expect(page.getByText(fullName).first()).toBeVisible();
  await signOut(page);

  // Deactivated with a reason: the account no longer signs in.
  await signIn(page, 'mml.admin');
  await openScreen(page, 'Usuarios');
  await page.getByLabel('Unidad').selectOption({ label: 'Gerencia de Desarrollo Urbano' });
  await row.getByRole('button', { name: `Acciones para ${username}` }).click();
  await page.getByRole('menuitem', { name: 'Desactivar' }).click();
  // The menu closes (its exit transition) before the dialog is checked.
  await expect(page.getByRole('menu')).toHaveCount(0);
  const deactivate = page.getByRole('dialog', { name: `Desactivar ${username}` });
  await deactivate.getByLabel('Motivo').fill('Cese por término de contrato (prueba)');
  await expectAccessible(page);
  await deactivate.getByRole('button', { name: 'Desactivar' }).click();
  await expect(deactivate).toBeHidden();
  await expect(row).toContainText('Desactivado');
  await signOut(page);

  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Inicio' })).toHaveCount(0);
});

test('on a phone the ADMIN edits an account, unlocks it, sets a new password and reactivates it', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const suffix = String(Date.now()).slice(-8);
  const username = `mml.movil${suffix}`;
  const first = 'Nevado-Ausangate-Cusco-41';
  const second = 'Laguna-Parón-Caraz-Ancash-9';
  // The account exists already (over the API, as mml.admin).
  const headers = await bearer(request, 'mml.admin');
  const units = (await (await request.get('/api/v1/units', { headers })).json()) as {
    items: { id: string; code: string }[];
  };
  const created = await request.post('/api/v1/admin/users', {
    headers,
    data: {
      username,
      fullName: `Luis Mamani Condori ${suffix}`,
      post: 'Asistente administrativo',
      unitId: units.items.find((u) => u.code === 'GSC')?.id,
      roles: ['GERENCIA'],
      password: first,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  // Wrong passwords until the account locks (LOGIN_LOCKOUT_THRESHOLD, 10 by default).
  for (let i = 0; i < 12; i++)
    await request.post('/api/v1/auth/login', { data: { username, password: 'equivocada' } });

  await signIn(page, 'mml.admin');
  await page.getByRole('button', { name: 'Abrir el menú' }).click();
  await openScreen(page, 'Usuarios');
  await page.getByLabel('Unidad').selectOption({ label: 'Gerencia de Seguridad Ciudadana' });
  const card = page.getByRole('listitem').filter({ hasText: username });
  await expect(card).toContainText('Bloqueado');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await expectAccessible(page);

  // Edit: the post changes; the unit and role stay.
  await card.getByRole('button', { name: `Acciones para ${username}` }).click();
  await page.getByRole('menuitem', { name: 'Editar unidad y roles' }).click();
  // The menu closes (its exit transition) before the dialog is checked.
  await expect(page.getByRole('menu')).toHaveCount(0);
  const edit = page.getByRole('dialog', { name: `Editar ${username}` });
  await expect(edit.getByRole('checkbox', { name: 'Gerencia de línea' })).toBeChecked();
  await edit.getByLabel('Cargo').fill('Especialista en fiscalización');
  await expectAccessible(page);
  await edit.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('Especialista en fiscalización');

  // Unlocked after a confirmation.
  await card.getByRole('button', { name: `Acciones para ${username}` }).click();
  await page.getByRole('menuitem', { name: 'Desbloquear' }).click();
  // The menu closes (its exit transition) before the dialog is checked.
  await expect(page.getByRole('menu')).toHaveCount(0);
  const unlock = page.getByRole('dialog', { name: `Desbloquear ${username}` });
  await expectAccessible(page);
  await unlock.getByRole('button', { name: 'Desbloquear' }).click();
  await expect(unlock).toBeHidden();
  await expect(card).not.toContainText('Bloqueado');

  // A new password: a short one is refused on its field, a good one is set.
  await card.getByRole('button', { name: `Acciones para ${username}` }).click();
  await page.getByRole('menuitem', { name: 'Fijar contraseña nueva' }).click();
  // The menu closes (its exit transition) before the dialog is checked.
  await expect(page.getByRole('menu')).toHaveCount(0);
  const reset = page.getByRole('dialog', { name: `Fijar contraseña nueva de ${username}` });
  const password = reset.getByLabel('Contraseña nueva');
  await password.fill('corta');
  await reset.getByRole('button', { name: 'Fijar contraseña' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
  await expectAccessible(page);
  await password.fill(second);
  await reset.getByRole('button', { name: 'Fijar contraseña' }).click();
  await expect(reset).toBeHidden();

  // Deactivated, then reactivated: it signs in with the new password.
  await card.getByRole('button', { name: `Acciones para ${username}` }).click();
  await page.getByRole('menuitem', { name: 'Desactivar' }).click();
  // The menu closes (its exit transition) before the dialog is checked.
  await expect(page.getByRole('menu')).toHaveCount(0);
  const deactivate = page.getByRole('dialog', { name: `Desactivar ${username}` });
  await deactivate.getByRole('button', { name: 'Desactivar' }).click();
  await expect(deactivate.getByLabel('Motivo')).toHaveAttribute('aria-invalid', 'true');
  await deactivate.getByLabel('Motivo').fill('Licencia sin goce (prueba)');
  await deactivate.getByRole('button', { name: 'Desactivar' }).click();
  await expect(card).toContainText('Desactivado');
  await card.getByRole('button', { name: `Acciones para ${username}` }).click();
  await page.getByRole('menuitem', { name: 'Reactivar' }).click();
  // The menu closes (its exit transition) before the dialog is checked.
  await expect(page.getByRole('menu')).toHaveCount(0);
  const reactivate = page.getByRole('dialog', { name: `Reactivar ${username}` });
  await reactivate.getByRole('button', { name: 'Reactivar' }).click();
  await expect(reactivate).toBeHidden();
  await expect(card).toContainText('Activo');
  const login = await request.post('/api/v1/auth/login', { data: { username, password: second } });
  expect(login.status()).toBe(200);

  // The other screens fit the phone too.
  for (const screen of ['Días no laborables', 'Delegaciones']) {
    await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await openScreen(page, screen);
    await expect(page.getByLabel(/^Cargando/)).toHaveCount(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false);
    await expectAccessible(page);
  }
});
