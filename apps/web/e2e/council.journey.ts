import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { pdfText } from '../../../libs/documents/src/testing/pdf-text';
import { bearer, expectAccessible, serverNow, signIn } from './support';

interface Member {
  id: string;
  name: string;
  role: 'alcalde' | 'regidor';
  habilToday: boolean;
}

/** The Concejo's members, over the API. */
async function members(request: APIRequestContext): Promise<Member[]> {
  const response = await request.get('/api/v1/council/members', {
    headers: await bearer(request, 'mml.secretaria'),
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: Member[] }).items;
}

/** One act of the Secretaría General over the API (what the desk would need many clicks for). */
async function post(request: APIRequestContext, path: string, data: object): Promise<void> {
  const response = await request.post(`/api/v1/council/sessions/${path}`, {
    headers: await bearer(request, 'mml.secretaria'),
    data,
  });
  expect(response.status(), path).toBeLessThan(300);
}

const alertOf = (page: Page) => page.getByRole('alert');

test('the Secretaría General convenes an ordinaria with a convenio, marks arrivals until quorum (a vote before it refused), records the votes, closes with its Acuerdo number and dispenses the acta', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = `Convenio con la Universidad Nacional de Ingeniería ${Date.now()}`;
  // The session is held today, as the server counts days in Lima.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(
    await serverNow(request),
  );
  // Regidores in the room and voting (the Alcalde presides and holds the casting vote).
  const all = (await members(request)).filter((m) => m.habilToday && m.role === 'regidor');

  await signIn(page, 'mml.secretaria');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Concejo' })
    .click();
  await expect(page.getByRole('heading', { name: 'Concejo Municipal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Acuerdos de Concejo' })).toBeVisible();
  await expectAccessible(page);

  // Convene: an ordinaria today with one convenio on its agenda.
  await page.getByRole('link', { name: 'Convocar sesión' }).click();
  await expect(page.getByRole('heading', { name: 'Convocar sesión' })).toBeVisible();
  await page.getByLabel('Tipo de sesión').selectOption('ordinaria');
  await page.getByLabel('Fecha de la sesión').fill(today);
  await page.getByLabel('Tipo del asunto 1').selectOption('convenio');
  await page.getByLabel('Título del asunto 1').fill(title);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Convocar', exact: true }).click();

  // The desk: no one in the room yet.
  await expect(page.getByRole('heading', { name: /Sesión ordinaria del/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: `1. ${title}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No hay quórum' })).toBeVisible();
  await expectAccessible(page);
  const sessionId = page.url().split('/').pop() ?? '';

  // «Agregar asunto» on the convened ordinaria's desk: the same fields as when convening.
  const added = `Informe de la Gerencia de Desarrollo Urbano ${Date.now()}`;
  await page.getByRole('button', { name: 'Agregar asunto' }).click();
  const addForm = page.getByRole('region', { name: 'Agregar asunto a la orden del día' });
  await addForm.getByRole('button', { name: 'Agregar a la agenda' }).click();
  await expect(addForm.getByLabel('Título del nuevo asunto')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await addForm.getByLabel('Tipo del nuevo asunto').selectOption('convenio');
  await expect(addForm.getByLabel('Expediente del nuevo asunto')).toBeVisible();
  await addForm.getByLabel('Título del nuevo asunto').fill(added);
  await expectAccessible(page);
  await addForm.getByRole('button', { name: 'Agregar a la agenda' }).click();
  await expect(page.getByRole('heading', { name: `2. ${added}` })).toBeVisible();
  await expect(addForm).toHaveCount(0);
  // No acta before the first arrival.
  const actaLink = page.getByRole('link', { name: 'Descargar acta (PDF)' });
  await expect(actaLink).toHaveCount(0);

  // The first arrival through the desk: the session is in progress, without quorum.
  await page.getByRole('button', { name: `Llegó: ${all[0]!.name}` }).click();
  await expect(page.getByRole('button', { name: `Se retiró: ${all[0]!.name}` })).toBeVisible();
  await expect(page.getByText('Presentes hábiles: 1 ·')).toBeVisible();
  await expect(page.getByText('En curso')).toBeVisible();

  // A vote before quorum is refused, in Spanish.
  await page.getByRole('button', { name: 'Abrir la votación del asunto 1' }).click();
  await expect(alertOf(page)).toContainText('No se pudo registrar');
  await expect(alertOf(page)).toContainText(/quórum/i);
  await expectAccessible(page);

  // The others arrive until quorum (over the API: a click each at the desk).
  const session = await request.get(`/api/v1/council/sessions/${sessionId}`, {
    headers: await bearer(request, 'mml.secretaria'),
  });
  const { quorum, agenda } = (await session.json()) as {
    quorum: { required: number };
    agenda: { id: string }[];
  };
  const required = quorum.required;
  const itemId = agenda[0]!.id;
  for (const member of all.slice(1, required))
    await post(request, `${sessionId}/attendance`, { memberId: member.id, kind: 'llegada' });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Hay quórum' })).toBeVisible();
  await expect(page.getByText(`Presentes hábiles: ${required} ·`)).toBeVisible();

  // The vote opens; a member's vote through the desk, the rest over the API.
  await page.getByRole('button', { name: 'Abrir la votación del asunto 1' }).click();
  await expect(page.getByText('En votación')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Votos del asunto 1' })).toBeVisible();
  await expectAccessible(page);
  // The abstention asks for its reason in a dialog (cancelled here).
  await page.getByRole('button', { name: `Abstención: ${all[1]!.name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrar abstención' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Fundamento de la abstención')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: `A favor: ${all[0]!.name}` }).click();
  await expect(page.getByText('Votos: 1 a favor, 0 en contra, 0 abstenciones.')).toBeVisible();
  await expect(page.getByRole('button', { name: `A favor: ${all[0]!.name}` })).toBeHidden();
  for (const member of all.slice(1, 11))
    await post(request, `${sessionId}/items/${itemId}/ballots`, {
      memberId: member.id,
      choice: 'a_favor',
    });
  await page.reload();
  await expect(page.getByText('Votos: 11 a favor, 0 en contra, 0 abstenciones.')).toBeVisible();

  // Closed: approved, with its Acuerdo number from the register.
  await page.getByRole('button', { name: 'Cerrar la votación del asunto 1' }).click();
  const acuerdo = page.getByText(/^ACUERDO DE CONCEJO N° \d{3}-2026-MML/).first();
  await expect(acuerdo).toBeVisible();
  const number = ((await acuerdo.textContent()) ?? '').match(
    /ACUERDO DE CONCEJO N° \d{3}-2026-MML/,
  )![0];
  await expect(page.getByText('Aprobado: 11 a favor, 0 en contra, 0 abstenciones.')).toBeVisible();
  await expectAccessible(page);

  // The acta as recorded so far, from the desk's link (the browser's session): a BORRADOR.
  await expect(actaLink).toBeVisible();
  const acta = await page.request.get((await actaLink.getAttribute('href')) ?? '');
  expect(acta.status()).toBe(200);
  expect(acta.headers()['content-type']).toBe('application/pdf');
  const actaText = pdfText(await acta.body()).replace(/\s+/g, ' ');
  expect(actaText).toContain('BORRADOR');
  expect(actaText).toContain(number);
  expect(actaText).toContain(`${all[0]!.name} A favor`);

  // The reading of the acta is dispensed: the Acuerdo is in force from now.
  await page.getByRole('button', { name: 'Dispensar la lectura del acta' }).click();
  await expect(page.getByText('Lectura del acta dispensada')).toBeVisible();
  await expect(page.getByText(`${number} · rige desde`)).toBeVisible();

  // «Levantar la sesión», confirmed: the desk is read-only afterwards.
  await page.getByRole('button', { name: 'Levantar la sesión' }).click();
  const adjourn = page.getByRole('dialog', { name: 'Levantar la sesión' });
  await expect(adjourn).toBeVisible();
  await expectAccessible(page);
  await adjourn.getByRole('button', { name: 'Sí, levantar la sesión' }).click();
  await expect(adjourn).toBeHidden();
  await expect(page.getByText('Levantada', { exact: true })).toBeVisible();
  await expect(page.getByText('Sesión levantada: ya no se registra')).toBeVisible();
  for (const name of [
    /^Llegó:/,
    /^Se retiró:/,
    /^Abrir la votación/,
    'Agregar asunto',
    'Levantar la sesión',
  ])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expectAccessible(page);

  // The Acuerdo in the year's list.
  await page.getByRole('link', { name: 'Volver al Concejo' }).click();
  const acuerdos = page.getByRole('table', { name: 'Acuerdos de Concejo de 2026' });
  await expect(acuerdos.getByText(number)).toBeVisible();
  await expect(acuerdos.getByText(title, { exact: false })).toBeVisible();
  await expectAccessible(page);
});
