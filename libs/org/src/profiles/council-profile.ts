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

/** A legal basis names its article: «LOM Art. 13», «Ley 31433, Art. 1». */
const CITES_AN_ARTICLE = /\bArts?\.\s*\d/;
const CITE_IT = { message: 'debe citar la norma y su artículo (p. ej. «LOM Art. 17»)' };

/**
 * How a vote is won (LOM Art. 17: «mayoría calificada o mayoría simple, según lo establecido por la
 * presente ley»): `simple`, more votes in favour than against among those who vote (abstentions
 * count neither way); `absolute`, more than half of the base; `qualified`, at least `fraction` of it.
 */
export const MAJORITY_KINDS = ['simple', 'absolute', 'qualified'] as const;
export type MajorityKind = (typeof MAJORITY_KINDS)[number];

/**
 * What an absolute or qualified majority is counted on: the hábil members `present` in the room at
 * the vote, the número `habiles` on the session's date (LOM Art. 16), or the número `legal` (Art. 13).
 */
export const MAJORITY_BASES = ['present', 'habiles', 'legal'] as const;
export type MajorityBase = (typeof MAJORITY_BASES)[number];

/** The order of business of an ordinary session (the RIC's; DOMAIN §1). */
export const ORDER_OF_BUSINESS_SECTIONS = [
  'acta_anterior',
  'despacho',
  'informes',
  'pedidos',
  'orden_del_dia',
] as const;
export type OrderOfBusinessSection = (typeof ORDER_OF_BUSINESS_SECTIONS)[number];

/** `n/d`, a fraction strictly between 0 and 1 (e.g. '2/3', '1/4'). */
export const FRACTION = /^([1-9]\d?)\/([1-9]\d?)$/;

/** One item type of the Concejo's agenda and the majority that carries it. */
export class CouncilItemTypeProfile {
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, {
    message: 'el código debe tener de 1 a 40 caracteres: minúsculas, dígitos o _',
  })
  code!: string;
  @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  @IsIn(MAJORITY_KINDS, { message: 'debe ser simple, absolute o qualified' })
  majority!: MajorityKind;
  /** For `absolute` and `qualified` only. */
  @IsOptional()
  @IsIn(MAJORITY_BASES, { message: 'debe ser present, habiles o legal' })
  base?: MajorityBase;
  /** For `qualified` only, quoted: '2/3'. */
  @IsOptional()
  @Matches(FRACTION, { message: "debe ser una fracción n/d entre comillas, p. ej. '2/3'" })
  fraction?: string;
  /**
   * The law counts regidores only («dos tercios del número hábil de regidores», LOM Art. 27): the
   * base and the votes in favour leave the Alcalde out.
   */
  @IsOptional() @IsBoolean() regidoresOnly?: boolean;
  @IsString() @Matches(CITES_AN_ARTICLE, CITE_IT) basis!: string;
}

/** The RIC's rule on the notice of an extraordinary session (LOM Art. 13). */
export class ExtraordinaryNoticeProfile {
  @IsInt() @Min(1) @Max(30) businessDays!: number;
  @IsString() @Matches(CITES_AN_ARTICLE, CITE_IT) basis!: string;
}

/** How many ordinary sessions a month (LOM Art. 13: «no menos de dos, ni más de cuatro»). */
export class OrdinarySessionsProfile {
  @IsInt() @Min(1) @Max(31) minPerMonth!: number;
  @IsInt() @Min(1) @Max(31) maxPerMonth!: number;
  @IsString() @Matches(CITES_AN_ARTICLE, CITE_IT) basis!: string;
}

/** The term the Gerente has to answer a regidor's pedido de información (Ley 31433). */
export class InformationRequestsProfile {
  @IsInt() @Min(1) @Max(60) termBusinessDays!: number;
  @IsString() @Matches(CITES_AN_ARTICLE, CITE_IT) basis!: string;
}

/** Whether a convenio without financial obligations skips the Concejo (D17, ⚠ local rule). */
export class ConvenioExemptionProfile {
  @IsBoolean() exemptWithoutFinancialObligations!: boolean;
  @IsString() @IsNotEmpty() basis!: string;
}

/**
 * The profile's `council:` section: the Concejo Municipal (LOM Art. 13, 16, 17) and what its
 * Reglamento Interno (RIC) decides, which varies by municipality (docs/reglas/concejo.md).
 */
