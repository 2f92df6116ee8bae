import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

/** No serious or critical WCAG 2.1 AA violation on what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
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

/** The Gerente assigns a mandate to the Gerencia de Desarrollo Urbano, over the API (Bearer). */
export async function assignMandate(request: APIRequestContext, title: string): Promise<void> {
  const login = await request.post('/api/v1/auth/login', {
    data: { username: 'mml.gerente', password: 'despacho' },
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
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
      responsibleUnitId: units.items.find((u) => u.code === 'GDU')?.id,
      term: { days: 5, unit: 'business' },
    },
  });
  expect(created.status()).toBe(201);
}

/** A Bearer token of a demo user, for the API calls that prepare a journey. */
export async function bearer(request: APIRequestContext, username: string) {
  const login = await request.post('/api/v1/auth/login', {
    data: { username, password: 'despacho' },
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

/**
 * A resolution the Gerencia de Desarrollo Urbano drafted and submitted, now with Asesoría Jurídica
 * for its legal opinion (over the API); returns its id.
 */
export async function submittedResolution(
  request: APIRequestContext,
  subject: string,
): Promise<string> {
  const headers = await bearer(request, 'mml.gdu');
  const created = await request.post('/api/v1/resolutions', {
    headers,
    data: {
      subject,
      scope: 'particular',
      hasBudgetImpact: false,
      vistos: ['Informe N° 120-2026-MML/GDU'],
      considerandos: ['Que, la Gerencia de Desarrollo Urbano sustenta el pedido.'],
      articles: ['APROBAR lo solicitado.'],
      addressees: [{ name: 'Constructora Los Andes S.A.C.', documentId: '20512345678' }],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const submitted = await request.post(`/api/v1/resolutions/${id}/events`, {
    headers,
    data: { type: 'SUBMIT' },
  });
  expect(submitted.status()).toBe(200);
  return id;
}
