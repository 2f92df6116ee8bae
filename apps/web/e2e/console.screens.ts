import { type APIRequestContext, expect, test } from '@playwright/test';
import {
  assignMandate,
  attachEvidenceOverApi,
  bearer,
  bearerOf,
  draftResolution,
  moveManualClockAhead,
  proposeConvenioOverApi,
  restoreManualClock,
  readyToSignResolution,
  reportProgressOverApi,
  resolutionEvent,
  serverNow,
  signedResolution,
  signIn,
} from './support';
import { budgetModificationBody } from '../../../test/support/budget-modifications';

const DOCS = new URL('../../../docs/img/', import.meta.url).pathname;

const SIZES = {
  escritorio: { width: 1280, height: 800 },
  telefono: { width: 390, height: 844 },
} as const;

/**
 * The encargos of the screenshots, once for both sizes: one left to run out (the manual clock
 * moves past it), then two under way, one with progress and evidence. Returns the latter's id.
 */
let encargos: Promise<string> | undefined;
const seedEncargos = (request: APIRequestContext) =>
  (encargos ??= (async () => {
    await assignMandate(request, 'Padrón de comerciantes ambulantes del Cercado', 'GSC');
    await moveManualClockAhead(request, 12);
    await assignMandate(request, 'Plan de señalización de las vías del Centro Histórico', 'GSC');
    const id = await assignMandate(request, 'Consolidado del avance físico y financiero de obras');
    await reportProgressOverApi(request, id, {
      note: 'Se recibió la información de 3 de 6 obras; falta el avance financiero.',
      percent: 50,
    });
    await attachEvidenceOverApi(
      request,
      id,
      'informe-avance-obras.pdf',
      'Informe de avance al cierre del mes',
    );
    return id;
  })());

test.afterAll(({ request }) => restoreManualClock(request));

for (const [size, viewport] of Object.entries(SIZES))
  test(`the console's screens, ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByLabel('Usuario').waitFor();
    await page.screenshot({ path: `${DOCS}consola-ingreso-${size}.png` });

    await assignMandate(page.request, 'Informe de avance de obras de pistas y veredas');
    await signIn(page, 'mml.gdu');
    await page.screenshot({ path: `${DOCS}consola-inicio-${size}.png` });

    await page.getByRole('button', { name: /^Notificaciones/ }).click();
    await page
      .getByRole('dialog', { name: 'Notificaciones' })
      .getByText('Pedido de acción')
      .first()
      .waitFor();
    // The drawer's opening transition.
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${DOCS}consola-notificaciones-${size}.png` });
    await page.getByRole('button', { name: 'Cerrar notificaciones' }).click();

    await page.goto('/pendientes');
    await page.getByText('Cumplir el encargo e informar').first().waitFor();
    await page.screenshot({ path: `${DOCS}consola-pendientes-${size}.png`, fullPage: true });

    await page.goto('/calendario');
    await page.getByLabel('Año').fill('2026');
    await page.getByRole('row', { name: /01\/01\/2026/ }).waitFor();
    await page.screenshot({ path: `${DOCS}consola-calendario-${size}.png`, fullPage: true });

    const encargo = await seedEncargos(page.request);
    await page.context().clearCookies();
    await signIn(page, 'mml.gerente');
    await page.goto('/encargos');
    await page.getByText('Vencido', { exact: true }).filter({ visible: true }).first().waitFor();
    await page.screenshot({ path: `${DOCS}consola-encargos-lista-${size}.png`, fullPage: true });
    await page.goto('/encargos/nuevo');
    await page.getByLabel('Unidad responsable').waitFor();
    await page.screenshot({ path: `${DOCS}consola-encargos-nuevo-${size}.png`, fullPage: true });
    await page.goto(`/encargos/${encargo}`);
    await page.getByRole('list', { name: 'Historia del encargo' }).waitFor();
    await page.getByRole('link', { name: 'informe-avance-obras.pdf' }).waitFor();
    await page.screenshot({ path: `${DOCS}consola-encargos-detalle-${size}.png`, fullPage: true });
    await page.context().clearCookies();

    // The public page the QR of a signed resolution opens, as a visitor without a session sees it.
    const signed = await signedResolution(
      page.request,
      'Aprobar la ampliación de plazo N° 2 de la obra del mercado de Chacra Cerro',
    );
    await page.goto(new URL(signed.verificationUrl).pathname);
    await page.getByRole('heading', { name: 'Resolución auténtica' }).waitFor();
    await page.screenshot({ path: `${DOCS}consola-verificacion-${size}.png`, fullPage: true });
  });

