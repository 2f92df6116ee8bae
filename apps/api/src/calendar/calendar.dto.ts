import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  DEADLINE_UNITS,
  type DeadlineUnit,
  FIRST_CALENDAR_YEAR,
  IsCivilDate,
  LAST_CALENDAR_YEAR,
  MUNICIPAL_NON_WORKING_KINDS,
  type MunicipalNonWorkingKind,
} from '#calendar';

const FIRST_YEAR = FIRST_CALENDAR_YEAR;
const LAST_YEAR = LAST_CALENDAR_YEAR;

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class HolidaysQueryDto {
  @ApiProperty({ example: 2026, minimum: FIRST_YEAR, maximum: LAST_YEAR })
  @IsDefined()
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year!: number;
}

export class DeadlineQueryDto {
  @ApiProperty({ example: '2026-03-31', description: 'Fecha de notificación o publicación' })
  @IsDefined()
  @IsCivilDate()
  from!: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 3650 })
  @IsDefined()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  days!: number;

  @ApiPropertyOptional({ enum: DEADLINE_UNITS, default: 'business' })
  @IsOptional()
  @IsIn(DEADLINE_UNITS)
  unit: DeadlineUnit = 'business';
}

export class CreateNonWorkingDayDto {
  @ApiProperty({ example: '2026-07-27' })
  @IsDefined()
  @IsCivilDate()
  date!: string;

  @ApiProperty({ example: 'Día no laborable (sector público)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'DS 000-2026-PCM', description: 'Norma que lo declara (obligatoria)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source!: string;

  @ApiPropertyOptional({ enum: MUNICIPAL_NON_WORKING_KINDS, default: 'dia_no_laborable' })
  @IsOptional()
  @IsIn(MUNICIPAL_NON_WORKING_KINDS)
  kind?: MunicipalNonWorkingKind;
}
