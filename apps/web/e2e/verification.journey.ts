import { expect, test } from '@playwright/test';
import { bearerOf, expectAccessible, serverNow, signedResolution } from './support';

const PHONE = { width: 390, height: 844 };

test('anyone with a printed resolution opens its QR on a phone, without signing in, and sees it authentic; an unknown key does not correspond', async ({
  page,
  request,
}) => {
  const signed = await signedResolution(request);
  // The QR carries the installation's PUBLIC_URL; the path is the console's public page.
  const url = new URL(signed.verificationUrl);
  expect(url.pathname).toBe(`/verificar/${signed.verificationCode}`);

  await page.setViewportSize(PHONE);
  const sessionCalls: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/v1\/(me|auth)/.test(r.url())) sessionCalls.push(r.url());
  });
  await page.goto(url.pathname);

  await expect(page.getByRole('heading', { name: 'Verificación de resoluciones' })).toBeVisible();
  const verdict = page.getByRole('heading', { name: 'Resolución auténtica' });
  await expect(verdict).toBeVisible();
  await expect(page.getByText(signed.number)).toBeVisible();
  await expect(page.getByText(signed.subject)).toBeVisible();
  await expect(page.getByText('María Elena Quispe Rojas')).toBeVisible();
  // Lima is UTC−5 all year: the date and time of the signature there, whatever the device's zone.
  const lima = new Date(Date.parse(signed.signedAt) - 5 * 3_600_000).toISOString();
  const [date, time] = [lima.slice(0, 10).split('-').reverse().join('/'), lima.slice(11, 16)];
  await expect(page.getByText(`${date} a las ${time} (hora de Lima)`)).toBeVisible();
  await expect(page.getByText(/^[0-9a-f]{64}$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cómo comparar su copia' })).toBeVisible();
  // Nothing of the console: no sign-in form, no sections, no session asked for.
  await expect(page.getByLabel('Contraseña')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(sessionCalls).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await expectAccessible(page);

  // A key that no resolution carries.
  await page.goto('/verificar/ZZZZ-ZZZZ-ZZZZ');
  const unknown = page.getByRole('alert');
  await expect(unknown).toContainText('La clave no corresponde a ninguna resolución');
  await expect(unknown).toContainText('ZZZZ-ZZZZ-ZZZZ');
  await expect(page.getByRole('heading', { name: 'Resolución auténtica' })).toHaveCount(0);
  await expectAccessible(page);

  // Another key typed by hand, as printed but in lower case and without dashes.
  const field = page.getByLabel('Clave de verificación');
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByText('Ingrese la clave.')).toBeVisible();
  await field.fill(signed.verificationCode.replace(/-/g, '').toLowerCase());
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'Resolución auténtica' })).toBeVisible();
  await expect(page.getByText(signed.number)).toBeVisible();
  expect(sessionCalls).toEqual([]);
});

test('an annulled resolution is still authentic, and the page says first that it is no longer in force', async ({
  page,
  request,
}) => {
  const signed = await signedResolution(request);
  // The addressee files a reconsideración (notified by filing it, Art. 27.2); the Gerente upholds it.
  const [gdu, gerente] = [
    await bearerOf(request, 'mml.gdu'),
    await bearerOf(request, 'mml.gerente'),
  ];
  for (const [user, event] of [
    [
      gdu,
      {
        type: 'FILE_REMEDY',
        kind: 'reconsideracion',
        filedAt: (await serverNow(request)).toISOString(),
        filedBy: 'Constructora Los Andes S.A.C.',
      },
    ],
    [gerente, { type: 'RESOLVE_REMEDY', outcome: 'fundado' }],
  ] as const) {
    const response = await request.post(`/api/v1/resolutions/${signed.id}/events`, {
      headers: user.headers,
      data: event,
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  await page.setViewportSize(PHONE);
  await page.goto(new URL(signed.verificationUrl).pathname);
  await expect(page.getByRole('heading', { name: 'Resolución auténtica' })).toBeVisible();
  const annulled = page.getByText('Resolución anulada');
  await expect(annulled).toBeVisible();
  await expect(page.getByText(/no produce efectos/)).toBeVisible();
  await expect(page.getByText(signed.number)).toBeVisible();
  // Above the facts: the first thing read after the verdict.
  const [warning, number] = await Promise.all([
    annulled.boundingBox(),
    page.getByText(signed.number).boundingBox(),
  ]);
  expect(warning?.y ?? Infinity).toBeLessThan(number?.y ?? 0);
  await expectAccessible(page);
});

test('when the address has asked too often, the page says to try again in a minute', async ({
  page,
}) => {
  // The real limit is PUBLIC_VERIFY_RATE_LIMIT a minute per address, shared by every journey here.
  await page.route('**/api/v1/public/verify/**', (route) =>
    route.fulfill({
      status: 429,
      contentType: 'application/problem+json',
      headers: { 'retry-after': '60' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Too Many Requests',
        status: 429,
        detail: 'Demasiadas solicitudes.',
        code: 'RATE_LIMITED',
      }),
    }),
  );
  await page.setViewportSize(PHONE);
  await page.goto('/verificar/7KQ2-M9XD-4TPA');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Demasiadas consultas');
  await expect(alert).toContainText('Intente de nuevo en un minuto');
  await expectAccessible(page);

  // A minute later the same key is asked again from the page, and answered.
  await page.unroute('**/api/v1/public/verify/**');
  await alert.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'La clave no corresponde a ninguna resolución',
  );
});
