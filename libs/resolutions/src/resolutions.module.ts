import { Module, type OnModuleInit } from '@nestjs/common';
import { DelegationsService } from '#org';
import { WorkflowRegistry } from '#workflow';
import { ResolutionCreator } from './resolution-creator.service.js';
import { ResolutionPreparer } from './resolution-preparer.service.js';
import { ResolutionSigning } from './resolution-signing.service.js';
import { resolutionsDefinition } from './resolutions.definition.js';
import { SignedDocuments } from './signed-documents.service.js';
import { ResolutionVerification } from './resolution-verification.service.js';

/** Resoluciones de Gerencia Municipal (D5–D16) on the kernel. */
@Module({
  providers: [
    ResolutionCreator,
    ResolutionPreparer,
    ResolutionSigning,
    SignedDocuments,
    ResolutionVerification,
  ],
  exports: [ResolutionCreator, SignedDocuments, ResolutionVerification],
})
export class ResolutionsModule implements OnModuleInit {
  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly preparer: ResolutionPreparer,
    private readonly delegations: DelegationsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      resolutionsDefinition({ preparer: this.preparer, delegations: this.delegations }),
    );
  }
}
