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

/** The Authorization header of a demo user, signed in over the API (Bearer, not the console's cookie). */
async function bearer(
  request: APIRequestContext,
  username: string,
): Promise<{ authorization: string }> {
  const login = await request.post('/api/v1/auth/login', {
    data: { username, password: 'despacho' },
  });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
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
