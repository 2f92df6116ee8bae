import type { Resource, WorkflowClient } from './workflow-client.js';

/** A Resolución de Gerencia Municipal as the API shows it (the fields the e2e suites read). */
export interface ResolutionResource extends Resource {
  subject: string;
  scope: 'particular' | 'general';
  hasBudgetImpact: boolean;
  originUnitId: string;
  contentHash: string;
  pendingVisas: string[];
  visas: Array<{ unitId: string; userId: string; contentHash: string; at: string }>;
  voidedVisas: Array<{ unitId: string; userId: string; contentHash: string; at: string }>;
  number: string | null;
  sequence: number | null;
  year: number | null;
  signedAt: string | null;
  verificationCode: string | null;
  documentSha256: string | null;
  documentUrl: string | null;
  signature: {
    userId: string;
    name: string;
    post: string;
    mode: string;
    delegationId: string | null;
    instrument: string | null;
    delegatorRole: string | null;
    delegatorPost: string | null;
    mention: string | null;
  } | null;
  notifications: Array<{
    addressee: number;
    name: string;
    channel: string;
    servedAt: string;
    servedOn: string;
    receipt: string | null;
    at: string;
  }>;
  notifiedAt: string | null;
  publication: { gazette: string; date: string; inForceFrom: string } | null;
  windows: Array<{
    key: string;
    addressee: number | null;
    status: string;
    servedOn: string;
    dueOn: string | null;
    firmAt: string | null;
    firmProvisionalUntil: string | null;
  }>;
  pending: RemedyView[];
  remedy: RemedyView | null;
  remedies: Array<RemedyView & { noticeUrl: string | null }>;
  notices: Array<{ addressee: number; name: string; url: string }>;
  firmAt: string | null;
  firmProvisionalUntil: string | null;
  links: Array<{ type: string; resolutionId: string; number: string | null }>;
  rectifies: string | null;
}

export interface RemedyView {
  kind: string;
  party: string;
  filedBy: { addressee: number | null; name: string };
  filedAt: string;
  filedOn: string;
  registeredAt: string;
  resolverRole: string;
  outcome: string | null;
  resolvedAt: string | null;
  instrument: string | null;
  modification: string | null;
  negativeSilence: boolean;
  resolutionDueOn: string | null;
  closedBySilenceAt: string | null;
  decisionNotice: { channel: string; servedAt: string; servedOn: string } | null;
  reversedFirmAt: string | null;
}

export interface HistoryItem {
  seq: number;
  type: string;
  from: string | null;
  to: string;
  actor: string | null;
  onBehalfOf: string | null;
  at: string;
}

export const RESOLUTIONS = '/api/v1/resolutions';
export const resolutionPath = (id: string) => `${RESOLUTIONS}/${id}`;
export const eventsPath = (id: string) => `${RESOLUTIONS}/${id}/events`;

/** The municipality prefix of a demo user: `mml` or `megantoni`. */
const prefixOf = (username: string) => username.slice(0, username.indexOf('.'));

/** A valid creation body: particular scope, with budget impact, one addressee. */
export function resolutionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro',
    scope: 'particular',
    hasBudgetImpact: true,
    vistos: ['Informe N° 120-2026-MML/GDU de fecha 20/11/2026'],
    considerandos: [
      'Que, el artículo 194 de la Constitución Política del Perú reconoce a las municipalidades autonomía política, económica y administrativa en los asuntos de su competencia.',
      'Que, mediante el informe de vistos, la Gerencia de Desarrollo Urbano sustenta la ampliación de plazo.',
    ],
    articles: [
      'APROBAR la ampliación de plazo N° 2 de la obra del mercado de Chacra Cerro por treinta días calendario.',
      'NOTIFICAR la presente resolución a la empresa contratista.',
    ],
    addressees: [
      {
        name: 'Constructora Los Andes S.A.C.',
        documentId: '20512345678',
        email: 'mesadepartes@losandes.pe',
      },
    ],
    ...overrides,
  };
}

/** Creates a draft as `creator` (a member of the originating unit); throws unless 201. */
export async function createResolution(
  client: WorkflowClient,
  overrides: Record<string, unknown> = {},
  creator = 'mml.gdu',
): Promise<ResolutionResource> {
  const response = await client.post(creator, RESOLUTIONS, resolutionBody(overrides));
  if (response.status !== 201)
    throw new Error(`crear resolución: ${response.status} ${response.text}`);
  return response.body as ResolutionResource;
}

