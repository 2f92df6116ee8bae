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
  ValidateBy,
} from 'class-validator';
import {
  DEADLINE_UNITS,
  type DeadlineUnit,
  isCivilDate,
  MUNICIPAL_NON_WORKING_KINDS,
  type MunicipalNonWorkingKind,
} from '#calendar';

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** A real date (2026-02-30 is not), written AAAA-MM-DD, within the years the calendar serves. */
const IsCivilDate = () =>
  ValidateBy({
    name: 'isCivilDate',
    validator: {
      validate: (value: unknown) =>
        isCivilDate(value) &&
        Number(value.slice(0, 4)) >= FIRST_YEAR &&
        Number(value.slice(0, 4)) <= LAST_YEAR,
      defaultMessage: () =>
        `debe ser una fecha válida AAAA-MM-DD entre ${FIRST_YEAR} y ${LAST_YEAR}`,
    },
  });

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
