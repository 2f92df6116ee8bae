import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, Min, ValidateNested } from 'class-validator';
import type { KindProfileSection } from '#workflow';

/** Terms of the Resolución de Gerencia Municipal, in business days (D4, D6, D7). */
export class ResolutionTermsProfile {
  @IsInt() @Min(1) @Max(60) legalOpinion!: number;
  @IsInt() @Min(1) @Max(60) correction!: number;
  @IsInt() @Min(1) @Max(60) visas!: number;
  @IsInt() @Min(1) @Max(60) signature!: number;
  @IsInt() @Min(1) @Max(60) notification!: number;
  @IsInt() @Min(1) @Max(60) remedyFiling!: number;
  @IsInt() @Min(1) @Max(60) remedyResolution!: number;
}

/** How this municipality's resolutions are numbered, printed and timed. */
export class ResolutionsProfile {
  /** Key of `numbering` used for the register (D12). */
  @IsString() series!: string;
  /** D13: e.g. "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE." */
  @IsString() @IsNotEmpty() closingFormula!: string;
  /** D16: printed beside the QR; its legal citation varies by entity. */
  @IsString() @IsNotEmpty() verificationLegend!: string;
  @ValidateNested() @Type(() => ResolutionTermsProfile) terms!: ResolutionTermsProfile;
}

/** `kinds.resolutions` of each municipality profile; the series must be one of its numberings. */
export const resolutionsProfileSection: KindProfileSection<ResolutionsProfile> = {
  schema: ResolutionsProfile,
  check: (section, profile) =>
    section.series && !Object.hasOwn(profile.numbering, section.series)
      ? [`series: no hay numeración "${section.series}"`]
      : [],
};

/** A profile's resolutions section as read from its file (validated at boot by KindProfiles). */
export const resolutionsSectionOf = (profile: { readonly kinds?: Record<string, unknown> }) =>
  plainToInstance(ResolutionsProfile, profile.kinds?.['resolutions'] ?? {});
