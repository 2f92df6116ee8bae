/**
 * Entry point of a render thread (the DocumentRenderer's Piscina pool loads the compiled
 * dist/…/render.worker.js). Same function as the inline path: the bytes do not depend on where
 * they were rendered.
 */
import { type RenderJob, renderJob } from './render-job.js';

export default function render(job: RenderJob): Promise<Buffer> {
  return renderJob(job);
}