for (const [size, viewport] of Object.entries(SIZES))
  test(`the resolutions' screens, ${size}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    // A list with several states: a draft, one in legal review, two signed in a batch.
    await draftResolution(request, 'Aprobar el plan de señalización vial del Cercado');
    const inReview = await draftResolution(request, 'Declarar de interés la feria gastronómica');
    await resolutionEvent(request, 'mml.gdu', inReview, { type: 'SUBMIT' });
    const parks = 'Aprobar el cronograma de mantenimiento de parques zonales';
    const signedId = await readyToSignResolution(request, parks);
    const vehicles = 'Aprobar la directiva de uso de vehículos oficiales';
    await readyToSignResolution(request, vehicles);

    await signIn(page, 'mml.gerente');
    await page.goto('/resoluciones/firma');
    for (const subject of [parks, vehicles])
      await page
        .getByRole('checkbox', { name: `Seleccionar: ${subject}` })
        .first()
        .check();
    // The checkboxes' transition.
    await page.waitForTimeout(300);
    await page.screenshot({
      path: `${DOCS}consola-resoluciones-firma-${size}.png`,
      fullPage: true,
    });
    await page.getByRole('button', { name: /^Firmar seleccionadas/ }).click();
    await page.getByRole('button', { name: /^Firmar \d+ resoluciones$/ }).click();
    await page.getByText(/^Listo: se firmaron/).waitFor();

    await page.goto('/resoluciones');
    await page
      .getByRole('row', { name: /Declarar de interés/ })
      .first()
      .waitFor();
    await page.screenshot({
      path: `${DOCS}consola-resoluciones-lista-${size}.png`,
      fullPage: true,
    });

    await page.goto(`/resoluciones/${signedId}`);
    await page.getByRole('link', { name: 'Ver el PDF firmado' }).waitFor();
    await page
      .getByText(/^Eslabón/)
      .last()
      .waitFor();
    await page.screenshot({
      path: `${DOCS}consola-resoluciones-expediente-${size}.png`,
      fullPage: true,
    });
    await page.context().clearCookies();

    await signIn(page, 'mml.gdu');
    await page.goto('/resoluciones/nueva');
    await page.getByLabel('Asunto').fill('Aprobar la ampliación de plazo de la obra del mercado');
    await page
      .getByLabel('Visto 1', { exact: true })
      .fill('Informe N° 120-2026-MML/GDU de la Subgerencia de Obras Públicas');
    await page
      .getByLabel('Considerando 1', { exact: true })
      .fill('Que, el artículo 194 de la Constitución Política del Perú reconoce autonomía.');
    await page
      .getByLabel('Artículo 1', { exact: true })
      .fill('APROBAR la ampliación de plazo N° 2.');
    await page
      .getByLabel('Nombre o razón social del destinatario 1')
      .fill('Constructora Los Andes S.A.C.');
    await page.screenshot({
      path: `${DOCS}consola-resoluciones-formulario-${size}.png`,
      fullPage: true,
    });
    await page.context().clearCookies();
  });

/** A budget-reviews or budget-modifications event over the API; the resource as answered. */
async function budgetEvent(
  request: APIRequestContext,
  path: string,
  username: string,
  event: Record<string, unknown>,
): Promise<void> {
  const response = await request.post(`/api/v1/${path}/events`, {
    headers: await bearer(request, username),
    data: event,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * What the budget screens and the board's documents panel show, once: next year's management
 * calendar seeded; its PIA presented with its figures by the analyst and accepted by the head of
 * Planeamiento y Presupuesto (never the presenter), its multiannual POI presented late and under review; a
 * transferencia de partidas asked by Desarrollo Urbano and sent to Planeamiento y Presupuesto.
 */
let budget: Promise<{ year: number; piaId: string; modificationId: string }> | undefined;
const seedBudget = (request: APIRequestContext) =>
  (budget ??= (async () => {
    // The PIA of next year falls due on 31 December of this one (LOM Art. 9 inc. 16).
    const year = (await serverNow(request)).getUTCFullYear() + 1;
    const seeded = await request.post(`/api/v1/budget/calendar/${year}/seed`, {
      headers: await bearer(request, 'mml.admin'),
    });
    expect(seeded.status(), await seeded.text()).toBe(200);
    const items = ((await seeded.json()) as { items: { id: string; documentCode: string }[] })
      .items;
    const idOf = (code: string) => {
      const id = items.find((i) => i.documentCode === code)?.id;
      expect(id, `${code} en el calendario de ${year}`).toBeDefined();
      return id ?? '';
    };
    const stateOf = async (id: string) =>
      (
        (await (
          await request.get(`/api/v1/budget-reviews/${id}`, {
            headers: await bearer(request, 'mml.presupuesto'),
          })
        ).json()) as { state: string }
      ).state;
    const piaId = idOf('pia');
    if ((await stateOf(piaId)) === 'preparing') {
      await budgetEvent(request, `budget-reviews/${piaId}`, 'mml.analista', {
        type: 'SUBMIT',
        documentRef: `Informe N° 012-${year - 1}-MML/GPP`,
        figures: [
          {
            concept: 'Presupuesto total',
            amount: '1234567.89',
            fundingSource: 'recursos_ordinarios',
          },
          {
            concept: 'Canon y sobrecanon',
            amount: '48000.50',
            fundingSource: 'recursos_determinados',
          },
        ],
      });
      await budgetEvent(request, `budget-reviews/${piaId}`, 'mml.presupuesto', {
        type: 'ACCEPT',
        reportRef: `Informe Técnico N° 030-${year - 1}-MML/GPP`,
      });
    }
    const poiId = idOf('poi_multianual');
    if ((await stateOf(poiId)) === 'preparing')
      await budgetEvent(request, `budget-reviews/${poiId}`, 'mml.analista', {
        type: 'SUBMIT',
        documentRef: `Informe N° 015-${year - 1}-MML/GPP`,
        figures: [{ concept: 'Metas físicas valorizadas', amount: '850000.00' }],
      });

    const created = await request.post('/api/v1/budget-modifications', {
      headers: await bearer(request, 'mml.gdu'),
      data: budgetModificationBody({
        amount: '48000.50',
        justification:
          'Mayor demanda del servicio de limpieza pública en el Cercado por la temporada de lluvias.',
      }),
    });
    expect(created.status(), await created.text()).toBe(201);
    const modificationId = ((await created.json()) as { id: string }).id;
    await budgetEvent(request, `budget-modifications/${modificationId}`, 'mml.gdu', {
      type: 'SUBMIT',
    });
    return { year, piaId, modificationId };
  })());

for (const [size, viewport] of Object.entries(SIZES))
  test(`the Alcaldía's board, ${size}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    await seedEncargos(request);
    // The «Documentos de gestión» panel with rows and the amounts under review.
    await seedBudget(request);
    await signIn(page, 'mml.alcalde');
    await page.goto('/despacho');
    await page.getByRole('heading', { name: 'Qué espera a cada unidad' }).waitFor();
    await page.getByRole('columnheader', { name: 'Mediana' }).waitFor();
    // The charts' entry animation.
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: `${DOCS}consola-tablero-${size}.png`, fullPage: true });
    await page.context().clearCookies();
  });

