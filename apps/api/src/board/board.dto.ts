import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../http/pagination.dto.js';

export class BoardUnitLoadDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'De ellos, vencidos' }) overdue!: number;
}

export class BoardPostLoadDto {
  @ApiProperty({ description: 'El cargo (rol): GERENTE_MUNICIPAL, ALCALDE…' }) role!: string;
  @ApiProperty({ type: [String], description: 'Quién lo ejerce (usuarios activos con el rol)' })
  holders!: string[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdue!: number;
}

export class BoardWaitingDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdue!: number;
  @ApiProperty({
    type: [BoardUnitLoadDto],
    description:
      'Pendientes por unidad (los de un cargo cuentan para la unidad donde está), los más vencidos primero',
  })
  byUnit!: BoardUnitLoadDto[];
  @ApiProperty({ type: [BoardPostLoadDto], description: 'Pendientes de cada cargo, por persona' })
  byPost!: BoardPostLoadDto[];
}

export class BoardDayDto {
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
}

export class BoardUpcomingDto {
  @ApiProperty({ format: 'date', description: 'Último día considerado' }) until!: string;
  @ApiProperty({ type: 'integer' }) businessDays!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: [BoardDayDto] }) byDay!: BoardDayDto[];
}

export class BoardSeriesCountDto {
  @ApiProperty({ description: 'Serie del registro (p. ej. resolucion_gerencia_municipal)' })
  series!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
}

export class BoardSignedDto {
  @ApiProperty({ description: 'Mes (AAAA-MM, hora de la municipalidad)' }) month!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: [BoardSeriesCountDto] }) bySeries!: BoardSeriesCountDto[];
}

export class BoardEscalationDto {
  @ApiProperty({ format: 'uuid' }) instanceId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ description: 'El expediente, como se nombra' }) label!: string;
  @ApiProperty({ description: 'El plazo vencido' }) deadlineName!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: 'integer', description: 'Nivel de escalamiento (1: el superior)' })
  level!: number;
  @ApiProperty({ description: 'A quién se elevó' }) target!: string;
  @ApiProperty({ format: 'date-time' }) firedAt!: string;
}

export class BoardSummaryDto {
  @ApiProperty({ format: 'date' }) today!: string;
  @ApiProperty({ type: BoardWaitingDto }) waiting!: BoardWaitingDto;
  @ApiProperty({ type: BoardUpcomingDto }) upcoming!: BoardUpcomingDto;
  @ApiProperty({ type: BoardSignedDto }) signed!: BoardSignedDto;
  @ApiProperty({ type: [BoardEscalationDto], description: 'Los últimos escalamientos' })
  escalations!: BoardEscalationDto[];
}

export class TimeInStateQueryDto {
  @ApiPropertyOptional({ enum: [30, 90], default: 30, description: 'Ventana en días' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn([30, 90])
  days: number = 30;
}

export class StateTimeDto {
  @ApiProperty() kind!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ type: 'integer', description: 'Permanencias terminadas en la ventana' })
  stays!: number;
  @ApiProperty({ type: 'integer', description: 'Mediana, en segundos' }) medianSeconds!: number;
  @ApiProperty({ type: 'integer', description: 'Percentil 90, en segundos' }) p90Seconds!: number;
}

export class TimeInStateDto {
  @ApiProperty({ type: 'integer' }) days!: number;
  @ApiProperty({ type: [StateTimeDto] }) items!: StateTimeDto[];
}

export class SignedQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Solo esta serie del registro' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  series?: string;
}

export class SignedEntryDto {
  @ApiProperty({ format: 'uuid' }) instanceId!: string;
  @ApiProperty() series!: string;
  @ApiProperty({ description: 'Número de registro' }) number!: string;
  @ApiProperty({ format: 'date-time' }) assignedAt!: string;
  @ApiProperty({ description: 'Unidad que emite' }) issuingUnit!: string;
}

export class SignedPageDto {
  @ApiProperty({ type: [SignedEntryDto] }) items!: SignedEntryDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}

export class EscalationPageDto {
  @ApiProperty({ type: [BoardEscalationDto] }) items!: BoardEscalationDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}
