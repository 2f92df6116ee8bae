import type { MajorityBase, MajorityKind } from '#org';

/** A member's vote on an item (LOM Art. 17). */
export type VoteChoice = 'a_favor' | 'en_contra' | 'abstencion';

/** The rule an item type is carried by: `council.itemTypes[]` of the profile. */
export interface MajorityRule {
  readonly majority: MajorityKind;
  readonly base?: MajorityBase;
  /** `n/d`, for a qualified majority. */
  readonly fraction?: string;
  /** The law counts regidores only (LOM Art. 27): base and votes leave the Alcalde out. */
  readonly regidoresOnly?: boolean;
  readonly basis: string;
}

/** The sizes a majority may be counted on, at the moment of the vote. */
export interface MajorityBases {
  /** Hábil members in the room. */
  readonly present: number;
  /** Número hábil on the session's date (LOM Art. 16). */
  readonly habiles: number;
  /** Número legal (LOM Art. 13). */
  readonly legal: number;
}

export interface VoteCount {
  readonly aFavor: number;
  readonly enContra: number;
  readonly abstenciones: number;
}

/** `tie`: a simple majority with as many votes against as in favour, awaiting the casting vote. */
export type VoteOutcome = 'approved' | 'rejected' | 'tie';

export interface MajorityDecision {
  readonly outcome: VoteOutcome;
  /** Votes in favour an absolute or qualified majority needs; null for a simple one. */
  readonly required: number | null;
  /** The size it was counted on; null for a simple majority. */
  readonly baseSize: number | null;
}

/**
 * Votes in favour an absolute or qualified majority needs over `base` members: more than half,
 * floor(b/2) + 1; or at least the fraction, ceil(n·b/d) (2/3 of 40 is 27, 2/3 of 6 is 4). At least 1.
 */
export function votesRequired(rule: MajorityRule, baseSize: number): number | null {
  if (rule.majority === 'simple') return null;
  if (rule.majority === 'absolute') return Math.floor(baseSize / 2) + 1;
  const [n, d] = (rule.fraction ?? '').split('/').map(Number) as [number, number];
  if (!Number.isInteger(n) || !Number.isInteger(d) || n < 1 || d <= n)
    throw new RangeError(`Fracción inválida: ${rule.fraction}`);
  return Math.max(1, Math.ceil((n * baseSize) / d));
}

/**
 * LOM Art. 17: whether the count carries the item. Simple: more in favour than against among those
 * who vote (abstentions count neither way); equal is a tie, for the casting vote. Absolute and
 * qualified: the votes in favour reach what the base requires, or the item is rejected: the law
 * asks for a number of votes a tie does not give, so the casting vote does not apply.
 */
export function decideByMajority(
  count: VoteCount,
  rule: MajorityRule,
  bases: MajorityBases,
): MajorityDecision {
  if (rule.majority === 'simple') {
    const outcome =
      count.aFavor > count.enContra
        ? 'approved'
        : count.aFavor === count.enContra
          ? 'tie'
          : 'rejected';
    return { outcome, required: null, baseSize: null };
  }
  if (!rule.base) throw new RangeError('Una mayoría absoluta o calificada necesita su base');
  const baseSize = bases[rule.base];
  const required = votesRequired(rule, baseSize) as number;
  return { outcome: count.aFavor >= required ? 'approved' : 'rejected', required, baseSize };
}