/** What the administration's screens show: a municipal non-working day and a delegation, once. */
let administration: Promise<void> | undefined;
const seedAdministration = (request: APIRequestContext) =>
  (administration ??= (async () => {
    const admin = await bearerOf(request, 'mml.admin');
    const day = await request.post('/api/v1/calendar/non-working-days', {
      headers: admin.headers,
      data: {
        date: '2026-10-30',
        name: 'Día del Trabajador Municipal',
        source: 'Decreto de Alcaldía N° 012-2026-MML',
      },
    });
    expect([201, 409]).toContain(day.status());
    const gdu = await bearerOf(request, 'mml.gdu');
    const me = (await (await request.get('/api/v1/me', { headers: gdu.headers })).json()) as {
      id: string;
    };
    const delegation = await request.post('/api/v1/admin/delegations', {
      headers: admin.headers,
      data: {
        kind: 'delegacion_firma',
        delegatorRole: 'GERENTE_MUNICIPAL',
        delegatorPost: 'Gerente Municipal Metropolitano',
        delegateUserId: me.id,
        instrument: 'Resolución de Gerencia Municipal N° 010-2026-MML/GM',
        subjects: ['licencias_funcionamiento'],
        validFrom: '2026-01-05',
        validUntil: '2026-12-31',
      },
    });
    expect(delegation.status(), await delegation.text()).toBe(201);
  })());

