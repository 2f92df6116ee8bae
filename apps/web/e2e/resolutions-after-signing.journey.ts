import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  actAs,
  bearer,
  expectAccessible,
  moveManualClockAhead,
  readyToSignResolution,
  resolutionEvent,
  restoreManualClock,
  serverNow,
  signedResolution,
  signIn,
  SMALLEST_PDF,
} from './support';

// The nulidad moves the clock past the traslado's term: what follows starts from now again.
// It goes first, while few other files are open: each timer the move fires notifies someone on a
// date after now, ahead of what the later journeys look for in their notifications.
test.afterEach(({ request }) => restoreManualClock(request));

/**
 * Despacho's now a minute later, as a datetime-local value in the browser's zone (Lima): the
 * manual clock stands still, and what is served or filed must come after what came before.
 */
async function aMinuteLater(page: Page): Promise<string> {
  await moveManualClockAhead(page.request, 1 / 1440);
  const now = (await serverNow(page.request)).toISOString();
  return page.evaluate((iso) => {
    const d = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, now);
}

/** Opens an action of the file by its button; the dialog it opens, checked for accessibility. */
async function openAction(page: Page, button: string): Promise<Locator> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  return dialog;
}

const CONTRACTOR = 'Constructora Los Andes S.A.C. (20512345678)';
const history = (page: Page) => page.getByRole('region', { name: 'Historial (auditoría)' });
const state = (page: Page, label: string) =>
  expect(page.getByText(label, { exact: true }).first()).toBeVisible();

/** The particular act of `signedResolution`, notified to its contractor over the API. */
async function notifiedResolution(page: Page, subject: string) {
  const signed = await signedResolution(page.request, subject);
  await moveManualClockAhead(page.request, 1 / 1440);
  await resolutionEvent(page.request, 'mml.gdu', signed.id, {
    type: 'NOTIFY',
    addressee: '20512345678',
    channel: 'personal',
    servedAt: (await serverNow(page.request)).toISOString(),
    receipt: 'Cargo N° 0500-2026',
  });
  return signed;
}

