import type { WorkflowDefinition } from '#workflow';
import { ProgressReportDto, ReasonDto, SubmitMandateDto } from './mandate.dto.js';
import { type MandateContext, mandateMachine } from './mandate.machine.js';
import { mandatePolicy } from './mandate.policy.js';

export const MANDATES = 'mandates';

export const mandatesDefinition: WorkflowDefinition<MandateContext> = {
  kind: MANDATES,
  version: 1,
  machine: mandateMachine,
  policy: mandatePolicy,
  events: {
    REPORT_PROGRESS: ProgressReportDto,
    SUBMIT: SubmitMandateDto,
    ACCEPT: null,
    RETURN: ReasonDto,
    CANCEL: ReasonDto,
  },
  searchText: (c) => [c.title, c.instructions, c.sourceReference ?? ''].join(' '),
  label: (c) => `Encargo «${c.title}»`,
  workItems: (state, c) =>
    state === 'open'
      ? [
          {
            action: 'cumplir_encargo',
            name: 'Cumplir el encargo e informar',
            unitId: c.responsibleUnitId,
            term: { code: 'cumplimiento_encargo' },
          },
        ]
      : state === 'review'
        ? [
            {
              action: 'revisar_cumplimiento',
              name: 'Revisar el cumplimiento',
              unitId: c.assignerUnitId,
              term: { code: 'revision_cumplimiento' },
            },
          ]
        : [],
  listing: (c) => ({ unitId: c.responsibleUnitId, year: null }),
  // What a list shows (MandateSummaryDto): never the instructions, progress or evidence.
  summary: (c) => ({
    title: c.title,
    source: c.source,
    assignerUnitId: c.assignerUnitId,
    responsibleUnitId: c.responsibleUnitId,
    progressPercent: c.progressPercent ?? null,
  }),
  // The evidence is what the assigner accepted (or the mandate was cancelled): it stays as it was.
  attachmentsFrozen: (state) => state === 'closed' || state === 'cancelled',
  present: (c) => ({
    title: c.title,
    instructions: c.instructions,
    source: c.source,
    sourceReference: c.sourceReference,
    assignerUnitId: c.assignerUnitId,
    assignerUserId: c.assignerUserId,
    responsibleUnitId: c.responsibleUnitId,
    term: c.term,
    progress: c.progress,
    progressPercent: c.progressPercent ?? null,
    evidence: c.evidence,
    returns: c.returns,
    closingReason: c.closingReason,
  }),
};
