export * from './document-renderer.service.js';
export * from './documents.module.js';
export {
  renderResolutionPdf,
  type RenderResolutionOptions,
  type ResolutionDocumentInput,
  spanishLongDate,
} from './resolution-document.js';
export * from './notice-document.js';
export * from './acta-document.js';
