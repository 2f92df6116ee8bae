import { expect, test } from '@playwright/test';
import { bearer, expectAccessible, serverNow, signIn } from './support';

interface Member {
  id: string;
  name: string;
  role: 'alcalde' | 'regidor';
  habilToday: boolean;
}

test('the Secretaría General reads the Concejo’s members, registers a regidor’s licencia (the API’s field errors on the fields) and he shows as not hábil; an extraordinaria’s desk says its agenda is locked', async ({
  page,
  request,
}) => {
  const headers = await bearer(request, 'mml.secretaria');
  const now = await serverNow(request);
  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(
      new Date(now.getTime() + offset * 86_400_000),
    );
  const listed = await request.get('/api/v1/council/members', { headers });
  const regidor = ((await listed.json()) as { items: Member[] }).items
    .filter((m) => m.role === 'regidor' && m.habilToday)
    .at(-1)!;
  const instrument = `Acuerdo de Concejo que concede licencia ${Date.now()}`;

  await signIn(page, 'mml.secretaria');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Concejo' })
    .click();
  await page.getByRole('link', { name: 'Miembros del Concejo' }).click();
  await expect(page.getByRole('heading', { name: 'Miembros del Concejo', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Número legal: 40' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: regidor.name });
  await expect(row.getByText('Hábil', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Registering a member without name or credential: the API names the fields.
  const memberForm = page.getByRole('region', { name: 'Registrar un miembro' });
  await memberForm.getByRole('button', { name: 'Registrar miembro' }).click();
  await expect(memberForm.getByLabel('Nombre completo')).toHaveAttribute('aria-invalid', 'true');
  await expect(memberForm.getByLabel('Credencial desde')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  // A licencia ending before it starts: 400 on «Hasta».
  const leave = page.getByRole('region', { name: 'Registrar una licencia o suspensión' });
  await leave.getByLabel('Miembro').selectOption({ label: regidor.name });
  await leave.getByLabel('Clase').selectOption('licencia');
  await leave.getByLabel('Desde').fill(day(0));
  await leave.getByLabel('Hasta (opcional)').fill(day(-1));
  await leave.getByLabel('Instrumento').fill(instrument);
  await leave.getByRole('button', { name: 'Registrar', exact: true }).click();
  await expect(leave.getByLabel('Hasta (opcional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(leave.getByText(/no puede ser anterior/i)).toBeVisible();
  await expectAccessible(page);

  // Today only: he is not hábil today, the número hábil drops by one.
  await leave.getByLabel('Hasta (opcional)').fill(day(0));
  await leave.getByRole('button', { name: 'Registrar', exact: true }).click();
  await expect(leave.getByRole('status')).toContainText(`Licencia de ${regidor.name} registrada.`);
  await expect(row.getByText('No hábil')).toBeVisible();
  await expect(row).toContainText(instrument);
  await expectAccessible(page);

  // An extraordinaria's agenda is locked: its desk offers no «Agregar asunto».
  const convened = await request.post('/api/v1/council/sessions', {
    headers,
    data: {
      kind: 'extraordinaria',
      date: day(21),
      agenda: [{ itemType: 'convenio', title: `Convenio en extraordinaria ${Date.now()}` }],
    },
  });
  expect(convened.status()).toBe(201);
  await page.goto(`/concejo/sesiones/${((await convened.json()) as { id: string }).id}`);
  await expect(page.getByRole('note').filter({ hasText: 'Agenda cerrada' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agregar asunto' })).toHaveCount(0);
  await expectAccessible(page);
});
