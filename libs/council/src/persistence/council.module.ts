import { Module } from '@nestjs/common';
import { CalendarModule } from '#calendar';
import { DocumentsModule } from '#documents';
import { CouncilService } from './council.service.js';

/** The Concejo over the database; RegisterService comes from WorkflowModule (global). */
@Module({
  imports: [CalendarModule, DocumentsModule],
  providers: [CouncilService],
  exports: [CouncilService],
})
export class CouncilModule {}
