import { expect, test } from '@playwright/test';
import { assignMandate, expectAccessible, signIn, submittedResolution } from './support';

test('Asesoría Jurídica finds the legal opinion it owes in «Pendientes», counted in the navigation, with the business days left', async ({
  page,
  request,
}) => {
  const subject = `Licencia de edificación del mercado ${Date.now()}`;
  await submittedResolution(request, subject);

  await signIn(page, 'mml.juridica');
  // The home page says how much waits and leads to the tray.
  const summary = page.getByRole('heading', { name: 'Pendientes conmigo' });
  await expect(summary).toBeVisible();
  await expect(page.getByText(/^\d+ pendientes?$/)).toBeVisible();
  await expectAccessible(page);

  const navigation = page.getByRole('navigation', { name: 'Secciones' });
  await expect(navigation.getByLabel(/^\d+ pendientes?/)).toBeVisible();
  await navigation.getByRole('link', { name: /Pendientes/ }).click();
  await expect(page.getByRole('heading', { name: 'Pendientes conmigo', level: 1 })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: subject });
  await expect(row.getByText('Emitir la opinión legal')).toBeVisible();
  await expect(row.getByText(/^Quedan? \d+ días? hábil(es)?$|^Vence hoy$/)).toBeVisible();
  await expect(
    row.getByText(/^Opinión legal: hasta el [a-záéíóú]+,? \d{2}\/\d{2}\/\d{4}$/),
  ).toBeVisible();
  await expect(
    row.getByRole('link', { name: `Proyecto de resolución «${subject}»` }),
  ).toBeVisible();
  await expectAccessible(page);

  // Filters: another kind leaves it out; only overdue ones, none yet; back to all.
  await page.getByRole('combobox', { name: 'Tipo de expediente' }).click();
  await page.getByRole('option', { name: 'Encargos' }).click();
  await expect(page).toHaveURL(/tipo=mandates/);
  await expect(page.getByRole('row').filter({ hasText: subject })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Tipo de expediente' }).click();
  await page.getByRole('option', { name: 'Todos los expedientes' }).click();
  await expect(page).not.toHaveURL(/tipo=/);
  // The switch follows the address, which React Router updates in a transition: it turns on a
  // moment after the click, so click and wait rather than check() (which reads it at once).
  const overdue = page.getByLabel('Solo vencidos');
  await overdue.click();
  await expect(overdue).toBeChecked();
  await expect(page.getByText('Ningún pendiente cumple estos filtros.')).toBeVisible();
  await expectAccessible(page);
});

test('on a phone, the Gerencia de Desarrollo Urbano sees the encargo it must fulfil, by keyboard from the menu', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const title = `Inventario de maquinaria ${Date.now()}`;
  await assignMandate(request, title);

  await signIn(page, 'mml.gdu');
  await page.getByRole('button', { name: 'Abrir el menú' }).click();
  const link = page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', {
    name: /Pendientes/,
  });
  await link.focus();
  await page.keyboard.press('Enter');
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('Cumplir el encargo e informar')).toBeVisible();
  await expect(row.getByText('Quedan 5 días hábiles')).toBeVisible();
  await expectAccessible(page);
});
