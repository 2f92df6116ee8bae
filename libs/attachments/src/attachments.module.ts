import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import { ATTACHMENT_STORE, type AttachmentStore } from './attachment.store.js';
import { AttachmentsService } from './attachments.service.js';
import { FileSystemAttachmentStore } from './filesystem-attachment.store.js';
import { S3AttachmentStore } from './s3-attachment.store.js';

/** The configured store: an S3-compatible bucket when ATTACHMENTS_S3_BUCKET is set, else a directory. */
export function createAttachmentStore(config: AppConfig): AttachmentStore {
  const { s3, dir } = config.attachments;
  return s3 ? new S3AttachmentStore(s3) : new FileSystemAttachmentStore(dir);
}

/** Attachments of workflow instances (any kind): storage, type check, audit. */
@Module({
  providers: [
    { provide: ATTACHMENT_STORE, useFactory: createAttachmentStore, inject: [APP_CONFIG] },
    AttachmentsService,
  ],
  exports: [AttachmentsService],
})
export class AttachmentsModule implements OnApplicationShutdown {
  constructor(@Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore) {}

  onApplicationShutdown(): void {
    if (this.store instanceof S3AttachmentStore) this.store.destroy();
  }
}
