import { plainToInstance, Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
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
  /** Art. 213.2, 214.2: the traslado to each favoured party before a nulidad or revocación, at least 5. */
  @IsInt()
  @Min(5, { message: 'el traslado no puede ser menor de 5 días hábiles (TUO Art. 213.2, 214.2)' })
  @Max(30)
  hearing!: number;
}

const HOUR = /^([01]\d|2[0-3]):[0-5]\d$/;

/** TUO Art. 149: the hours the mesa de partes attends, in the municipality's time zone ('HH:MM'). */
export class OfficeHoursProfile {
  @Matches(HOUR, { message: 'debe ser una hora HH:MM (00:00 a 23:59)' }) opens!: string;
  @Matches(HOUR, { message: 'debe ser una hora HH:MM (00:00 a 23:59)' }) closes!: string;
}

/** Where and when remedies are filed, and how long a filing may take to reach Despacho (D7). */
export class RemediesProfile {
  /**
   * Art. 149: a remedy presented after closing time counts as filed the next business day (one
   * presented before opening, or at any hour through the Mesa Digital, counts that day).
   */
  @ValidateNested() @Type(() => OfficeHoursProfile) officeHours!: OfficeHoursProfile;
  /**
   * Business days after a remedy window ends during which a remedy presented in time at the mesa
   * de partes may still be registered: until then the firmness is provisional (0: definitive at once).
   */
  @IsInt() @Min(0) @Max(15) registrationGraceDays!: number;
  /** Art. 24.1.3: where remedies are filed, printed on each cédula. */
  @IsString() @IsNotEmpty() @MaxLength(600) filingPlace!: string;
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
  @ValidateNested() @Type(() => RemediesProfile) remedies!: RemediesProfile;
}

/** `kinds.resolutions` of each municipality profile; the series must be one of its numberings. */
export const resolutionsProfileSection: KindProfileSection<ResolutionsProfile> = {
  schema: ResolutionsProfile,
  check: (section, profile) => [
    ...(section.series && !Object.hasOwn(profile.numbering, section.series)
      ? [`series: no hay numeración "${section.series}"`]
      : []),
    ...(section.remedies?.officeHours &&
    HOUR.test(section.remedies.officeHours.opens) &&
    HOUR.test(section.remedies.officeHours.closes) &&
    section.remedies.officeHours.opens >= section.remedies.officeHours.closes
      ? ['remedies.officeHours: la hora de apertura debe ser anterior a la de cierre']
      : []),
  ],
};

/** A profile's resolutions section as read from its file (validated at boot by KindProfiles). */
export const resolutionsSectionOf = (profile: { readonly kinds?: Record<string, unknown> }) =>
  plainToInstance(ResolutionsProfile, profile.kinds?.['resolutions'] ?? {});
