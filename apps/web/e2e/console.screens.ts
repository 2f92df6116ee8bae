import { type APIRequestContext, test } from '@playwright/test';
import {
  assignMandate,
  attachEvidenceOverApi,
  moveManualClockAhead,
  reportProgressOverApi,
  signIn,
} from './support';

const DOCS = new URL('../../../docs/img/', import.meta.url).pathname;

const SIZES = {
  escritorio: { width: 1280, height: 800 },
  telefono: { width: 390, height: 844 },
} as const;

/**
 * The encargos of the screenshots, once for both sizes: one left to run out (the manual clock
 * moves past it), then two under way, one with progress and evidence. Returns the latter's id.
 */
let encargos: Promise<string> | undefined;
const seedEncargos = (request: APIRequestContext) =>
  (encargos ??= (async () => {
    await assignMandate(request, 'Padrón de comerciantes ambulantes del Cercado', 'GSC');
    await moveManualClockAhead(request, 12);
    await assignMandate(request, 'Plan de señalización de las vías del Centro Histórico', 'GSC');
    const id = await assignMandate(request, 'Consolidado del avance físico y financiero de obras');
    await reportProgressOverApi(request, id, {
      note: 'Se recibió la información de 3 de 6 obras; falta el avance financiero.',
      percent: 50,
    });
    await attachEvidenceOverApi(
      request,
      id,
      'informe-avance-obras.pdf',
      'Informe de avance al cierre del mes',
    );
    return id;
  })());

for (const [size, viewport] of Object.entries(SIZES))
  test(`the console's screens, ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByLabel('Usuario').waitFor();
    await page.screenshot({ path: `${DOCS}consola-ingreso-${size}.png` });

    await assignMandate(page.request, 'Informe de avance de obras de pistas y veredas');
    await signIn(page, 'mml.gdu');
    await page.screenshot({ path: `${DOCS}consola-inicio-${size}.png` });

    await page.getByRole('button', { name: /^Notificaciones/ }).click();
    await page
      .getByRole('dialog', { name: 'Notificaciones' })
      .getByText('Pedido de acción')
      .first()
      .waitFor();
    // The drawer's opening transition.
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${DOCS}consola-notificaciones-${size}.png` });
    await page.getByRole('button', { name: 'Cerrar notificaciones' }).click();

    await page.goto('/calendario');
    await page.getByLabel('Año').fill('2026');
    await page.getByRole('row', { name: /01\/01\/2026/ }).waitFor();
    await page.screenshot({ path: `${DOCS}consola-calendario-${size}.png`, fullPage: true });

    const encargo = await seedEncargos(page.request);
    await page.context().clearCookies();
    await signIn(page, 'mml.gerente');
    await page.goto('/encargos');
    await page.getByText('Vencido', { exact: true }).filter({ visible: true }).first().waitFor();
    await page.screenshot({ path: `${DOCS}consola-encargos-lista-${size}.png`, fullPage: true });
    await page.goto('/encargos/nuevo');
    await page.getByLabel('Unidad responsable').waitFor();
    await page.screenshot({ path: `${DOCS}consola-encargos-nuevo-${size}.png`, fullPage: true });
    await page.goto(`/encargos/${encargo}`);
    await page.getByRole('list', { name: 'Historia del encargo' }).waitFor();
    await page.getByRole('link', { name: 'informe-avance-obras.pdf' }).waitFor();
    await page.screenshot({ path: `${DOCS}consola-encargos-detalle-${size}.png`, fullPage: true });
    await page.context().clearCookies();
  });
