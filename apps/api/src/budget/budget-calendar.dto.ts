import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCivilDate } from '#calendar';

export class FiscalYearParamDto {
  @ApiProperty({ type: 'integer', example: 2027, description: 'Año fiscal' })
  @Type(() => Number)
  @IsInt({ message: 'debe ser un año (AAAA)' })
  year!: number;
}

export class ChangeBudgetDateDto {
  @ApiProperty({ format: 'date', example: '2027-01-15', description: 'Nuevo último día' })
  @IsCivilDate()
  dueOn!: string;

  @ApiProperty({
    example: 'Directiva N° 0001-2026-EF/50.01, Art. 12',
    description: 'Fuente legal de la nueva fecha (obligatoria)',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'indique la fuente legal de la fecha' })
  @IsNotEmpty({ message: 'indique la fuente legal de la fecha' })
  @MaxLength(500)
  basis!: string;

  @ApiPropertyOptional({
    example: 'concertacion',
    description: 'Código de una fase del documento no cumplida: cambia el último día de esa fase',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'debe ser el código de una fase' })
  phase?: string;
}

const STATUSES = ['on_time', 'at_risk', 'late', 'done'];

export class CalendarPhaseDto {
  @ApiProperty({ example: 'concertacion' }) code!: string;
  @ApiProperty({ example: 'Fase de concertación' }) name!: string;
  @ApiProperty({ format: 'date', description: 'Último día de la fase' }) dueOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Documento que acredita la fase' })
  completedDocument!: string | null;
  @ApiProperty({ enum: STATUSES, description: 'done: cumplida; si no, como el documento' })
  status!: string;
}

export class CalendarItemDto {
  @ApiProperty({ format: 'uuid', description: 'El expediente budget-reviews del documento' })
  id!: string;
  @ApiProperty({ example: 'pia' }) documentCode!: string;
  @ApiProperty({ example: 'Presupuesto Institucional de Apertura (PIA)' }) documentName!: string;
  @ApiProperty({ example: 'preparing' }) state!: string;
  @ApiProperty({ format: 'uuid' }) responsibleUnitId!: string;
  @ApiProperty({ example: 'Gerencia de Planificación y Presupuesto' }) responsibleUnit!: string;
  @ApiProperty({ enum: ['concejo', 'alcalde'] }) authority!: string;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Último día; null: encadenado, espera la aprobación de su predecesor',
  })
  dueOn!: string | null;
  @ApiProperty({ description: 'Fuente legal de la fecha vigente' }) dueBasis!: string;
  @ApiProperty({ type: 'integer', description: 'Versión de la fecha' }) dateVersion!: number;
  @ApiProperty({ type: String, nullable: true, example: 'pia' }) chainedAfter!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) approvedOn!: string | null;
  @ApiProperty({ description: 'Regla ⚠ por verificar con la norma vigente' }) verify!: boolean;
  @ApiProperty({
    enum: STATUSES,
    description:
      'on_time; at_risk: faltan 15 días hábiles o menos y no está aprobado; late: vencido sin aprobar; done: aprobado',
  })
  status!: string;
  @ApiProperty({
    type: [CalendarPhaseDto],
    description:
      'Fases que la unidad cumple, en orden, antes de presentarlo (p. ej. el Presupuesto Participativo)',
  })
  phases!: CalendarPhaseDto[];
}

export class CalendarYearDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'date', description: 'Hoy, en la municipalidad' }) today!: string;
  @ApiProperty({ type: [CalendarItemDto] }) items!: CalendarItemDto[];
}

export class SeedResultDto extends CalendarYearDto {
  @ApiProperty({
    type: 'integer',
    description: 'Documentos creados por esta siembra (0 si ya estaba)',
  })
  created!: number;
}

export class DateVersionDto {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty() basis!: string;
  @ApiProperty({ enum: ['perfil', 'admin', 'encadenado'] }) source!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'La fase cuya fecha es (null: la del documento)',
  })
  phase!: string | null;
}
