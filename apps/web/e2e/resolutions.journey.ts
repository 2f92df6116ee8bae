import { expect, type Page, test } from '@playwright/test';
import { pdfText } from '../../../libs/documents/src/testing/pdf-text';
import {
  actAs,
  draftResolution,
  expectAccessible,
  moveManualClockAhead,
  readyToSignResolution,
  resolutionEvent,
  serverNow,
  signIn,
} from './support';

/** The current content hash, as the file shows it: what a visa approves. */
async function contentHash(page: Page): Promise<string> {
  const text = await page
    .getByRole('region', { name: 'Contenido' })
    .getByText(/^[0-9a-f]{64}$/)
    .textContent();
  return text ?? '';
}

test('a resolution from the draft form to the Gerente’s batch signature: field error fixed, submitted, favourable opinion, every visa, two signed at once', async ({
  page,
  request,
}) => {
  // Seven people act in turn: like the convenio journeys, more than the default minute.
  test.setTimeout(120_000);
  const stamp = Date.now();
  const subject = `Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro ${stamp}`;

  // mml.gdu drafts it in the form.
  await signIn(page, 'mml.gdu');
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Resoluciones' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Resoluciones de Gerencia Municipal' }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nuevo proyecto' }).click();
  await expect(page.getByRole('heading', { name: 'Nuevo proyecto de resolución' })).toBeVisible();

  await page.getByLabel('Asunto').fill('Obra');
  await page
    .getByLabel('Visto 1', { exact: true })
    .fill('Informe N° 120-2026-MML/GDU de la Subgerencia de Obras');
  // Repeatable parts by keyboard: the new paragraph takes the focus.
  await page.getByRole('button', { name: 'Agregar visto' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Visto 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Memorando N° 45-2026-MML/GMM');
  await page
    .getByLabel('Considerando 1', { exact: true })
    .fill('Que, el artículo 194 de la Constitución reconoce a las municipalidades autonomía.');
  await page.getByRole('button', { name: 'Agregar considerando' }).click();
  await page
    .getByLabel('Considerando 2', { exact: true })
    .fill('Que, la supervisión de la obra sustenta el pedido.');
  await page.getByRole('button', { name: 'Agregar considerando' }).click();
  await page.getByRole('button', { name: 'Quitar el considerando 3' }).click();
  await expect(page.getByLabel('Considerando 3', { exact: true })).toHaveCount(0);
  await page
    .getByLabel('Artículo 1', { exact: true })
    .fill('APROBAR la ampliación de plazo N° 2 por 30 días.');
  await page.getByRole('button', { name: 'Agregar artículo' }).click();
  await page
    .getByLabel('Artículo 2', { exact: true })
    .fill('NOTIFICAR la presente resolución al contratista.');
  await page.getByLabel(/Compromete presupuesto/).check();
  await page
    .getByLabel('Nombre o razón social del destinatario 1')
    .fill('Constructora Los Andes S.A.C.');
  await page.getByLabel('DNI, RUC o carné de extranjería (opcional)').fill('20512345678');
  await page.getByLabel('Correo electrónico (opcional)').fill('mesadepartes@');
  await page.getByRole('button', { name: 'Guardar proyecto' }).click();

  // The API's VALIDATION_FAILED, each message on its field; the first one takes the focus.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Revise los campos marcados' }),
  ).toBeVisible();
  const subjectInput = page.getByLabel('Asunto');
  await expect(subjectInput).toHaveAttribute('aria-invalid', 'true');
  await expect(subjectInput).toHaveAccessibleDescription(/al menos 5 caracteres/);
  await expect(subjectInput).toBeFocused();
  await expect(page.getByLabel('Correo electrónico (opcional)')).toHaveAccessibleDescription(
    /correo electrónico válido/,
  );
  await expectAccessible(page);

  await subjectInput.fill(subject);
  await page.getByLabel('Correo electrónico (opcional)').fill('mesadepartes@losandes.pe');
  await page.getByRole('button', { name: 'Guardar proyecto' }).click();
  await expect(page.getByRole('heading', { name: 'Proyecto de resolución' })).toBeVisible();
  await expect(page.getByText(subject).first()).toBeVisible();
  await expect(page.getByText('Proyecto', { exact: true })).toBeVisible();
  const file = page.url();
  expect(file).toMatch(/\/resoluciones\/[0-9a-f-]{36}$/);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Enviar a revisión legal' }).click();
  const submit = page.getByRole('dialog', { name: 'Enviar a revisión legal' });
  await submit.getByRole('button', { name: 'Enviar a revisión legal' }).click();
  await expect(submit).toBeHidden();
  await expect(page.getByText('En revisión legal', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Plazos' })).toContainText('Opinión legal');
  await expect(page.getByRole('region', { name: 'Plazos' })).toContainText('7 días hábiles');

  // mml.juridica: a favourable opinion, with its report.
  await actAs(page, 'mml.juridica', file);
  await page.getByRole('button', { name: 'Emitir opinión legal' }).click();
  const opinion = page.getByRole('dialog', { name: 'Emitir opinión legal' });
  await opinion.getByRole('button', { name: 'Registrar la opinión' }).click();
  // Nothing chosen: the API says what is missing, on each field.
  await expect(opinion.getByLabel('Informe legal (número)')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectAccessible(page);
  await opinion.getByLabel(/^Favorable/).check();
  await opinion.getByLabel('Informe legal (número)').fill('Informe N° 455-2026-MML/GAJ');
  await opinion.getByRole('button', { name: 'Registrar la opinión' }).click();
  await expect(opinion).toBeHidden();
  await expect(page.getByText('En visaciones', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opinión legal' })).toContainText(
    'Informe N° 455-2026-MML/GAJ',
  );

  // Every unit with a pending visa: origin (GDU), legal (GAJ) and, with budget impact, GPP.
  const visas = page.getByRole('region', { name: 'Visaciones' });
  await expect(visas.getByText('visación pendiente')).toHaveCount(3);
  for (const [username, unit] of [
    ['mml.juridica', 'Gerencia de Asuntos Jurídicos'],
    ['mml.gdu', 'Gerencia de Desarrollo Urbano'],
    ['mml.presupuesto', 'Gerencia de Planificación y Presupuesto'],
  ] as const) {
    if (username !== 'mml.juridica') await actAs(page, username, file);
    await page.getByRole('button', { name: 'Visar', exact: true }).click();
    const visa = page.getByRole('dialog', { name: 'Visar' });
    // The dialog shows the exact content the visa approves, and sends its hash.
    await expect(visa).toContainText(await contentHash(page));
    if (username === 'mml.juridica') await expectAccessible(page);
    await visa.getByRole('button', { name: 'Visar este contenido' }).click();
    await expect(visa).toBeHidden();
    await expect(visas).toContainText(`${unit}: visó`);
  }
  await expect(page.getByText('Lista para firma', { exact: true }).first()).toBeVisible();

  // Two more ready over the API; the third is returned once the tray is open: it fails alone.
  const second = `Aprobar el cronograma de mantenimiento de parques ${stamp}`;
  const third = `Aprobar la directiva de uso de vehículos ${stamp}`;
  await readyToSignResolution(request, second);
  const thirdId = await readyToSignResolution(request, third);

  await actAs(page, 'mml.gerente', '/resoluciones');
  await page.getByRole('link', { name: 'Bandeja de firma' }).click();
  await expect(page.getByRole('heading', { name: 'Bandeja de firma' })).toBeVisible();
  await expect(page.getByRole('link', { name: subject, exact: true })).toBeVisible();
  // Before signing, the Gerente reads the document as it would print: a PDF without number.
  const preview = page.getByRole('link', { name: `Vista previa del PDF: ${subject}` });
  await expect(preview).toHaveAttribute('target', '_blank');
  const previewed = await page.request.get((await preview.getAttribute('href')) ?? '');
  expect(previewed.status()).toBe(200);
  expect(pdfText(await previewed.body())).toContain('VISTA PREVIA SIN VALOR OFICIAL');
  await expectAccessible(page);
  for (const s of [subject, second, third])
    await page.getByRole('checkbox', { name: `Seleccionar: ${s}` }).check();
  await resolutionEvent(request, 'mml.gerente', thirdId, {
    type: 'RETURN',
    reason: 'Falta el informe de la oficina de patrimonio.',
  });

  await page.getByRole('button', { name: 'Firmar seleccionadas (3)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Firmar las resoluciones seleccionadas' });
  await expect(confirm).toContainText('María Elena Quispe Rojas');
  await expect(confirm).toContainText(subject);
  await expect(confirm).toContainText(second);
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Firmar 3 resoluciones' }).click();

  await expect(page.getByRole('status')).toHaveText('Listo: se firmaron 2 de 3.');
  const number = /Firmada: RESOLUCIÓN DE GERENCIA MUNICIPAL N° \d{4}-\d{4}-MML\/GMM/;
  const firstRow = page.getByRole('row', { name: new RegExp(subject) });
  const secondRow = page.getByRole('row', { name: new RegExp(second) });
  await expect(firstRow).toContainText(number);
  await expect(secondRow).toContainText(number);
  expect(await firstRow.textContent()).not.toEqual(await secondRow.textContent());
  const numbers = [
    (await firstRow.textContent())?.match(/N° (\d{4})/)?.[1],
    (await secondRow.textContent())?.match(/N° (\d{4})/)?.[1],
  ];
  expect(new Set(numbers).size).toBe(2);
  // The one changed meanwhile is refused in Spanish; the others were signed anyway.
  await expect(page.getByRole('row', { name: new RegExp(third) })).toContainText(
    'No se firmó: El expediente cambió',
  );
  await expectAccessible(page);

  // The signed file: its number, and the signed PDF.
  await firstRow.getByRole('link', { name: subject, exact: true }).click();
  await expect(
    page.getByRole('heading', { name: /RESOLUCIÓN DE GERENCIA MUNICIPAL N°/ }),
  ).toBeVisible();
  await expect(page.getByText('Firmada', { exact: true }).first()).toBeVisible();
  const pdf = page.getByRole('link', { name: 'Ver el PDF firmado' });
  await expect(pdf).toHaveAttribute('target', '_blank');
  const document = await page.request.get((await pdf.getAttribute('href')) ?? '');
  expect(document.status()).toBe(200);
  expect(document.headers()['content-type']).toBe('application/pdf');
  await expect(page.getByRole('region', { name: 'Historial (auditoría)' })).toContainText('Firma');
  await expectAccessible(page);
  const signedNumbers = numbers;

  // The Alcaldía's board lists both among this month's signed resolutions.
  await actAs(page, 'mml.alcalde', '/despacho');
  await expect(page.getByRole('heading', { name: 'Despacho de Alcaldía', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /^Firmadas en .*: \d+\. Ver la lista$/ }).click();
  for (const n of signedNumbers)
    await expect(
      page.getByRole('link', { name: new RegExp(`N° ${n ?? ''}-\\d{4}-MML`) }),
    ).toBeVisible();
  await expectAccessible(page);

  // A citizen with the printed copy opens the URL its QR carries: authentic, no session needed.
  const printed = pdfText(await document.body()).match(/\S+\/verificar\/\S+/)?.[0] ?? '';
  expect(printed).not.toBe('');
  await page.context().clearCookies();
  await page.goto(new URL(printed).pathname);
  await expect(page.getByRole('heading', { name: 'Resolución auténtica' })).toBeVisible();
  await expect(page.getByText(subject)).toBeVisible();
  await expectAccessible(page);
});

test('a stale form: two people edit the same draft; the second save shows the conflict and keeps the text', async ({
  page,
  browser,
  request,
}) => {
  const subject = `Aprobar el plan de señalización vial ${Date.now()}`;
  const id = await draftResolution(request, subject);
  const other = await browser.newContext();
  const otherPage = await other.newPage();

  await signIn(page, 'mml.gdu');
  await signIn(otherPage, 'mml.gdu');
  await page.goto(`/resoluciones/${id}/editar`);
  await otherPage.goto(`/resoluciones/${id}/editar`);
  await expect(page.getByLabel('Asunto')).toHaveValue(subject);
  await expect(otherPage.getByLabel('Asunto')).toHaveValue(subject);
  await expectAccessible(page);

  // The other person saves first.
  await otherPage.getByLabel('Asunto').fill(`${subject} (revisado)`);
  await otherPage.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(otherPage.getByRole('heading', { name: 'Proyecto de resolución' })).toBeVisible();
  await expect(otherPage.getByText(`${subject} (revisado)`)).toBeVisible();

  // This form was opened at the version before: the save is refused and nothing is lost.
  const mine = 'Que, el plan fue coordinado con la Gerencia de Seguridad Ciudadana.';
  await page.getByLabel('Considerando 1', { exact: true }).fill(mine);
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Otra persona cambió este proyecto' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('no se guardaron');
  await expect(page).toHaveURL(new RegExp(`/resoluciones/${id}/editar$`));
  await expect(page.getByLabel('Considerando 1', { exact: true })).toHaveValue(mine);
  await expect(page.getByLabel('Asunto')).toHaveValue(subject);
  await expectAccessible(page);

  // Loading the current version is the person's choice: then the other's change shows.
  await conflict.getByRole('button', { name: /Cargar la versión vigente/ }).click();
  await expect(page.getByLabel('Asunto')).toHaveValue(`${subject} (revisado)`);
  await expect(conflict).toBeHidden();
  await other.close();
});

/** Now in the browser's zone (America/Lima in the journeys), as a datetime-local input takes it. */
/** Despacho's now as a datetime-local value, in the browser's time zone (the journeys': Lima). */
async function localNow(page: Page): Promise<string> {
  const now = (await serverNow(page.request)).toISOString();
  return page.evaluate((iso) => {
    const d = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, now);
}

test('the Gerente returns one with its reason, which the unit reads on its form; another, signed, is notified from its dialog', async ({
  page,
  request,
}) => {
  const stamp = Date.now();
  const returned = `Aprobar el reglamento de ferias itinerantes ${stamp}`;
  const returnedId = await readyToSignResolution(request, returned);
  const signed = `Otorgar la licencia de edificación del mercado ${stamp}`;
  const signedId = await readyToSignResolution(request, signed);
  await resolutionEvent(request, 'mml.gerente', signedId, { type: 'SIGN' });

  // RETURN: the reason is required; the API says so on its field.
  await signIn(page, 'mml.gerente');
  await page.goto(`/resoluciones/${returnedId}`);
  await page.getByRole('button', { name: 'Devolver con observaciones' }).click();
  const back = page.getByRole('dialog', { name: 'Devolver con observaciones' });
  await back.getByRole('button', { name: 'Devolver el proyecto' }).click();
  const reason = back.getByLabel(/Motivo de la devolución/);
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toBeFocused();
  await expectAccessible(page);
  await reason.fill('Falta el informe técnico de la Subgerencia de Comercialización.');
  await back.getByRole('button', { name: 'Devolver el proyecto' }).click();
  await expect(back).toBeHidden();
  await expect(page.getByText('Observado', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Devoluciones y observaciones' })).toContainText(
    'Falta el informe técnico',
  );

  // The unit edits the observed project with the observation in sight.
  await actAs(page, 'mml.gdu', `/resoluciones/${returnedId}`);
  await page.getByRole('link', { name: 'Editar el proyecto' }).click();
  await expect(page.getByText('Observaciones a subsanar')).toBeVisible();
  await expect(page.getByText('Falta el informe técnico')).toBeVisible();
  await expectAccessible(page);

  // NOTIFY: without the date it took effect, refused on that field; with it, recorded.
  await page.goto(`/resoluciones/${signedId}`);
  await page.getByRole('button', { name: 'Registrar notificación' }).click();
  const notify = page.getByRole('dialog', { name: 'Registrar notificación' });
  await notify
    .getByLabel('Destinatario')
    .selectOption({ label: 'Constructora Los Andes S.A.C. (20512345678)' });
  await notify.getByLabel('Medio').selectOption('personal');
  await notify.getByRole('button', { name: 'Registrar la notificación' }).click();
  const servedAt = notify.getByLabel('Fecha y hora en que surtió efecto');
  await expect(servedAt).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  // A minute after the signature (the manual clock stands still; the field has whole seconds).
  await moveManualClockAhead(page.request, 1 / 1440);
  await servedAt.fill(await localNow(page));
  await notify.getByLabel(/Cargo o acuse/).fill('Cargo N° 0457-2026');
  await notify.getByRole('button', { name: 'Registrar la notificación' }).click();
  await expect(notify).toBeHidden();
  await expect(page.getByText('Notificada', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notificación' })).toContainText(
    'notificado (Personal (cargo))',
  );
  await expect(page.getByRole('region', { name: 'Historial (auditoría)' })).toContainText(
    'Notificación',
  );
});
