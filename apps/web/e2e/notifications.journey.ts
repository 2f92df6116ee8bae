import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('a gerencia sees the request for action of a new mandate in its bell, reads it and marks everything read', async ({
  page,
  request,
}) => {
  // The Gerente assigns a mandate to the Gerencia de Desarrollo Urbano, over the API.
  const login = await request.post('/api/v1/auth/login', {
    data: { username: 'mml.gerente', password: 'despacho' },
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}` };
  const units = (await (await request.get('/api/v1/units', { headers: auth })).json()) as {
    items: { id: string; code: string }[];
  };
  const title = `Informe de avance de obras ${Date.now()}`;
  const created = await request.post('/api/v1/mandates', {
    headers: auth,
    data: {
      title,
      instructions: 'Consolidar el avance físico y financiero de las obras de pistas y veredas.',
      source: 'reunion',
      sourceReference: 'Reunión de gerentes',
      responsibleUnitId: units.items.find((u) => u.code === 'GDU')?.id,
      term: { days: 5, unit: 'business' },
    },
  });
  expect(created.status()).toBe(201);

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
