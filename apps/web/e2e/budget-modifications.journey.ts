import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { act, actAs, bearer, expectAccessible, signIn } from './support';

/** How many budget modification requests the municipality holds, over the API. */
async function requestCount(request: APIRequestContext): Promise<number> {
  const response = await request.get('/api/v1/budget-modifications?pageSize=1', {
    headers: await bearer(request, 'mml.gdu'),
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

/** Fills one programmatic line of the form: programa, producto/proyecto, actividad, específica. */
async function fillLine(page: Page, side: 'origen' | 'destino', codes: string[]): Promise<void> {
  const labels = [
    'Programa presupuestal',
    'Producto o proyecto',
    'Actividad, acción de inversión u obra',
    'Específica de gasto',
  ];
  for (const [i, label] of labels.entries())
    await page.getByLabel(`${label} (${side})`).fill(codes[i] ?? '');
}

test('a transferencia de partidas from the request form to the draft RGM: a bad amount refused on its field, OPP’s favourable report, the Gerente approves by delegation and the file links the resolution, which names its origin', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const justification = `Mayor demanda del servicio de limpieza pública por las lluvias ${Date.now()}`;

  // mml.gdu asks for it from the Presupuesto section.
  await signIn(page, 'mml.gdu');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Presupuesto' })
    .click();
  await expect(page.getByRole('heading', { name: 'Modificaciones presupuestarias' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nueva solicitud' }).click();
  await expect(
    page.getByRole('heading', { name: 'Nueva solicitud de modificación presupuestaria' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Tipo de solicitud').selectOption('modificacion_presupuestaria');
  await page.getByLabel('Modalidad').selectOption('transferencia_partidas');
  // Three decimals: céntimos have two.
  await page.getByLabel('Monto en soles').fill('48 000,505');
  await page.getByLabel('Fuente de financiamiento').selectOption('recursos_ordinarios');
  await fillLine(page, 'origen', ['0036', '3000579', '5004369', '2.3.2.7.11.99']);
  await fillLine(page, 'destino', ['0036', '3000579', '5004370', '2.3.1.5.1.2']);
  await page.getByLabel('Justificación').fill(justification);

  const before = await requestCount(request);
  await page.getByRole('button', { name: 'Guardar solicitud' }).click();
  // The API's VALIDATION_FAILED on the amount, which takes the focus; nothing was created.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Revise los campos marcados' }),
  ).toBeVisible();
  const amount = page.getByLabel('Monto en soles');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toBeFocused();
  await expectAccessible(page);
  expect(page.url()).toMatch(/\/presupuesto\/modificaciones\/nueva$/);
  expect(await requestCount(request)).toBe(before);

  await amount.fill('48 000,50');
  await page.getByRole('button', { name: 'Guardar solicitud' }).click();
  await expect(
    page.getByRole('heading', { name: 'Transferencia de partidas por S/\u00a048\u00a0000,50' }),
  ).toBeVisible();
  expect(await requestCount(request)).toBe(before + 1);
  const file = page.url();
  expect(file).toMatch(/\/presupuesto\/modificaciones\/[0-9a-f-]{36}$/);
  const data = page.getByRole('region', { name: 'Datos de la solicitud' });
  await expect(data).toContainText('S/\u00a048\u00a0000,50');
  await expect(data).toContainText('Recursos Ordinarios');
  await expect(data).toContainText('0036 · 3000579 · 5004369 · 2.3.2.7.11.99');
  await expectAccessible(page);
  await act(page, 'Enviar a Planeamiento y Presupuesto', 'Enviar la solicitud');
  await expect(page.getByText('En informe de Planeamiento y Presupuesto').first()).toBeVisible();

  // Planeamiento y Presupuesto gives its favourable technical report.
  await actAs(page, 'mml.presupuesto', file);
  await expect(page.getByRole('heading', { name: /Transferencia de partidas/ })).toBeVisible();
  await expectAccessible(page);
  await act(page, 'Emitir el informe técnico', 'Registrar el informe técnico', async (dialog) => {
    await dialog.getByLabel(/^Favorable/).check();
    await dialog.getByLabel('Informe técnico (número)').fill('Informe Técnico N° 045-2026-MML/GPP');
  });
  const procedure = page.getByRole('region', { name: 'Trámite' });
  await expect(procedure).toContainText('Informe Técnico N° 045-2026-MML/GPP');

  // The Gerente approves by delegation: the draft RGM is created and linked.
  await actAs(page, 'mml.gerente', file);
  await expect(page.getByText('En decisión del Gerente Municipal').first()).toBeVisible();
  await expectAccessible(page);
  await act(page, 'Aprobar la modificación', 'Aprobar y crear el proyecto de resolución');
  await expect(page.getByText('Resolución en trámite').first()).toBeVisible();
  const linked = page.getByRole('region', { name: 'Resolución de Gerencia Municipal' });
  const link = linked.getByRole('link');
  await expect(link).toHaveAttribute('href', /^\/resoluciones\/[0-9a-f-]{36}$/);
  await expect(linked).toContainText('Estado:');
  await expect(page.getByRole('region', { name: 'Historial (auditoría)' })).toContainText(
    'Aprobación del Gerente Municipal',
  );
  await expectAccessible(page);

  // The resolution names where it came from and leads back to it.
  await link.click();
  await expect(page.getByRole('heading', { name: 'Proyecto de resolución' })).toBeVisible();
  const origin = page.getByRole('link', { name: /Modificación presupuestaria/ });
  await expect(origin).toHaveAttribute('href', new URL(file).pathname);
  await expectAccessible(page);
  await origin.click();
  await expect(page.getByRole('heading', { name: /Transferencia de partidas/ })).toBeVisible();

  // The list shows it with its amount and state.
  await page.getByRole('link', { name: '← Modificaciones presupuestarias' }).click();
  await page.getByLabel('Estado').selectOption('resolution_in_progress');
  await expect(page.getByRole('table')).toContainText('S/\u00a048\u00a0000,50');
  await expectAccessible(page);
});
