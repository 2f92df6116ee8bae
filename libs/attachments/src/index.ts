export * from './attachment-kinds.js';
export * from './attachment.store.js';
export * from './attachments.module.js';
export * from './attachments.service.js';
export * from './filesystem-attachment.store.js';
export * from './media-type.sniffer.js';
export * from './s3-attachment.store.js';
export * from './upload.spool.js';
