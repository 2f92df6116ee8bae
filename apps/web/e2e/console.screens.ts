import { test } from '@playwright/test';
import { assignMandate, signedResolution, signIn } from './support';

const DOCS = new URL('../../../docs/img/', import.meta.url).pathname;

const SIZES = {
  escritorio: { width: 1280, height: 800 },
  telefono: { width: 390, height: 844 },
} as const;

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
    await page.context().clearCookies();

    // The public page the QR of a signed resolution opens, as a visitor without a session sees it.
    const signed = await signedResolution(
      page.request,
      'Aprobar la ampliación de plazo N° 2 de la obra del mercado de Chacra Cerro',
    );
    await page.goto(new URL(signed.verificationUrl).pathname);
    await page.getByRole('heading', { name: 'Resolución auténtica' }).waitFor();
    await page.screenshot({ path: `${DOCS}consola-verificacion-${size}.png`, fullPage: true });
  });
