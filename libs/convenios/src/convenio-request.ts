import type { Actor } from '#audit';
import { spanishDate } from '#calendar';
import { DomainError, ErrorCode, type FieldProblem, type Refusal, refuse } from '#core';
import type { WorkflowEvent } from '#workflow';
import {
  CONTENT_FIELDS,
  type ConvenioContent,
  type ConvenioObligation,
} from './convenio-content.js';
import type { ConvenioObligationDto, CreateConvenioDto } from './convenio.dto.js';
import { ConvenioRefusal } from './convenio.errors.js';
import {
  addendumInProgress,
  clauseConfirmed,
  type ConvenioContext,
  councilExempt,
  inForcePeriod,
  unmetChecklist,
} from './convenio.machine.js';
import { parseSoles, termProblems } from './convenio-rules.js';
import { FREE_ADHESION_CLAUSE, type ConveniosSettings } from './convenios.profile.js';

const invalid = (errors: FieldProblem[]) =>
  new DomainError(
    ErrorCode.VALIDATION_FAILED,
    `Datos inválidos en: ${errors.map((e) => e.field).join(', ')}.`,
    { errors },
  );

const obligationOf = (o: ConvenioObligationDto): ConvenioObligation => ({
  party: o.party,
  description: o.description,
  kind: o.kind,
  dueOn: o.kind === 'unica' ? (o.dueOn ?? null) : null,
  everyMonths: o.kind === 'periodica' ? (o.everyMonths ?? null) : null,
});

/** The rules across fields of the content, whatever set them (creation or an EDIT). */
export function contentProblems(content: ConvenioContent): FieldProblem[] {
  return [
    ...termProblems(content),
    ...(content.hasFinancialObligations && content.amountCents === null
      ? [
          {
            field: 'amount',
            messages: ['es obligatorio cuando el convenio tiene obligaciones financieras'],
          },
        ]
      : []),
    ...(!content.hasFinancialObligations && content.amountCents !== null
      ? [
          {
            field: 'amount',
            messages: ['solo se indica cuando el convenio tiene obligaciones financieras'],
          },
        ]
      : []),
  ];
}

/** The units a convenio goes through, found by the creator (their kinds in the organisation). */
export interface ConvenioUnits {
  readonly budgetUnitId: string | null;
  readonly legalUnitId: string;
  readonly managementUnitId: string;
  readonly mayorUnitId: string;
}

/** What an adenda inherits from the convenio it modifies. */
export interface AddendumOrigin {
  readonly parentConvenioId: string;
  readonly parentAuthorisesAddenda: boolean;
}

/**
 * The new convenio's context: the validated body, the requesting unit (the creator's), the units
 * it goes through, and what the profile fixes when it is created (terms, checklist, alerts).
 */
export function newConvenioContext(
  dto: CreateConvenioDto,
  requestingUnitId: string,
  units: ConvenioUnits,
  settings: ConveniosSettings,
  addendum: AddendumOrigin | null = null,
): ConvenioContext {
  const content: ConvenioContent = {
    counterpart: { name: dto.counterpart.name.trim(), ruc: dto.counterpart.ruc.trim() },
    object: dto.object.trim(),
    convenioType: dto.convenioType,
    startDate: dto.startDate ?? null,
    endDate: dto.endDate ?? null,
    termMonths: dto.termMonths ?? null,
    hasFinancialObligations: dto.hasFinancialObligations,
    amountCents: dto.amount === undefined ? null : parseSoles(dto.amount),
    coordinators: {
      municipality: { ...dto.coordinators.municipality },
      counterpart: { ...dto.coordinators.counterpart },
    },
    obligations: dto.obligations.map(obligationOf),
    exitNoticeDays: dto.exitNoticeDays ?? null,
  };
  const problems = contentProblems(content);
  if (problems.length > 0) throw invalid(problems);
  return {
    ...content,
    requestingUnitId,
    ...units,
    terms: { ...settings.terms },
    exemptWithoutFinancialObligations: settings.exemptWithoutFinancialObligations,
    expiryAlertDays: [...settings.expiryAlertDays],
    profileExitNoticeDays: settings.freeExitNoticeDays,
    legalChecklist: settings.legalChecklist.map((i) => ({ code: i.code, label: i.label })),
    parentConvenioId: addendum?.parentConvenioId ?? null,
    isAddendum: addendum !== null,
    parentAuthorisesAddenda: addendum?.parentAuthorisesAddenda ?? false,
    submittedBy: null,
    budgetCertification: null,
    legalOpinion: null,
    conformity: null,
    councilReferral: null,
    agreement: null,
    returns: [],
    number: null,
    sequence: null,
    year: null,
    signedAt: null,
    signedOn: null,
    inForceFrom: null,
    inForceUntil: null,
    dues: [],
    alertPlan: [],
    alerts: [],
    addenda: [],
    ending: null,
    withdrawal: null,
  };
}

