import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('anyone reads the year’s non-working days with their norm, and moves to another year', async ({
  page,
}) => {
  await signIn(page, 'mml.gdu');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Calendario' })
    .click();
  await expect(page).toHaveURL(/\/calendario$/);
  await expect(
    page.getByRole('heading', { name: 'Calendario de días no laborables' }),
  ).toBeVisible();

  await page.getByLabel('Año').fill('2026');
  const table = page.getByRole('table');
  // Ley 27444's terms skip them; each row says which norm makes the day a holiday.
  const newYear = table.getByRole('row', { name: /01\/01\/2026/ });
  await expect(newYear).toContainText('Año Nuevo');
  await expect(newYear).toContainText('Feriado nacional');
  await expect(table.getByRole('row', { name: /28\/07\/2026/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Año').fill('2027');
  await expect(table.getByRole('row', { name: /01\/01\/2027/ })).toContainText('Año Nuevo');

  // A reload on the section keeps it (the server answers the console's routes with the app).
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Calendario de días no laborables' }),
  ).toBeVisible();
});

test('on a phone the sections are behind the menu button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'mml.gdu');
  await page.getByRole('button', { name: 'Abrir el menú' }).click();
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Calendario' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Calendario de días no laborables' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Año Nuevo/ })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await expectAccessible(page);
});
