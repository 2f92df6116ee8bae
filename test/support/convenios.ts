import { sampleCreateConvenio } from '#convenios/testing';
import { profilesEdited } from './profiles.js';
import type { Resource, WorkflowClient } from './workflow-client.js';

/** A convenio as the API shows it (the fields the e2e suites read). */
export interface ConvenioResource extends Resource {
  counterpart: { name: string; ruc: string };
  object: string;
  hasFinancialObligations: boolean;
  amountCents: number | null;
  requestingUnitId: string;
  parentConvenioId: string | null;
  isAddendum: boolean;
  legalChecklist: Array<{ code: string; label: string }>;
  agreement: { approved: boolean; number: string; authorisesAddenda: boolean } | null;
  number: string | null;
  year: number | null;
  signedAt: string | null;
  inForceFrom: string | null;
  inForceUntil: string | null;
  dues: Array<{ key: string; dueOn: string; status: string; party: string }>;
  alerts: Array<{ key: string; days: number; on: string; recipients: string[] }>;
  addenda: Array<{
    instanceId: string;
    object: string;
    newEndDate: string | null;
    outcome: string | null;
    number: string | null;
  }>;
  ending: {
    cause: string;
    party: string | null;
    noticeOn: string | null;
    effectiveOn: string | null;
  } | null;
}

export const CONVENIOS = '/api/v1/convenios';
export const convenioPath = (id: string) => `${CONVENIOS}/${id}`;
export const convenioEventsPath = (id: string) => `${CONVENIOS}/${id}/events`;

/**
 * A valid creation body: the unit tests' two-year convenio with the UNI, here with money (so OPP
 * certifies) and running from its signature.
 */
export function convenioBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { startDate: _fromSignature, obligations, ...sample } = sampleCreateConvenio();
  return {
    ...sample,
    hasFinancialObligations: true,
    amount: '150000.50',
    obligations: obligations.slice(0, 1),
    ...overrides,
  };
}

/** Without money: OPP does not certify it. */
export const noMoney = { hasFinancialObligations: false, amount: undefined };

/** Every point of the profile's checklist met: a favourable informe legal. */
export const favourableOpinion = (c: { legalChecklist: Array<{ code: string }> }) => ({
  type: 'LEGAL_OPINION',
  favorable: true,
  reportRef: 'Informe N° 455-2026-GAJ',
  checklist: c.legalChecklist.map((i) => ({ code: i.code, met: true })),
});

/** The states of the Concejo path, in order. */
export const CONVENIO_PATH = [
  'draft',
  'budget_certification',
  'legal_review',
  'management_conformity',
  'mayor_review',
  'awaiting_council',
  'approved',
  'in_force',
] as const;
export type ConvenioPathState = (typeof CONVENIO_PATH)[number];

/** Who does each step, by the demo user's suffix (`<municipality>.<suffix>`). */
export interface ConvenioSteps {
  readonly send: (suffix: string, event: Record<string, unknown>) => Promise<ConvenioResource>;
}

/**
 * Drives a convenio along the Concejo path to `target`: SUBMIT by the unit, OPP's certification
 * (with money), a favourable opinion, the Gerente's conformity, the Alcalde's referral, the
 * Acuerdo registered by Secretaría General, the Alcalde's signature.
 */
export async function driveConvenio(
  start: ConvenioResource,
  target: ConvenioPathState,
  steps: ConvenioSteps,
  origin = 'gdu',
  authorisesAddenda = false,
): Promise<ConvenioResource> {
  let c = start;
  const reached = () =>
    CONVENIO_PATH.indexOf(c.state as ConvenioPathState) >= CONVENIO_PATH.indexOf(target);
  const step = async (suffix: string, event: Record<string, unknown>) => {
    if (!reached()) c = await steps.send(suffix, event);
  };
  if (c.state === 'draft') await step(origin, { type: 'SUBMIT' });
  if (c.state === 'budget_certification')
    await step('presupuesto', {
      type: 'CERTIFY_BUDGET',
      certificateRef: 'Certificación de Crédito Presupuestario N° 1234',
    });
  if (c.state === 'legal_review') await step('juridica', favourableOpinion(c));
  if (c.state === 'management_conformity')
    await step('gerente', { type: 'CONFORMITY', memoRef: 'Memorando N° 210-2026-GM' });
  if (c.state === 'mayor_review')
    await step('alcalde', { type: 'SEND_TO_COUNCIL', memoRef: 'Memorando N° 045-2026-ALC' });
  if (c.state === 'awaiting_council')
    await step('secretaria', {
      type: 'COUNCIL_APPROVED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 045-2026',
      authorisesAddenda,
    });
  if (c.state === 'approved') await step('alcalde', { type: 'SIGN' });
  if (c.state !== target) throw new Error(`El convenio quedó en ${c.state}, no en ${target}`);
  return c;
}

/** The steps of a WorkflowClient for one municipality (`mml`, `megantoni`). */
export const clientSteps = (
  client: WorkflowClient,
  municipality: string,
  id: () => string,
): ConvenioSteps => ({
  send: async (suffix, event) => {
    const response = await client.post(
      `${municipality}.${suffix}`,
      convenioEventsPath(id()),
      event,
    );
    if (response.status !== 200)
      throw new Error(
        `${String(event['type'])} por ${municipality}.${suffix}: ${response.status} ${response.text}`,
      );
    return response.body as ConvenioResource;
  },
});

/**
 * A temporary copy of the shipped profiles (for `MUNICIPALITIES_DIR`) where `codes` exempt the
 * convenios without financial obligations from the Concejo (D17 ⚠ local rule). The caller removes it.
 */
export const profilesExemptingConvenios = (codes: readonly string[]): string =>
  profilesEdited(codes, (shipped) =>
    shipped.replace(
      'exemptWithoutFinancialObligations: false',
      'exemptWithoutFinancialObligations: true',
    ),
  );
