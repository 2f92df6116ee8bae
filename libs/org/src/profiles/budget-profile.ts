import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const CITES_AN_ARTICLE = /\bArts?\.\s*\d/;
const CITE_IT = { message: 'debe citar la norma y su artículo (p. ej. «LOM Art. 9 inc. 16»)' };

/** The budget and management documents the calendar knows (DOMAIN §5). */
export const BUDGET_DOCUMENT_CODES = [
  'pia',
  'pac',
  'poi_multianual',
  'poi_anual',
  'balance_memoria',
  'presupuesto_participativo',
  'evaluacion_presupuestal',
  'cuenta_general',
  'pdlc',
] as const;
export type BudgetDocumentCode = (typeof BUDGET_DOCUMENT_CODES)[number];

/** Who approves the document: the Concejo by Acuerdo, or the Alcalde by Resolución de Alcaldía. */
export const BUDGET_AUTHORITIES = ['concejo', 'alcalde'] as const;
export type BudgetAuthority = (typeof BUDGET_AUTHORITIES)[number];

export class BudgetApprovalProfile {
  @IsIn(BUDGET_AUTHORITIES, { message: 'debe ser concejo o alcalde' })
  authority!: BudgetAuthority;
  /** With `concejo`: the agenda item type (council.itemTypes) the Acuerdo is voted under. */
  @IsOptional() @IsString() councilItemType?: string;
}

/** A later regime of a chained term, from a fiscal year on (e.g. the PAC under Ley 32069). */
export class BudgetRegimeProfile {
  @IsInt() @Min(2000) @Max(2100) fromYear!: number;
  @IsInt() @Min(1) @Max(120) businessDays!: number;
  @IsString() @Matches(CITES_AN_ARTICLE, CITE_IT) basis!: string;
  /** ⚠ in DOMAIN.md: a rule still to verify against the text in force. */
  @IsOptional() @IsBoolean() verify?: boolean;
}

/**
 * The last day of a document of fiscal year N: a fixed day of year N + yearOffset (`fixed`, MM-DD),
 * or N business days after another document of the same year is approved (`after`, chained).
 */
export class BudgetDeadlineProfile {
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'debe ser MM-DD' })
  fixed?: string;
  @IsOptional() @IsInt() @Min(-1) @Max(1) yearOffset?: number;
  @IsOptional()
  @IsIn(BUDGET_DOCUMENT_CODES, { message: 'debe ser el código de otro documento' })
  after?: BudgetDocumentCode;
  @IsOptional() @IsInt() @Min(1) @Max(120) businessDays?: number;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BudgetRegimeProfile)
  regimes?: BudgetRegimeProfile[];
}

/** A dated phase of a document's preparation (the Presupuesto Participativo's, Ley 28056). */
export class BudgetPhaseProfile {
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'debe ser un código en minúsculas (a-z, 0-9, _)' })
  code!: string;
  @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  /** Its last day: a fixed day of year N + yearOffset (MM-DD). */
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'debe ser MM-DD' })
  fixed!: string;
  @IsInt() @Min(-1) @Max(1) yearOffset!: number;
  @IsString() @Matches(CITES_AN_ARTICLE, CITE_IT) basis!: string;
  @IsOptional() @IsBoolean() verify?: boolean;
}

/** One document of the management calendar and its legal rule. */
export class BudgetDocumentProfile {
  @IsIn(BUDGET_DOCUMENT_CODES, {
    message: `debe ser uno de: ${BUDGET_DOCUMENT_CODES.join(', ')}`,
  })
  code!: BudgetDocumentCode;
  @IsString() @IsNotEmpty() @MaxLength(160) name!: string;
  /** Code of the unit that prepares it (units[].code). */
  @IsString() @IsNotEmpty() responsibleUnit!: string;
  @IsDefined({ message: 'falta approval: {authority, councilItemType}' })
  @ValidateNested()
  @Type(() => BudgetApprovalProfile)
  approval!: BudgetApprovalProfile;
  @IsDefined({ message: 'falta deadline: {fixed, yearOffset} o {after, businessDays}' })
  @ValidateNested()
  @Type(() => BudgetDeadlineProfile)
  deadline!: BudgetDeadlineProfile;
  /** Its key figures carry a fuente de financiamiento. */
  @IsOptional() @IsBoolean() fundingSource?: boolean;
  /**
   * LOM Art. 20 inc. 10: when the Concejo has not approved it by its last day, the Alcalde approves
   * it by Resolución de Alcaldía (the PIA).
   */
  @IsOptional() @IsBoolean() mayorFallback?: boolean;
  @IsString() @Matches(CITES_AN_ARTICLE, CITE_IT) basis!: string;
  @IsOptional() @IsBoolean() verify?: boolean;
  /**
   * Phases the responsible unit completes, in order, before it presents the document; each with
   * its own last day, reminders and escalation.
   */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BudgetPhaseProfile)
  phases?: BudgetPhaseProfile[];
}

