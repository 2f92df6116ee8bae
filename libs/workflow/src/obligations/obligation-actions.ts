import { type CivilDate, isCivilDate } from '#calendar';
import type { AnyWorkflowDefinition, ObligationSpec, TermUnit } from '../workflow-definition.js';

/** Which obligation: its code (declared in the definition's `obligations`) and, for several of one code, a key. */
export interface ObligationRef {
  readonly code: string;
  /** Tells apart obligations of one code on one instance (e.g. `2027-T1`); default ''. */
  readonly key?: string;
}

/**
 * Opens an obligation: a fixed last day (`dueOn`), or a term counted from `startsOn` (default:
 * today) or from `servedOn`.
 */
export interface OpenObligation extends ObligationRef {
  readonly responsibleUnitId: string | null;
  readonly dueOn?: CivilDate;
  readonly term?: { readonly days: number; readonly unit: TermUnit };
  /**
   * The day something was received (a filing): on a non-business day it counts as received the
   * next business day (D3), and day 1 is the business day after that.
   */
  readonly startsOn?: CivilDate;
  /**
   * The day an act was served or published (TUO Art. 144): day 1 is the next business day (or
   * calendar day), whatever day the service fell on — a Saturday publication counts from Monday.
   * Exclusive with `startsOn`.
   */
  readonly servedOn?: CivilDate;
}

export const OPEN_OBLIGATION = 'kernel.openObligation';
export const FULFIL_OBLIGATION = 'kernel.fulfilObligation';
export const CANCEL_OBLIGATION = 'kernel.cancelObligation';

/**
 * The kernel's obligation actions, for a machine's `setup({ actions: { ...obligationActions } })`.
 * They do nothing in the machine (it stays pure): the kernel reads them from the transition's
 * actions and writes the obligations in the same transaction.
 */
export const obligationActions = {
  [OPEN_OBLIGATION]: (_: unknown, _params: OpenObligation): void => undefined,
  [FULFIL_OBLIGATION]: (_: unknown, _params: ObligationRef): void => undefined,
  [CANCEL_OBLIGATION]: (_: unknown, _params: ObligationRef): void => undefined,
};

export type ObligationChange =
  | { readonly action: 'open'; readonly params: OpenObligation }
  | { readonly action: 'fulfil' | 'cancel'; readonly params: ObligationRef };

const ACTIONS: Readonly<Record<string, ObligationChange['action']>> = {
  [OPEN_OBLIGATION]: 'open',
  [FULFIL_OBLIGATION]: 'fulfil',
  [CANCEL_OBLIGATION]: 'cancel',
};

/** The obligation changes among a transition's actions, in order. */
export function obligationChanges(
  actions: readonly { type: string; params?: unknown }[],
): ObligationChange[] {
  return actions.flatMap((action) => {
    const kind = ACTIONS[action.type];
    if (!kind) return [];
    return [{ action: kind, params: action.params } as ObligationChange];
  });
}

/** Obligation codes, as the database keeps them (what clients match on). */
export const OBLIGATION_CODE = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * The declared spec an obligation change refers to, its parameters checked: a change the kind's
 * machine got wrong is a bug of the kind (an Error naming it), not the caller's fault.
 */
export function obligationSpecOf(
  definition: AnyWorkflowDefinition,
  change: ObligationChange,
): ObligationSpec {
  const params = change.params as Partial<OpenObligation> | undefined;
  const bug = (what: string) => new Error(`${definition.kind}: ${what}`);
  const spec = typeof params?.code === 'string' ? definition.obligations?.[params.code] : undefined;
  if (!spec) throw bug(`la obligación ${String(params?.code)} no está declarada`);
  if (params?.key !== undefined && (typeof params.key !== 'string' || params.key.length > 200))
    throw bug(`la clave de la obligación ${spec.code} debe ser un texto de hasta 200 caracteres`);
  if (change.action !== 'open') return spec;
  const { dueOn, term, startsOn, servedOn } = params ?? {};
  if ((dueOn === undefined) === (term === undefined))
    throw bug(`la obligación ${spec.code} debe tener dueOn o term, y solo uno de ellos`);
  if (dueOn !== undefined && !isCivilDate(dueOn))
    throw bug(`dueOn de ${spec.code} no es una fecha AAAA-MM-DD`);
  if (startsOn !== undefined && !isCivilDate(startsOn))
    throw bug(`startsOn de ${spec.code} no es una fecha AAAA-MM-DD`);
  if (servedOn !== undefined && !isCivilDate(servedOn))
    throw bug(`servedOn de ${spec.code} no es una fecha AAAA-MM-DD`);
  if (startsOn !== undefined && servedOn !== undefined)
    throw bug(`la obligación ${spec.code} lleva startsOn o servedOn, no ambos`);
  if (
    term !== undefined &&
    (!Number.isInteger(term.days) || term.days < 1 || !['business', 'calendar'].includes(term.unit))
  )
    throw bug(`el plazo de ${spec.code} debe ser un número entero de días hábiles o calendario`);
  return spec;
}
