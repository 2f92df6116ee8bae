import type { WorkflowEvent } from '#workflow';
import type { ResolutionContent } from '../resolution-content.js';
import { newResolutionContext } from '../resolution-creator.service.js';
import type { ResolutionContext, ResolutionTerms } from '../resolution.machine.js';

// Placeholder unit ids of the pure graph (the e2e driver maps them to the demo users of those units).
export const ORIGIN = 'u-origin';
export const LEGAL = 'u-legal';
export const BUDGET = 'u-budget';
export const ISSUING = 'u-issuing';
export const SUPERIOR = 'u-superior';
export const ADDRESSEES = ['Constructora Los Andes S.A.C.', 'Inversiones Pampa Verde S.A.'];

export type Scope = ResolutionContent['scope'];

/**
 * One payload per event and per branch of its guards, as a client sends it, plus what the pure
 * machine's guards read that the engine's `complete` adds (`unitId` of a VISA from its sender,
 * `addresseeIndex` of a NOTIFY from the addressee's name, `at` from the clock). `today` is the day
 * of publication and of filing (D7, D15).
 */
export const resolutionEvents = (today: string): WorkflowEvent[] =>
  requests(today).map((event) => ({ ...event, at: `${today}T15:00:00.000Z` }));

const requests = (today: string): WorkflowEvent[] => [
  { type: 'EDIT', subject: 'Aprobar la ampliación de plazo N° 3 de la obra' },
  { type: 'SUBMIT' },
  { type: 'LEGAL_OPINION', favorable: true, reportRef: 'Informe N° 455-2026-MML/GAJ' },
  {
    type: 'LEGAL_OPINION',
    favorable: false,
    reportRef: 'Informe N° 456-2026-MML/GAJ',
    reasons: 'Falta el informe técnico de la supervisión.',
  },
  { type: 'RETURN', reason: 'Observación' },
  { type: 'VISA', unitId: ORIGIN },
  { type: 'VISA', unitId: LEGAL },
  { type: 'VISA', unitId: BUDGET },
  { type: 'SIGN' },
  { type: 'NOTIFY', addressee: ADDRESSEES[0], channel: 'personal', addresseeIndex: 0 },
  { type: 'NOTIFY', addressee: ADDRESSEES[1], channel: 'email', addresseeIndex: 1 },
  { type: 'PUBLISH', gazette: 'Diario Oficial El Peruano', date: today },
  { type: 'FILE_REMEDY', kind: 'reconsideracion', filedAt: today },
  { type: 'FILE_REMEDY', kind: 'apelacion', filedAt: today },
  { type: 'RESOLVE_REMEDY', outcome: 'fundado' },
  { type: 'RESOLVE_REMEDY', outcome: 'infundado' },
  { type: 'ANNUL', reason: 'Nulidad de oficio' },
  { type: 'RECTIFY' },
  { type: 'WITHDRAW', reason: 'Se atendió por otra vía' },
  { type: 'CONSENT' },
  { type: 'NEGATIVE_SILENCE' },
];

/** An event with what tells it apart from another of its type. */
export function eventLabel(event: WorkflowEvent): string {
  switch (event.type) {
    case 'LEGAL_OPINION':
      return `LEGAL_OPINION(${event['favorable'] ? 'favorable' : 'desfavorable'})`;
    case 'VISA':
      return `VISA(${String(event['unitId']).slice(2)})`;
    case 'NOTIFY':
      return `NOTIFY(${String(event['addresseeIndex'])})`;
    case 'FILE_REMEDY':
      return `FILE_REMEDY(${String(event['kind'])})`;
    case 'RESOLVE_REMEDY':
      return `RESOLVE_REMEDY(${String(event['outcome'])})`;
    default:
      return event.type;
  }
}

/**
 * Visas still pending, addressees notified and remedies tell states apart: the last visa and the
 * last notification are edges of their own, reached only after the self-loops before them, and an
 * apelación after a reconsideración is a state of its own.
 */
export function resolutionKey(snapshot: { value: unknown; context: unknown }): string {
  const c = snapshot.context as ResolutionContext;
  const remedies = [c.remedy?.kind ?? '', ...c.remedies.map((r) => r.kind)].join(',');
  return `${String(snapshot.value)}|${c.pendingVisas.join(',')}|${c.notifications.length}|${remedies}`;
}

export const sampleResolutionContent = (scope: Scope): ResolutionContent => ({
  subject: 'Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro',
  scope,
  hasBudgetImpact: true,
  vistos: ['Informe N° 120-2026-MML/GDU'],
  considerandos: ['Que, el artículo 194 de la Constitución Política del Perú…'],
  articles: ['APROBAR la ampliación de plazo N° 2 de la obra.'],
  addressees:
    scope === 'particular'
      ? ADDRESSEES.map((name) => ({ name, documentId: null, email: null }))
      : [],
});

/** A draft on the placeholder units: the machine is pure, they explore the same graph as real ones. */
export const sampleResolutionContext = (
  scope: Scope,
  terms: ResolutionTerms,
  over: Partial<ResolutionContent> = {},
): ResolutionContext =>
  newResolutionContext(
    { ...sampleResolutionContent(scope), ...over },
    {
      originUnitId: ORIGIN,
      legalUnitId: LEGAL,
      budgetUnitId: BUDGET,
      issuingUnitId: ISSUING,
      superiorUnitId: SUPERIOR,
    },
    terms,
    null,
  );