test('nulidad de oficio: the Alcalde opens it, the contractor is heard, the Alcalde annuls; the public verification says so', async ({
  page,
}) => {
  const subject = `Otorgar la autorización de anuncios publicitarios ${Date.now()}`;
  const signed = await notifiedResolution(page, subject);
  const file = `/resoluciones/${signed.id}`;

  // The unit sees no such action: only the Alcalde, superior of the Gerente (TUO Art. 213.2).
  await signIn(page, 'mml.gdu');
  await page.goto(file);
  await state(page, 'Notificada');
  await expect(page.getByRole('button', { name: 'Iniciar nulidad de oficio' })).toHaveCount(0);

  await actAs(page, 'mml.alcalde', file);
  const start = await openAction(page, 'Iniciar nulidad de oficio');
  await start.getByRole('button', { name: 'Iniciar la nulidad de oficio' }).click();
  await expect(start.getByLabel('Motivo')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await start
    .getByLabel('Motivo')
    .fill('La licencia se otorgó sin el informe técnico que exige la ordenanza.');
  await start
    .getByLabel('Causal de nulidad y agravio al interés público')
    .fill('Art. 10.2: omisión de un requisito de validez (procedimiento regular, Art. 3.5).');
  await start.getByRole('button', { name: 'Iniciar la nulidad de oficio' }).click();
  await expect(start).toBeHidden();
  await state(page, 'En revisión de oficio');

  // The unit serves the traslado on the contractor, who answers within the term.
  await actAs(page, 'mml.gdu', file);
  const hearing = await openAction(page, 'Registrar traslado');
  await hearing.getByLabel('Destinatario').selectOption({ label: CONTRACTOR });
  await hearing.getByLabel('Medio').selectOption('personal');
  await hearing.getByLabel('Fecha y hora en que surtió efecto').fill(await aMinuteLater(page));
  await hearing.getByRole('button', { name: 'Registrar el traslado' }).click();
  await expect(hearing).toBeHidden();
  await expect(history(page)).toContainText('Traslado notificado');

  const answer = await openAction(page, 'Registrar descargos');
  await answer.getByLabel('Quién presenta los descargos').selectOption({ label: CONTRACTOR });
  await answer.getByLabel('Fecha y hora de presentación').fill(await aMinuteLater(page));
  await answer
    .getByLabel('Resumen de los descargos')
    .fill('Sostiene que el informe técnico se presentó en otro expediente.');
  await answer.getByRole('button', { name: 'Registrar los descargos' }).click();
  await expect(answer).toBeHidden();
  await expect(history(page)).toContainText('Descargos presentados');
  await expect(history(page)).toContainText(
    'Constructora Los Andes S.A.C.: Sostiene que el informe técnico',
  );

  // The Alcalde decides once the traslado's term (5 business days) is over, answered or not.
  await moveManualClockAhead(page.request, 14);

  // The Alcalde declares it void, with the act that decides.
  await actAs(page, 'mml.alcalde', file);
  const annul = await openAction(page, 'Declarar la nulidad');
  await annul.getByRole('button', { name: 'Declarar la nulidad' }).click();
  await expect(annul.getByLabel('Número del acto que decide')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await annul
    .getByLabel('Motivo')
    .fill('Se omitió el informe técnico: el acto es nulo de pleno derecho.');
  await annul
    .getByLabel('Número del acto que decide')
    .fill('Resolución de Alcaldía N° 0150-2026-MML');
  await annul.getByRole('button', { name: 'Declarar la nulidad' }).click();
  await expect(annul).toBeHidden();
  await state(page, 'Anulada');
  await expect(page.getByRole('region', { name: 'Revisión, retiro y vínculos' })).toContainText(
    'Resolución de Alcaldía N° 0150-2026-MML',
  );
  for (const step of [
    'Inicio de la nulidad de oficio',
    'Traslado notificado',
    'Descargos presentados',
    'Nulidad declarada',
  ])
    await expect(history(page)).toContainText(step);
  await expectAccessible(page);

  // Whoever holds the printed copy learns it no longer has effect.
  await page.context().clearCookies();
  await page.goto(new URL(signed.verificationUrl).pathname);
  await expect(page.getByText('Anulada').first()).toBeVisible();
  await expect(page.getByText(/La resolución fue anulada: no produce efectos/)).toBeVisible();
  await expectAccessible(page);
});

test('a resolution of general scope, signed, is published from its dialog: Publicada, with its gazette and date', async ({
  page,
}) => {
  const subject = `Aprobar la ordenanza de horarios de carga y descarga ${Date.now()}`;
  const signed = await signedResolution(page.request, subject, 'general');

  await signIn(page, 'mml.gdu');
  await page.goto(`/resoluciones/${signed.id}`);
  await expect(page.getByRole('region', { name: 'Publicación' })).toContainText(
    'Aún no se publica',
  );
  await expectAccessible(page);

  const publish = await openAction(page, 'Registrar publicación');
  await expect(publish.getByLabel('Medio de publicación')).toHaveValue('Diario Oficial El Peruano');
  // Without the date, the API says so on its field.
  await publish.getByRole('button', { name: 'Registrar la publicación' }).click();
  const date = publish.getByLabel('Fecha de publicación');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  const today = (await aMinuteLater(page)).slice(0, 10);
  await date.fill(today);
  await publish.getByRole('button', { name: 'Registrar la publicación' }).click();
  await expect(publish).toBeHidden();

  await state(page, 'Publicada');
  const [y, m, d] = today.split('-');
  await expect(page.getByRole('region', { name: 'Publicación' })).toContainText(
    `Publicada en Diario Oficial El Peruano el ${d}/${m}/${y}`,
  );
  await expect(history(page)).toContainText('Publicación');
  await expect(history(page)).toContainText(`Diario Oficial El Peruano ${d}/${m}/${y}`);
  await expectAccessible(page);
});

test('a particular resolution, notified: a reconsideración filed, resolved by the Gerente and its decision notified, each step in the timeline', async ({
  page,
}) => {
  const subject = `Otorgar la licencia de funcionamiento del mercado mayorista ${Date.now()}`;
  const signed = await notifiedResolution(page, subject);
  const file = `/resoluciones/${signed.id}`;

  // The unit registers the remedy the contractor filed at the mesa de partes.
  await signIn(page, 'mml.gdu');
  await page.goto(file);
  await state(page, 'Notificada');
  const remedy = await openAction(page, 'Registrar recurso');
  await remedy.getByLabel('Recurso').selectOption('reconsideracion');
  await remedy.getByLabel('Quién lo interpone').selectOption({ label: CONTRACTOR });
  await remedy.getByRole('button', { name: 'Registrar el recurso' }).click();
  const filedAt = remedy.getByLabel('Fecha y hora de presentación en mesa de partes');
  await expect(filedAt).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await filedAt.fill(await aMinuteLater(page));
  await remedy.getByRole('button', { name: 'Registrar el recurso' }).click();
  await expect(remedy).toBeHidden();
  await state(page, 'Con recurso en trámite');
  await expect(page.getByRole('region', { name: 'Recursos y firmeza' })).toContainText(
    'En trámite: Reconsideración de Constructora Los Andes S.A.C.',
  );
  await expect(history(page)).toContainText('Reconsideración de Constructora Los Andes S.A.C.');

  // The Gerente, who issued the act, resolves it (TUO Art. 219).
  await actAs(page, 'mml.gerente', file);
  const resolve = await openAction(page, 'Resolver recurso');
  await resolve.getByLabel('Decisión').selectOption('infundado');
  await resolve
    .getByLabel(/Acto que resuelve/)
    .fill('Resolución de Gerencia Municipal N° 0900-2026-MML/GMM');
  await resolve.getByRole('button', { name: 'Registrar la decisión' }).click();
  await expect(resolve).toBeHidden();
  await expect(page.getByRole('region', { name: 'Recursos y firmeza' })).toContainText(
    'Reconsideración de Constructora Los Andes S.A.C.: Infundado',
  );
  await expect(history(page)).toContainText('Recurso resuelto');

  // The unit notifies the decision to the contractor.
  await actAs(page, 'mml.gdu', file);
  const decision = await openAction(page, 'Notificar la decisión del recurso');
  await decision.getByLabel('Medio').selectOption('personal');
  await decision.getByLabel('Fecha y hora en que surtió efecto').fill(await aMinuteLater(page));
  await decision.getByLabel(/Cargo o acuse/).fill('Cargo N° 0611-2026');
  await decision.getByRole('button', { name: 'Registrar la notificación' }).click();
  await expect(decision).toBeHidden();

  const timeline = history(page);
  for (const step of [
    'Notificación',
    'Recurso interpuesto',
    'Recurso resuelto',
    'Infundado',
    'Notificación de la decisión del recurso',
  ])
    await expect(timeline).toContainText(step);
  await expectAccessible(page);
});

test('a material error in a signed resolution: its unit rectifies it, and both files show the link', async ({
  page,
}) => {
  const subject = `Aprobar el cronograma de obras viales ${Date.now()}`;
  const signed = await signedResolution(page.request, subject);

  await signIn(page, 'mml.gdu');
  await page.goto(`/resoluciones/${signed.id}`);
  const rectify = await openAction(page, 'Rectificar');
  await expect(rectify).toContainText('el acto firmado no cambia');
  await rectify.getByRole('button', { name: 'Crear el proyecto de rectificación' }).click();

  // The new draft, linked to the act it rectifies, follows the whole procedure.
  await expect(page).not.toHaveURL(new RegExp(`/resoluciones/${signed.id}$`));
  await expect(page.getByRole('heading', { name: 'Proyecto de resolución' })).toBeVisible();
  await state(page, 'Proyecto');
  const links = page.getByRole('region', { name: 'Revisión, retiro y vínculos' });
  await expect(links).toContainText(`Rectifica a: ${signed.number}`);
  await expectAccessible(page);

  // The signed one keeps its content and points to its rectification.
  await links.getByRole('link', { name: signed.number }).click();
  await expect(page.getByRole('heading', { name: signed.number })).toBeVisible();
  await state(page, 'Firmada');
  await expect(page.getByRole('region', { name: 'Revisión, retiro y vínculos' })).toContainText(
    'Rectificada por',
  );
  await expect(history(page)).toContainText('Rectificación');
  await expectAccessible(page);
});

test('an encargada of the Gerencia signs from the dialog «en ejercicio de» her encargatura, named with its instrument; the act says (e)', async ({
  page,
}) => {
  const subject = `Aprobar el plan de mantenimiento de semáforos ${Date.now()}`;
  const id = await readyToSignResolution(page.request, subject);
  const inBatch = `Aprobar el plan de poda de árboles ${Date.now()}`;
  await readyToSignResolution(page.request, inBatch);
  // mml.admin records the encargatura (TUO Art. 84) from Despacho's today, over the API.
  const admin = await bearer(page.request, 'mml.admin');
  const login = await page.request.post('/api/v1/auth/login', {
    data: { username: 'mml.secretaria', password: 'despacho' },
  });
  const secretaria = ((await login.json()) as { user?: { id: string } }).user;
  expect(secretaria).toBeDefined();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(
    await serverNow(page.request),
  );
  const instrument = `Resolución de Alcaldía N° 0321-${Date.now()}-MML`;
  const created = await page.request.post('/api/v1/admin/delegations', {
    headers: admin,
    data: {
      kind: 'encargatura',
      delegatorRole: 'GERENTE_MUNICIPAL',
      delegatorPost: 'Gerente Municipal Metropolitano',
      delegateUserId: secretaria?.id,
      instrument,
      subjects: ['resoluciones_gerencia_municipal'],
      validFrom: today,
      validUntil: null,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const delegationId = ((await created.json()) as { id: string }).id;

  try {
    await signIn(page, 'mml.secretaria');
    await page.goto(`/resoluciones/${id}`);
    const sign = await openAction(page, 'Firmar');
    const title = sign.getByRole('radiogroup', { name: 'En ejercicio de' });
    const encargatura = title.getByRole('radio', {
      name: `Encargatura del Gerente Municipal Metropolitano (${instrument})`,
    });
    await expect(encargatura).toBeChecked();
    // Not the Gerente: no own post to sign with.
    await expect(title.getByRole('radio', { name: /Cargo propio/ })).toHaveCount(0);
    const request = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/resolutions/${id}/events`),
    );
    await sign.getByRole('button', { name: 'Firmar la resolución' }).click();
    // The title chosen goes with the signature.
    expect((await request).postDataJSON()).toEqual({ type: 'SIGN', delegationId });
    await expect(sign).toBeHidden();

    await state(page, 'Firmada');
    const signature = page.getByRole('region', { name: 'Firma y número' });
    await expect(signature).toContainText('Gerente Municipal Metropolitano (e)');
    await expect(signature).toContainText('(Encargatura)');
    await expectAccessible(page);

    // In the tray, the batch is signed under the title chosen in its confirmation.
    await page.goto('/resoluciones/firma');
    await page.getByRole('checkbox', { name: `Seleccionar: ${inBatch}` }).check();
    await page.getByRole('button', { name: 'Firmar seleccionadas (1)' }).click();
    const confirm = page.getByRole('dialog', { name: 'Firmar las resoluciones seleccionadas' });
    await expect(
      confirm
        .getByRole('radiogroup', { name: 'En ejercicio de' })
        .getByRole('radio', { name: new RegExp(`^Encargatura .*${instrument}`) }),
    ).toBeChecked();
    await expectAccessible(page);
    const batchRequest = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith('/events'),
    );
    await confirm.getByRole('button', { name: 'Firmar 1 resolución' }).click();
    expect((await batchRequest).postDataJSON()).toEqual({ type: 'SIGN', delegationId });
    await expect(page.getByRole('status')).toHaveText('Listo: se firmaron 1 de 1.');

    // The Gerente, with no delegation, signs in her own right: nothing to choose.
    const other = await readyToSignResolution(page.request, `${subject} (2)`);
    await actAs(page, 'mml.gerente', `/resoluciones/${other}`);
    const own = await openAction(page, 'Firmar');
    await expect(own.getByRole('radiogroup', { name: 'En ejercicio de' })).toHaveCount(0);
  } finally {
    // The other journeys' mml.secretaria holds no post of the Gerencia.
    const revoked = await page.request.post(`/api/v1/admin/delegations/${delegationId}/revoke`, {
      headers: admin,
      data: { reason: 'Fin de la encargatura del recorrido' },
    });
    expect(revoked.status()).toBe(200);
  }
});

test('attachments of a draft: a file that is no document and one too large are refused on the field; a report is attached and listed, until the signature freezes them', async ({
  page,
}) => {
  const subject = `Aprobar el expediente técnico del puente peatonal ${Date.now()}`;
  const id = await readyToSignResolution(page.request, subject);

  await signIn(page, 'mml.gdu');
  await page.goto(`/resoluciones/${id}`);
  const attachments = page.getByRole('region', { name: 'Adjuntos' });
  await expect(attachments).toContainText('Sin adjuntos.');
  const form = attachments.getByRole('form', { name: 'Adjuntar un documento al expediente' });
  const fileInput = form.locator('input[type="file"]');
  const documentField = form.getByRole('button', { name: 'Documento' });
  await expectAccessible(page);

  // Nothing chosen: said on the field, nothing sent.
  await form.getByRole('button', { name: 'Adjuntar' }).click();
  await expect(documentField).toHaveAccessibleDescription(/Elija un archivo/);

  // Not a document (415): the API's words on the file field.
  await fileInput.setInputFiles({
    name: 'notas.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Notas de la reunión de coordinación.'),
  });
  await form.getByRole('button', { name: 'Adjuntar' }).click();
  await expect(documentField).toHaveAccessibleDescription(/no es un documento admitido/);
  await expectAccessible(page);

  // Larger than allowed (the journeys' server: 2 MiB): refused with the limit (413).
  await fileInput.setInputFiles({
    name: 'planos.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([SMALLEST_PDF, Buffer.alloc(2 * 1024 * 1024)]),
  });
  await form.getByRole('button', { name: 'Adjuntar' }).click();
  await expect(documentField).toHaveAccessibleDescription(/tamaño máximo permitido de 2 MiB/);

  // A report, with its kind and description.
  await fileInput.setInputFiles({
    name: 'informe-tecnico.pdf',
    mimeType: 'application/pdf',
    buffer: SMALLEST_PDF,
  });
  await form.getByLabel('Tipo de documento').selectOption({ label: 'Informe' });
  await form.getByLabel('Descripción').fill('Informe técnico N° 088-2026-MML/GDU-SOP');
  await form.getByRole('button', { name: 'Adjuntar' }).click();
  const row = attachments.getByRole('row', { name: /informe-tecnico\.pdf/ });
  await expect(row).toContainText('Informe técnico N° 088-2026-MML/GDU-SOP');
  await expect(row).toContainText('Informe');
  await expect(row).toContainText('mml.gdu');
  await expect(history(page)).toContainText('Documento adjuntado');
  await expectAccessible(page);

  // Signed, the file is closed to attachments: the list stays, the form goes.
  await resolutionEvent(page.request, 'mml.gerente', id, { type: 'SIGN' });
  await page.reload();
  await state(page, 'Firmada');
  await expect(attachments.getByRole('link', { name: 'informe-tecnico.pdf' })).toBeVisible();
  await expect(form).toHaveCount(0);
});
