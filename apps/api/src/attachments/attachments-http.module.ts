import { Module } from '@nestjs/common';
import { AttachmentsModule } from '#attachments';
import { AttachmentsController } from './attachments.controller.js';

/** Attachments over HTTP, for every workflow kind. */
@Module({
  imports: [AttachmentsModule],
  controllers: [AttachmentsController],
})
export class AttachmentsHttpModule {}
