import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

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
