import { addDays } from '#calendar';
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
 * One payload per event and per branch of its guards, as a client sends it (every instant is
 * 15:00 UTC of `today`: the instant of the signature and of every event in the e2e paths, which a
 * service or a filing may not precede), plus what the pure
 * machine's guards read that the engine's `complete` adds (`unitId` of a VISA from its sender,
 * `addresseeIndex` of a NOTIFY from the addressee's name, `party`, `addresseeIndex` and `filerName`
 * of a FILE_REMEDY from who files, `remedyIndex` of a NOTIFY_DECISION, `at` from the clock), and
 * what the kernel sends on expiry (the window's `key`). `today` is the day of service, publication
 * and filing (D6, D7, D15); remedies are filed by the first addressee (any party, for general scope).
 */
export const resolutionEvents = (today: string, scope: Scope = 'particular'): WorkflowEvent[] =>
  requests(today, scope).map((event) => ({ ...event, at: `${today}T15:00:00.000Z` }));

/** The party key of the first addressee (particular) or of the publication (general). */
const FILER = (scope: Scope) =>
  scope === 'particular'
    ? { party: '0', addresseeIndex: 0, filerName: ADDRESSEES[0] }
    : { party: 'publicacion', addresseeIndex: null, filerName: ADDRESSEES[0] };

const requests = (today: string, scope: Scope): WorkflowEvent[] => [
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
  {
    type: 'NOTIFY',
    addressee: ADDRESSEES[0],
    channel: 'personal',
    servedAt: `${today}T15:00:00.000Z`,
    receipt: 'Cargo N° 001-2026',
    addresseeIndex: 0,
  },
  {
    type: 'NOTIFY',
    addressee: ADDRESSEES[1],
    channel: 'email',
    servedAt: `${today}T15:00:00.000Z`,
    addresseeIndex: 1,
  },
  { type: 'PUBLISH', gazette: 'Diario Oficial El Peruano', date: today },
  {
    type: 'FILE_REMEDY',
    kind: 'reconsideracion',
    filedAt: `${today}T15:00:00.000Z`,
    filedBy: ADDRESSEES[0],
    ...FILER(scope),
  },
  {
    type: 'FILE_REMEDY',
    kind: 'apelacion',
    filedAt: `${today}T15:00:00.000Z`,
    filedBy: ADDRESSEES[0],
    ...FILER(scope),
  },
  // A second party (particular scope): a remedy while the first one's decision waits to be served.
  ...(scope === 'particular'
    ? [
        {
          type: 'FILE_REMEDY',
          kind: 'reconsideracion',
          filedAt: `${today}T15:00:00.000Z`,
          filedBy: ADDRESSEES[1],
          party: '1',
          addresseeIndex: 1,
          filerName: ADDRESSEES[1],
        },
      ]
    : []),
  { type: 'RESOLVE_REMEDY', outcome: 'fundado', filedBy: ADDRESSEES[0], party: FILER(scope).party },
  {
    type: 'RESOLVE_REMEDY',
    outcome: 'fundado_en_parte',
    instrument: 'Resolución de Gerencia Municipal N° 0102-2026-MML/GMM',
    modification: 'Se reduce la ampliación de plazo a veinte días calendario.',
    filedBy: ADDRESSEES[0],
    party: FILER(scope).party,
  },
  {
    type: 'RESOLVE_REMEDY',
    outcome: 'infundado',
    filedBy: ADDRESSEES[0],
    party: FILER(scope).party,
  },
  ...(scope === 'particular'
    ? [{ type: 'RESOLVE_REMEDY', outcome: 'infundado', filedBy: ADDRESSEES[1], party: '1' }]
    : []),
  {
    type: 'NOTIFY_DECISION',
    channel: 'personal',
    servedAt: `${today}T15:00:00.000Z`,
    remedyIndex: 0,
  },
  // D9: the review by the Alcalde (nulidad de oficio, Art. 213; revocación, Art. 214).
  {
    type: 'START_ANNULMENT',
    reason: 'Nulidad de oficio',
    grounds: 'Art. 10.2: se omitió el informe técnico',
  },
  {
    type: 'START_REVOCATION',
    reason: 'Desaparecieron las condiciones del acto',
    cause: '214.1.2',
    grounds: 'Oficio N° 033-2026-SBN',
  },
  ...(scope === 'particular'
    ? [0, 1].flatMap((index) => [
        {
          type: 'SERVE_HEARING',
          addressee: ADDRESSEES[index],
          channel: 'personal',
          servedAt: `${today}T15:00:00.000Z`,
          addresseeIndex: index,
        },
        {
          type: 'HEARING_LAPSED',
          code: 'traslado_revision',
          key: String(index),
          deadlineId: `d-traslado-${index}`,
          dueOn: today,
        },
      ])
    : []),
  ...(scope === 'particular'
    ? [
        {
          type: 'FILE_ARGUMENTS',
          filedBy: ADDRESSEES[0],
          addresseeIndex: 0,
          filedAt: `${today}T15:00:00.000Z`,
          summary: 'El informe técnico obra en el expediente.',
        },
      ]
    : []),
  {
    type: 'ANNUL',
    reason: 'Nulidad de oficio',
    instrument: 'Resolución de Alcaldía N° 120-2026-MML',
  },
  {
    type: 'ANNUL',
    reason: 'Nulidad parcial',
    instrument: 'Resolución de Alcaldía N° 121-2026-MML',
    extent: 'parcial',
    part: 'Artículo segundo',
  },
  { type: 'REVOKE', reason: 'Revocación', instrument: 'Resolución de Alcaldía N° 122-2026-MML' },
  {
    type: 'DISMISS_REVIEW',
    reason: 'Los descargos acreditan el informe',
    instrument: 'Resolución de Alcaldía N° 123-2026-MML',
  },
  { type: 'RECTIFY' },
  { type: 'WITHDRAW', reason: 'Se atendió por otra vía' },
  ...(scope === 'particular' ? ['0', '1'] : ['publicacion']).map((key) => ({
    type: 'CONSENT',
    code: 'interposicion_recursos',
    key,
    deadlineId: `d-ventana-${key}`,
    dueOn: today,
    // What `prepare` adds: the registration grace still runs (firmness is provisional).
    provisionalUntil: `${addDays(today, 3)}T05:00:00.000Z`,
  })),
  {
    type: 'NEGATIVE_SILENCE',
    code: 'resolucion_recurso',
    key: `${FILER(scope).party}-reconsideracion`,
    deadlineId: 'd-resolucion',
    // The term to resolve ended the day before (a sample: the graph files the apelación "today").
    dueOn: addDays(today, -1),
  },
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
      return event['party'] === '1'
        ? `FILE_REMEDY(${String(event['kind'])},1)`
        : `FILE_REMEDY(${String(event['kind'])})`;
    case 'RESOLVE_REMEDY':
      return event['party'] === '1'
        ? `RESOLVE_REMEDY(${String(event['outcome'])},1)`
        : `RESOLVE_REMEDY(${String(event['outcome'])})`;
    case 'CONSENT':
      return `CONSENT(${String(event['key'])})`;
    case 'SERVE_HEARING':
      return `SERVE_HEARING(${String(event['addresseeIndex'])})`;
    case 'HEARING_LAPSED':
      return `HEARING_LAPSED(${String(event['key'])})`;
    case 'ANNUL':
      return event['extent'] === 'parcial' ? 'ANNUL(parcial)' : 'ANNUL';
    default:
      return event.type;
  }
}

