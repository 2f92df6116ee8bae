import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ROLES, type Role, UNIT_KINDS, type UnitKind } from '../roles.js';
import {
  DELEGATION_KINDS,
  DELEGATION_SUBJECT_PATTERN,
  type DelegationKind,
} from '../delegation.types.js';
import { BudgetProfile } from './budget-profile.js';
import { CouncilProfile } from './council-profile.js';

/** A legal basis names its article: «LOM Art. 20 inc. 20», «TUO de la Ley 27444, Art. 83.1». */
export const LEGAL_CITATION = /\bArts?\.\s*\d/;
const CITES_AN_ARTICLE = {
  message: 'debe citar la norma y su artículo (p. ej. «LOM Art. 20 inc. 20»)',
};

export class UnitProfile {
  @Matches(/^[A-Z][A-Z0-9-]{0,15}$/) code!: string;
  @IsString() name!: string;
  @IsIn(UNIT_KINDS) kind!: UnitKind;
  @IsOptional() @IsString() parent?: string;
}

export class NumberingProfile {
  @IsString() issuingUnit!: string;
  @Matches(/\{seq(:\d+)?\}/, { message: 'la plantilla debe contener {seq} o {seq:N}' })
  template!: string;
}

export class DemoUserProfile {
  @Matches(/^[a-z0-9]+\.[a-z0-9.]+$/) username!: string;
  @IsString() fullName!: string;
  @IsString() post!: string;
  @IsString() unit!: string;
  @IsArray() @ArrayMinSize(1) @IsIn(ROLES, { each: true }) roles!: Role[];
}

/** A feriado of the region, the same day every year (e.g. Inti Raymi in Cusco); D1 excludes it. */
export class RegionalHolidayProfile {
  @IsInt() @Min(1) @Max(12) month!: number;
  @IsInt() @Min(1) @Max(31) day!: number;
  @IsString() @IsNotEmpty() name!: string;
  /** The legal instrument (regional law or ordinance): every non-working day has one. */
  @IsString() @IsNotEmpty() source!: string;
}

/**
 * The instrument by which a municipality decides on a national día no laborable: an act of its
 * own, with its type and number (LOM Art. 42, 43; Art. 41 for an Acuerdo de Concejo).
 */
export const MUNICIPAL_INSTRUMENT =
  /^(Resolución de Alcaldía|Decreto de Alcaldía|Acuerdo de Concejo|Ordenanza Municipal|Ordenanza) N[°º] ?\S/;
const NAMES_ITS_INSTRUMENT = {
  message:
    'debe nombrar el instrumento municipal y su número: «Resolución de Alcaldía N° …», «Decreto de Alcaldía N° …», «Acuerdo de Concejo N° …» u «Ordenanza N° …»',
};

/**
 * A municipality's decision on one día no laborable the Executive decreed for the public sector
 * (D1): whether its offices close that day, and the act by which it so decided.
 */
export class NonWorkingDayDecisionProfile {
  /** The decreed day, `AAAA-MM-DD` (quoted in the YAML). */
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'debe ser una fecha AAAA-MM-DD entre comillas' })
  date!: string;
  @IsBoolean() adopted!: boolean;
  @IsString() @Matches(MUNICIPAL_INSTRUMENT, NAMES_ITS_INSTRUMENT) instrument!: string;
}

/**
 * Which national días no laborables (decreed by DS for the public sector, unlike the feriados,
 * which are law and bind everyone) the municipality adopts: TUO Art. 145.1 excludes from a term
 * the days that are «no laborables del servicio», and whether its service closes is the
 * municipality's call (Const. Art. 194; LOM Art. II). Without the section, it adopts them all.
 */
export class NationalNonWorkingDaysProfile {
  /** What applies to a decreed day without a decision of its own; true unless said otherwise. */
  @IsOptional() @IsBoolean() adoptedByDefault?: boolean;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NonWorkingDayDecisionProfile)
  decisions?: NonWorkingDayDecisionProfile[];
}

