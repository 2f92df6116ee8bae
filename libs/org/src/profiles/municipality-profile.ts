import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
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
  /** Each workflow kind's own section (`kinds.<name>`), validated by that kind. */
  @IsOptional() @IsObject() kinds?: Record<string, unknown>;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RegionalHolidayProfile)
  regionalHolidays?: RegionalHolidayProfile[];
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DemoUserProfile)
  demoUsers?: DemoUserProfile[];
}
