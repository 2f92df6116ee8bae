/** The profile's `council.convenios`: whether a convenio without financial obligations skips the Concejo. */
export interface ConvenioExemptionRule {
  readonly exemptWithoutFinancialObligations: boolean;
  readonly basis: string;
}

/**
 * LOM Art. 9 inc. 26: the Concejo approves the convenios; a local rule may exempt those without
 * financial obligations (D17), which the Alcalde then signs without an Acuerdo.
 */
export const convenioNeedsCouncil = (
  hasFinancialObligations: boolean,
  rule: ConvenioExemptionRule,
): boolean => hasFinancialObligations || !rule.exemptWithoutFinancialObligations;
