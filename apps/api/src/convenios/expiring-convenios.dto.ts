import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { EXPIRING_WITHIN_DAYS } from '#convenios';
import { PageQueryDto } from '../http/pagination.dto.js';

/** The widest window the list looks ahead, in calendar days. */
const MAX_WITHIN_DAYS = 366;

export class ExpiringConveniosQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_WITHIN_DAYS,
    default: EXPIRING_WITHIN_DAYS,
    description: 'Cuántos días calendario hacia adelante, hoy incluido',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_WITHIN_DAYS)
  withinDays: number = EXPIRING_WITHIN_DAYS;
}

export class ExpiringConvenioDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'CONVENIO N° 012-2026-MML' })
  number!: string | null;
  @ApiProperty({ example: 'Universidad Nacional de Ingeniería' }) counterpart!: string;
  @ApiProperty({ format: 'uuid' }) requestingUnitId!: string;
  @ApiProperty({ description: 'Unidad solicitante' }) requestingUnit!: string;
  @ApiProperty({ format: 'date', description: 'Último día de vigencia' }) inForceUntil!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Días calendario que le quedan' })
  daysLeft!: number;
  @ApiProperty({ description: 'Hay una adenda de renovación (que amplía el plazo) en trámite' })
  renewalUnderWay!: boolean;
}

export class ExpiringConvenioPageDto {
  @ApiProperty({ type: [ExpiringConvenioDto] }) items!: ExpiringConvenioDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
  @ApiProperty({ format: 'date', description: 'Hoy, en la municipalidad' }) today!: string;
  @ApiProperty({ format: 'date', description: 'Último día considerado' }) until!: string;
  @ApiProperty({ type: 'integer' }) withinDays!: number;
}
