import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { QueryBoolean } from '#core';
import { ApiProblems } from '../http/openapi.js';
import { AuditVerificationDto } from '../http/responses.dto.js';
import { AuditChain } from '#audit';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/authenticated-user.js';

export class AuditVerifyQuery {
  /** Walk from the genesis instead of from the last signed checkpoint. */
  @ApiPropertyOptional({
    description: 'true: recorre desde el génesis en lugar de desde el último punto de control',
  })
  @IsOptional()
  @QueryBoolean('full debe ser true o false')
  full?: boolean;
}

@ApiTags('auditoría')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditChain) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Verifica la cadena de auditoría de la municipalidad desde su último punto de control',
    description:
      'Solo ADMIN. Sella lo confirmado, comprueba la firma del último punto de control y que su evento siga intacto, y recalcula cada eslabón desde allí hasta la cabeza, en una sola instantánea (los puntos de control los firma un trabajo periódico del worker, cada AUDIT_CHECKPOINT_MINUTES). Con full=true recorre desde el génesis y además contrasta cada punto de control firmado (en una municipalidad con millones de eventos tarda minutos, en un hilo aparte). ok: false y brokenAt señalan el primer eslabón alterado.',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  @ApiProblems(401, 403)
  verify(@CurrentUser() caller: AuthenticatedUser, @Query() query: AuditVerifyQuery) {
    return this.audit.verify(caller.municipalityId, { full: query.full === true });
  }
}