for (const [size, viewport] of Object.entries(SIZES))
  test(`the administration's screens, ${size}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    await seedAdministration(request);
    await signIn(page, 'mml.admin');
    await page.goto('/administracion/dias-no-laborables');
    await page.getByLabel('Año').fill('2026');
    await page
      .getByText('Día del Trabajador Municipal')
      .filter({ visible: true })
      .first()
      .waitFor();
    await page.screenshot({
      path: `${DOCS}consola-administracion-dias-${size}.png`,
      fullPage: true,
    });
    await page.goto('/administracion/delegaciones');
    await page.getByText('licencias_funcionamiento').filter({ visible: true }).first().waitFor();
    await page.screenshot({
      path: `${DOCS}consola-administracion-delegaciones-${size}.png`,
      fullPage: true,
    });
    await page.goto('/administracion/usuarios');
    await page.getByText('mml.gdu').filter({ visible: true }).first().waitFor();
    await page.screenshot({
      path: `${DOCS}consola-administracion-usuarios-${size}.png`,
      fullPage: true,
    });
    await page.context().clearCookies();
  });

/** A convenio event over the API, as a demo user of Megantoni; the convenio as answered. */
async function convenioEvent(
  request: APIRequestContext,
  username: string,
  id: string,
  event: Record<string, unknown>,
): Promise<{ id: string; state: string; legalChecklist: { code: string }[] }> {
  const response = await request.post(`/api/v1/convenios/${id}/events`, {
    headers: await bearer(request, username),
    data: event,
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as {
    id: string;
    state: string;
    legalChecklist: { code: string }[];
  };
}

/** A Megantoni convenio with money, from the gerencia's proposal to the Alcalde's desk; its id. */
async function convenioBeforeTheMayor(request: APIRequestContext, counterpart: string) {
  let c = await proposeConvenioOverApi(request, {
    counterpart,
    object: 'Asistencia técnica a los productores de cacao del Bajo Urubamba',
    termMonths: 24,
    obligations: [
      {
        party: 'contraparte',
        description: 'Informe semestral de la asistencia técnica',
        kind: 'periodica',
        everyMonths: 6,
      },
    ],
  });
  await convenioEvent(request, 'megantoni.gdu', c.id, { type: 'SUBMIT' });
  await convenioEvent(request, 'megantoni.presupuesto', c.id, {
    type: 'CERTIFY_BUDGET',
    certificateRef: 'Certificación de Crédito Presupuestario N° 0412-2026',
  });
  c = await convenioEvent(request, 'megantoni.juridica', c.id, {
    type: 'LEGAL_OPINION',
    favorable: true,
    reportRef: 'Informe N° 120-2026-MDM/OAJ',
    checklist: c.legalChecklist.map((i) => ({ code: i.code, met: true })),
  });
  await convenioEvent(request, 'megantoni.gerente', c.id, {
    type: 'CONFORMITY',
    memoRef: 'Memorando N° 88-2026-MDM/GM',
  });
  return c.id;
}

/**
 * What the Concejo's and the convenios' screens show, once: a convenio still with the Alcalde,
 * and one decided in session (quorum, vote, Acuerdo, acta dispensed) and signed. The session's id.
 */
let concejo: Promise<{ sessionId: string; convenioId: string }> | undefined;
const seedConcejo = (request: APIRequestContext) =>
  (concejo ??= (async () => {
    await convenioBeforeTheMayor(request, 'Gobierno Regional del Cusco');
    const id = await convenioBeforeTheMayor(
      request,
      'Asociación de Productores de Cacao del Bajo Urubamba',
    );
    await convenioEvent(request, 'megantoni.alcalde', id, {
      type: 'SEND_TO_COUNCIL',
      memoRef: 'Memorando N° 45-2026-MDM/A',
    });
    const secretaria = await bearer(request, 'megantoni.secretaria');
    const council = async (path: string, data: object = {}) => {
      const response = await request.post(`/api/v1/council${path}`, { headers: secretaria, data });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return response.json() as Promise<{ id: string; agenda: { id: string }[] }>;
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(
      await serverNow(request),
    );
    const session = await council('/sessions', {
      kind: 'ordinaria',
      date: today,
      agenda: [
        {
          itemType: 'convenio',
          title: 'Convenio de asistencia técnica con la Asociación de Productores de Cacao',
          workflowInstanceId: id,
          authorisesAddenda: true,
        },
        { itemType: 'ordenanza', title: 'Ordenanza que regula el comercio ambulatorio' },
      ],
    });
    const members = (await (
      await request.get('/api/v1/council/members', { headers: secretaria })
    ).json()) as { items: { id: string }[] };
    for (const member of members.items.slice(0, 5))
      await council(`/sessions/${session.id}/attendance`, { memberId: member.id, kind: 'llegada' });
    const item = session.agenda[0]!.id;
    await council(`/sessions/${session.id}/items/${item}/vote`);
    for (const [n, member] of members.items.slice(0, 5).entries())
      await council(`/sessions/${session.id}/items/${item}/ballots`, {
        memberId: member.id,
        choice: n < 4 ? 'a_favor' : 'abstencion',
        ...(n < 4 ? {} : { reason: 'Es socio de la asociación contraparte' }),
      });
    await council(`/sessions/${session.id}/items/${item}/vote/close`);
    await council(`/sessions/${session.id}/acta/dispense`);
    await expect
      .poll(
        async () =>
          (
            (await (
              await request.get(`/api/v1/convenios/${id}`, {
                headers: await bearer(request, 'megantoni.alcalde'),
              })
            ).json()) as { state: string }
          ).state,
      )
      .toBe('approved');
    await convenioEvent(request, 'megantoni.alcalde', id, { type: 'SIGN' });
    return { sessionId: session.id, convenioId: id };
  })());

for (const [size, viewport] of Object.entries(SIZES))
  test(`the Concejo's and the convenios' screens, ${size}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    const { sessionId, convenioId } = await seedConcejo(request);

    await signIn(page, 'megantoni.alcalde');
    await page.goto('/concejo');
    await page.getByRole('link', { name: 'Gobierno Regional del Cusco' }).first().waitFor();
    await page.screenshot({ path: `${DOCS}consola-concejo-${size}.png`, fullPage: true });
    await page.goto(`/convenios/${convenioId}`);
    await page.getByRole('region', { name: 'Calendario de obligaciones' }).waitFor();
    await page.screenshot({ path: `${DOCS}consola-convenio-${size}.png`, fullPage: true });
    await page.context().clearCookies();

    await signIn(page, 'megantoni.secretaria');
    await page.goto(`/concejo/sesiones/${sessionId}`);
    await page
      .getByText(/^ACUERDO DE CONCEJO N°/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${DOCS}consola-concejo-sesion-${size}.png`, fullPage: true });
    await page.context().clearCookies();
  });

for (const [size, viewport] of Object.entries(SIZES))
  test(`the budget screens, ${size}`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    const { year, piaId, modificationId } = await seedBudget(request);

    await signIn(page, 'mml.analista');
    await page.goto(`/calendario-de-gestion?anio=${year}`);
    await page
      .getByRole('region', { name: 'Gerencia de Planificación y Presupuesto' })
      .getByRole('link', { name: 'Presupuesto Institucional de Apertura (PIA)' })
      .waitFor();
    await page.screenshot({
      path: `${DOCS}consola-presupuesto-calendario-${size}.png`,
      fullPage: true,
    });
    await page.context().clearCookies();

    // The Gerente's desk: the version the analyst presented, accepted by Planeamiento y Presupuesto.
    await signIn(page, 'mml.gerente');
    await page.goto(`/calendario-de-gestion/documentos/${piaId}`);
    await page
      .getByRole('region', { name: 'Versiones presentadas' })
      .getByText(/S\/.48.000,50/)
      .waitFor();
    await page.screenshot({
      path: `${DOCS}consola-presupuesto-documento-${size}.png`,
      fullPage: true,
    });
    await page.context().clearCookies();

    await signIn(page, 'mml.gdu');
    await page.goto('/presupuesto/modificaciones/nueva');
    await page.getByLabel('Tipo de solicitud').selectOption('modificacion_presupuestaria');
    await page.getByLabel('Modalidad').selectOption('transferencia_partidas');
    await page.getByLabel('Monto en soles').fill('25 000,00');
    await page.getByLabel('Fuente de financiamiento').selectOption('recursos_ordinarios');
    const line = async (side: string, codes: string[]) => {
      const labels = [
        'Programa presupuestal',
        'Producto o proyecto',
        'Actividad, acción de inversión u obra',
        'Específica de gasto',
      ];
      for (const [i, label] of labels.entries())
        await page.getByLabel(`${label} (${side})`).fill(codes[i] ?? '');
    };
    await line('origen', ['0030', '3000355', '5004167', '2.3.2.4.1.1']);
    await line('destino', ['0030', '3000355', '5004168', '2.6.3.2.1.1']);
    await page
      .getByLabel('Justificación')
      .fill('Reposición de equipos de comunicación del serenazgo del Cercado de Lima.');
    // The whole form from its top, not scrolled to the last field filled.
    await page.getByLabel('Justificación').blur();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: `${DOCS}consola-presupuesto-modificacion-formulario-${size}.png`,
      fullPage: true,
    });
    await page.context().clearCookies();

    // Planeamiento y Presupuesto's desk: the request waits for its technical report.
    await signIn(page, 'mml.presupuesto');
    await page.goto(`/presupuesto/modificaciones/${modificationId}`);
    await page.getByRole('button', { name: 'Emitir el informe técnico' }).waitFor();
    await page.screenshot({
      path: `${DOCS}consola-presupuesto-modificacion-expediente-${size}.png`,
      fullPage: true,
    });
    await page.context().clearCookies();
  });
