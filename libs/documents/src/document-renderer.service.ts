import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig, compiledWorkerEntry } from '#core';
import type { ActaDocumentInput } from './acta-document.js';
import type { NoticeDocumentInput } from './notice-document.js';
import { type RenderJob, renderJob } from './render-job.js';
import type { ResolutionDocumentInput } from './resolution-document.js';

/** The compiled entry of a render thread (null from sources: those render inline). */
export const renderWorkerEntry = (moduleUrl: string = import.meta.url): string | null =>
  compiledWorkerEntry(moduleUrl, './render.worker.js');

/**
 * Renders the PDFs (the signed act, the cédulas, the actas del Concejo) in a pool of worker threads (RENDER_THREADS), so
 * laying out a maximal act (~1 s of CPU) does not stop the event loop: every other request, and
 * /health, goes on meanwhile. The caller awaits the bytes where it awaited them before (SIGN still
 * inside its transaction, number locked), so what is committed and hashed does not change.
 */
@Injectable()
export class DocumentRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(DocumentRenderer.name);
  private pool: Piscina<RenderJob, Uint8Array> | null = null;
  private entry: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.entry = config.renderThreads > 0 ? renderWorkerEntry() : null;
  }

  /** A renderer on the given compiled entry (tests run from sources and point it at dist/). */
  static on(config: AppConfig, entry: string): DocumentRenderer {
    const renderer = new DocumentRenderer(config);
    renderer.entry = config.renderThreads > 0 ? entry : null;
    return renderer;
  }

  /** Whether renders leave the main thread (false with RENDER_THREADS=0 or from sources). */
  get threaded(): boolean {
    return this.entry !== null;
  }

  resolution(input: ResolutionDocumentInput): Promise<Buffer> {
    return this.render({ kind: 'resolution', input });
  }

  notice(input: NoticeDocumentInput): Promise<Buffer> {
    return this.render({ kind: 'notice', input });
  }

  acta(input: ActaDocumentInput): Promise<Buffer> {
    return this.render({ kind: 'acta', input });
  }

  private async render(job: RenderJob): Promise<Buffer> {
    if (this.entry === null) return renderJob(job);
    // Created on the first render: processes that never sign (workers, most tests) start no thread.
    this.pool ??= new Piscina<RenderJob, Uint8Array>({
      filename: this.entry,
      minThreads: 0,
      maxThreads: this.config.renderThreads,
      idleTimeout: 60_000,
    });
    // A Buffer arrives as a Uint8Array (structured clone): wrapped again without a copy.
    const bytes = await this.pool.run(job);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    if (!pool) return;
    await pool.destroy().catch((error: unknown) => {
      this.logger.warn(`cerrando los hilos de render: ${String(error)}`);
    });
  }
}
