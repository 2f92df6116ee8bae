import type { Actor } from '#audit';
import { civilDateAt, spanishDate } from '#calendar';
import { parseSoles } from '#core';
import {
  DomainError,
  ErrorCode,
  type FieldProblem,
  type FundingSource,
  type Refusal,
  refuse,
} from '#core';
import type { WorkflowEvent } from '#workflow';
import { BudgetRefusal } from './budget.errors.js';
import {
  type BudgetReviewContext,
  fallbackOpen,
  type KeyFigure,
  nextPhase,
} from './budget-review.machine.js';

const invalid = (errors: FieldProblem[]) =>
  new DomainError(
    ErrorCode.VALIDATION_FAILED,
    `Datos inválidos en: ${errors.map((e) => e.field).join(', ')}.`,
    { errors },
  );

/** SUBMIT: the amounts in céntimos; the fuente de financiamiento where the rule asks for it. */
function figuresOf(context: BudgetReviewContext, request: WorkflowEvent): KeyFigure[] {
  const given = Array.isArray(request['figures'])
    ? (request['figures'] as { concept: string; amount: string; fundingSource?: FundingSource }[])
    : [];
  const problems: FieldProblem[] = [];
  const figures = given.map((f, i) => {
    const cents = parseSoles(f.amount);
    if (cents === null)
      problems.push({ field: `figures.${i}.amount`, messages: ['monto inválido'] });
    if (context.fundingSource && f.fundingSource === undefined)
      problems.push({
        field: `figures.${i}.fundingSource`,
        messages: ['indique la fuente de financiamiento de la cifra'],
      });
    if (!context.fundingSource && f.fundingSource !== undefined)
      problems.push({
        field: `figures.${i}.fundingSource`,
        messages: ['este documento no lleva fuente de financiamiento'],
      });
    return { concept: f.concept, amountCents: cents ?? 0, fundingSource: f.fundingSource ?? null };
  });
  if (problems.length > 0) throw invalid(problems);
  return figures;
}

/**
 * Pure: the request as the machine's guards read it — the instant, who sends it, the amounts in
 * céntimos, the municipality's civil date for the fallback.
 */
export function completeBudgetReviewEvent(
  request: WorkflowEvent,
  instance: { readonly state: string; readonly context: BudgetReviewContext },
  actor: Actor,
  now: Date,
): WorkflowEvent {
  const at = now.toISOString();
  const who = { at, userId: actor.userId };
  const { context } = instance;
  switch (request.type) {
    case 'SUBMIT':
      return { ...request, figures: figuresOf(context, request), ...who };
    case 'APPROVE_BY_MAYOR_FALLBACK':
      return { ...request, today: civilDateAt(now, context.timeZone), ...who };
    case 'PREDECESSOR_APPROVED':
      // Provisional: `prepare` counts the business days with the municipality's calendar.
      return { dueOn: request['approvedOn'], basis: '', ...request, ...who };
    default:
      return { ...request, ...who };
  }
}

/** Why the machine refuses, when "not in this state" would not say it (LOM Art. 20 inc. 10). */
export function budgetReviewRefusal(
  state: string,
  context: BudgetReviewContext,
  event: WorkflowEvent,
): Refusal | string | null {
  switch (event.type) {
    case 'APPROVE_BY_MAYOR_FALLBACK': {
      if (state !== 'mayor_review' && state !== 'awaiting_council') return null;
      if (context.mayorFallbackAfter === null)
        return refuse(
          BudgetRefusal.NO_MAYOR_FALLBACK,
          `La aprobación supletoria por el Alcalde no procede para ${context.documentName}.`,
        );
      const today = typeof event['today'] === 'string' ? event['today'] : '';
      return fallbackOpen(context, today)
        ? null
        : refuse(
            BudgetRefusal.MAYOR_FALLBACK_NOT_YET,
            `El Concejo tiene hasta el ${spanishDate(context.mayorFallbackAfter)} para aprobar el presupuesto: solo si no lo aprueba en ese plazo lo aprueba el Alcalde por Resolución de Alcaldía (LOM Art. 20 inc. 10).`,
          );
    }
    case 'APPROVE_BY_RESOLUTION':
      return state === 'mayor_review' && context.authority === 'concejo'
        ? refuse(
            BudgetRefusal.COUNCIL_APPROVAL_REQUIRED,
            `${context.documentName} lo aprueba el Concejo Municipal: envíelo a su agenda (SEND_TO_COUNCIL).`,
          )
        : null;
    case 'COMPLETE_PHASE': {
      if (state !== 'preparing') return null;
      const next = nextPhase(context);
      return next?.code === event['phase']
        ? null
        : refuse(
            BudgetRefusal.PHASE_NOT_NEXT,
            next
              ? `La fase que sigue de ${context.documentName} es «${next.name}»: las fases se cumplen en orden.`
              : `${context.documentName} no tiene fases por cumplir.`,
          );
    }
    case 'SUBMIT': {
      const next = state === 'preparing' ? nextPhase(context) : undefined;
      return next
        ? refuse(
            BudgetRefusal.PHASES_PENDING,
            `${context.documentName} se presenta cumplidas sus fases: falta «${next.name}» (vence el ${spanishDate(next.dueOn)}).`,
          )
        : null;
    }
    case 'SEND_TO_COUNCIL':
      return state === 'mayor_review' && context.authority === 'alcalde'
        ? refuse(
            BudgetRefusal.MAYOR_APPROVES,
            `${context.documentName} lo aprueba el Alcalde por Resolución de Alcaldía (APPROVE_BY_RESOLUTION), no el Concejo.`,
          )
        : null;
    default:
      return null;
  }
}
