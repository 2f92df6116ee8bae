import { Module } from '@nestjs/common';
import { CalendarModule } from '#calendar';
import { DocumentsModule } from '#documents';
import { OrgModule } from '#org';
import { CouncilService } from './council.service.js';
import { InformationRequestsService } from './information-requests.service.js';

/** The Concejo over the database; RegisterService and WorkflowEngine come from WorkflowModule (global). */
@Module({
  imports: [CalendarModule, DocumentsModule, OrgModule],
  providers: [CouncilService, InformationRequestsService],
  exports: [CouncilService, InformationRequestsService],
})
export class CouncilModule {}