/** Sends an event that must succeed; throws with the problem otherwise. */
export async function sendEvent(
  client: WorkflowClient,
  username: string,
  id: string,
  event: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<ResolutionResource> {
  const response = await client.post(username, eventsPath(id), event, headers);
  if (response.status !== 200)
    throw new Error(
      `${String(event['type'])} por ${username}: ${response.status} ${response.text}`,
    );
  return response.body as ResolutionResource;
}

export async function getResolution(
  client: WorkflowClient,
  id: string,
  username = 'mml.gdu',
): Promise<ResolutionResource> {
  const response = await client.get(username, resolutionPath(id));
  if (response.status !== 200)
    throw new Error(`leer resolución: ${response.status} ${response.text}`);
  return response.body as ResolutionResource;
}

export async function historyOf(
  client: WorkflowClient,
  id: string,
  username = 'mml.gdu',
): Promise<HistoryItem[]> {
  const response = await client.get(username, `${resolutionPath(id)}/history`);
  if (response.status !== 200) throw new Error(`historia: ${response.status} ${response.text}`);
  return response.body as HistoryItem[];
}

/** States the happy path goes through, in order. */
const PATH = [
  'draft',
  'legal_review',
  'visas',
  'ready_to_sign',
  'signed',
  'notified',
  'published',
] as const;
export type PathState = (typeof PATH)[number];

export interface DriveOptions {
  /** The originating unit's user, who created the draft (default: `<municipality>.gdu`). */
  readonly origin?: string;
  /** Who signs (default: `<municipality>.gerente`). */
  readonly signer?: string;
  readonly sign?: Record<string, unknown>;
}

/**
 * Drives a resolution along the happy path to `target`: SUBMIT, a favourable LEGAL_OPINION, the
 * visas of the originating, legal and (with budget impact) budget units, SIGN, then NOTIFY of
 * every addressee (particular scope) or PUBLISH today (general scope).
 */
export async function driveTo(
  client: WorkflowClient,
  resolution: ResolutionResource,
  target: PathState,
  options: DriveOptions = {},
): Promise<ResolutionResource> {
  const municipality = prefixOf(options.origin ?? 'mml.gdu');
  const origin = options.origin ?? `${municipality}.gdu`;
  const signer = options.signer ?? `${municipality}.gerente`;
  let current = resolution;
  const reached = () => PATH.indexOf(current.state as PathState) >= PATH.indexOf(target);
  if (reached()) return current;
  if (current.state === 'draft' || current.state === 'observed')
    current = await sendEvent(client, origin, current.id, { type: 'SUBMIT' });
  if (reached()) return current;
  if (current.state === 'legal_review')
    current = await sendEvent(client, `${municipality}.juridica`, current.id, {
      type: 'LEGAL_OPINION',
      favorable: true,
      reportRef: `Informe N° 455-2026-${municipality.toUpperCase()}/GAJ`,
    });
  if (reached()) return current;
  if (current.state === 'visas') {
    const visors = [origin, `${municipality}.juridica`];
    if (current.hasBudgetImpact) visors.push(`${municipality}.presupuesto`);
    for (const visor of visors) {
      const unitId = await unitOf(client, visor);
      if (current.pendingVisas.includes(unitId))
        current = await sendEvent(client, visor, current.id, { type: 'VISA' });
    }
  }
  if (reached()) return current;
  if (current.state === 'ready_to_sign')
    current = await sendEvent(client, signer, current.id, { type: 'SIGN', ...options.sign });
  if (reached()) return current;
  if (current.state === 'signed' && current.scope === 'particular') {
    const addressees = current['addressees'] as Array<{ name: string }>;
    // Served in person now: the cargo says so (D6, Art. 25).
    const servedAt = await clockNow(client, `${municipality}.admin`);
    for (const addressee of addressees)
      current = await sendEvent(client, origin, current.id, {
        type: 'NOTIFY',
        addressee: addressee.name,
        channel: 'personal',
        servedAt,
      });
  } else if (current.state === 'signed') {
    current = await sendEvent(client, origin, current.id, {
      type: 'PUBLISH',
      gazette: 'Diario Oficial El Peruano',
      date: await today(client, `${municipality}.admin`),
    });
  }
  if (current.state !== target)
    throw new Error(`La resolución quedó en ${current.state}, no en ${target}`);
  return current;
}

/** Creates a draft and drives it to `target`. */
export async function resolutionIn(
  client: WorkflowClient,
  target: PathState,
  overrides: Record<string, unknown> = {},
  options: DriveOptions = {},
): Promise<ResolutionResource> {
  const created = await createResolution(client, overrides, options.origin ?? 'mml.gdu');
  return driveTo(client, created, target, options);
}

const people = new WeakMap<WorkflowClient, Map<string, { id: string; unitId: string }>>();

/** A demo user's id and unit id (from GET /me), cached per client. */
export async function whoIs(
  client: WorkflowClient,
  username: string,
): Promise<{ id: string; unitId: string }> {
  let known = people.get(client);
  if (!known) {
    known = new Map();
    people.set(client, known);
  }
  const cached = known.get(username);
  if (cached) return cached;
  const response = await client.get(username, '/api/v1/me');
  const me = response.body as { id: string; unit: { id: string } | null };
  if (response.status !== 200 || !me.unit)
    throw new Error(`${username} sin unidad: ${response.status} ${response.text}`);
  const found = { id: me.id, unitId: me.unit.id };
  known.set(username, found);
  return found;
}

export const unitOf = async (client: WorkflowClient, username: string) =>
  (await whoIs(client, username)).unitId;

/** The system's instant, from the admin clock (ISO, UTC). */
export async function clockNow(client: WorkflowClient, admin = 'mml.admin'): Promise<string> {
  const response = await client.get(admin, '/api/v1/admin/clock');
  return (response.body as { now: string }).now;
}

/** The system's civil date in Lima (UTC−5 all year), from the admin clock. */
export async function today(client: WorkflowClient, admin = 'mml.admin'): Promise<string> {
  return limaDate(await clockNow(client, admin));
}

export const limaDate = (iso: string): string =>
  new Date(Date.parse(iso) - 5 * 3_600_000).toISOString().slice(0, 10);

/** `due` of GET /calendar/deadline: the last day of a term of `days` business days from `from`. */
export async function businessDeadline(
  client: WorkflowClient,
  from: string,
  days: number,
  username = 'mml.gerente',
): Promise<string> {
  const response = await client.get(
    username,
    `/api/v1/calendar/deadline?from=${from}&days=${days}&unit=business`,
  );
  if (response.status !== 200) throw new Error(`calendario: ${response.status} ${response.text}`);
  return (response.body as { due: string }).due;
}
