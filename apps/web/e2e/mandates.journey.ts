import { expect, type Page, test } from '@playwright/test';
import {
  assignMandate,
  expectAccessible,
  moveManualClockAhead,
  restoreManualClock,
  reportProgressOverApi,
  signIn,
  SMALLEST_PDF,
} from './support';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
}

async function openSection(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Secciones' })
    .getByRole('link', { name: 'Encargos' })
    .click();
  await expect(page.getByRole('heading', { name: 'Encargos', level: 1 })).toBeVisible();
}

test('the Gerente assigns an encargo; the Gerencia reports progress, attaches evidence and submits it; the Gerente returns it', async ({
  page,
}) => {
  const title = `Informe de avance de obras de pistas y veredas ${Date.now()}`;

  // The Gerente assigns it in the form: the API's refusal lands on its field first.
  await signIn(page, 'mml.gerente');
  await openSection(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Asignar encargo' }).click();
  await expect(page.getByRole('heading', { name: 'Asignar encargo' })).toBeVisible();
  await page.getByLabel('Título').fill(title);
  await page
    .getByLabel('Instrucciones')
    .fill('Consolidar el avance físico y financiero de las obras al cierre del mes.');
  await page.getByLabel('Origen').selectOption({ label: 'Reunión' });
  await page.getByLabel('Referencia').fill('Acta de reunión de gerentes');
  await page
    .getByLabel('Unidad responsable')
    .selectOption({ label: 'Gerencia de Desarrollo Urbano' });
  const term = page.getByLabel('Plazo (días)');
  await term.fill('400');
  await page.getByRole('button', { name: 'Asignar', exact: true }).click();
  await expect(term).toHaveAttribute('aria-invalid', 'true');
  await expect(term).toHaveAccessibleDescription(/Debe ser menor o igual a 365\./);
  await expectAccessible(page);
  await term.fill('10');
  await page.getByRole('button', { name: 'Asignar', exact: true }).click();

  // The encargo: its data, its term with the business days left and its alerts, its history.
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/encargos\/[0-9a-f-]{36}$/);
  const url = page.url();
  await expect(page.getByText('En ejecución').first()).toBeVisible();
  const terms = page.getByRole('region', { name: 'Plazos' });
  const fulfilment = terms.getByRole('article', { name: 'Plazo: Cumplimiento del encargo' });
  await expect(fulfilment).toContainText(/Quedan \d+ días hábiles/);
  await expect(fulfilment).toContainText('(10 días hábiles)');
  await expect(
    fulfilment.getByText(/^Recordatorio a la unidad responsable: .* programado$/),
  ).toBeVisible();
  await expect(
    fulfilment.getByText(/^Escalamiento al Gerente Municipal: al terminar el/),
  ).toBeVisible();
  await expect(fulfilment.getByText(/^Escalamiento al Alcalde: /)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Historia del encargo' })).toContainText(
    'Encargo asignado',
  );
  await expect(page.getByRole('button', { name: 'Dejar sin efecto' })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The Gerencia finds it in the list and reports 50 %, while someone else reports too.
  await signIn(page, 'mml.gdu');
  await openSection(page);
  await page.getByLabel('Buscar').fill(title);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Gerencia de Desarrollo Urbano');
  await expect(row).toContainText('En ejecución');
  await expect(row).toContainText('Sin avance informado');
  await expect(row).toContainText(/Quedan \d+ días hábiles/);
  await expectAccessible(page);
  await row.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dejar sin efecto' })).toBeHidden();

  await page.getByRole('button', { name: 'Informar avance' }).click();
  let dialog = page.getByRole('dialog', { name: 'Informar avance' });
  await dialog.getByLabel('Qué se avanzó').fill('Se recibió la información de 3 de 6 obras.');
  await dialog.getByRole('button', { name: 'Informar avance' }).click();
  await expect(dialog.getByLabel('Avance (%)')).toHaveAccessibleDescription(
    /Indique el porcentaje de avance\./,
  );
  await dialog.getByLabel('Avance (%)').fill('50');
  // Meanwhile the mandate changes elsewhere: the console sends the version it showed (If-Match).
  await reportProgressOverApi(page.request, url.split('/').at(-1) ?? '', {
    note: 'Avance de campo.',
  });
  await dialog.getByRole('button', { name: 'Informar avance' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'El encargo cambió mientras usted escribía',
  );
  await expect(dialog.getByLabel('Qué se avanzó')).toHaveValue(
    'Se recibió la información de 3 de 6 obras.',
  );
  await expect(dialog.getByLabel('Avance (%)')).toHaveValue('50');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Informar avance' }).click();
  await expect(dialog).toBeHidden();
  const progress = page.getByRole('region', { name: 'Avance' });
  await expect(progress.getByRole('progressbar', { name: `Avance de ${title}` })).toHaveAttribute(
    'aria-valuenow',
    '50',
  );
  await expect(
    progress.getByRole('row', { name: /Se recibió la información de 3 de 6 obras/ }),
  ).toContainText('50 %');

  // Evidence from the browser: a PDF, then the submission for review.
  const evidence = page.getByRole('region', { name: 'Evidencia' });
  await evidence.locator('input[type="file"]').setInputFiles({
    name: 'informe-avance-obras.pdf',
    mimeType: 'application/pdf',
    buffer: SMALLEST_PDF,
  });
  await evidence.getByLabel('Descripción').fill('Informe de avance al cierre del mes');
  await evidence.getByRole('button', { name: 'Adjuntar' }).click();
  await expect(evidence.getByRole('link', { name: 'informe-avance-obras.pdf' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Presentar cumplimiento' }).click();
  dialog = page.getByRole('dialog', { name: 'Presentar cumplimiento' });
  await dialog.getByLabel('Sustento del cumplimiento').fill('Informe N° 120-2026-MML/GDU');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Presentar cumplimiento' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('En revisión').first()).toBeVisible();
  await expect(evidence).toContainText('Informe N° 120-2026-MML/GDU');
  await expect(page.getByRole('button', { name: 'Informar avance' })).toBeHidden();
  await signOut(page);

  // The Gerente returns it with a reason: back to the Gerencia, with a new term.
  await signIn(page, 'mml.gerente');
  await page.goto(url);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Plazos' })).toContainText(
    'Revisión del cumplimiento',
  );
  await page.getByRole('button', { name: 'Devolver con observaciones' }).click();
  dialog = page.getByRole('dialog', { name: 'Devolver con observaciones' });
  await dialog.getByRole('button', { name: 'Devolver con observaciones' }).click();
  await expect(dialog.getByLabel('Motivo')).toHaveAccessibleDescription(/Escriba el motivo\./);
  await dialog.getByLabel('Motivo').fill('Falta el avance financiero de dos obras.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Devolver con observaciones' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('En ejecución').first()).toBeVisible();
  const history = page.getByRole('list', { name: 'Historia del encargo' });
  await expect(history).toContainText('Devuelto con observaciones');
  await expect(history).toContainText('Motivo: Falta el avance financiero de dos obras.');
  await expect(history).toContainText('Documento adjuntado');
  await expect(
    page.getByRole('region', { name: 'Plazos' }).getByRole('article', {
      name: 'Plazo: Revisión del cumplimiento',
    }),
  ).toContainText('Cumplido a tiempo');
  await expectAccessible(page);
});

// The journeys after this one write «now» from the browser: the server's clock goes back to it.
test.afterEach(({ request }) => restoreManualClock(request));

test('an encargo whose term runs out shows as vencido, with its escalation, when the clock moves', async ({
  page,
}) => {
  const title = `Padrón de comerciantes ambulantes ${Date.now()}`;
  const id = await assignMandate(page.request, title);
  // Thirty days later: five business days are long over, and every escalation has fired.
  await moveManualClockAhead(page.request, 30);

  await signIn(page, 'mml.gerente');
  await openSection(page);
  await page.getByLabel('Estado').selectOption({ label: 'En ejecución' });
  await page.getByLabel('Buscar').fill(title);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Vencido');
  await expect(row).toContainText(/Vencido hace \d+ días hábiles/);
  await expectAccessible(page);
  await row.getByRole('link', { name: title }).click();

  await expect(page).toHaveURL(new RegExp(`/encargos/${id}$`));
  const fulfilment = page
    .getByRole('region', { name: 'Plazos' })
    .getByRole('article', { name: 'Plazo: Cumplimiento del encargo' });
  await expect(fulfilment).toContainText('Vencido');
  await expect(fulfilment).toContainText(/Vencido hace \d+ días hábiles/);
  await expect(
    fulfilment.getByText(/^Recordatorio a la unidad responsable: .* enviado$/),
  ).toBeVisible();
  await expect(
    fulfilment.getByText(/^Escalamiento al Gerente Municipal: al terminar el .* enviado$/),
  ).toBeVisible();
  await expect(fulfilment.getByText(/^Escalamiento al Alcalde: .* enviado$/)).toBeVisible();
  const history = page.getByRole('list', { name: 'Historia del encargo' });
  await expect(history).toContainText('Plazo vencido');
  await expect(history).toContainText('Se escaló al Gerente Municipal');
  await expectAccessible(page);

  // On a phone: the same encargo, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'Abrir el menú' })).toBeVisible();
  await expect(fulfilment).toContainText('Vencido');
  // Polled: right after the resize the page may still be laid out for the desktop.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
    .toBe(false);
  await expectAccessible(page);
});
