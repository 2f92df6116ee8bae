import { Module } from '@nestjs/common';
import { CalendarModule } from '#calendar';
import { DocumentsModule } from '#documents';
import { ResolutionCreator } from './resolution-creator.service.js';
import { ResolutionPreparer } from './resolution-preparer.service.js';
import { ResolutionSigning } from './resolution-signing.service.js';
import { ResolutionPreview } from './resolution-preview.service.js';
import { SignedDocuments } from './signed-documents.service.js';
import { ResolutionVerification } from './resolution-verification.service.js';
import { ResolutionNotices } from './resolution-notices.service.js';

/** The services of the Resoluciones kind (registered through `resolutionsKind`). */
@Module({
  imports: [CalendarModule, DocumentsModule],
  providers: [
    ResolutionCreator,
    ResolutionPreparer,
    ResolutionSigning,
    ResolutionPreview,
    SignedDocuments,
    ResolutionVerification,
    ResolutionNotices,
  ],
  exports: [
    ResolutionCreator,
    ResolutionPreview,
    ResolutionPreparer,
    SignedDocuments,
    ResolutionVerification,
    ResolutionNotices,
  ],
})
export class ResolutionsModule {}
