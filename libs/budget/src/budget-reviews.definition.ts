import { systemEvent, type WorkflowDefinition } from '#workflow';
import { formatSoles } from '#core';
import {
  AcceptBudgetDocumentDto,
  ApproveByResolutionDto,
  BudgetConformityDto,
  BudgetCouncilApprovedDto,
  BudgetCouncilRejectedDto,
  BudgetSendToCouncilDto,
  CompletePhaseDto,
  ObserveBudgetDocumentDto,
  PublishBudgetDocumentDto,
  SubmitBudgetDocumentDto,
} from './budget-review.dto.js';
import { budgetReviewPolicy } from './budget-review.policy.js';
import { budgetReviewRefusal, completeBudgetReviewEvent } from './budget-review-request.js';
import {
  budgetObligations,
  type BudgetReviewContext,
  budgetReviewMachine,
  LEGAL_DEADLINE,
  nextPhase,
  NOTIFY_SUCCESSORS,
  phasesOf,
} from './budget-review.machine.js';

/** The kind's name: registry key and URL segment (`/api/v1/budget-reviews`). */
export const BUDGET_REVIEWS = 'budget-reviews';

/** Each event a person sends and its payload class; the system's (Acuerdo, dates, expiry) are checked by the policy. */
export const budgetReviewEvents = {
  COMPLETE_PHASE: CompletePhaseDto,
  SUBMIT: SubmitBudgetDocumentDto,
  OBSERVE: ObserveBudgetDocumentDto,
  ACCEPT: AcceptBudgetDocumentDto,
  CONFORMITY: BudgetConformityDto,
  SEND_TO_COUNCIL: BudgetSendToCouncilDto,
  COUNCIL_APPROVED: BudgetCouncilApprovedDto,
  COUNCIL_REJECTED: BudgetCouncilRejectedDto,
  APPROVE_BY_RESOLUTION: ApproveByResolutionDto,
  APPROVE_BY_MAYOR_FALLBACK: ApproveByResolutionDto,
  PUBLISH: PublishBudgetDocumentDto,
} as const satisfies WorkflowDefinition['events'];

const label = (c: BudgetReviewContext) => `${c.documentName} ${c.fiscalYear}`;

/** What the responsible unit must do now, by when. */
function workItems(state: string, c: BudgetReviewContext) {
  switch (state) {
    case 'preparing': {
      const phase = nextPhase(c);
      if (phase && c.observations.length === 0)
        return [
          {
            action: 'cumplir_fase',
            name: `Cumplir la fase «${phase.name}»: ${label(c)}`,
            unitId: c.responsibleUnitId,
          },
        ];
      return [
        {
          action: c.observations.length > 0 ? 'subsanar' : 'elaborar_documento',
          name:
            c.observations.length > 0
              ? `Subsanar las observaciones: ${label(c)}`
              : `Elaborar y presentar: ${label(c)}`,
          unitId: c.responsibleUnitId,
          ...(c.observations.length > 0
            ? { term: { code: 'subsanacion' } }
            : c.dueOn !== null
              ? { term: { code: LEGAL_DEADLINE } }
              : {}),
        },
      ];
    }
    case 'opp_review':
      return [
        {
          action: 'revisar_documento',
          name: `Revisar: ${label(c)}`,
          unitId: c.budgetUnitId,
          role: 'PLANEAMIENTO_PRESUPUESTO',
        },
      ];
    case 'management_review':
      return [
        {
          action: 'dar_conformidad',
          name: `Dar conformidad y elevar: ${label(c)}`,
          unitId: null,
          role: 'GERENTE_MUNICIPAL',
        },
      ];
    case 'mayor_review':
      return [
        {
          action: c.authority === 'concejo' ? 'someter_al_concejo' : 'aprobar_por_resolucion',
          name:
            c.authority === 'concejo'
              ? `Someter al Concejo: ${label(c)}`
              : `Aprobar por Resolución de Alcaldía: ${label(c)}`,
          unitId: null,
          role: 'ALCALDE',
        },
      ];
    case 'approved':
      return [{ action: 'publicar', name: `Publicar: ${label(c)}`, unitId: null, role: 'ALCALDE' }];
    default:
      return [];
  }
}

/** Budget and management documents (issue 16, DOMAIN §5), machine version 1; the kind adds `prepare`. */
export const budgetReviewsDefinition: WorkflowDefinition<BudgetReviewContext> = {
  kind: BUDGET_REVIEWS,
  version: 1,
  machine: budgetReviewMachine,
  policy: budgetReviewPolicy,
  events: budgetReviewEvents,
  complete: completeBudgetReviewEvent,
  refusal: budgetReviewRefusal,
  eventSamples: (c) => ({
    COMPLETE_PHASE: [{ phase: nextPhase(c)?.code ?? '-', documentRef: '-' }],
    SUBMIT: [{ documentRef: '-', figures: [] }],
    APPROVE_BY_MAYOR_FALLBACK: [{ resolutionNumber: '-' }],
  }),
  obligations: budgetObligations,
  effects: {
    // The approval's civil date goes to each chained document (PAC after the PIA), after commit.
    [NOTIFY_SUCCESSORS]: {
      rows: (c) =>
        c.approvedOn === null
          ? []
          : c.successors.map((id) =>
              systemEvent(id, {
                type: 'PREDECESSOR_APPROVED',
                approvedOn: c.approvedOn,
                predecessor: c.documentCode,
              }),
            ),
    },
  },
  workItems,
  searchText: (c) => [c.documentName, c.documentCode, String(c.fiscalYear)].join(' '),
  label,
  listing: (c) => ({ unitId: c.responsibleUnitId, year: c.fiscalYear }),
  summary: (c) => ({
    documentCode: c.documentCode,
    documentName: c.documentName,
    fiscalYear: c.fiscalYear,
    authority: c.authority,
    councilItemType: c.councilItemType,
    dueOn: c.dueOn,
    responsibleUnitId: c.responsibleUnitId,
  }),
  present: (c) => ({
    fiscalYear: c.fiscalYear,
    documentCode: c.documentCode,
    documentName: c.documentName,
    basis: c.basis,
    verify: c.verify,
    responsibleUnitId: c.responsibleUnitId,
    authority: c.authority,
    councilItemType: c.councilItemType,
    fundingSource: c.fundingSource,
    mayorFallbackAfter: c.mayorFallbackAfter,
    chainedAfter: c.chainedAfter,
    chainedBusinessDays: c.chainedBusinessDays,
    dueOn: c.dueOn,
    dueBasis: c.dueBasis,
    missed: c.missed,
    versions: c.versions.map((v) => ({
      ...v,
      figures: v.figures.map((f) => ({ ...f, amount: formatSoles(f.amountCents) })),
    })),
    observations: c.observations,
    acceptance: c.acceptance,
    conformity: c.conformity,
    councilReferral: c.councilReferral,
    agreement: c.agreement,
    resolution: c.resolution,
    approvedOn: c.approvedOn,
    publication: c.publication,
    phases: phasesOf(c),
  }),
};
