import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/openapi.js';
import { AuditVerificationDto } from '../http/responses.dto.js';
import { AuditChain } from '#audit';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/authenticated-user.js';

@ApiTags('auditoría')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditChain) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Recorre la cadena de auditoría de la municipalidad y recalcula cada hash',
    description:
      'Solo ADMIN. Lee toda la cadena de su municipalidad en una sola instantánea y recalcula cada eslabón: ok: false y brokenAt señalan el primero alterado. En una municipalidad con mucha historia puede tardar.',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  @ApiProblems(401, 403)
  verify(@CurrentUser() caller: AuthenticatedUser) {
    return this.audit.verify(caller.municipalityId);
  }
}
