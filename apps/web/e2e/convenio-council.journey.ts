import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  act,
  actAs,
  bearer,
  expectAccessible,
  moveManualClockAhead,
  proposeConvenioOverApi,
  restoreManualClock,
  serverNow,
  signIn,
} from './support';

interface Member {
  name: string;
  role: 'alcalde' | 'regidor';
}

/** The Concejo's members of Megantoni, over the API. */
async function members(request: APIRequestContext): Promise<Member[]> {
  const response = await request.get('/api/v1/council/members', {
    headers: await bearer(request, 'megantoni.secretaria'),
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: Member[] }).items;
}

/** A civil date `days` after `day` (AAAA-MM-DD). */
const plusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name }).click();
}

test.afterAll(({ request }) => restoreManualClock(request));

test('a convenio from the gerencia’s proposal through OPP, legal, the Gerente and the Alcalde to a vote of the Concejo in session, its Acuerdo, the signature, and an overdue obligation on the Alcaldía’s board', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const counterpart = `Asociación de Productores de Cacao del Bajo Urubamba ${stamp}`;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(
    await serverNow(request),
  );
  const obligation = `Entregar el padrón de productores beneficiarios ${stamp}`;

  // megantoni.gdu's proposal, with money and one obligation of the municipality 10 days after today.
  const { id } = await proposeConvenioOverApi(request, {
    counterpart,
    object: 'Cooperación para la asistencia técnica a productores de cacao',
    termMonths: 12,
    obligations: [
      {
        party: 'municipalidad',
        description: obligation,
        kind: 'unica',
        dueOn: plusDays(today, 10),
      },
    ],
  });
  const file = `/convenios/${id}`;

  // The gerencia sends it; OPP certifies; legal gives its favourable opinion; the Gerente elevates.
  await signIn(page, 'megantoni.gdu');
  await page.goto(file);
  await act(page, 'Enviar a trámite', 'Enviar a trámite');
  await expect(
    page.getByText('En certificación presupuestal', { exact: true }).first(),
  ).toBeVisible();
  await actAs(page, 'megantoni.presupuesto', file);
  await act(page, 'Certificar el crédito presupuestario', 'Registrar la certificación', (dialog) =>
    dialog
      .getByLabel('Certificación de crédito presupuestario (número)')
      .fill(`Certificación de Crédito Presupuestario N° ${stamp % 100_000}`),
  );
  await actAs(page, 'megantoni.juridica', file);
  await act(page, 'Emitir el informe legal', 'Registrar el informe legal', async (dialog) => {
    await dialog.getByLabel(/^Favorable/).check();
    await dialog.getByLabel('Informe legal (número)').fill('Informe N° 120-2026-MDM/OAJ');
    const checklist = dialog.getByRole('group', {
      name: 'Lista de verificación del informe legal',
    });
    for (const box of await checklist.getByRole('checkbox').all()) await box.check();
  });
  await actAs(page, 'megantoni.gerente', file);
  await act(page, 'Dar conformidad y elevar al Alcalde', 'Dar conformidad y elevar', (dialog) =>
    dialog.getByLabel('Documento con que lo eleva').fill('Memorando N° 88-2026-MDM/GM'),
  );
  await expect(page.getByText('En revisión del Alcalde', { exact: true }).first()).toBeVisible();

  // The Alcaldía's view in the Concejo section: it waits for the Alcalde; he refers it.
  await actAs(page, 'megantoni.alcalde', '/');
  await openSection(page, 'Concejo');
  const forCouncil = page.getByRole('region', { name: 'Convenios para el Concejo' });
  await expect(forCouncil.getByRole('link', { name: counterpart })).toBeVisible();
  await expect(forCouncil).toContainText('En despacho de Alcaldía');
  await expectAccessible(page);
  await forCouncil.getByRole('link', { name: counterpart }).click();
  await expect(page.getByRole('button', { name: 'Suscribir el convenio' })).toHaveCount(0);
  await act(page, 'Enviar al Concejo', 'Enviar al Concejo');
  await expect(page.getByText('En el Concejo', { exact: true }).first()).toBeVisible();

  // Secretaría General puts it on the agenda of an ordinaria today, from the same view.
  await actAs(page, 'megantoni.secretaria', file);
  await expect(
    page.getByRole('link', { name: 'Poner en la agenda de una sesión' }),
  ).toHaveAttribute('href', `/concejo/convocar?expediente=${id}`);
  await page.goto('/concejo');
  await forCouncil
    .getByRole('link', { name: `Poner en agenda el convenio con ${counterpart}` })
    .click();
  await expect(page.getByRole('heading', { name: 'Convocar sesión' })).toBeVisible();
  await expect(page.getByLabel('Título del asunto 1')).toHaveValue(
    `Convenio con ${counterpart} (proyecto)`,
  );
  await page.getByLabel('Fecha de la sesión').fill(today);
  await page.getByLabel(/autoriza también la suscripción de sus adendas/).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Convocar', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Sesión ordinaria del/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ver el expediente del convenio' })).toBeVisible();

  // Quorum (half plus one of 6 hábiles: 4), the vote at the desk, the Acuerdo, the acta dispensed.
  const council = await members(request);
  for (const member of council.slice(0, 4)) {
    await page.getByRole('button', { name: `Llegó: ${member.name}` }).click();
    await expect(page.getByRole('button', { name: `Se retiró: ${member.name}` })).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Hay quórum' })).toBeVisible();
  await page.getByRole('button', { name: 'Abrir la votación del asunto 1' }).click();
  for (const member of council.slice(0, 4)) {
    await page.getByRole('button', { name: `A favor: ${member.name}` }).click();
    await expect(page.getByRole('button', { name: `A favor: ${member.name}` })).toBeHidden();
  }
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Cerrar la votación del asunto 1' }).click();
  const acuerdo = page.getByText(/^ACUERDO DE CONCEJO N° \d{3}-2026-MDM/).first();
  await expect(acuerdo).toBeVisible();
  const number = ((await acuerdo.textContent()) ?? '').match(
    /ACUERDO DE CONCEJO N° \d{3}-2026-MDM/,
  )![0];
  await page.getByRole('button', { name: 'Dispensar la lectura del acta' }).click();
  await expect(page.getByText(`${number} · rige desde`)).toBeVisible();

  // The Acuerdo in force approved the convenio: the Alcalde signs it.
  await page.getByRole('link', { name: 'Ver el expediente del convenio' }).click();
  await actAs(page, 'megantoni.alcalde', page.url());
  await expect(page.getByText('Aprobado por el Concejo', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trámite' })).toContainText(number);
  // Until he signs, the board follows the Acuerdo as pending execution.
  const convenioFile = page.url();
  await openSection(page, 'Despacho de Alcaldía');
  const pending = page.getByRole('region', { name: 'Acuerdos pendientes de ejecución' });
  await expect(pending.getByRole('row').filter({ hasText: number })).toContainText(
    'Pendiente de ejecución',
  );
  await page.goto(convenioFile);
  await act(page, 'Suscribir el convenio', 'Suscribir', (dialog) =>
    expect(dialog).toContainText(`Autorizado por ${number}`),
  );
  const signed = page.getByRole('heading', { name: /^CONVENIO N° \d{3}-2026-MDM$/ });
  await expect(signed).toBeVisible();
  const convenioNumber = (await signed.textContent()) ?? '';
  await expect(page.getByText('Vigente', { exact: true }).first()).toBeVisible();

  // Two weeks later the obligation is overdue and escalated to the Gerente: the board shows it.
  await moveManualClockAhead(request, 14);
  await openSection(page, 'Despacho de Alcaldía');
  await expect(page.getByRole('heading', { name: 'Despacho de Alcaldía', level: 1 })).toBeVisible();
  const escalations = page.getByRole('region', { name: 'Escalamientos recientes' });
  await expect(escalations.getByRole('link', { name: convenioNumber }).first()).toBeVisible();
  await expect(escalations.getByText('Gerente Municipal').first()).toBeVisible();
  await expectAccessible(page);
  await escalations.getByRole('link', { name: convenioNumber }).first().click();
  await expect(page.getByRole('region', { name: 'Calendario de obligaciones' })).toContainText(
    'Vencido',
  );
});