/** EDIT: the fields given (at least one), the amount in céntimos, and the whole checked again. */
function edited(context: ConvenioContext, request: WorkflowEvent): Partial<ConvenioContent> {
  const given = Object.keys(request).filter((k) => k !== 'type');
  if (given.length === 0)
    throw invalid([
      { field: 'EDIT', messages: [`indique al menos uno de: ${CONTENT_FIELDS.join(', ')}`] },
    ]);
  const changes: Partial<ConvenioContent> = {};
  const set = <K extends keyof ConvenioContent>(key: K, value: unknown) => {
    if (value !== undefined) changes[key] = value as ConvenioContent[K];
  };
  set('counterpart', request['counterpart']);
  set('object', request['object']);
  set('convenioType', request['convenioType']);
  set('startDate', request['startDate']);
  set('endDate', request['endDate']);
  set('termMonths', request['termMonths']);
  set('hasFinancialObligations', request['hasFinancialObligations']);
  set('coordinators', request['coordinators']);
  set('exitNoticeDays', request['exitNoticeDays']);
  if (request['obligations'] !== undefined)
    changes.obligations = (request['obligations'] as ConvenioObligationDto[]).map(obligationOf);
  if (request['amount'] !== undefined)
    changes.amountCents = request['amount'] === null ? null : parseSoles(String(request['amount']));
  // Without financial obligations any more: the amount goes with them.
  if (changes.hasFinancialObligations === false && request['amount'] === undefined)
    changes.amountCents = null;
  const problems = contentProblems({ ...context, ...changes });
  if (problems.length > 0) throw invalid(problems);
  return changes;
}

/** LEGAL_OPINION: one answer per point of the convenio's checklist, no unknown or repeated codes. */
function checklistProblems(context: ConvenioContext, request: WorkflowEvent): FieldProblem[] {
  const answers = Array.isArray(request['checklist'])
    ? (request['checklist'] as { code: string }[])
    : [];
  const known = new Set(context.legalChecklist.map((i) => i.code));
  const codes = answers.map((a) => a.code);
  const unknown = codes.filter((code) => !known.has(code));
  const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);
  return [
    ...(unknown.length > 0
      ? [
          {
            field: 'checklist',
            messages: [
              `no son puntos de la lista del informe legal: ${unknown.join(', ')}; los puntos son: ${[...known].join(', ')}`,
            ],
          },
        ]
      : []),
    ...(repeated.length > 0
      ? [
          {
            field: 'checklist',
            messages: [`puntos repetidos: ${[...new Set(repeated)].join(', ')}`],
          },
        ]
      : []),
  ];
}

/**
 * Pure: the request as the machine's guards read it — the instant, who sends it, the state a
 * RETURN leaves, the edited content (amount in céntimos, checked as a whole), the checklist's
 * codes checked, a provisional civil date for SIGN. What only the database gives (the register's
 * number and the signature's civil date in the municipality's zone, the adenda's instance) is
 * added by `prepare`.
 */
export function completeConvenioEvent(
  request: WorkflowEvent,
  instance: { readonly state: string; readonly context: ConvenioContext },
  actor: Actor,
  now: Date,
): WorkflowEvent {
  const at = now.toISOString();
  const { context } = instance;
  const who = { at, userId: actor.userId };
  switch (request.type) {
    case 'EDIT': {
      const { amount: _amount, ...rest } = request;
      return { ...rest, ...edited(context, request), ...who };
    }
    case 'RETURN':
      return { ...request, from: instance.state, ...who };
    case 'LEGAL_OPINION': {
      const problems = checklistProblems(context, request);
      if (problems.length > 0) throw invalid(problems);
      return { ...request, ...who };
    }
    case 'SIGN':
      // Provisional: `prepare` gives the civil date in the municipality's zone with the number.
      return { signedOn: at.slice(0, 10), number: '', sequence: 0, year: 0, ...request, ...who };
    case 'ADDENDUM':
      return { newEndDate: null, addendumId: '', ...request, ...who };
    default:
      return { ...request, ...who };
  }
}

