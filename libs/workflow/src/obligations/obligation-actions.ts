import type { CivilDate } from '#calendar';
import type { TermUnit } from '../workflow-definition.js';

/** Which obligation: its code (declared in the definition's `obligations`) and, for several of one code, a key. */
export interface ObligationRef {
  readonly code: string;
  /** Tells apart obligations of one code on one instance (e.g. `2027-T1`); default ''. */
  readonly key?: string;
}

/** Opens an obligation: a fixed last day (`dueOn`), or a term counted from `startsOn` (default: today). */
export interface OpenObligation extends ObligationRef {
  readonly responsibleUnitId: string | null;
  readonly dueOn?: CivilDate;
  readonly term?: { readonly days: number; readonly unit: TermUnit };
  readonly startsOn?: CivilDate;
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
