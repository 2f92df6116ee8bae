import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const MANDATE_SOURCES = [
  'reunion',
  'memorando',
  'acuerdo_concejo',
  'resolucion',
  'disposicion_verbal',
  // A regidor's pedido de información (LOM Art. 10 inc. 4), created when the Secretaría registers it.
  'pedido_informacion',
] as const;
export type MandateSource = (typeof MANDATE_SOURCES)[number];

export class MandateTermDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 365, example: 10 })
  @IsInt()
  @Min(1)
  @Max(365)
  days!: number;

  @ApiProperty({ enum: ['business', 'calendar'], example: 'business' })
  @IsIn(['business', 'calendar'])
  unit!: 'business' | 'calendar';
}

export class CreateMandateDto {
  @ApiProperty({ example: 'Informe de avance de obras del Plan de Desarrollo Local Concertado' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'Consolidar el avance físico y financiero al cierre de noviembre.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  instructions!: string;

  @ApiProperty({ enum: MANDATE_SOURCES })
  @IsIn(MANDATE_SOURCES)
  source!: MandateSource;

  @ApiPropertyOptional({ example: 'Acta de reunión de gerentes del 20/11/2026' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  sourceReference?: string;

  @ApiProperty({ description: 'Unidad responsable (id)' })
  @IsUUID('4')
  responsibleUnitId!: string;

  @ApiProperty({ type: MandateTermDto })
  // Without IsObject a missing term, [] or [{…}] passes ValidateNested.
  @IsObject()
  @ValidateNested()
  @Type(() => MandateTermDto)
  term!: MandateTermDto;
}

export class ProgressReportDto {
  @ApiProperty({ example: 'Se recibió la información de 3 de 5 obras.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  note!: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    example: 60,
    description: 'Porcentaje de avance a la fecha; sin él, el encargo conserva el último informado',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number;
}

export class SubmitMandateDto {
  @ApiProperty({ example: 'Informe N° 120-2026-MML/GDU' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  evidence!: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Falta el avance financiero.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
