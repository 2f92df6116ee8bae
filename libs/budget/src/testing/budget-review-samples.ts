import type { BudgetReviewContext } from '../budget-review.machine.js';

/**
 * Next year's PIA as seeded, prepared by Planeamiento y Presupuesto (`unitIds` say which units):
 * the unit specs and the role matrix change what they try.
 */
export const sampleBudgetReviewContext = (
  over: Partial<BudgetReviewContext> = {},
): BudgetReviewContext => ({
  timeZone: 'America/Lima',
  fiscalYear: 2027,
  documentCode: 'pia',
  documentName: 'Presupuesto Institucional de Apertura (PIA)',
  basis: 'LOM Art. 9 inc. 16',
  verify: false,
  responsibleUnitId: 'unit-opp',
  budgetUnitId: 'unit-opp',
  managementUnitId: 'unit-gm',
  mayorUnitId: 'unit-alc',
  authority: 'concejo',
  councilItemType: 'presupuesto',
  fundingSource: true,
  mayorFallbackAfter: '2026-12-31',
  chainedAfter: null,
  chainedBusinessDays: null,
  successors: ['pac-id'],
  dueOn: '2026-12-31',
  dueBasis: 'LOM Art. 9 inc. 16',
  missed: false,
  versions: [],
  observations: [],
  acceptance: null,
  conformity: null,
  councilReferral: null,
  agreement: null,
  resolution: null,
  approvedOn: null,
  publication: null,
  ...over,
});
