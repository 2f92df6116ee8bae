import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
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
import type { KindProfileSection } from '#workflow';

/** D11 (TUO de la Ley 27444, Art. 88.3): the item of the informe legal no profile may drop. */
export const FREE_ADHESION_CLAUSE = 'libre_adhesion_separacion';

/** One point the informe legal must check, as data: a stable code and what the lawyer reads. */
export class LegalChecklistItemProfile {
  @Matches(/^[a-z][a-z0-9_]{0,62}$/, { message: 'debe ser un código en minúsculas (a-z, 0-9, _)' })
  code!: string;
  @IsString() @IsNotEmpty() @MaxLength(300) label!: string;
}

/**
 * The checklist of the informe legal when the profile gives none: D11 first, then what an
 * Asesoría Jurídica checks in any convenio (D17).
 */
export const DEFAULT_LEGAL_CHECKLIST: readonly LegalChecklistItemProfile[] = [
  {
    code: FREE_ADHESION_CLAUSE,
    label: 'Cláusula de libre adhesión y separación (TUO de la Ley 27444, Art. 88.3)',
  },
  {
    code: 'competencia',
    label: 'El objeto está dentro de las competencias de la municipalidad (LOM)',
  },
  {
    code: 'representacion_contraparte',
    label: 'La contraparte acreditó su existencia y la representación de quien firma',
  },
  {
    code: 'obligaciones_partes',
    label: 'Obligaciones de cada parte, coordinadores y vigencia definidos',
  },
  {
    code: 'resolucion_controversias',
    label: 'Causales de resolución y solución de controversias',
  },
];

/** Alerts before a convenio's end, in calendar days (D17: e.g. 90, 60 and 30). */
export const DEFAULT_EXPIRY_ALERT_DAYS: readonly number[] = [90, 60, 30];

/** Terms of each step, in business days (D17: each directive fixes its own). */
export class ConvenioTermsProfile {
  /** OPP's certification of the budget, when the convenio has financial obligations. */
  @IsInt() @Min(1) @Max(60) budgetCertification!: number;
  /** The informe legal (TUO Art. 143: up to 7 business days for informes and dictámenes). */
  @IsInt() @Min(1) @Max(60) legalOpinion!: number;
  /** The Gerente Municipal's conformity and elevation to the Alcalde. */
  @IsInt() @Min(1) @Max(60) conformity!: number;
  /** The Alcalde: to the Concejo's agenda, or signed where the profile exempts it. */
  @IsInt() @Min(1) @Max(60) mayorReview!: number;
  /** The Alcalde's signature once the Acuerdo de Concejo authorised it. */
  @IsInt() @Min(1) @Max(60) signature!: number;
  /** The requesting unit's correction of what was observed or returned. */
  @IsInt() @Min(1) @Max(60) correction!: number;
}

/** The terms a new profile starts from (docs/reglas/convenios.md shows them as YAML). */
export const DEFAULT_CONVENIO_TERMS: Readonly<ConvenioTermsProfile> = {
  budgetCertification: 5,
  legalOpinion: 7,
  conformity: 3,
  mayorReview: 5,
  signature: 5,
  correction: 10,
};

/** How this municipality's convenios are numbered, timed and approved (`kinds.convenios`). */
export class ConveniosProfile {
  /** Key of `numbering` used at signature, e.g. `convenio` → "CONVENIO N° {seq:3}-{year}-MML". */
  @IsString() @IsNotEmpty() series!: string;
  @ValidateNested() @Type(() => ConvenioTermsProfile) terms!: ConvenioTermsProfile;
  /** Calendar days before the end at which the Gerente and the requesting unit are alerted. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(365, { each: true })
  expiryAlertDays?: number[];
  /** Calendar days of notice of a free exit when the convenio does not fix them (D11). */
  @IsInt() @Min(1) @Max(365) freeExitNoticeDays!: number;
  /** The informe legal's checklist; absent: DEFAULT_LEGAL_CHECKLIST. Must keep D11's clause. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => LegalChecklistItemProfile)
  legalChecklist?: LegalChecklistItemProfile[];
}

/** The section with its defaults filled in: what a new convenio copies into its context. */
export interface ConveniosSettings {
  readonly series: string;
  readonly terms: ConvenioTermsProfile;
  readonly exemptWithoutFinancialObligations: boolean;
  readonly expiryAlertDays: readonly number[];
  readonly freeExitNoticeDays: number;
  readonly legalChecklist: readonly LegalChecklistItemProfile[];
}

/**
 * `council` is the profile's `council.convenios`: whether the Concejo must approve a convenio
 * without financial obligations (D17 ⚠ local rule) is the Concejo's rule, said once, with its basis.
 */
export function conveniosSettings(
  section: ConveniosProfile,
  council: { readonly exemptWithoutFinancialObligations: boolean },
): ConveniosSettings {
  return {
    series: section.series,
    terms: { ...section.terms },
    exemptWithoutFinancialObligations: council.exemptWithoutFinancialObligations,
    // Farthest first: the order they fire in.
    expiryAlertDays: [...(section.expiryAlertDays ?? DEFAULT_EXPIRY_ALERT_DAYS)].sort(
      (a, b) => b - a,
    ),
    freeExitNoticeDays: section.freeExitNoticeDays,
    legalChecklist: (section.legalChecklist ?? DEFAULT_LEGAL_CHECKLIST).map((i) => ({ ...i })),
  };
}

/** A sensible section for a profile that has none yet (tests and docs/reglas/convenios.md). */
export const DEFAULT_CONVENIOS_PROFILE: ConveniosSettings = {
  series: 'convenio',
  terms: { ...DEFAULT_CONVENIO_TERMS },
  exemptWithoutFinancialObligations: false,
  expiryAlertDays: [...DEFAULT_EXPIRY_ALERT_DAYS],
  freeExitNoticeDays: 30,
  legalChecklist: DEFAULT_LEGAL_CHECKLIST.map((i) => ({ ...i })),
};

/** `kinds.convenios` of each municipality profile: the series must exist, D11 must stay. */
export const conveniosProfileSection: KindProfileSection<ConveniosProfile> = {
  schema: ConveniosProfile,
  check: (section, profile) => {
    const codes = (section.legalChecklist ?? []).map((i) => i.code);
    return [
      ...(section.series && !Object.hasOwn(profile.numbering, section.series)
        ? [`series: no hay numeración "${section.series}"`]
        : []),
      ...(section.legalChecklist && !codes.includes(FREE_ADHESION_CLAUSE)
        ? [
            `legalChecklist: debe incluir "${FREE_ADHESION_CLAUSE}", la cláusula de libre adhesión y separación (TUO de la Ley 27444, Art. 88.3)`,
          ]
        : []),
      ...(new Set(codes).size !== codes.length
        ? ['legalChecklist: cada punto debe tener un código distinto']
        : []),
    ];
  },
};

/** A profile's convenios section as read from its file (validated at boot by KindProfiles). */
export const conveniosSectionOf = (profile: { readonly kinds?: Record<string, unknown> }) =>
  plainToInstance(ConveniosProfile, profile.kinds?.['convenios'] ?? {});
