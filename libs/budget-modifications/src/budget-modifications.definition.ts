import { formatSoles, refuse, type Refusal } from '#core';
import { Role } from '#org';
import type { WorkflowDefinition, WorkflowEvent, WorkItemSpec } from '#workflow';
import { BUDGET_MODIFICATIONS } from './budget-modification-creator.service.js';
import {
  ApproveByMayorDto,
  BudgetReasonDto,
  BudgetWithdrawDto,
  ElevateDto,
  TechnicalReportDto,
} from './budget-modification.dto.js';
import { BudgetModificationRefusal } from './budget-modification.errors.js';
import {
  type BudgetModificationContext,
  budgetModificationMachine,
  managerApproves,
} from './budget-modification.machine.js';
import { budgetModificationPolicy } from './budget-modification.policy.js';
import { budgetModificationLabel } from './budget-modification-preparer.service.js';

/** Each event a person sends and its payload class; RESOLUTION_SIGNED/WITHDRAWN come from the RGM. */
export const budgetModificationEvents = {
  SUBMIT: null,
  TECHNICAL_REPORT: TechnicalReportDto,
  APPROVE: null,
  ELEVATE: ElevateDto,
  APPROVE_BY_MAYOR: ApproveByMayorDto,
  REJECT: BudgetReasonDto,
  WITHDRAW: BudgetWithdrawDto,
} as const satisfies WorkflowDefinition['events'];

/** Who must act now, and by when. */
export function budgetModificationWorkItems(
  state: string,
  c: BudgetModificationContext,
): WorkItemSpec[] {
  switch (state) {
    case 'draft':
      return c.returns.length > 0
        ? [
            {
              action: 'subsanar',
              name: 'Subsanar las observaciones de la solicitud',
              unitId: c.requestingUnitId,
              term: { code: 'subsanacion' },
            },
          ]
        : [];
    case 'opp_report':
      return [
        {
          action: 'emitir_informe_tecnico',
          name: 'Emitir el informe técnico de la modificación presupuestaria',
          unitId: c.budgetUnitId,
          term: { code: 'informe_tecnico' },
        },
      ];
    case 'manager_decision':
      return [
        {
          action: managerApproves(c) ? 'aprobar_modificacion' : 'elevar_modificacion',
          name: managerApproves(c)
            ? 'Aprobar o rechazar la modificación presupuestaria'
            : 'Elevar al Alcalde o rechazar la modificación presupuestaria',
          unitId: c.managementUnitId,
          role: Role.GERENTE_MUNICIPAL,
          term: { code: 'decision_gerente' },
        },
      ];
    case 'mayor_decision':
      return [
        {
          action: 'decidir_modificacion',
          name: 'Aprobar por Resolución de Alcaldía o rechazar la modificación presupuestaria',
          unitId: c.mayorUnitId,
          role: Role.ALCALDE,
          term: { code: 'decision_alcalde' },
        },
      ];
    default:
      return [];
  }
}

/** Why the machine refuses, when "not in this state" would not say it. */
export function budgetModificationRefusal(
  state: string,
  context: BudgetModificationContext,
  event: WorkflowEvent,
): Refusal | string | null {
  if (state !== 'manager_decision') return null;
  if (event.type === 'APPROVE' && !managerApproves(context))
    return refuse(
      BudgetModificationRefusal.MAYOR_APPROVAL_REQUIRED,
      'El perfil de la municipalidad no delega en el Gerente Municipal la aprobación de esta clase de solicitud: elévela al Alcalde (ELEVATE), titular del pliego, que la aprueba por Resolución de Alcaldía.',
    );
  if (event.type === 'ELEVATE' && managerApproves(context))
    return refuse(
      BudgetModificationRefusal.MANAGER_HOLDS_DELEGATION,
      `El Gerente Municipal aprueba esta solicitud por delegación (${context.managerDelegation.instrument}): apruébela (APPROVE) o recházela.`,
    );
  return null;
}

/** Budget modification requests (issue 16.3); `budgetModificationsKind` adds `prepare` (the draft RGM). */
export const budgetModificationsDefinition: WorkflowDefinition<BudgetModificationContext> = {
  kind: BUDGET_MODIFICATIONS,
  version: 1,
  machine: budgetModificationMachine,
  policy: budgetModificationPolicy,
  events: budgetModificationEvents,
  eventSamples: () => ({
    TECHNICAL_REPORT: [
      { favorable: true, reportRef: '-' },
      { favorable: false, reportRef: '-', observations: '-' },
    ],
    REJECT: [{ reason: '-' }],
    APPROVE_BY_MAYOR: [{ resolutionRef: '-' }],
    APPROVE: [{ resolutionId: '00000000-0000-0000-0000-000000000000' }],
  }),
  complete: (request, instance, _actor, now) => ({
    ...request,
    ...(request.type === 'REJECT' ? { from: instance.state } : {}),
    at: now.toISOString(),
  }),
  refusal: budgetModificationRefusal,
  workItems: budgetModificationWorkItems,
  searchText: (c) =>
    [
      c.requestType,
      c.modality ?? '',
      c.justification,
      c.formalization?.number ?? '',
      c.toLine.expenseItem,
    ].join(' '),
  label: (c) => `${budgetModificationLabel(c)} por ${formatSoles(c.amountCents)}`,
  listing: (c) => ({ unitId: c.requestingUnitId, year: null }),
  summary: (c) => ({
    requestType: c.requestType,
    modality: c.modality,
    amountCents: c.amountCents,
    amount: formatSoles(c.amountCents),
    requestingUnitId: c.requestingUnitId,
    resolutionId: c.resolutionId,
    formalizedAs: c.formalization?.number ?? null,
  }),
  present: (c) => ({
    requestType: c.requestType,
    modality: c.modality,
    amountCents: c.amountCents,
    amount: formatSoles(c.amountCents),
    fromLine: c.fromLine,
    toLine: c.toLine,
    fundingSource: c.fundingSource,
    justification: c.justification,
    requestingUnitId: c.requestingUnitId,
    managerDelegation: c.managerDelegation,
    submittedAt: c.submittedAt,
    technicalReport: c.technicalReport,
    returns: c.returns,
    elevation: c.elevation,
    approval: c.approval,
    resolutionId: c.resolutionId,
    resolutionUrl: c.resolutionId ? `/api/v1/resolutions/${c.resolutionId}` : null,
    withdrawnResolutions: c.withdrawnResolutions,
    formalization: c.formalization,
    rejection: c.rejection,
    withdrawal: c.withdrawal,
  }),
};
