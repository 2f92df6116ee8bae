import { expect, test } from '@playwright/test';
import { assignMandate, expectAccessible, signIn } from './support';

test('when the session ends mid-work, the same user signs in again over the open screen and goes on', async ({
  page,
}) => {
  const title = `Encargo para la sesión vencida ${Date.now()}`;
  await assignMandate(page.request, title);
  await signIn(page, 'mml.gdu');
  await page.getByRole('button', { name: /^Notificaciones/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Notificaciones' });
  await expect(drawer.getByText(title)).toBeVisible();

  // The session is closed elsewhere (same cookie, as another tab would do).
  const closed = await page.request.delete('/api/v1/auth/session', {
    headers: { 'x-despacho-web': '1' },
  });
  expect(closed.status()).toBe(204);

  // The next change is refused with 401: the console asks for the password, over the open drawer.
  await drawer.getByRole('button', { name: 'Marcar todas como leídas' }).click();
  const modal = page.getByRole('dialog', { name: 'Su sesión terminó' });
  await expect(modal).toBeVisible();
  await expect(modal.getByText('mml.gdu')).toBeVisible();
  await expectAccessible(page);

  await modal.getByLabel('Contraseña').fill('otra');
  await modal.getByRole('button', { name: 'Continuar' }).click();
  await expect(modal.getByRole('alert')).toContainText('Usuario o contraseña incorrectos.');
  await modal.getByLabel('Contraseña').fill('despacho');
  await modal.getByRole('button', { name: 'Continuar' }).click();
  await expect(modal).toBeHidden();

  // Nothing was lost: the drawer is still open, and the change now goes through.
  await expect(drawer.getByText(title)).toBeVisible();
  await drawer.getByRole('button', { name: 'Marcar todas como leídas' }).click();
  await expect(drawer.getByText('Todas leídas')).toBeVisible();
});
