import { expect, test } from '@playwright/test';
import { assignMandate, expectAccessible, signIn } from './support';

test('a gerencia sees the request for action of a new mandate in its bell, reads it and marks everything read', async ({
  page,
  request,
}) => {
  const title = `Informe de avance de obras ${Date.now()}`;
  await assignMandate(request, title);

  await signIn(page, 'mml.gdu');
  const bell = page.getByRole('button', { name: /^Notificaciones: \d+ sin leer$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const drawer = page.getByRole('dialog', { name: 'Notificaciones' });
  await expect(drawer.getByText('Pedido de acción').first()).toBeVisible();
  await expect(drawer.getByText(title)).toBeVisible();
  await expectAccessible(page);

  await drawer.getByRole('button', { name: 'Marcar todas como leídas' }).click();
  await expect(drawer.getByText('Todas leídas')).toBeVisible();
  await drawer.getByRole('button', { name: 'Cerrar notificaciones' }).click();
  await expect(page.getByRole('button', { name: 'Notificaciones', exact: true })).toBeVisible();
});
