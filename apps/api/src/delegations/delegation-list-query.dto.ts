import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsDelegationDate } from '#org';
import { PageQueryDto } from '../http/pagination.dto.js';

export class DelegationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '2026-03-15',
    description: 'Solo las vigentes (y no revocadas) en esa fecha, AAAA-MM-DD (America/Lima)',
  })
  @IsOptional()
  @IsDelegationDate()
  activeOn?: string;

  @ApiPropertyOptional({ description: 'Solo las de este delegado o encargado (id de usuario)' })
  @IsOptional()
  @IsUUID('4')
  delegateUserId?: string;
}
