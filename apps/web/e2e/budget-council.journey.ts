import { type APIRequestContext, expect, test } from '@playwright/test';
import {
  act,
  actAs,
  bearer,
  calendarEntry,
  expectAccessible,
  expectFileState,
  moveManualClockAhead,
  restoreManualClock,
  serverNow,
  signIn,
} from './support';

const PIA = 'Presupuesto Institucional de Apertura (PIA)';
const PAC = 'Plan Anual de Contrataciones (PAC)';
const DAY = 86_400_000;

/** A civil date in Lima (AAAA-MM-DD). */
const limaDay = (instant: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(instant);
const plusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** «31/12/2026» from «2026-12-31». */
const shown = (day: string): string => day.split('-').reverse().join('/');

/** Megantoni's non-working days of a year (national and municipal), from its calendar. */
async function nonWorkingDays(request: APIRequestContext, year: number): Promise<string[]> {
  const response = await request.get(`/api/v1/calendar/holidays?year=${year}`, {
    headers: await bearer(request, 'megantoni.presupuesto'),
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { date: string }[] }).items.map((d) => d.date);
}

/** The last of `days` business days after `day` (weekends and non-working days skipped). */
async function businessDaysAfter(
  request: APIRequestContext,
  day: string,
  days: number,
): Promise<string> {
  const year = Number(day.slice(0, 4));
  const closed = new Set([
    ...(await nonWorkingDays(request, year)),
    ...(await nonWorkingDays(request, year + 1)),
  ]);
  let current = day;
  for (let counted = 0; counted < days;) {
    current = plusDays(current, 1);
    const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !closed.has(current)) counted++;
  }
  return current;
}

/** The Concejo's members of Megantoni, over the API. */
async function members(request: APIRequestContext): Promise<{ name: string }[]> {
  const response = await request.get('/api/v1/council/members', {
    headers: await bearer(request, 'megantoni.secretaria'),
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { name: string }[] }).items;
}

test.afterAll(({ request }) => restoreManualClock(request));

