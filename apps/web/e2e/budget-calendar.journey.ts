import { expect, test } from '@playwright/test';
import {
  act,
  actAs,
  bearer,
  calendarEntry,
  expectAccessible,
  expectFileState,
  serverNow,
  signIn,
} from './support';

const STATUS_LABELS: Record<string, string> = {
  on_time: 'A tiempo',
  at_risk: 'En riesgo',
  late: 'Vencido',
  done: 'Aprobado',
};
const PIA = 'Presupuesto Institucional de Apertura (PIA)';

test('the management calendar: ADMIN seeds the year and moves a date with its legal source, the PIA shows its status and legal source; Planeamiento y Presupuesto presents it with its figures (a wrong amount refused on its field) and accepts it, the Gerente gives conformity and the Alcalde sends it to the Concejo', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // The PIA of next year falls due on 31 December of this one (LOM Art. 9 inc. 16).
  const year = (await serverNow(request)).getUTCFullYear() + 1;

  // mml.admin opens the calendar from the administration: if the year is not seeded, it seeds it
  // from the empty state.
  await signIn(page, 'mml.admin');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Administración' })
    .click();
  await page
    .getByRole('navigation', { name: 'Administración' })
    .getByRole('link', { name: 'Calendario de gestión' })
    .click();
  await expect(page.getByRole('heading', { name: 'Calendario de gestión' })).toBeVisible();
  await page.getByLabel('Año').fill(String(year));
  await expect(page).toHaveURL(new RegExp(`anio=${year}`));
  const seedButton = page.getByRole('button', { name: 'Sembrar el año' });
  const gpp = page.getByRole('region', { name: 'Gerencia de Planificación y Presupuesto' });
  await expect(seedButton.or(gpp)).toBeVisible();
  if (await seedButton.isVisible()) {
    await expect(
      page.getByText(`El calendario de gestión de ${year} aún no está sembrado.`),
    ).toBeVisible();
    await expectAccessible(page);
    await seedButton.click();
  }
  await expect(gpp.getByRole('link', { name: PIA })).toBeVisible();
  await expectAccessible(page);

  // ADMIN moves a date: without its legal source the API refuses it on that field.
  const evaluation = 'Evaluación presupuestal anual';
  await gpp.getByRole('link', { name: evaluation, exact: true }).click();
  await expect(page.getByRole('heading', { name: `${evaluation} ${year}` })).toBeVisible();
  await expectAccessible(page);
  const dates = page.getByRole('region', { name: 'Versiones del último día' });
  await dates.getByRole('button', { name: 'Cambiar el último día' }).click();
  const change = page.getByRole('dialog', { name: 'Cambiar el último día' });
  await change.getByLabel('Nuevo último día').fill(`${year + 1}-06-15`);
  await change.getByRole('button', { name: 'Cambiar la fecha' }).click();
  const basis = change.getByLabel('Fuente legal de la nueva fecha');
  await expect(basis).toHaveAttribute('aria-invalid', 'true');
  await expect(basis).toBeFocused();
  await expectAccessible(page);
  await basis.fill(`Directiva N° 0001-${year}-EF/50.01, Art. 12`);
  await change.getByRole('button', { name: 'Cambiar la fecha' }).click();
  await expect(change).toBeHidden();
  await expect(dates).toContainText(`2. 15/06/${year + 1}`);
  await expect(dates).toContainText('Cambio del administrador');
  await page.getByRole('link', { name: `← Calendario de gestión ${year}` }).click();
  await expect(calendarEntry(gpp, evaluation)).toContainText(`Último día: 15/06/${year + 1}`);
  await expect(calendarEntry(gpp, evaluation)).toContainText('(versión 2)');

  // What the API says of the PIA is what the timeline shows.
  const calendar = await request.get(`/api/v1/budget/calendar/${year}`, {
    headers: await bearer(request, 'mml.presupuesto'),
  });
  expect(calendar.status()).toBe(200);
  const pia = ((await calendar.json()) as { items: Record<string, string>[] }).items.find(
    (i) => i.documentCode === 'pia',
  );
  expect(pia?.dueOn).toBe(`${year - 1}-12-31`);

  // mml.analista (Planeamiento y Presupuesto, the PIA's responsible unit) finds it from the navigation.
  await page.context().clearCookies();
  await signIn(page, 'mml.analista');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Documentos de gestión' })
    .click();
  await page.getByLabel('Año').fill(String(year));
  await expect(page).toHaveURL(new RegExp(`anio=${year}`));
  const piaItem = calendarEntry(gpp, PIA);
  await expect(piaItem).toContainText(STATUS_LABELS[pia?.status ?? ''] ?? '?');
  await expect(piaItem).toContainText(`Último día: 31/12/${year - 1}`);
  await expect(piaItem).toContainText('LOM Art. 9 inc. 16');
  await expect(piaItem).toContainText('En elaboración');
  // The PAC has no date until the PIA is approved.
  await expect(calendarEntry(gpp, 'Plan Anual de Contrataciones (PAC)')).toContainText(
    `se fija con la aprobación de ${PIA}`,
  );
  await expectAccessible(page);

  await piaItem.getByRole('link', { name: PIA }).click();
  await expect(page.getByRole('heading', { name: `${PIA} ${year}` })).toBeVisible();
  const file = page.url();
  expect(file).toMatch(/\/calendario-de-gestion\/documentos\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Datos del documento' })).toContainText(
    'El Concejo Municipal, por Acuerdo de Concejo',
  );
  // The kernel's attachments, as every file has them: the unit may add its documents.
  const attachments = page.getByRole('region', { name: 'Adjuntos' });
  await expect(attachments).toContainText('Sin adjuntos.');
  await expect(attachments.getByRole('button', { name: /Adjuntar/ })).toBeVisible();
  await expectAccessible(page);

  // Three decimals: the API refuses the amount on its field, which takes the focus.
  await page.getByRole('button', { name: 'Presentar el documento' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentar el documento' });
  await dialog.getByLabel('Documento presentado').fill(`Informe N° 012-${year - 1}-MML/GPP`);
  await dialog.getByLabel('Concepto (cifra 1)').fill('Presupuesto total');
  await dialog.getByLabel('Monto (cifra 1)').fill('1234567,891');
  await dialog.getByLabel('Fuente de financiamiento (cifra 1)').selectOption('recursos_ordinarios');
  await dialog.getByRole('button', { name: 'Presentar', exact: true }).click();
  const amount = dialog.getByLabel('Monto (cifra 1)');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toBeFocused();
  await expectAccessible(page);
  await amount.fill('1 234 567,89');
  await dialog.getByRole('button', { name: 'Agregar una cifra' }).click();
  await dialog.getByLabel('Concepto (cifra 2)').fill('Canon y sobrecanon');
  await dialog.getByLabel('Monto (cifra 2)').fill('48 000,50');
  await dialog
    .getByLabel('Fuente de financiamiento (cifra 2)')
    .selectOption('recursos_determinados');
  await dialog.getByRole('button', { name: 'Presentar', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expectFileState(page, 'En revisión de Planeamiento y Presupuesto');
  const versions = page.getByRole('region', { name: 'Versiones presentadas' });
  await expect(versions).toContainText('S/\u00a01\u00a0234\u00a0567,89');
  await expect(versions).toContainText('S/\u00a048\u00a0000,50');
  await expect(versions).toContainText('Recursos Determinados');
  await expectAccessible(page);

  // The analyst may not review the version she presented (separation of duties): no such action.
  await expect(page.getByRole('button', { name: 'Aceptar y pasar al Gerente' })).toHaveCount(0);
  // The head of the same office reviews it as Planeamiento y Presupuesto and accepts it.
  await actAs(page, 'mml.presupuesto', file);
  await act(page, 'Aceptar y pasar al Gerente', 'Aceptar', (d) =>
    d.getByLabel('Informe técnico (opcional)').fill(`Informe Técnico N° 030-${year - 1}-MML/GPP`),
  );
  await expectFileState(page, 'En revisión del Gerente Municipal');

  // mml.gerente gives conformity and elevates it to the Alcalde.
  await actAs(page, 'mml.gerente', file);
  await act(page, 'Dar conformidad y elevar al Alcalde', 'Dar conformidad y elevar', (d) =>
    d.getByLabel('Documento con que lo eleva').fill(`Memorando N° 101-${year - 1}-MML/GMM`),
  );
  await expectFileState(page, 'En revisión del Alcalde');
  await expect(page.getByRole('region', { name: 'Trámite' })).toContainText(
    `Memorando N° 101-${year - 1}-MML/GMM`,
  );

  // mml.alcalde: the PIA is the Concejo's, so no Resolución de Alcaldía before the deadline passes.
  await actAs(page, 'mml.alcalde', file);
  await expect(
    page.getByRole('button', { name: 'Aprobar por Resolución de Alcaldía' }),
  ).toHaveCount(0);
  await act(page, 'Enviar al Concejo', 'Enviar al Concejo');
  await expectFileState(page, 'En el Concejo');
  await expect(page.getByRole('region', { name: 'Historial (auditoría)' })).toContainText(
    'Conformidad del Gerente Municipal',
  );
  await expectAccessible(page);

  // Back on the calendar, the PIA shows where it is.
  await page.getByRole('link', { name: `← Calendario de gestión ${year}` }).click();
  await expect(calendarEntry(gpp, PIA)).toContainText('En el Concejo');
  await expectAccessible(page);
});
