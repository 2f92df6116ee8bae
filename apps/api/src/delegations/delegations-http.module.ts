import { Module } from '@nestjs/common';
import { DelegationAudit } from './delegation-audit.service.js';
import { DelegationsController } from './delegations.controller.js';

/** DelegationsService comes from OrgModule and AuditChain from WorkflowModule (both global). */
@Module({
  controllers: [DelegationsController],
  providers: [DelegationAudit],
})
export class DelegationsHttpModule {}
