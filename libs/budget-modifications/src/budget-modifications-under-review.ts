import type { EntityManager } from 'typeorm';
import { exactCents } from '#core';
import { queryOne } from '#database';
import { BUDGET_MODIFICATIONS } from './budget-modification-creator.service.js';

/** Submitted and not yet decided: waiting for OPP's report, the Gerente's or the Alcalde's decision. */
export const MODIFICATION_REVIEW_STATES: readonly string[] = [
  'opp_report',
  'manager_decision',
  'mayor_decision',
];

/** How many requests are under review in a municipality and their amount, exact in céntimos. */
export async function modificationsUnderReview(
  manager: EntityManager,
  municipalityId: string,
): Promise<{ count: number; amountCents: number }> {
  const row = await queryOne<{ count: number; cents: string }>(
    manager,
    `SELECT count(*)::int AS count, coalesce(sum((context->>'amountCents')::bigint), 0)::text AS cents
       FROM workflow_instances
      WHERE municipality_id = $1 AND kind = $2 AND state = ANY($3::text[])`,
    [municipalityId, BUDGET_MODIFICATIONS, MODIFICATION_REVIEW_STATES],
  );
  return { count: row?.count ?? 0, amountCents: exactCents(row?.cents ?? 0) };
}
