import { type APIRequestContext, expect, test } from '@playwright/test';
import { act, actAs, bearer, expectAccessible, signIn } from './support';

/** How many convenios the municipality holds, over the API. */
async function convenioCount(request: APIRequestContext): Promise<number> {
  const response = await request.get('/api/v1/convenios?pageSize=1', {
    headers: await bearer(request, 'mml.gdu'),
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

test('a convenio with financial obligations from the proposal to the Alcalde’s signature: a wrong RUC refused on its field, the draft edited, certified, favourable opinion with its checklist, conformity, Concejo, Acuerdo, signed and in force', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const object = `Cooperación para la capacitación del personal de fiscalización ${stamp}`;

  // mml.gdu proposes it from the section.
  await signIn(page, 'mml.gdu');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Convenios' })
    .click();
  await expect(page.getByRole('heading', { name: 'Convenios', exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nuevo convenio' }).click();
  await expect(page.getByRole('heading', { name: 'Nuevo convenio' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Nombre o razón social').fill('Universidad Nacional de Ingeniería');
  // The last digit does not match: module 11 says 9.
  await page.getByLabel('RUC').fill('20169004358');
  await page.getByLabel('Objeto').fill(object);
  await page.getByLabel('Meses de vigencia').fill('24');
  await page.getByLabel(/Compromete recursos de la municipalidad/).check();
  await page.getByLabel('Monto en soles').fill('150 000,50');
  const municipality = page.getByRole('group', { name: 'Coordinador de la municipalidad' });
  await municipality.getByLabel('Nombre').fill('Rosa Huamán Quispe');
  await municipality.getByLabel('Cargo').fill('Subgerente de Proyectos');
  await municipality.getByLabel('Correo electrónico').fill('rhuaman@munlima.gob.pe');
  const counterpart = page.getByRole('group', { name: 'Coordinador de la contraparte' });
  await counterpart.getByLabel('Nombre').fill('Jorge Salas Ríos');
  await counterpart.getByLabel('Cargo').fill('Decano de la Facultad de Ingeniería Civil');
  await counterpart.getByLabel('Correo electrónico').fill('jsalas@uni.edu.pe');
  await page
    .getByLabel('Descripción (obligación 1)')
    .fill('Informe semestral de las actividades de capacitación');
  await page.getByLabel('Cada cuántos meses (obligación 1)').fill('6');

  const before = await convenioCount(request);
  await page.getByRole('button', { name: 'Guardar proyecto' }).click();
  // The API's VALIDATION_FAILED on the RUC field, which takes the focus; nothing was created.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Revise los campos marcados' }),
  ).toBeVisible();
  const ruc = page.getByLabel('RUC');
  await expect(ruc).toHaveAttribute('aria-invalid', 'true');
  await expect(ruc).toHaveAccessibleDescription(/dígito verificador no corresponde/);
  await expect(ruc).toBeFocused();
  await expectAccessible(page);
  expect(page.url()).toMatch(/\/convenios\/nuevo$/);
  expect(await convenioCount(request)).toBe(before);

  await ruc.fill('20169004359');
  await page.getByRole('button', { name: 'Guardar proyecto' }).click();
  await expect(page.getByRole('heading', { name: 'Proyecto de convenio' })).toBeVisible();
  expect(await convenioCount(request)).toBe(before + 1);
  const file = page.url();
  expect(file).toMatch(/\/convenios\/[0-9a-f-]{36}$/);
  const data = page.getByRole('region', { name: 'Datos del convenio' });
  await expect(data).toContainText('S/\u00a0150\u00a0000,50');
  await expect(data).toContainText('20169004359');
  await expect(page.getByText('Proyecto', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  // The unit corrects its project before sending it: the edit starts from what is saved.
  await page.getByRole('link', { name: 'Editar el proyecto' }).click();
  await expect(page.getByRole('heading', { name: 'Editar el proyecto de convenio' })).toBeVisible();
  await expect(page.getByLabel('RUC')).toHaveValue('20169004359');
  await expect(page.getByLabel('Monto en soles')).toHaveValue('150000,50');
  await expectAccessible(page);
  await page
    .getByRole('group', { name: 'Coordinador de la contraparte' })
    .getByLabel('Cargo')
    .fill('Decano de la Facultad de Ingeniería Civil (UNI)');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByRole('heading', { name: 'Proyecto de convenio' })).toBeVisible();
  await expect(data).toContainText('Decano de la Facultad de Ingeniería Civil (UNI)');
  await expect(data).toContainText('S/\u00a0150\u00a0000,50');
  await act(page, 'Enviar a trámite', 'Enviar a trámite');
  await expect(
    page.getByText('En certificación presupuestal', { exact: true }).first(),
  ).toBeVisible();

  // mml.presupuesto certifies the credit.
  await actAs(page, 'mml.presupuesto', file);
  await act(
    page,
    'Certificar el crédito presupuestario',
    'Registrar la certificación',
    async (dialog) => {
      await expect(dialog).toContainText('S/\u00a0150\u00a0000,50');
      await dialog
        .getByLabel('Certificación de crédito presupuestario (número)')
        .fill(`Certificación de Crédito Presupuestario N° ${stamp % 10_000_000}-2026`);
    },
  );
  await expect(page.getByText('En revisión legal', { exact: true }).first()).toBeVisible();

  // mml.juridica: a favourable opinion needs the whole checklist, the free-adhesion clause first.
  await actAs(page, 'mml.juridica', file);
  await act(page, 'Emitir el informe legal', 'Registrar el informe legal', async (dialog) => {
    await dialog.getByLabel(/^Favorable/).check();
    await dialog.getByLabel('Informe legal (número)').fill('Informe N° 455-2026-MML/GAJ');
    const checklist = dialog.getByRole('group', {
      name: 'Lista de verificación del informe legal',
    });
    await expect(checklist.getByLabel(/Cláusula de libre adhesión y separación/)).toBeVisible();
    for (const box of await checklist.getByRole('checkbox').all()) await box.check();
  });
  await expect(page.getByText('En conformidad de Gerencia', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trámite' })).toContainText(
    'Cumple: Cláusula de libre adhesión y separación',
  );

  // mml.gerente gives conformity and elevates it to the Alcalde.
  await actAs(page, 'mml.gerente', file);
  await act(page, 'Dar conformidad y elevar al Alcalde', 'Dar conformidad y elevar', (dialog) =>
    dialog.getByLabel('Documento con que lo eleva').fill('Memorando N° 210-2026-MML/GMM'),
  );
  await expect(page.getByText('En revisión del Alcalde', { exact: true }).first()).toBeVisible();

  // mml.alcalde sends it to the Concejo: with financial obligations, Lima exempts none.
  await actAs(page, 'mml.alcalde', file);
  await expect(page.getByRole('button', { name: 'Suscribir el convenio' })).toHaveCount(0);
  await act(page, 'Enviar al Concejo', 'Enviar al Concejo');
  await expect(page.getByText('En el Concejo', { exact: true }).first()).toBeVisible();

  // mml.secretaria records the Acuerdo de Concejo.
  await actAs(page, 'mml.secretaria', file);
  await act(
    page,
    'Registrar la aprobación del Concejo',
    'Registrar la aprobación',
    async (dialog) => {
      await dialog
        .getByLabel('Número del Acuerdo de Concejo')
        .fill('ACUERDO DE CONCEJO N° 045-2026-MML');
      await dialog.getByLabel(/autoriza también la suscripción de sus adendas/).check();
    },
  );
  await expect(page.getByText('Aprobado por el Concejo', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trámite' })).toContainText(
    'ACUERDO DE CONCEJO N° 045-2026-MML',
  );

  // mml.alcalde signs: the register gives its number, and it is in force.
  await actAs(page, 'mml.alcalde', file);
  await act(page, 'Suscribir el convenio', 'Suscribir', (dialog) =>
    expect(dialog).toContainText('Autorizado por ACUERDO DE CONCEJO N° 045-2026-MML'),
  );
  await expect(page.getByRole('heading', { name: /^CONVENIO N° 0\d\d-2026-MML$/ })).toBeVisible();
  await expect(page.getByText('Vigente', { exact: true }).first()).toBeVisible();
  await expect(
    page.getByText(/Vigente hasta el \d\d\/\d\d\/\d{4} \(quedan \d+ días\)/).first(),
  ).toBeVisible();
  // The expiry alerts (90, 60 and 30 days before the end) say when they are given.
  await expect(page.getByText(/^Se avisa el \d\d\/\d\d\/\d{4}/)).toHaveCount(3);
  const calendar = page.getByRole('region', { name: 'Calendario de obligaciones' });
  // A report every six months for 24 months.
  await expect(calendar.getByRole('row').nth(2)).toBeVisible();
  await expect(calendar).toContainText('Informe semestral de las actividades de capacitación');
  await expect(page.getByRole('region', { name: 'Historial (auditoría)' })).toContainText(
    'Suscripción',
  );
  await expectAccessible(page);

  // The list shows it with its number and state.
  await page.getByRole('link', { name: '← Convenios' }).click();
  await page.getByLabel('Estado').selectOption({ label: 'Vigente' });
  await expect(
    page.getByRole('link', { name: /^CONVENIO N° 0\d\d-2026-MML$/ }).first(),
  ).toBeVisible();
  await expectAccessible(page);
});
