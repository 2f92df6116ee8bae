import type { WorkflowEvent } from '#workflow';
import { newBudgetModificationContext } from '../budget-modification-creator.service.js';
import type { CreateBudgetModificationDto } from '../budget-modification.dto.js';
import type { BudgetModificationContext } from '../budget-modification.machine.js';
import type { BudgetModificationsProfile } from '../budget-modifications.profile.js';

// Placeholder unit ids of the pure graph (the e2e suites use the demo users of those units).
export const REQUESTING = 'u-requesting';
export const BUDGET = 'u-budget';
export const MANAGEMENT = 'u-management';
export const MAYOR = 'u-mayor';
export const CREATOR = 'p-creator';
/** The draft RGM that `prepare` creates with the sample APPROVE. */
export const SAMPLE_RESOLUTION = 'r-rgm';

/** A profile section like Lima's: the Gerente approves transfers and certifications, not credits. */
export const sampleBudgetModificationsProfile = (
  approves: BudgetModificationsProfile['managerDelegation']['approves'] = [
    'transferencia_partidas',
    'habilitacion_anulacion',
    'certificacion',
  ],
): BudgetModificationsProfile => ({
  terms: { technicalReport: 5, managerDecision: 3, mayorDecision: 5, correction: 5 },
  managerDelegation: {
    approves,
    instrument: 'la Resolución de Alcaldía N° 003-2026-MML',
    basis: 'el artículo 47.2 del Decreto Legislativo N° 1440',
  },
});

/** A valid creation body: a transferencia de partidas between two lines of one programa. */
export const sampleCreateBudgetModification = (
  over: Partial<CreateBudgetModificationDto> = {},
): CreateBudgetModificationDto => ({
  requestType: 'modificacion_presupuestaria',
  modality: 'transferencia_partidas',
  amount: '150000.50',
  fromLine: {
    program: '0036',
    productOrProject: '3000579',
    activity: '5004369',
    expenseItem: '2.3.2.7.11.99',
  },
  toLine: {
    program: '0036',
    productOrProject: '3000579',
    activity: '5004370',
    expenseItem: '2.3.1.5.1.2',
  },
  fundingSource: 'recursos_ordinarios',
  justification: 'Mayor demanda del servicio de limpieza pública por la temporada de lluvias.',
  ...over,
});

/** The context of a new request with the sample body and profile (`over` last). */
export const sampleBudgetModificationContext = (
  over: Partial<BudgetModificationContext> = {},
  body: Partial<CreateBudgetModificationDto> = {},
  profile: BudgetModificationsProfile = sampleBudgetModificationsProfile(),
): BudgetModificationContext => ({
  ...newBudgetModificationContext(
    sampleCreateBudgetModification(body),
    {
      requestingUnitId: REQUESTING,
      budgetUnitId: BUDGET,
      managementUnitId: MANAGEMENT,
      mayorUnitId: MAYOR,
    },
    profile,
  ),
  ...over,
});

const AT = '2026-12-01T15:00:00.000Z';

/**
 * One payload per event and per branch of its guards, as the machine sees it: completed (`at`,
 * `from` of a REJECT) and prepared (the RGM of an APPROVE), and the RGM's own signature and
 * withdrawal as the system sends them, for the sample RGM and for another one (never its own).
 */
export const budgetModificationSampleEvents = (): WorkflowEvent[] =>
  [
    { type: 'SUBMIT', userId: 'p-submitter' },
    { type: 'TECHNICAL_REPORT', favorable: true, reportRef: 'Informe Técnico N° 045-2026-GPP' },
    {
      type: 'TECHNICAL_REPORT',
      favorable: false,
      reportRef: 'Informe Técnico N° 046-2026-GPP',
      observations: 'La específica de origen no tiene saldo disponible.',
    },
    { type: 'APPROVE', resolutionId: SAMPLE_RESOLUTION },
    { type: 'ELEVATE', memoRef: 'Memorando N° 210-2026-GM' },
    { type: 'APPROVE_BY_MAYOR', resolutionRef: 'Resolución de Alcaldía N° 120-2026-MML' },
    { type: 'REJECT', reason: 'No es prioritario.', from: 'manager_decision' },
    { type: 'WITHDRAW', reason: 'La necesidad se cubrió con el saldo de la meta.' },
    {
      type: 'RESOLUTION_SIGNED',
      resolutionId: SAMPLE_RESOLUTION,
      number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 001-2026-MML/GM',
      signedAt: AT,
    },
    { type: 'RESOLUTION_SIGNED', resolutionId: 'r-other', number: 'RGM N° 999', signedAt: AT },
    { type: 'RESOLUTION_WITHDRAWN', resolutionId: SAMPLE_RESOLUTION },
    { type: 'RESOLUTION_WITHDRAWN', resolutionId: 'r-other' },
  ].map((event) => ({ at: AT, ...event }));