export class CouncilProfile {
  /** Elected regidores (the JNE's credential); the número legal adds the Alcalde. */
  @IsInt() @Min(5) @Max(99) legalRegidores!: number;
  /** Key of `numbering` for the Acuerdos de Concejo, issued by the Secretaría General (D12). */
  @IsString() @IsNotEmpty() acuerdoSeries!: string;
  @IsDefined({ message: 'falta extraordinaryNotice: {businessDays, basis}' })
  @ValidateNested()
  @Type(() => ExtraordinaryNoticeProfile)
  extraordinaryNotice!: ExtraordinaryNoticeProfile;
  @IsDefined({ message: 'falta ordinarySessions: {minPerMonth, maxPerMonth, basis}' })
  @ValidateNested()
  @Type(() => OrdinarySessionsProfile)
  ordinarySessions!: OrdinarySessionsProfile;
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(ORDER_OF_BUSINESS_SECTIONS, {
    each: true,
    message: `cada sección debe ser una de: ${ORDER_OF_BUSINESS_SECTIONS.join(', ')}`,
  })
  orderOfBusiness!: OrderOfBusinessSection[];
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => CouncilItemTypeProfile)
  itemTypes!: CouncilItemTypeProfile[];
  @IsDefined({ message: 'falta informationRequests: {termBusinessDays, basis}' })
  @ValidateNested()
  @Type(() => InformationRequestsProfile)
  informationRequests!: InformationRequestsProfile;
  @IsDefined({ message: 'falta convenios: {exemptWithoutFinancialObligations, basis}' })
  @ValidateNested()
  @Type(() => ConvenioExemptionProfile)
  convenios!: ConvenioExemptionProfile;
}

/** What the schema cannot say alone: coherent rules, known series, the Secretaría General issuing. */
export function councilProfileProblems(
  council: CouncilProfile | undefined,
  numbering: Record<string, { issuingUnit?: string }> | undefined,
  units: readonly { code: string; kind: string }[] | undefined,
): string[] {
  if (!council) return [];
  const problems: string[] = [];
  const numbered = council.acuerdoSeries ? numbering?.[council.acuerdoSeries] : undefined;
  if (typeof council.acuerdoSeries === 'string' && !numbered)
    problems.push(`council.acuerdoSeries: no hay numeración "${council.acuerdoSeries}"`);
  const issuer = units?.find((u) => u.code === numbered?.issuingUnit);
  if (numbered && issuer && issuer.kind !== 'secretaria_general')
    problems.push(
      `council.acuerdoSeries: los Acuerdos de Concejo los numera la Secretaría General, no ${issuer.code}`,
    );
  const sessions = council.ordinarySessions;
  if (sessions && sessions.minPerMonth > sessions.maxPerMonth)
    problems.push('council.ordinarySessions: minPerMonth no puede superar maxPerMonth');
  const sections = council.orderOfBusiness ?? [];
  if (Array.isArray(sections)) {
    if (new Set(sections).size !== sections.length)
      problems.push('council.orderOfBusiness: una sección aparece dos veces');
    if (!sections.includes('orden_del_dia'))
      problems.push('council.orderOfBusiness: falta orden_del_dia, donde se vota');
  }
  const seen = new Map<string, number>();
  for (const [i, type] of (council.itemTypes ?? []).entries()) {
    const at = `council.itemTypes.${i}`;
    const first = seen.get(type.code);
    if (first !== undefined)
      problems.push(`${at}: repite el tipo "${type.code}" (itemTypes.${first})`);
    else seen.set(type.code, i);
    if (type.majority === 'simple' && (type.base !== undefined || type.fraction !== undefined))
      problems.push(`${at}: la mayoría simple no lleva base ni fracción`);
    if ((type.majority === 'absolute' || type.majority === 'qualified') && !type.base)
      problems.push(`${at}: indique la base (present, habiles o legal)`);
    if (type.majority === 'absolute' && type.fraction !== undefined)
      problems.push(`${at}: la mayoría absoluta (más de la mitad) no lleva fracción`);
    if (type.majority === 'qualified') {
      const match = typeof type.fraction === 'string' ? FRACTION.exec(type.fraction) : null;
      if (!type.fraction)
        problems.push(`${at}: la mayoría calificada lleva fracción, p. ej. '2/3'`);
      else if (match && Number(match[1]) >= Number(match[2]))
        problems.push(`${at}: la fracción debe ser menor que 1`);
    }
  }
  return problems;
}
