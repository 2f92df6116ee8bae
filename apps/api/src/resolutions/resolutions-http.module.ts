import { Module } from '@nestjs/common';
import {
  CreateResolutionDto,
  RESOLUTIONS,
  ResolutionCreator,
  ResolutionsModule,
} from '#resolutions';
import { workflowResourceController } from '../workflow/workflow-resource.controller.js';
import { PublicVerificationController } from './public-verification.controller.js';
import { ResolutionDocumentController } from './resolution-document.controller.js';

const ResolutionsController = workflowResourceController({
  kind: RESOLUTIONS,
  tag: 'resoluciones',
  createDto: CreateResolutionDto,
  creator: ResolutionCreator,
});

/** Resoluciones over HTTP: the contract's resource, the signed PDF and the public verification. */
@Module({
  imports: [ResolutionsModule],
  controllers: [ResolutionsController, ResolutionDocumentController, PublicVerificationController],
})
export class ResolutionsHttpModule {}
