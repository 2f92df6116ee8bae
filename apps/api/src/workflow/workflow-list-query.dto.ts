import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../http/pagination.dto.js';

export class WorkflowListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Estado del expediente' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  state?: string;

  @ApiPropertyOptional({
    description:
      'Año del expediente: el de su número de registro si lo tiene; si no, el de su creación (America/Lima)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: 'Búsqueda de texto completo en español' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description: 'Unidad dueña del expediente (originaria o responsable), por id',
  })
  @IsOptional()
  @IsUUID('4')
  unit?: string;

  @ApiPropertyOptional({
    description:
      'Sigue la lista después de la página anterior: el nextCursor que esta devolvió (opaco). Para páginas profundas; no se combina con page',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  cursor?: string;
}