/**
 * One row of the delegation table (D10): which kind of delegation a post may grant, and to whom.
 * A row with `subjects` rules only those subjects and takes precedence over the row without them.
 * The delegate must hold one of `delegateRoles` and work in a unit of one of `delegateUnitKinds`
 * (each list only when given; an empty list: nobody). `basis` is cited when a delegation is refused.
 */
export class DelegationGrantProfile {
  @IsIn(ROLES) delegatorRole!: Role;
  @IsIn(DELEGATION_KINDS) kind!: DelegationKind;
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @Matches(DELEGATION_SUBJECT_PATTERN, {
    each: true,
    message: 'cada materia debe tener de 1 a 60 caracteres: minúsculas, dígitos o _',
  })
  subjects?: string[];
  @IsOptional() @IsArray() @IsIn(ROLES, { each: true }) delegateRoles?: Role[];
  @IsOptional() @IsArray() @IsIn(UNIT_KINDS, { each: true }) delegateUnitKinds?: UnitKind[];
  @IsString() @Matches(LEGAL_CITATION, CITES_AN_ARTICLE) basis!: string;
}

/**
 * Whether an apelación lies against what the Gerente Municipal resolves by delegación de
 * competencia of the Alcalde (D7, D10): the law leaves it to each municipality's reading (TUO
 * Art. 78.4 and LOM Art. 50), so the profile says it, with its basis.
 */
export class DelegatedActsAppealProfile {
  @IsBoolean() allowed!: boolean;
  @IsString() @Matches(LEGAL_CITATION, CITES_AN_ARTICLE) basis!: string;
}

/** The profile's `delegations:` section (docs/delegations.md). */
export class DelegationsProfile {
  @IsDefined({ message: 'falta appealAgainstDelegatedActs: {allowed, basis}' })
  @ValidateNested()
  @Type(() => DelegatedActsAppealProfile)
  appealAgainstDelegatedActs!: DelegatedActsAppealProfile;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => DelegationGrantProfile)
  grants!: DelegationGrantProfile[];
}

/** One municipality's profile (config/municipalities/<code>.yaml): everything that varies by law or custom. */
export class MunicipalityProfile {
  @Matches(/^[a-z][a-z0-9-]{1,31}$/) code!: string;
  @IsString() name!: string;
  @IsString() shortName!: string;
  @IsString() timeZone!: string;
  @IsString() place!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => UnitProfile)
  units!: UnitProfile[];
  @IsObject() yearNames!: Record<string, string>;
  @IsObject() numbering!: Record<string, NumberingProfile>;
  /** D10: who may delegate what to whom, and the appeal against delegated acts. */
  @IsDefined({ message: 'falta la sección delegations (tabla de delegaciones, D10)' })
  @ValidateNested()
  @Type(() => DelegationsProfile)
  delegations!: DelegationsProfile;
  /** The Concejo Municipal and its RIC (LOM Art. 13, 16, 17; docs/reglas/concejo.md). */
  @IsDefined({ message: 'falta la sección council (Concejo Municipal, LOM Art. 13, 16, 17)' })
  @ValidateNested()
  @Type(() => CouncilProfile)
  council!: CouncilProfile;
  /** The management calendar: budget and management documents, their deadlines and authorities (DOMAIN §5). */
  @IsDefined({ message: 'falta la sección budget (calendario de gestión, DOMAIN §5)' })
  @ValidateNested()
  @Type(() => BudgetProfile)
  budget!: BudgetProfile;
  /** Each workflow kind's own section (`kinds.<name>`), validated by that kind. */
  @IsOptional() @IsObject() kinds?: Record<string, unknown>;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RegionalHolidayProfile)
  regionalHolidays?: RegionalHolidayProfile[];
  /** D1: which national días no laborables (DS) it adopts, each decision with its instrument. */
  @IsOptional()
  @ValidateNested()
  @Type(() => NationalNonWorkingDaysProfile)
  nationalNonWorkingDays?: NationalNonWorkingDaysProfile;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DemoUserProfile)
  demoUsers?: DemoUserProfile[];
}