test('the PIA at risk on the management calendar, reviewed by Planeamiento y Presupuesto and the Gerente, approved by the Concejo in session (LOM Art. 9 inc. 16), and the PAC due 15 business days later on the Alcaldía’s board', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  // Mid-December: the PIA of next year falls due on 31 December, within the 15 business days
  // that put it at risk. The manual clock only moves ahead, to this or next year's 16 December.
  const today = limaDay(await serverNow(request));
  const thisYear = Number(today.slice(0, 4));
  const sessionDay = today <= `${thisYear}-12-16` ? `${thisYear}-12-16` : `${thisYear + 1}-12-16`;
  const daysAhead = Math.round((Date.parse(sessionDay) - Date.parse(today)) / DAY);
  if (daysAhead > 0) await moveManualClockAhead(request, daysAhead);
  expect(limaDay(await serverNow(request))).toBe(sessionDay);
  const year = Number(sessionDay.slice(0, 4)) + 1;

  // megantoni.admin seeds the fiscal year (idempotent: a seeded year answers the same).
  const seeded = await request.post(`/api/v1/budget/calendar/${year}/seed`, {
    headers: await bearer(request, 'megantoni.admin'),
  });
  expect(seeded.status()).toBeLessThan(300);

  // Planeamiento y Presupuesto's analyst sees the PIA at risk, and the PAC without a date yet.
  await signIn(page, 'megantoni.analista');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Documentos de gestión' })
    .click();
  await page.getByLabel('Año').fill(String(year));
  await expect(page).toHaveURL(new RegExp(`anio=${year}`));
  const opp = page.getByRole('region', { name: 'Oficina de Planeamiento y Presupuesto' });
  await expect(calendarEntry(opp, PIA)).toContainText('En riesgo');
  await expect(calendarEntry(opp, PIA)).toContainText(`Último día: ${shown(`${year - 1}-12-31`)}`);
  await expect(calendarEntry(opp, PAC)).toContainText(`se fija con la aprobación de ${PIA}`);
  await expectAccessible(page);

  // She presents the PIA with its figures; the head of the office reviews and accepts it.
  await calendarEntry(opp, PIA).getByRole('link', { name: PIA }).click();
  await expect(page.getByRole('heading', { name: `${PIA} ${year}` })).toBeVisible();
  const file = page.url();
  await act(page, 'Presentar el documento', 'Presentar', async (dialog) => {
    await dialog.getByLabel('Documento presentado').fill(`Informe N° 041-${year - 1}-MDM/OPP`);
    await dialog.getByLabel('Concepto (cifra 1)').fill('Presupuesto institucional total');
    await dialog.getByLabel('Monto (cifra 1)').fill('312 450 000,00');
    await dialog
      .getByLabel('Fuente de financiamiento (cifra 1)')
      .selectOption('recursos_determinados');
  });
  await expectFileState(page, 'En revisión de Planeamiento y Presupuesto');
  await actAs(page, 'megantoni.presupuesto', file);
  await act(page, 'Aceptar y pasar al Gerente', 'Aceptar', (dialog) =>
    dialog
      .getByLabel('Informe técnico (opcional)')
      .fill(`Informe Técnico N° 052-${year - 1}-MDM/OPP`),
  );
  await expectFileState(page, 'En revisión del Gerente Municipal');

  // The Gerente gives conformity and elevates it; the Alcalde sends it to the Concejo.
  await actAs(page, 'megantoni.gerente', file);
  await act(page, 'Dar conformidad y elevar al Alcalde', 'Dar conformidad y elevar', (dialog) =>
    dialog.getByLabel('Documento con que lo eleva').fill(`Memorando N° 310-${year - 1}-MDM/GG`),
  );
  await actAs(page, 'megantoni.alcalde', file);
  await act(page, 'Enviar al Concejo', 'Enviar al Concejo');
  await expectFileState(page, 'En el Concejo');

  // Secretaría General puts it on the agenda of an ordinaria of today, from the file.
  await actAs(page, 'megantoni.secretaria', file);
  await page.getByRole('link', { name: 'Poner en la agenda de una sesión' }).click();
  await expect(page.getByRole('heading', { name: 'Convocar sesión' })).toBeVisible();
  await expect(page.getByLabel('Tipo del asunto 1')).toHaveValue('presupuesto');
  await expect(page.getByLabel('Título del asunto 1')).toHaveValue(`${PIA} ${year}`);
  await page.getByLabel('Fecha de la sesión').fill(sessionDay);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Convocar', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Sesión ordinaria del/ })).toBeVisible();

  // Quorum (4 of 6), the vote, the Acuerdo, the acta dispensed: the Acuerdo is in force today.
  const council = await members(request);
  for (const member of council.slice(0, 4)) {
    await page.getByRole('button', { name: `Llegó: ${member.name}` }).click();
    await expect(page.getByRole('button', { name: `Se retiró: ${member.name}` })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Abrir la votación del asunto 1' }).click();
  for (const member of council.slice(0, 4)) {
    await page.getByRole('button', { name: `A favor: ${member.name}` }).click();
    await expect(page.getByRole('button', { name: `A favor: ${member.name}` })).toBeHidden();
  }
  await page.getByRole('button', { name: 'Cerrar la votación del asunto 1' }).click();
  const acuerdo = page.getByText(/^ACUERDO DE CONCEJO N° \d{3}-\d{4}-MDM/).first();
  await expect(acuerdo).toBeVisible();
  const number = ((await acuerdo.textContent()) ?? '').match(
    /ACUERDO DE CONCEJO N° \d{3}-\d{4}-MDM/,
  )![0];
  await page.getByRole('button', { name: 'Dispensar la lectura del acta' }).click();
  await expect(page.getByText(`${number} · rige desde`)).toBeVisible();
  await expectAccessible(page);

  // The PIA's file: approved by that Acuerdo.
  await page.getByRole('link', { name: 'Ver el expediente del documento' }).click();
  await expect(page.getByRole('heading', { name: `${PIA} ${year}` })).toBeVisible();
  await expectFileState(page, 'Aprobado');
  await expect(page.getByRole('region', { name: 'Trámite' })).toContainText(number);

  // The Alcalde's board: the PAC, now due 15 business days after the PIA's approval.
  const pacDue = await businessDaysAfter(request, sessionDay, 15);
  await actAs(page, 'megantoni.alcalde', '/');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Despacho de Alcaldía' })
    .click();
  const documents = page.getByRole('region', { name: 'Documentos de gestión' });
  const pac = documents.getByRole('row').filter({ hasText: PAC });
  await expect(pac).toContainText(shown(pacDue));
  await expect(pac).toContainText('15 días hábiles tras la aprobación');
  await expect(documents.getByRole('row').filter({ hasText: PIA })).toHaveCount(0);
  await expectAccessible(page);
  await pac.getByRole('link', { name: new RegExp(PAC.replace(/[()]/g, '\\$&')) }).click();
  await expect(page.getByRole('heading', { name: `${PAC} ${year}` })).toBeVisible();
  await expect(page.getByText(`Último día: ${shown(pacDue)}`, { exact: true })).toBeVisible();
});
