import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { pdfText } from '../../../libs/documents/src/testing/pdf-text';

/** No serious or critical WCAG 2.1 AA violation on what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
  // A dialog still fading in has its text at partial opacity: axe would measure that contrast.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    grave.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** Signs in from the sign-in page (demo password) and waits for the home page. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill('despacho');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByRole('heading', { name: 'Inicio' })).toBeVisible();
}

/** Another person at the same screen: the session changes, the address stays. */
export async function actAs(page: Page, username: string, url: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, username);
  await page.goto(url);
}

/** Opens an action of the file, fills it as `fill` says and confirms it; the dialog closes. */
export async function act(
  page: Page,
  action: string,
  confirm: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
): Promise<void> {
  await page.getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  await fill(dialog);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

/** The Gerente assigns a mandate to a gerencia (Desarrollo Urbano by default), over the API (Bearer); returns its id. */
export async function assignMandate(
  request: APIRequestContext,
  title: string,
  unitCode = 'GDU',
): Promise<string> {
  const headers = await bearer(request, 'mml.gerente');
  const units = (await (await request.get('/api/v1/units', { headers })).json()) as {
    items: { id: string; code: string }[];
  };
  const created = await request.post('/api/v1/mandates', {
    headers,
    data: {
      title,
      instructions: 'Consolidar el avance físico y financiero de las obras de pistas y veredas.',
      source: 'reunion',
      sourceReference: 'Reunión de gerentes',
      responsibleUnitId: units.items.find((u) => u.code === unitCode)?.id,
      term: { days: 5, unit: 'business' },
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/**
 * A member of the responsible unit (mml.gdu by default) reports progress on a mandate over the API:
 * someone else working on it while the console is open moves its version under the console's feet.
 */
export async function reportProgressOverApi(
  request: APIRequestContext,
  mandateId: string,
  report: { note: string; percent?: number },
  username = 'mml.gdu',
): Promise<void> {
  const response = await request.post(`/api/v1/mandates/${mandateId}/events`, {
    headers: await bearer(request, username),
    data: { type: 'REPORT_PROGRESS', ...report },
  });
  expect(response.status()).toBe(200);
}

/** mml.gdu attaches a PDF to a mandate as evidence, over the API (multipart). */
export async function attachEvidenceOverApi(
  request: APIRequestContext,
  mandateId: string,
  fileName: string,
  description: string,
): Promise<void> {
  const response = await request.post(`/api/v1/mandates/${mandateId}/attachments`, {
    headers: await bearer(request, 'mml.gdu'),
    multipart: {
      kind: 'evidencia',
      description,
      file: { name: fileName, mimeType: 'application/pdf', buffer: SMALLEST_PDF },
    },
  });
  expect(response.status()).toBe(201);
}

/** The smallest PDF the attachments module recognises by its content. */
export const SMALLEST_PDF = Buffer.from(
  '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n',
  'latin1',
);

/**
 * Moves the journeys' manual clock (the server runs with CLOCK=manual, as the e2e suites do) this
 * many calendar days ahead, as mml.admin, the only one allowed to; every timer now due fires before
 * it answers. Relative to the clock's own time: other journeys may have moved it already.
 */
export async function moveManualClockAhead(
  request: APIRequestContext,
  days: number,
): Promise<void> {
  const headers = await bearer(request, 'mml.admin');
  const clock = await request.get('/api/v1/admin/clock', { headers });
  expect(clock.status()).toBe(200);
  const { now, mode } = (await clock.json()) as { now: string; mode: string };
  expect(mode).toBe('manual');
  const moved = await request.post('/api/v1/admin/clock', {
    headers,
    data: { now: new Date(Date.parse(now) + days * 86_400_000).toISOString() },
  });
  expect(moved.status()).toBe(200);
}

/**
 * Puts the manual clock back on the real time, for the journeys that follow one that moved it:
 * what the browser writes as «now» (a date served, a remedy filed) is then the server's now too.
 */
export async function restoreManualClock(request: APIRequestContext): Promise<void> {
  const moved = await request.post('/api/v1/admin/clock', {
    headers: await bearer(request, 'mml.admin'),
    data: { now: new Date().toISOString() },
  });
  expect(moved.status()).toBe(200);
}

/**
 * Despacho's «now» (the journeys' server runs a manual clock, which stands still until moved):
 * what a journey writes as the instant something happened, never the browser's own time.
 */
export async function serverNow(request: APIRequestContext): Promise<Date> {
  const clock = await request.get('/api/v1/admin/clock', {
    headers: await bearer(request, 'mml.admin'),
  });
  expect(clock.status()).toBe(200);
  return new Date(((await clock.json()) as { now: string }).now);
}

/** A demo user's Bearer headers and unit, from the API's login. */
export async function bearerOf(request: APIRequestContext, username: string) {
  const login = await request.post('/api/v1/auth/login', {
    data: { username, password: 'despacho' },
  });
  expect(login.status(), `login de ${username}`).toBe(200);
  const { accessToken, user } = (await login.json()) as {
    accessToken: string;
    user: { unit: { id: string } | null };
  };
  return { headers: { authorization: `Bearer ${accessToken}` }, unitId: user.unit?.id };
}

export interface SignedResolution {
  id: string;
  number: string;
  subject: string;
  signedAt: string;
  verificationCode: string;
  /** The URL printed next to the QR of the signed PDF (the same text the QR encodes). */
  verificationUrl: string;
}

/**
 * A Resolución de Gerencia Municipal carried to `signed` over the API (Bearer), as the units do
 * it: mml.gdu drafts and submits, mml.juridica gives a favourable opinion, each pending unit
 * visas, mml.gerente signs. Returns what the signed PDF prints for its public verification.
 */
export async function signedResolution(
  request: APIRequestContext,
  subject = `Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro (${Date.now()})`,
  scope: 'particular' | 'general' = 'particular',
): Promise<SignedResolution> {
  const users = {
    gdu: await bearerOf(request, 'mml.gdu'),
    juridica: await bearerOf(request, 'mml.juridica'),
    presupuesto: await bearerOf(request, 'mml.presupuesto'),
    gerente: await bearerOf(request, 'mml.gerente'),
  };
  const created = await request.post('/api/v1/resolutions', {
    headers: users.gdu.headers,
    data: {
      subject,
      scope,
      hasBudgetImpact: true,
      vistos: ['Informe N° 120-2026-MML/GDU de la Subgerencia de Obras Públicas'],
      considerandos: [
        'Que, el artículo 194 de la Constitución Política del Perú reconoce a las municipalidades autonomía política, económica y administrativa en los asuntos de su competencia.',
        'Que, mediante el informe de vistos, la Gerencia de Desarrollo Urbano sustenta la ampliación de plazo.',
      ],
      articles: [
        'APROBAR la ampliación de plazo N° 2 de la obra del mercado de Chacra Cerro por treinta días calendario.',
        'NOTIFICAR la presente resolución a la empresa contratista.',
      ],
      // An act of general scope is published, not notified: it has no addressees.
      addressees:
        scope === 'general'
          ? []
          : [{ name: 'Constructora Los Andes S.A.C.', documentId: '20512345678' }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  let resolution = (await created.json()) as {
    id: string;
    state: string;
    pendingVisas: string[];
    number: string | null;
    signedAt: string | null;
    verificationCode: string | null;
    documentUrl: string | null;
  };
  const send = async (user: { headers: Record<string, string> }, event: object) => {
    const response = await request.post(`/api/v1/resolutions/${resolution.id}/events`, {
      headers: user.headers,
      data: event,
    });
    expect(response.status(), await response.text()).toBe(200);
    resolution = (await response.json()) as typeof resolution;
  };
  await send(users.gdu, { type: 'SUBMIT' });
  await send(users.juridica, {
    type: 'LEGAL_OPINION',
    favorable: true,
    reportRef: 'Informe N° 455-2026-MML/GAJ',
  });
  for (const visor of [users.gdu, users.juridica, users.presupuesto])
    if (visor.unitId && resolution.pendingVisas.includes(visor.unitId))
      await send(visor, { type: 'VISA' });
  expect(resolution.state).toBe('ready_to_sign');
  await send(users.gerente, { type: 'SIGN' });
  expect(resolution.state).toBe('signed');

  const document = await request.get(resolution.documentUrl ?? '', { headers: users.gdu.headers });
  expect(document.status()).toBe(200);
  const printed = pdfText(await document.body()).match(/\S+\/verificar\/\S+/)?.[0];
  expect(printed, 'la URL de verificación impresa junto al QR').toBeDefined();
  return {
    id: resolution.id,
    number: resolution.number ?? '',
    subject,
    signedAt: resolution.signedAt ?? '',
    verificationCode: resolution.verificationCode ?? '',
    verificationUrl: printed ?? '',
  };
}

const tokens = new Map<string, { header: Record<string, string>; until: number }>();

/**
 * The Authorization header of a demo user, signed in over the API (no cookie: the page's session
 * stays), kept while its token is valid.
 */
export async function bearer(
  request: APIRequestContext,
  username: string,
): Promise<Record<string, string>> {
  const kept = tokens.get(username);
  if (kept && kept.until > Date.now()) return kept.header;
  const login = await request.post('/api/v1/auth/login', {
    data: { username, password: 'despacho' },
  });
  expect(login.status()).toBe(200);
  const { accessToken, tokenExpiresAt } = (await login.json()) as {
    accessToken: string;
    tokenExpiresAt: string;
  };
  const header = { authorization: `Bearer ${accessToken}` };
  tokens.set(username, { header, until: Date.parse(tokenExpiresAt) - 60_000 });
  return header;
}

type ResolutionBody = { id: string; state: string; version: number; pendingVisas: string[] };

/** A draft resolution of the Gerencia de Desarrollo Urbano (mml.gdu), over the API; its id. */
export async function draftResolution(
  request: APIRequestContext,
  subject: string,
  fields: { hasBudgetImpact?: boolean } = {},
): Promise<string> {
  const created = await request.post('/api/v1/resolutions', {
    headers: await bearer(request, 'mml.gdu'),
    data: {
      subject,
      scope: 'particular',
      hasBudgetImpact: fields.hasBudgetImpact ?? false,
      vistos: ['Informe N° 120-2026-MML/GDU de la Subgerencia de Obras Públicas'],
      considerandos: [
        'Que, el artículo 194 de la Constitución Política del Perú reconoce a las municipalidades autonomía política, económica y administrativa en los asuntos de su competencia.',
      ],
      articles: ['APROBAR la ampliación de plazo N° 2 de la obra por treinta días calendario.'],
      addressees: [{ name: 'Constructora Los Andes S.A.C.', documentId: '20512345678' }],
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as ResolutionBody).id;
}

/** Sends an event to a resolution as a demo user, over the API; the updated resource. */
export async function resolutionEvent(
  request: APIRequestContext,
  username: string,
  id: string,
  event: Record<string, unknown>,
): Promise<ResolutionBody> {
  const sent = await request.post(`/api/v1/resolutions/${id}/events`, {
    headers: await bearer(request, username),
    data: event,
  });
  expect(sent.status(), await sent.text()).toBe(200);
  return (await sent.json()) as ResolutionBody;
}

/** The demo user who visas for each unit code (requiredVisas: origin, legal, budget). */
const VISA_USERS: Record<string, string> = {
  GDU: 'mml.gdu',
  GAJ: 'mml.juridica',
  GPP: 'mml.presupuesto',
};

/**
 * A resolution carried over the API to `ready_to_sign`: drafted by mml.gdu, submitted, a
 * favourable legal opinion, and the visa of each unit still pending; its id.
 */
export async function readyToSignResolution(
  request: APIRequestContext,
  subject: string,
): Promise<string> {
  const id = await draftResolution(request, subject);
  await resolutionEvent(request, 'mml.gdu', id, { type: 'SUBMIT' });
  let resolution = await resolutionEvent(request, 'mml.juridica', id, {
    type: 'LEGAL_OPINION',
    favorable: true,
    reportRef: 'Informe N° 455-2026-MML/GAJ',
  });
  const units = (await (
    await request.get('/api/v1/units', { headers: await bearer(request, 'mml.gdu') })
  ).json()) as { items: { id: string; code: string }[] };
  for (const unitId of resolution.pendingVisas) {
    const code = units.items.find((u) => u.id === unitId)?.code ?? '';
    const username = VISA_USERS[code];
    expect(username, `a demo user who visas for ${code}`).toBeDefined();
    resolution = await resolutionEvent(request, username ?? '', id, { type: 'VISA' });
  }
  expect(resolution.state).toBe('ready_to_sign');
  return id;
}

/**
 * A resolution the Gerencia de Desarrollo Urbano drafted and submitted, now with Asesoría Jurídica
 * for its legal opinion (over the API); returns its id.
 */
export async function submittedResolution(
  request: APIRequestContext,
  subject: string,
): Promise<string> {
  const id = await draftResolution(request, subject);
  await resolutionEvent(request, 'mml.gdu', id, { type: 'SUBMIT' });
  return id;
}

/** Who moves a convenio out of each state on the way to its signature, and with what. */
const CONVENIO_STEPS: Readonly<
  Record<string, (c: { legalChecklist: { code: string }[] }) => [string, Record<string, unknown>]>
> = {
  draft: () => ['mml.gdu', { type: 'SUBMIT' }],
  budget_certification: () => [
    'mml.presupuesto',
    { type: 'CERTIFY_BUDGET', certificateRef: 'Certificación de Crédito Presupuestario N° 1234' },
  ],
  legal_review: (c) => [
    'mml.juridica',
    {
      type: 'LEGAL_OPINION',
      favorable: true,
      reportRef: 'Informe N° 455-2026-GAJ',
      checklist: c.legalChecklist.map((i) => ({ code: i.code, met: true })),
    },
  ],
  management_conformity: () => [
    'mml.gerente',
    { type: 'CONFORMITY', memoRef: 'Memorando N° 210-2026-GM' },
  ],
  mayor_review: () => [
    'mml.alcalde',
    { type: 'SEND_TO_COUNCIL', memoRef: 'Memorando N° 045-2026-ALC' },
  ],
  awaiting_council: () => [
    'mml.secretaria',
    {
      type: 'COUNCIL_APPROVED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 045-2026',
      authorisesAddenda: false,
    },
  ],
  approved: () => ['mml.alcalde', { type: 'SIGN' }],
};

/**
 * A convenio of the Gerencia de Desarrollo Urbano with `counterpart`, signed today (the server's
 * clock) and in force to `endDate`, over the API; its id.
 */
export async function convenioInForce(
  request: APIRequestContext,
  counterpart: string,
  endDate: string,
): Promise<string> {
  const created = await request.post('/api/v1/convenios', {
    headers: await bearer(request, 'mml.gdu'),
    data: {
      counterpart: { name: counterpart, ruc: '20169004359' },
      object: 'Cooperación para la capacitación del personal de fiscalización municipal',
      convenioType: 'especifico',
      endDate,
      hasFinancialObligations: false,
      coordinators: {
        municipality: {
          name: 'Rosa Huamán Quispe',
          post: 'Subgerente de Proyectos',
          email: 'rhuaman@munlima.gob.pe',
        },
        counterpart: {
          name: 'Jorge Salas Ríos',
          post: 'Decano de la Facultad de Ingeniería Civil',
          email: 'jsalas@uni.edu.pe',
        },
      },
      obligations: [],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  let c = (await created.json()) as {
    id: string;
    state: string;
    legalChecklist: { code: string }[];
  };
  while (c.state !== 'in_force') {
    const step = CONVENIO_STEPS[c.state];
    expect(step, `sin paso desde ${c.state}`).toBeDefined();
    const [username, event] = step!(c);
    const sent = await request.post(`/api/v1/convenios/${c.id}/events`, {
      headers: await bearer(request, username),
      data: event,
    });
    expect(sent.status(), `${String(event['type'])}: ${await sent.text()}`).toBe(200);
    c = (await sent.json()) as typeof c;
  }
  return c.id;
}

/** An obligation of a convenio as the API takes it. */
export type ConvenioObligation =
  | { party: string; description: string; kind: 'unica'; dueOn: string }
  | { party: string; description: string; kind: 'periodica'; everyMonths: number };

/**
 * A Megantoni convenio with money, proposed over the API by megantoni.gdu (a draft); its id. The
 * coordinators are the demo ones; what changes between journeys is given.
 */
export async function proposeConvenioOverApi(
  request: APIRequestContext,
  fields: {
    counterpart: string;
    object: string;
    termMonths: number;
    obligations: ConvenioObligation[];
  },
): Promise<{ id: string; legalChecklist: { code: string }[] }> {
  const created = await request.post('/api/v1/convenios', {
    headers: await bearer(request, 'megantoni.gdu'),
    data: {
      counterpart: { name: fields.counterpart, ruc: '20169004359' },
      object: fields.object,
      convenioType: 'especifico',
      termMonths: fields.termMonths,
      hasFinancialObligations: true,
      amount: '48000.00',
      coordinators: {
        municipality: {
          name: 'Ana Quispe Rojas',
          post: 'Subgerente de Desarrollo Económico',
          email: 'aquispe@munimegantoni.gob.pe',
        },
        counterpart: {
          name: 'Luis Casanto Shingari',
          post: 'Presidente de la asociación',
          email: 'lcasanto@cacao.org.pe',
        },
      },
      obligations: fields.obligations,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as { id: string; legalChecklist: { code: string }[] };
}

/** A document's entry on the management calendar's timeline, by its link (another may name it). */
export const calendarEntry = (region: Locator, name: string): Locator =>
  region
    .locator('.mantine-Timeline-item')
    .filter({ has: region.page().getByRole('link', { name, exact: true }) });

/** The state a file shows under its heading. */
export const expectFileState = (page: Page, state: string): Promise<void> =>
  expect(page.getByText(state, { exact: true }).first()).toBeVisible();