/** A phase's last day in fiscal year `year` (AAAA-MM-DD). */
export const phaseDueOn = (phase: BudgetPhaseProfile, year: number): string =>
  `${year + phase.yearOffset}-${phase.fixed}`;

export class FiscalYearsProfile {
  @IsInt() @Min(2000) @Max(2100) from!: number;
  @IsInt() @Min(2000) @Max(2100) to!: number;
}

/** The profile's `budget:` section: the management calendar's rules (DOMAIN §5, docs/reglas/presupuesto.md). */
export class BudgetProfile {
  @IsDefined({ message: 'falta fiscalYears: {from, to}' })
  @ValidateNested()
  @Type(() => FiscalYearsProfile)
  fiscalYears!: FiscalYearsProfile;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => BudgetDocumentProfile)
  documents!: BudgetDocumentProfile[];
}

/** What the schema cannot say alone: known units and item types, coherent deadlines, no cycles. */
export function budgetProfileProblems(
  budget: BudgetProfile | undefined,
  units: readonly { code: string }[] | undefined,
  itemTypes: readonly { code: string }[] | undefined,
): string[] {
  if (!budget) return [];
  const problems: string[] = [];
  if (budget.fiscalYears && budget.fiscalYears.from > budget.fiscalYears.to)
    problems.push('budget.fiscalYears: from debe ser anterior o igual a to');
  const codes = new Set<string>();
  for (const doc of budget.documents ?? []) {
    const at = `budget.documents.${doc.code}`;
    if (codes.has(doc.code)) problems.push(`${at}: documento repetido`);
    codes.add(doc.code);
    if (!units?.some((u) => u.code === doc.responsibleUnit))
      problems.push(`${at}.responsibleUnit: unidad desconocida "${doc.responsibleUnit}"`);
    const approval = doc.approval;
    if (approval?.authority === 'concejo') {
      if (!approval.councilItemType || !itemTypes?.some((t) => t.code === approval.councilItemType))
        problems.push(
          `${at}.approval.councilItemType: debe ser un tipo de asunto de council.itemTypes`,
        );
    } else if (approval?.councilItemType !== undefined)
      problems.push(`${at}.approval.councilItemType: solo cuando lo aprueba el concejo`);
    const d = doc.deadline;
    if (!d) continue;
    const fixed = d.fixed !== undefined || d.yearOffset !== undefined;
    const chained = d.after !== undefined || d.businessDays !== undefined;
    if (fixed === chained || (fixed && (d.fixed === undefined || d.yearOffset === undefined)))
      problems.push(`${at}.deadline: {fixed, yearOffset} o {after, businessDays}, uno de los dos`);
    if (chained && (d.after === undefined || d.businessDays === undefined))
      problems.push(`${at}.deadline: after y businessDays van juntos`);
    if (d.regimes !== undefined && !chained)
      problems.push(`${at}.deadline.regimes: solo para un plazo encadenado`);
    if (doc.mayorFallback && (!fixed || approval?.authority !== 'concejo'))
      problems.push(`${at}.mayorFallback: solo para un documento del concejo con fecha fija`);
    problems.push(...phaseProblems(doc, at));
  }
  for (const doc of budget.documents ?? []) {
    const after = doc.deadline?.after;
    if (after === undefined) continue;
    const predecessor = budget.documents.find((d) => d.code === after);
    if (!predecessor)
      problems.push(`budget.documents.${doc.code}.deadline.after: no está en documents`);
    else if (predecessor.deadline?.after !== undefined)
      problems.push(
        `budget.documents.${doc.code}.deadline.after: ${after} también es encadenado (un solo nivel)`,
      );
  }
  return problems;
}

/** Phases: unique codes, in the order of their dates, none after the document's own last day. */
function phaseProblems(doc: BudgetDocumentProfile, at: string): string[] {
  const problems: string[] = [];
  const phases = doc.phases ?? [];
  const dates = phases.map((p) => phaseDueOn(p, 2000));
  phases.forEach((phase, i) => {
    if (phases.findIndex((p) => p.code === phase.code) !== i)
      problems.push(`${at}.phases.${phase.code}: fase repetida`);
    if (i > 0 && (dates[i] ?? '') < (dates[i - 1] ?? ''))
      problems.push(`${at}.phases.${phase.code}: vence antes que la fase anterior`);
  });
  const d = doc.deadline;
  const last = dates.at(-1);
  if (last !== undefined && d?.fixed !== undefined && d.yearOffset !== undefined) {
    if (last > `${2000 + d.yearOffset}-${d.fixed}`)
      problems.push(`${at}.phases: la última fase vence después que el documento`);
  } else if (last !== undefined)
    problems.push(`${at}.phases: solo para un documento con fecha fija`);
  return problems;
}
