import { Module } from '@nestjs/common';
import { PublicVerificationController } from './public-verification.controller.js';
import { ResolutionDocumentController } from './resolution-document.controller.js';

/** Routes of the Resoluciones kind beyond the contract's resource: the signed PDF and its public verification. */
@Module({ controllers: [ResolutionDocumentController, PublicVerificationController] })
export class ResolutionsHttpModule {}
