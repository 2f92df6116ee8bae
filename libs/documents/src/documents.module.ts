import { Module } from '@nestjs/common';
import { DocumentRenderer } from './document-renderer.service.js';

/**
 * The one pool of render threads for every PDF the application lays out (resolutions, cédulas,
 * actas del Concejo): each kind is a job of RenderJob, so a new document adds no second pool.
 */
@Module({ providers: [DocumentRenderer], exports: [DocumentRenderer] })
export class DocumentsModule {}
