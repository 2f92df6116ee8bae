import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCivilDate } from '#calendar';
import { QueryBoolean } from '#core';
import { workflowKinds } from '#kinds';
import { ROLES } from '#org';
import { PageQueryDto } from '../http/pagination.dto.js';

const KIND_NAMES = workflowKinds.map((k) => k.name);

export class WorkItemQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['mine', 'all'],
    default: 'mine',
    description:
      'mine: los de quien llama; all: los de toda la municipalidad (solo el Alcalde y el Gerente Municipal: el tablero)',
  })
  @IsOptional()
  @IsIn(['mine', 'all'])
  scope?: 'mine' | 'all';

  @ApiPropertyOptional({ enum: ROLES, description: 'Solo los de este cargo (rol)' })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;

  @ApiPropertyOptional({ enum: KIND_NAMES, description: 'Solo los de este tipo de expediente' })
  @IsOptional()
  @IsIn(KIND_NAMES)
  kind?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Solo los que debe atender esta unidad' })
  @IsOptional()
  @IsUUID('4')
  unitId?: string;

  @ApiPropertyOptional({
    description: 'true: solo los vencidos; false: solo los que están en plazo o no tienen plazo',
  })
  @IsOptional()
  @QueryBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'Solo los que vencen hasta este día inclusive (AAAA-MM-DD, hora de la municipalidad)',
  })
  @IsOptional()
  @IsCivilDate()
  dueBefore?: string;
}

export class WorkItemTermDto {
  @ApiProperty({ description: 'Código del plazo (p. ej. firma, visaciones, resolucion_recurso)' })
  code!: string;
  @ApiProperty({
    description: 'Clave del plazo cuando el expediente tiene varios del mismo código',
  })
  key!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Nombre del plazo' })
  name!: string | null;
}

/** Something the caller (its unit, its role, or a delegation it holds) must do on a file. */
export class WorkItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Tipo de expediente (resolutions, mandates…)' }) kind!: string;
  @ApiProperty({ format: 'uuid' }) instanceId!: string;
  @ApiProperty({ description: 'Estado del expediente' }) state!: string;
  @ApiProperty({ description: 'Código de la acción: firmar, visar, emitir_opinion, subsanar…' })
  action!: string;
  @ApiProperty({ description: 'La acción, en castellano' }) name!: string;
  @ApiProperty({ description: 'El expediente, como se nombra (número o asunto)' }) label!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Los campos de lista del expediente (los mismos que su lista)',
  })
  summary!: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Solo quien tiene este rol (o lo ejerce por delegación o encargatura)',
  })
  role!: string | null;
  @ApiProperty({ type: WorkItemTermDto, nullable: true }) term!: WorkItemTermDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Último día' })
  dueOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt!: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      'Días hábiles que quedan hasta el último día (0: vence hoy); negativo: días hábiles de atraso',
  })
  businessDaysLeft!: number | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ format: 'date-time', description: 'Desde cuándo espera' }) since!: string;
}

export class WorkItemPageDto {
  @ApiProperty({ type: [WorkItemDto] }) items!: WorkItemDto[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Los de la lista pedida, en total' })
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'De ellos, vencidos' })
  overdue!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}

export class WorkItemKindCountDto {
  @ApiProperty() kind!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdue!: number;
}

export class WorkItemCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdue!: number;
  @ApiProperty({ type: [WorkItemKindCountDto] }) byKind!: WorkItemKindCountDto[];
}