/**
 * Visas still pending, addressees served, each party's window, the remedy in progress and those
 * decided tell states apart: the last visa and the last notification are edges of their own, a
 * window that lapsed is firm for its party, an apelación after a reconsideración (or after its
 * silence) is a state of its own, and so is a decision not yet served.
 */
export function resolutionKey(snapshot: { value: unknown; context: unknown }): string {
  const c = snapshot.context as ResolutionContext;
  const served = c.notifications.map((n) => n.addressee).sort();
  const windows = c.windows.map((w) => `${w.key}:${w.status}`).join(',');
  const remedy = c.pending
    .map((r) => `${r.kind}/${r.party}/${r.negativeSilence ? 's' : ''}`)
    .sort()
    .join(',');
  const decided = c.remedies
    .map((r) => `${r.kind}/${r.party}/${r.outcome ?? 'silencio'}/${r.decisionNotice ? 'n' : ''}`)
    // The order the parties' remedies were decided in is read by no guard: one state, not two.
    .sort()
    .join(',');
  const review =
    c.review && c.review.outcome === null
      ? `${c.review.kind}/${c.review.hearings.map((h) => (h.lapsedAt ? 'l' : h.notice ? 's' : '-')).join('')}`
      : '';
  return `${String(snapshot.value)}|${c.pendingVisas.join(',')}|${served.join(',')}|${windows}|${remedy}|${decided}|${review}`;
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
