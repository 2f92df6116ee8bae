import { type ActaDocumentInput, renderActaPdf } from './acta-document.js';
import { type NoticeDocumentInput, renderNoticePdf } from './notice-document.js';
import { renderResolutionPdf, type ResolutionDocumentInput } from './resolution-document.js';

/**
 * One PDF to render: plain data only (strings, arrays, Dates), so it crosses to a worker thread by
 * structured clone unchanged and renders there to the same bytes as on the main thread.
 */
export type RenderJob =
  | { readonly kind: 'resolution'; readonly input: ResolutionDocumentInput }
  | { readonly kind: 'notice'; readonly input: NoticeDocumentInput }
  | { readonly kind: 'acta'; readonly input: ActaDocumentInput };

/** Renders a job where it is called: in a render thread (render.worker.ts) or, with no pool, inline. */
export function renderJob(job: RenderJob): Promise<Buffer> {
  switch (job.kind) {
    case 'resolution':
      return renderResolutionPdf(job.input);
    case 'notice':
      return renderNoticePdf(job.input);
    case 'acta':
      return renderActaPdf(job.input);
  }
}
