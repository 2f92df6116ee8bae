import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('a Gerente signs in, the session survives a reload without a token in reach of scripts, and signs out', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Despacho' })).toBeVisible();
  await expectAccessible(page);

  // Empty fields: said on each field, nothing sent.
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByText('Ingrese su usuario.')).toBeVisible();
  await expect(page.getByText('Ingrese su contraseña.')).toBeVisible();

  // A wrong password: the API's refusal, in Spanish.
  await page.getByLabel('Usuario').fill('mml.gerente');
  await page.getByLabel('Contraseña').fill('no-es-la-clave');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('alert')).toContainText('Usuario o contraseña incorrectos.');
  await expectAccessible(page);

  // Keyboard only: type the password and press Enter.
  await page.getByLabel('Contraseña').fill('despacho');
  await page.getByLabel('Contraseña').press('Enter');
  await expect(page.getByRole('heading', { name: 'Inicio' })).toBeVisible();
  await expect(page.getByText('María Elena Quispe Rojas').first()).toBeVisible();
  await expect(page.getByText('Gerente Municipal Metropolitano')).toBeVisible();
  await expectAccessible(page);

  // The token is in an httpOnly cookie: not in storage, not in document.cookie.
  const reachable = await page.evaluate(() =>
    JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
    }),
  );
  expect(reachable).not.toContain('eyJ');
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'despacho_sesion')).toMatchObject({
    httpOnly: true,
    sameSite: 'Strict',
    path: '/api/',
  });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Inicio' })).toBeVisible();

  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
});

test('on a phone the sign-in and the home fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'mml.gdu');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await expectAccessible(page);
});