/** Payloads to try for `allowedEvents`: an edit, both opinions (the favourable one with every point met), each pending due. */
export function convenioEventSamples(
  context: ConvenioContext,
): Record<string, Record<string, unknown>[]> {
  return {
    // An EDIT changes at least one field: the object as it is stands for any.
    EDIT: [{ object: context.object }],
    LEGAL_OPINION: [
      {
        favorable: true,
        reportRef: '-',
        checklist: context.legalChecklist.map((i) => ({ code: i.code, met: true })),
      },
      { favorable: false, reportRef: '-', checklist: [], reasons: '-' },
    ],
    REPORT_OBLIGATION: context.dues
      .filter((d) => d.status !== 'fulfilled')
      .slice(0, 1)
      .map((d) => ({ key: d.key, evidence: '-' })),
    FREE_EXIT: [
      { party: 'municipalidad', instrument: '-', noticeOn: context.signedOn ?? '2000-01-01' },
      { party: 'contraparte', instrument: '-', noticeOn: context.signedOn ?? '2000-01-01' },
    ],
  };
}

/** Why the machine refuses, when "not in this state" would not say it (D11, D17). */
export function convenioRefusal(
  state: string,
  context: ConvenioContext,
  event: WorkflowEvent,
): Refusal | string | null {
  const R = ConvenioRefusal;
  switch (event.type) {
    case 'LEGAL_OPINION': {
      if (state !== 'legal_review' || event['favorable'] !== true) return null;
      const answers = Array.isArray(event['checklist'])
        ? (event['checklist'] as { code: string; met: boolean }[])
        : [];
      if (!clauseConfirmed(answers))
        return refuse(
          R.FREE_ADHESION_CLAUSE_MISSING,
          'No cabe un informe legal favorable sin la cláusula de libre adhesión y separación: todo convenio de colaboración debe incluirla (TUO de la Ley 27444, Art. 88.3). Emita el informe desfavorable para que la unidad la incorpore.',
        );
      const unmet = unmetChecklist(context, answers).filter((i) => i.code !== FREE_ADHESION_CLAUSE);
      return unmet.length > 0
        ? refuse(
            R.LEGAL_CHECKLIST_INCOMPLETE,
            `Un informe favorable da por cumplido cada punto de la lista; no lo están: ${unmet.map((i) => i.label).join('; ')}.`,
          )
        : null;
    }
    case 'SIGN': {
      if (state === 'awaiting_council')
        return refuse(
          R.COUNCIL_APPROVAL_REQUIRED,
          'El convenio espera el Acuerdo de Concejo: se firma cuando el Acuerdo que lo aprueba entra en vigor, al aprobarse el acta de la sesión o dispensarse su lectura.',
        );
      if (state === 'mayor_review' && !councilExempt(context))
        return refuse(
          R.COUNCIL_APPROVAL_REQUIRED,
          context.isAddendum
            ? 'El Acuerdo de Concejo que aprobó el convenio no autorizó sus adendas: esta adenda se somete al Concejo (SEND_TO_COUNCIL).'
            : context.hasFinancialObligations
              ? 'El convenio tiene obligaciones financieras: lo aprueba el Concejo Municipal antes de su firma (LOM Art. 9 inc. 26). Envíelo a su agenda (SEND_TO_COUNCIL).'
              : 'El perfil de la municipalidad no exime del Concejo a los convenios sin obligaciones financieras: lo aprueba el Concejo Municipal antes de su firma (LOM Art. 9 inc. 26).',
        );
      if (state !== 'mayor_review' && state !== 'approved') return null;
      const signedOn = typeof event['signedOn'] === 'string' ? event['signedOn'] : null;
      if (signedOn === null) return null;
      const { until } = inForcePeriod(context, signedOn);
      return until < signedOn
        ? refuse(
            R.CONVENIO_ENDS_BEFORE_SIGNATURE,
            `La vigencia del convenio termina el ${spanishDate(until)}, antes de su firma: corrija su vigencia antes de suscribirlo.`,
          )
        : null;
    }
    case 'ADDENDUM': {
      if (state !== 'in_force') return null;
      const current = addendumInProgress(context);
      if (current)
        return refuse(
          R.ADDENDUM_IN_PROGRESS,
          `Ya hay una adenda en trámite («${current.object}»): concluya esa antes de proponer otra.`,
        );
      return refuse(
        R.ADDENDUM_MUST_EXTEND_TERM,
        `La nueva fecha de término debe ser posterior a la vigente (${spanishDate(context.inForceUntil ?? '')}).`,
      );
    }
    case 'REPORT_OBLIGATION':
      return state === 'in_force' || state === 'exit_notice'
        ? refuse(
            R.OBLIGATION_NOT_PENDING,
            `No hay un vencimiento pendiente con la clave «${String(event['key'])}»; pendientes: ${
              context.dues
                .filter((d) => d.status !== 'fulfilled')
                .map((d) => d.key)
                .join(', ') || 'ninguno'
            }.`,
          )
        : null;
    default:
      return null;
  }
}
