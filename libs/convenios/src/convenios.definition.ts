import { spanishDate } from '#calendar';
import {
  type NoticeRecipient,
  type ObligationNotice,
  systemEvent,
  type WorkflowDefinition,
} from '#workflow';
import { formatSoles } from './convenio-rules.js';
import {
  completeConvenioEvent,
  convenioEventSamples,
  convenioRefusal,
} from './convenio-request.js';
import {
  AddendumDto,
  CertifyBudgetDto,
  ConformityDto,
  ConvenioLegalOpinionDto,
  ConvenioReasonDto,
  ConvenioWithdrawDto,
  CouncilApprovedDto,
  CouncilRejectedDto,
  EditConvenioDto,
  FreeExitDto,
  MutualTerminationDto,
  ReportObligationDto,
  SendToCouncilDto,
  TerminationForBreachDto,
} from './convenio.dto.js';
import {
  type AddendumOutcome,
  type ConvenioContext,
  convenioMachine,
  convenioObligations,
  EXPIRY_ALERT,
  renewalUnderWay,
  REPORT_TO_PARENT,
} from './convenio.machine.js';
import { convenioPolicy } from './convenio.policy.js';
import { convenioWorkItems } from './convenio.work-items.js';

/** The kind's name: registry key and URL segment (`/api/v1/convenios`). */
export const CONVENIOS = 'convenios';

/**
 * Each event a person sends and the class of its payload (null: no payload). The kernel's own
 * (EXPIRE, EXPIRY_ALERT, OBLIGATION_OVERDUE, NOTICE_LAPSED) and ADDENDUM_CONCLUDED, which the
 * adenda's instance sends its parent, are not here: no client sends them.
 */
export const convenioEvents = {
  EDIT: EditConvenioDto,
  SUBMIT: null,
  CERTIFY_BUDGET: CertifyBudgetDto,
  RETURN: ConvenioReasonDto,
  LEGAL_OPINION: ConvenioLegalOpinionDto,
  CONFORMITY: ConformityDto,
  SEND_TO_COUNCIL: SendToCouncilDto,
  COUNCIL_APPROVED: CouncilApprovedDto,
  COUNCIL_REJECTED: CouncilRejectedDto,
  SIGN: null,
  WITHDRAW: ConvenioWithdrawDto,
  REPORT_OBLIGATION: ReportObligationDto,
  ADDENDUM: AddendumDto,
  MUTUAL_TERMINATION: MutualTerminationDto,
  TERMINATION_FOR_BREACH: TerminationForBreachDto,
  FREE_EXIT: FreeExitDto,
} as const satisfies WorkflowDefinition['events'];

/** From the signature on, the convenio rests on the documents it was signed with. */
const FROZEN_STATES: ReadonlySet<string> = new Set([
  'in_force',
  'exit_notice',
  'expired',
  'ended',
  'incorporated',
  'rejected',
  'withdrawn',
]);

const label = (c: ConvenioContext) =>
  c.number
    ? c.number
    : `${c.isAddendum ? 'Adenda' : 'Convenio'} con ${c.counterpart.name} (proyecto)`;

/**
 * An expiry alert as the kernel delivers it on its day (not "Plazo vencido": nothing is owed):
 * to whom the machine recorded it — the requesting unit and the Gerente Municipal, and the
 * Alcalde at 30 days when no renewal is under way (issue 15).
 */
export function expiryNotice(
  c: ConvenioContext,
  lapse: { readonly key: string },
): ObligationNotice | null {
  const alert = c.alerts.find((a) => a.key === lapse.key);
  if (!alert) return null;
  const until = lapse.key.slice(0, lapse.key.indexOf('/')) || (c.inForceUntil ?? '');
  const to: NoticeRecipient[] = alert.recipients.map((r) =>
    r === 'unidad_solicitante' ? { unitId: c.requestingUnitId } : { role: r },
  );
  const renewal = renewalUnderWay(c);
  return {
    title: `Aviso de vencimiento: ${label(c)} vence el ${spanishDate(until)}`,
    body: `${label(c)} con ${c.counterpart.name} vence el ${spanishDate(until)}, en ${alert.days} días. ${
      renewal
        ? 'Hay una adenda de renovación en trámite.'
        : 'No hay una renovación (adenda) en trámite: si conviene continuarlo, la unidad solicitante puede proponerla.'
    }`,
    to,
  };
}

/**
 * Convenios (D11, D17) as a workflow kind, machine version 1; `conveniosKind` adds `prepare`
 * (the register number, the adenda's instance) from ConvenioPreparer.
 */
export const conveniosDefinition: WorkflowDefinition<ConvenioContext> = {
  kind: CONVENIOS,
  version: 1,
  machine: convenioMachine,
  policy: convenioPolicy,
  events: convenioEvents,
  eventSamples: convenioEventSamples,
  complete: completeConvenioEvent,
  refusal: convenioRefusal,
  obligations: {
    ...convenioObligations,
    [EXPIRY_ALERT]: { ...convenioObligations[EXPIRY_ALERT], notice: expiryNotice },
  },
  effects: {
    // An adenda's end goes to its convenio (ADDENDUM_CONCLUDED, as the system, after commit).
    [REPORT_TO_PARENT]: {
      rows: (c, params, instance) => {
        const { outcome } = params as { outcome: AddendumOutcome };
        return c.isAddendum && c.parentConvenioId
          ? [
              systemEvent(c.parentConvenioId, {
                type: 'ADDENDUM_CONCLUDED',
                addendumId: instance.id,
                outcome,
                number: outcome === 'signed' ? c.number : null,
              }),
            ]
          : [];
      },
    },
  },
  workItems: convenioWorkItems,
  searchText: (c) => [c.number ?? '', c.counterpart.name, c.counterpart.ruc, c.object].join(' '),
  label,
  listing: (c) => ({ unitId: c.requestingUnitId, year: c.year }),
  // What a list shows (ConvenioSummaryDto): never the obligations or the opinions.
  summary: (c) => ({
    number: c.number,
    counterpart: c.counterpart.name,
    convenioType: c.convenioType,
    isAddendum: c.isAddendum,
    requestingUnitId: c.requestingUnitId,
    hasFinancialObligations: c.hasFinancialObligations,
    inForceUntil: c.inForceUntil,
  }),
  attachmentsFrozen: (state) => FROZEN_STATES.has(state),
  present: (c) => ({
    counterpart: c.counterpart,
    object: c.object,
    convenioType: c.convenioType,
    startDate: c.startDate,
    endDate: c.endDate,
    termMonths: c.termMonths,
    hasFinancialObligations: c.hasFinancialObligations,
    amountCents: c.amountCents,
    amount: c.amountCents === null ? null : formatSoles(c.amountCents),
    coordinators: c.coordinators,
    obligations: c.obligations,
    exitNoticeDays: c.exitNoticeDays ?? c.profileExitNoticeDays,
    requestingUnitId: c.requestingUnitId,
    parentConvenioId: c.parentConvenioId,
    isAddendum: c.isAddendum,
    legalChecklist: c.legalChecklist,
    budgetCertification: c.budgetCertification,
    legalOpinion: c.legalOpinion,
    conformity: c.conformity,
    councilReferral: c.councilReferral,
    agreement: c.agreement,
    returns: c.returns,
    number: c.number,
    year: c.year,
    signedAt: c.signedAt,
    inForceFrom: c.inForceFrom,
    inForceUntil: c.inForceUntil,
    dues: c.dues,
    alerts: c.alerts,
    addenda: c.addenda,
    ending: c.ending,
    withdrawal: c.withdrawal,
  }),
};
