import { expect, test } from '@playwright/test';
import { bearer, expectAccessible, signIn } from './support';

test('the Secretaría General registers a regidor’s pedido de información (Ley 31433) and the Gerente Municipal finds its encargo in «Pendientes»', async ({
  page,
  request,
}) => {
  const subject = `Valorizaciones de la obra de la Av. Grau ${Date.now()}`;
  // A regidor hábil today, as the API sees him.
  const members = await request.get('/api/v1/council/members', {
    headers: await bearer(request, 'mml.secretaria'),
  });
  const regidor = (
    (await members.json()) as { items: { name: string; role: string; habilToday: boolean }[] }
  ).items.find((m) => m.role === 'regidor' && m.habilToday);
  expect(regidor).toBeDefined();

  await signIn(page, 'mml.secretaria');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Concejo' })
    .click();
  await page.getByRole('link', { name: 'Pedidos de información' }).click();
  await expect(
    page.getByRole('heading', { name: 'Pedidos de información', level: 1 }),
  ).toBeVisible();
  await expectAccessible(page);

  // Without a regidor, subject or details, the API names the fields.
  await page.getByRole('button', { name: 'Registrar pedido' }).click();
  await expect(page.getByLabel('Asunto')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Es obligatorio.')).toHaveCount(2);
  await expectAccessible(page);

  await page.getByLabel('Regidor que lo formula').selectOption({ label: regidor!.name });
  await page.getByLabel('Asunto').fill(subject);
  await page
    .getByLabel('Información que pide')
    .fill('Copia de las valorizaciones pagadas y del informe del supervisor.');
  await page.getByRole('button', { name: 'Registrar pedido' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Pedido registrado' });
  await expect(done).toContainText(/Pedido de información N° \d{3}-\d{4}: la Gerencia Municipal/);
  const row = page.getByRole('row').filter({ hasText: subject });
  await expect(row).toContainText(regidor!.name);
  await expect(row).toContainText('En trámite');
  await expectAccessible(page);

  // The Gerente has the encargo in his tray.
  await page.context().clearCookies();
  await signIn(page, 'mml.gerente');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: /Pendientes/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Pendientes conmigo', level: 1 })).toBeVisible();
  const item = page.getByRole('row').filter({ hasText: subject });
  await expect(item.getByText('Cumplir el encargo e informar')).toBeVisible();
  await expect(
    item.getByRole('link', {
      name: `Encargo «Pedido de información del regidor ${regidor!.name}: ${subject}»`,
    }),
  ).toBeVisible();
  await expectAccessible(page);
});
