import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { KindProfileSection } from '#workflow';
import { MODALITIES, type Modality } from './budget-modification.content.js';

/** What a request may be approved as: a modality of modification, or a certification. */
export const APPROVABLE = [...MODALITIES, 'certificacion'] as const;
export type Approvable = Modality | 'certificacion';

/** Terms of each step, in business days (each municipality's directive fixes its own). */
export class BudgetModificationTermsProfile {
  /** Informe técnico of Planeamiento y Presupuesto (TUO Art. 143: informes, 7). */
  @IsInt() @Min(1) @Max(30) technicalReport!: number;
  @IsInt() @Min(1) @Max(30) managerDecision!: number;
  @IsInt() @Min(1) @Max(30) mayorDecision!: number;
  /** The requesting unit corrects what OPP observed. */
  @IsInt() @Min(1) @Max(30) correction!: number;
}

/**
 * Whether the Gerente Municipal approves budget modifications by delegation of the Alcalde (the
 * titular of the entity's budget, DL 1440 Art. 7), and which: the instrument and its legal basis
 * go into the resolution's CONSIDERANDO. An empty list: every request goes to the Alcalde.
 */
export class ManagerDelegationProfile {
  @IsArray()
  @ArrayUnique()
  @IsIn(APPROVABLE, { each: true })
  approves!: Approvable[];
  /** The resolution of delegation, e.g. "Resolución de Alcaldía N° 003-2026-MML". */
  @IsString() @IsNotEmpty() @MaxLength(300) instrument!: string;
  @IsString() @IsNotEmpty() @MaxLength(1000) basis!: string;
}

/** `kinds.budget-modifications` of each municipality profile. */
export class BudgetModificationsProfile {
  // Without these a missing section would validate, and the first request would fail at creation.
  @IsDefined({
    message: 'falta terms: {technicalReport, managerDecision, mayorDecision, correction}',
  })
  @ValidateNested()
  @Type(() => BudgetModificationTermsProfile)
  terms!: BudgetModificationTermsProfile;
  @IsDefined({ message: 'falta managerDelegation: {approves, instrument, basis}' })
  @ValidateNested()
  @Type(() => ManagerDelegationProfile)
  managerDelegation!: ManagerDelegationProfile;
}

export const budgetModificationsProfileSection: KindProfileSection<BudgetModificationsProfile> = {
  schema: BudgetModificationsProfile,
};
