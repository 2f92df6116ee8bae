import { expect, test } from '@playwright/test';
import { bearer, calendarEntry, expectAccessible, serverNow, signIn } from './support';

const PARTICIPATIVO = 'Presupuesto Participativo';

test('Ley 28056 (DS 142-2009-EF, Art. 6): the Presupuesto Participativo shows its phases on the calendar and in its file; the unit records them in order and cannot present it before', async ({
  page,
  request,
}) => {
  const year = (await serverNow(request)).getUTCFullYear() + 1;
  // Next year's calendar, seeded by the ADMIN (idempotent: another journey may have seeded it).
  const seeded = await request.post(`/api/v1/budget/calendar/${year}/seed`, {
    headers: await bearer(request, 'mml.admin'),
  });
  expect(seeded.status()).toBe(200);

  // The calendar says which phase comes next and by when.
  await signIn(page, 'mml.analista');
  await page.goto(`/calendario-de-gestion?anio=${year}`);
  const gpp = page.getByRole('region', { name: 'Gerencia de Planificación y Presupuesto' });
  const entry = calendarEntry(gpp, PARTICIPATIVO);
  await expect(entry).toContainText(/Fase 1 de 4: Preparación .*, último día 28\/02\//);
  await expectAccessible(page);

  // Its file lists the four phases; only the next one may be recorded, and not without its document.
  await entry.getByRole('link', { name: PARTICIPATIVO }).click();
  await expect(page.getByRole('heading', { name: `${PARTICIPATIVO} ${year}` })).toBeVisible();
  const phases = page.getByRole('region', { name: 'Fases' });
  await expect(phases.getByRole('row')).toHaveCount(5);
  await expect(phases.getByRole('row').nth(1)).toContainText(/1\. Preparación/);
  await expect(page.getByRole('button', { name: 'Presentar el documento' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Registrar la fase cumplida' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrar la fase cumplida' });
  await expect(dialog).toContainText('Fase que se registra: Preparación');
  await dialog.getByRole('button', { name: 'Registrar la fase', exact: true }).click();
  const documentRef = dialog.getByLabel('Documento que acredita la fase');
  await expect(documentRef).toHaveAttribute('aria-invalid', 'true');
  await expect(documentRef).toBeFocused();
  await expectAccessible(page);
  await documentRef.fill(`Ordenanza Municipal N° 2610-${year - 1}-MML`);
  await dialog.getByRole('button', { name: 'Registrar la fase', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(phases.getByRole('row').nth(1)).toContainText(
    `Cumplida: Ordenanza Municipal N° 2610-${year - 1}-MML`,
  );
  await expect(phases.getByRole('row').nth(2)).toContainText('La que sigue');
  await expect(page.getByRole('region', { name: 'Historial (auditoría)' })).toContainText(
    'Fase cumplida',
  );
  await expect(page.getByRole('button', { name: 'Presentar el documento' })).toHaveCount(0);
  await expectAccessible(page);

  // The ordinance fixes the phases' dates: mml.admin moves the concertación's with its source.
  const file = page.url();
  await page.context().clearCookies();
  await signIn(page, 'mml.admin');
  await page.goto(file);
  await page.getByRole('button', { name: 'Cambiar el último día de la fase 2' }).click();
  const change = page.getByRole('dialog', { name: 'Cambiar el último día' });
  await expect(change).toContainText('fase «Concertación');
  await change.getByLabel('Nuevo último día').fill(`${year - 1}-05-14`);
  await change
    .getByLabel('Fuente legal de la nueva fecha')
    .fill(`Ordenanza Municipal N° 2610-${year - 1}-MML, Art. 4`);
  await expectAccessible(page);
  await change.getByRole('button', { name: 'Cambiar la fecha' }).click();
  await expect(change).toBeHidden();
  await expect(page.getByRole('region', { name: 'Versiones del último día' })).toContainText(
    `Fase «Concertación (talleres y Acta de Acuerdos y Compromisos)», 2. 14/05/${year - 1}`,
  );
  await expect(phases.getByRole('row').nth(2)).toContainText(`14/05/${year - 1}`);
  // A phase already completed keeps its date: no such button.
  await expect(
    page.getByRole('button', { name: 'Cambiar el último día de la fase 1' }),
  ).toHaveCount(0);
  await expectAccessible(page);
});
