import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  })
  verify(@CurrentUser() caller: AuthenticatedUser) {
    return this.audit.verify(caller.municipalityId);
  }
}
