import { ApiProperty } from '@nestjs/swagger';
import { MANDATE_SOURCES, MandateTermDto } from './mandate.dto.js';

/**
 * What a mandate's resource shows besides the kernel's fields (`present` in
 * mandates.definition.ts), for the OpenAPI document only. Every field is always there.
 */
export class MandateFieldsDto {
  @ApiProperty({ example: 'Informe de avance de obras' }) title!: string;
  @ApiProperty() instructions!: string;
  @ApiProperty({ enum: MANDATE_SOURCES, description: 'De dónde nace el encargo' }) source!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Acta de reunión de gerentes del 20/11/2026',
  })
  sourceReference!: string | null;
  @ApiProperty({ format: 'uuid', description: 'Unidad que asignó el encargo' })
  assignerUnitId!: string;
  @ApiProperty({ format: 'uuid', description: 'Quién asignó el encargo' })
  assignerUserId!: string;
  @ApiProperty({ format: 'uuid', description: 'Unidad que debe cumplirlo' })
  responsibleUnitId!: string;
  @ApiProperty({ type: MandateTermDto, description: 'Plazo para cumplirlo' })
  term!: MandateTermDto;
  @ApiProperty({ type: [String], description: 'Avances informados, el más antiguo primero' })
  progress!: string[];
  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: 'Último porcentaje de avance informado; null si ningún avance lo dio',
  })
  progressPercent!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Sustento del cumplimiento presentado',
  })
  evidence!: string | null;
  @ApiProperty({ type: [String], description: 'Motivos de cada devolución' })
  returns!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Motivo con que se dejó sin efecto' })
  closingReason!: string | null;
}

/** What each item of a list of mandates shows besides the kernel's summary (`summary` in mandates.definition.ts). */
export class MandateSummaryDto {
  @ApiProperty({ example: 'Informe de avance de obras' }) title!: string;
  @ApiProperty({ enum: MANDATE_SOURCES, description: 'De dónde nace el encargo' }) source!: string;
  @ApiProperty({ format: 'uuid', description: 'Unidad que asignó el encargo' })
  assignerUnitId!: string;
  @ApiProperty({ format: 'uuid', description: 'Unidad que debe cumplirlo' })
  responsibleUnitId!: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: 'Último porcentaje de avance informado; null si ningún avance lo dio',
  })
  progressPercent!: number | null;
}
