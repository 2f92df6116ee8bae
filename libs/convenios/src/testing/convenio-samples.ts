import type { WorkflowEvent } from '#workflow';
import type { ConvenioContext } from '../convenio.machine.js';
import { newConvenioContext } from '../convenio-request.js';
import type { CreateConvenioDto } from '../convenio.dto.js';
import { DEFAULT_CONVENIOS_PROFILE, type ConveniosSettings } from '../convenios.profile.js';

// Placeholder unit ids of the pure graph (the e2e driver maps them to the demo users of those units).
export const REQUESTING = 'u-requesting';
export const BUDGET = 'u-budget';
export const LEGAL = 'u-legal';
export const MANAGEMENT = 'u-management';
export const MAYOR = 'u-mayor';
export const CREATOR = 'p-creator';

/** A valid creation body: a two-year specific convenio with the UNI, no money involved. */
export const sampleCreateConvenio = (over: Partial<CreateConvenioDto> = {}): CreateConvenioDto => ({
  counterpart: { name: 'Universidad Nacional de Ingeniería', ruc: '20169004359' },
  object:
    'Cooperación para la capacitación del personal de fiscalización en gestión de riesgos de desastres',
  convenioType: 'especifico',
  startDate: '2027-01-15',
  termMonths: 24,
  hasFinancialObligations: false,
  coordinators: {
    municipality: {
      name: 'Rosa Huamán Quispe',
      post: 'Subgerente de Defensa Civil',
      email: 'rhuaman@munlima.gob.pe',
    },
    counterpart: {
      name: 'Jorge Salas Paredes',
      post: 'Decano de la Facultad de Ingeniería Civil',
      email: 'jsalas@uni.edu.pe',
    },
  },
  obligations: [
    {
      party: 'contraparte',
      description: 'Informe semestral de las capacitaciones dictadas',
      kind: 'periodica',
      everyMonths: 6,
    },
    {
      party: 'municipalidad',
      description: 'Designar a los participantes de la primera promoción',
      kind: 'unica',
      dueOn: '2027-02-15',
    },
  ],
  ...over,
});

/** The context of a new convenio (or adenda) with the sample body and the default profile. */
export const sampleConvenioContext = (
  over: Partial<ConvenioContext> = {},
  body: Partial<CreateConvenioDto> = {},
  settings: ConveniosSettings = DEFAULT_CONVENIOS_PROFILE,
): ConvenioContext => ({
  ...newConvenioContext(
    sampleCreateConvenio(body),
    REQUESTING,
    {
      budgetUnitId: BUDGET,
      legalUnitId: LEGAL,
      managementUnitId: MANAGEMENT,
      mayorUnitId: MAYOR,
    },
    settings,
  ),
  ...over,
});

const AT = '2027-01-10T15:00:00.000Z';

/**
 * One payload per event and per branch of its guards, as the machine sees it: completed (`at`,
 * `from` of a RETURN) and prepared (the register number and civil date of a SIGN, the adenda's
 * instance), and the kernel's expiries with their keys (`0-1`: the first due of the first
 * obligation; the alert key of the sample's last day and 90 days).
 */
export const convenioEvents = (
  context: ConvenioContext = sampleConvenioContext(),
  signedOn = '2027-01-10',
): WorkflowEvent[] =>
  [
    { type: 'EDIT', object: 'Cooperación para capacitar al personal de fiscalización (versión 2)' },
    { type: 'SUBMIT', userId: 'p-submitter' },
    { type: 'CERTIFY_BUDGET', certificateRef: 'Certificación de Crédito Presupuestario N° 123' },
    { type: 'RETURN', reason: 'Observación', from: 'x' },
    {
      type: 'LEGAL_OPINION',
      favorable: true,
      reportRef: 'Informe N° 455-2027-MML/GAJ',
      checklist: context.legalChecklist.map((i) => ({ code: i.code, met: true })),
    },
    {
      type: 'LEGAL_OPINION',
      favorable: false,
      reportRef: 'Informe N° 456-2027-MML/GAJ',
      checklist: [],
      reasons: 'Falta la cláusula de libre adhesión y separación.',
    },
    { type: 'CONFORMITY', memoRef: 'Memorando N° 210-2027-MML/GMM' },
    { type: 'SEND_TO_COUNCIL', memoRef: 'Memorando N° 045-2027-MML/ALC' },
    {
      type: 'COUNCIL_APPROVED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 004-2027-MML',
      agreementId: null,
      authorisesAddenda: true,
    },
    {
      type: 'COUNCIL_REJECTED',
      agreementNumber: 'ACUERDO DE CONCEJO N° 005-2027-MML',
      agreementId: null,
      reason: 'No alcanzó la mayoría.',
    },
    {
      type: 'SIGN',
      number: 'CONVENIO N° 001-2027-MML',
      sequence: 1,
      year: 2027,
      signedOn,
    },
    { type: 'WITHDRAW', reason: 'La contraparte desistió.' },
    { type: 'REPORT_OBLIGATION', key: '0-1', evidence: 'Informe N° 1-2027-UNI' },
    { type: 'OBLIGATION_OVERDUE', code: 'obligacion_convenio', key: '0-1', dueOn: '2027-07-15' },
    { type: 'EXPIRY_ALERT', code: 'aviso_vencimiento', key: '2029-01-15/90', dueOn: '2028-10-17' },
    { type: 'EXPIRE', code: 'vigencia_convenio', key: '', dueOn: '2029-01-15' },
    {
      type: 'ADDENDUM',
      object: 'Ampliar la vigencia por doce meses',
      newEndDate: '2030-01-15',
      addendumId: 'i-addendum',
    },
    { type: 'ADDENDUM_CONCLUDED', addendumId: 'i-addendum', outcome: 'signed', number: 'ADENDA' },
    { type: 'MUTUAL_TERMINATION', reason: 'Objeto cumplido', instrument: 'Acta de resolución' },
    {
      type: 'TERMINATION_FOR_BREACH',
      party: 'contraparte',
      reason: 'No presentó los informes',
      instrument: 'Carta Notarial N° 15',
    },
    {
      type: 'FREE_EXIT',
      party: 'contraparte',
      instrument: 'Carta N° 31-2027-UNI/R',
      noticeOn: '2027-05-03',
    },
    { type: 'NOTICE_LAPSED', code: 'preaviso_separacion', key: '', dueOn: '2027-06-02' },
  ].map((event) => ({ at: AT, ...event }));
