import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import {
  assignMandate,
  bearer,
  convenioInForce,
  expectAccessible,
  moveManualClockAhead,
  readyToSignResolution,
  restoreManualClock,
  serverNow,
  signIn,
} from './support';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
}

async function openBoard(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Despacho de Alcaldía' })
    .click();
  await expect(page.getByRole('heading', { name: 'Despacho de Alcaldía', level: 1 })).toBeVisible();
}

test.afterAll(({ request }) => restoreManualClock(request));

test('the Gerente signs two from the tray in one batch; the Alcaldía board counts them, lists them and exports the list', async ({
  page,
  request,
}) => {
  const stamp = Date.now();
  const subjects = [
    `Aprobar el plan de arborización de la avenida Abancay ${stamp}`,
    `Aprobar el cronograma de limpieza de drenes ${stamp}`,
  ];
  const ids: string[] = [];
  for (const subject of subjects) ids.push(await readyToSignResolution(request, subject));

  // The board before: how many signed this month so far.
  await signIn(page, 'mml.alcalde');
  await openBoard(page);
  const signedFigure = page.getByRole('link', { name: /^Firmadas en .*: \d+\. Ver la lista$/ });
  const before = Number((await signedFigure.textContent())?.replace(/\D/g, ''));
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, 'mml.gerente');
  await page.goto('/resoluciones/firma');
  for (const subject of subjects)
    await page.getByRole('checkbox', { name: `Seleccionar: ${subject}` }).check();
  await page.getByRole('button', { name: /^Firmar seleccionadas/ }).click();
  await page.getByRole('button', { name: 'Firmar 2 resoluciones' }).click();
  await expect(page.getByText(/^Listo: se firmaron 2/)).toBeVisible();
  const headers = await bearer(request, 'mml.alcalde');
  const numbers: string[] = [];
  for (const id of ids) {
    const resolution = await request.get(`/api/v1/resolutions/${id}`, { headers });
    numbers.push(((await resolution.json()) as { number: string }).number);
  }
  await signOut(page);

  // The Alcaldía's board: two more signed this month; the figure opens their list.
  await signIn(page, 'mml.alcalde');
  await openBoard(page);
  await expect(signedFigure).toHaveText(String(before + 2));
  await expectAccessible(page);
  await signedFigure.click();
  await expect(page.getByRole('heading', { name: 'Firmadas este mes', level: 1 })).toBeVisible();
  const rows = page.getByRole('row');
  for (const number of numbers)
    await expect(rows.filter({ hasText: number }).first()).toBeVisible();
  await expectAccessible(page);

  // The list exports: CSV with «;» and a BOM (Excel in Spanish), and a real workbook.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportar CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('firmadas-este-mes.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\uFEFFNúmero;Serie;Unidad que emite;Firmada')).toBe(true);
  expect(text.trim().split('\r\n')).toHaveLength(before + 3);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportar Excel' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('firmadas-este-mes.xlsx');
  // A workbook is a ZIP archive.
  expect(
    readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
});

test('an encargo runs out, is escalated to the Gerente and shows on the board against its gerencia', async ({
  page,
  request,
}) => {
  const title = `Padrón de mercados de abastos ${Date.now()}`;
  await assignMandate(request, title, 'GSC');
  // 5 business days and 2 more for the escalation: three calendar weeks leave no doubt.
  await moveManualClockAhead(request, 21);

  await signIn(page, 'mml.alcalde');
  await openBoard(page);
  const escalations = page.getByRole('region', { name: 'Escalamientos recientes' });
  // Escalated twice: to the Gerente, then (5 business days late) to the Alcalde.
  await expect(escalations.getByRole('link', { name: title }).first()).toBeVisible();
  await expect(escalations.getByText('Gerente Municipal').first()).toBeVisible();
  await expectAccessible(page);

  // The gerencia's overdue count opens its overdue items, the encargo among them.
  await page
    .getByRole('link', { name: /^\d+ vencidos de Gerencia de Seguridad Ciudadana$/ })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Pendientes de la municipalidad', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText(/Vencido hace/);
  await expectAccessible(page);

  // Time in each state, 30 and 90 days.
  await page.getByRole('link', { name: '← Volver al tablero' }).click();
  const times = page.getByRole('region', { name: 'Tiempo en cada estado' });
  await expect(times.getByRole('link', { name: /^Resoluciones: / }).first()).toBeVisible();
  await times.getByText('Últimos 90 días').click();
  await expect(times.getByRole('columnheader', { name: 'Mediana' })).toBeVisible();
  await expectAccessible(page);

  // Everyone else: no board in the navigation, and its address leads home.
  await signOut(page);
  await signIn(page, 'mml.gdu');
  await expect(
    page
      .getByRole('navigation', { name: 'Secciones' })
      .getByRole('link', { name: 'Despacho de Alcaldía' }),
  ).toHaveCount(0);
  await page.goto('/despacho');
  await expect(page.getByRole('heading', { name: 'Inicio' })).toBeVisible();
});

test('the board follows the convenios about to end, with the days left, the Acuerdos pending execution and the management documents', async ({
  page,
  request,
}) => {
  // Twenty days after the municipality's today (Lima is UTC−5 all year).
  const today = new Date((await serverNow(request)).getTime() - 5 * 3_600_000);
  const endDate = new Date(today.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
  const counterpart = `Universidad Nacional Agraria La Molina ${Date.now()}`;
  const id = await convenioInForce(request, counterpart, endDate);
  // Next year's management calendar seeded (idempotent), so the documents panel has rows.
  const seeded = await request.post(`/api/v1/budget/calendar/${today.getUTCFullYear() + 1}/seed`, {
    headers: await bearer(request, 'mml.admin'),
  });
  expect(seeded.status()).toBe(200);

  await signIn(page, 'mml.alcalde');
  await openBoard(page);
  const expiring = page.getByRole('region', { name: 'Convenios por vencer' });
  await expect(expiring.getByText(/^\d+ convenios? vigentes? vencen? hasta el /)).toBeVisible();
  const row = expiring.getByRole('row', { name: new RegExp(counterpart) });
  await expect(row).toContainText('quedan 20 días');
  await expect(row).toContainText('Gerencia de Desarrollo Urbano');
  const pending = page.getByRole('region', { name: 'Acuerdos pendientes de ejecución' });
  await expect(
    pending.getByText(
      /^(Ningún Acuerdo de Concejo está pendiente de ejecución\.|\d+ Acuerdos? pendientes?)$/,
    ),
  ).toBeVisible();
  const documents = page.getByRole('region', { name: 'Documentos de gestión' });
  await expect(
    documents.getByText(
      /^\d+ documentos? de gestión por aprobar: \d+ vencidos?, \d+ en riesgo, \d+ a tiempo$/,
    ),
  ).toBeVisible();
  await expect(documents.getByText(/^En revisión: .+ · .+$/)).toBeVisible();
  await expect(documents.getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/calendario-de-gestion\/documentos\//,
  );
  await expectAccessible(page);

  // The convenio opens its file.
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/convenios/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
