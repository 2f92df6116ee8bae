import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '#core';
import { goldenAct, sampleActa } from '#documents/testing';
import { renderActaPdf } from '../libs/documents/src/acta-document.js';
import { renderResolutionPdf } from '../libs/documents/src/resolution-document.js';
import {
  DocumentRenderer,
  renderWorkerEntry,
} from '../libs/documents/src/document-renderer.service.js';

/**
 * The render threads (issue 13, point 3) on the compiled worker entry, as `npm start` runs them:
 * the signed act's bytes are those of the main thread (the golden hash of
 * resolution-document.spec.ts), and the event loop keeps turning while a maximal act is laid out.
 */
const compiled = new URL(
  '../dist/libs/documents/src/document-renderer.service.js',
  import.meta.url,
);
const entry = renderWorkerEntry(compiled.href);

const act = goldenAct();

/** The largest act the API accepts (CreateResolutionDto): 50 vistos, 100 considerandos, 50 articles. */
const words = 'la Gerencia de Asuntos Jurídicos opina que la solicitud cumple los requisitos; ';
const text = (i: number, length: number) => `Que, ${i} ${words.repeat(length)}`.slice(0, length);
const maximal = {
  ...act,
  vistos: Array.from({ length: 50 }, (_, i) => text(i, 2000)),
  considerandos: Array.from({ length: 100 }, (_, i) => text(i, 5000)),
  articles: Array.from({ length: 50 }, (_, i) => text(i, 5000)),
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('Render threads (RENDER_THREADS) on the compiled worker entry', () => {
  it('finds the compiled entry next to the compiled service (npm run build)', () => {
    expect(entry).toBe(
      fileURLToPath(new URL('../dist/libs/documents/src/render.worker.js', import.meta.url)),
    );
    expect(existsSync(entry ?? '')).toBe(true);
  });

  it('renders from sources inline, and with RENDER_THREADS=0 never leaves the main thread', () => {
    expect(new DocumentRenderer(loadConfig({ NODE_ENV: 'test' })).threaded).toBe(false);
    expect(
      DocumentRenderer.on(loadConfig({ NODE_ENV: 'test', RENDER_THREADS: '0' }), entry ?? '')
        .threaded,
    ).toBe(false);
  });

  it('renders in a thread the same bytes as on the main thread, and frees the event loop meanwhile', async () => {
    const renderer = DocumentRenderer.on(
      loadConfig({ NODE_ENV: 'test', RENDER_THREADS: '2' }),
      entry ?? '',
    );
    try {
      expect(renderer.threaded).toBe(true);
      // The golden hash of resolution-document.spec.ts: a signed act does not depend on the thread.
      expect(sha256(await renderer.resolution(act))).toBe(
        'eaa8621ad5d3ad67869f257fa0b054a01b3763c30a64e415be91dfcf84468769',
      );

      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const started = performance.now();
      const threaded = await renderer.resolution(maximal);
      const elapsed = performance.now() - started;
      loop.disable();
      const inline = await renderResolutionPdf(maximal);
      expect(sha256(threaded)).toBe(sha256(inline));
      // Rendering takes seconds; the loop's longest stall stays a small part of it (the input's
      // structured clone), not the whole render as inline.
      expect(loop.max / 1e6).toBeLessThan(Math.max(200, elapsed / 4));
    } finally {
      await renderer.onModuleDestroy();
    }
  });

  it('renders the acta of a Concejo session in the same pool, to the same bytes as inline', async () => {
    const renderer = DocumentRenderer.on(
      loadConfig({ NODE_ENV: 'test', RENDER_THREADS: '1' }),
      entry ?? '',
    );
    try {
      const acta = sampleActa(true, 40);
      expect(sha256(await renderer.acta(acta))).toBe(sha256(await renderActaPdf(acta)));
    } finally {
      await renderer.onModuleDestroy();
    }
  });

  it('rejects a bad input with the error of the render, and goes on rendering after it', async () => {
    const renderer = DocumentRenderer.on(
      loadConfig({ NODE_ENV: 'test', RENDER_THREADS: '1' }),
      entry ?? '',
    );
    try {
      await expect(renderer.resolution({ ...act, date: '2026-02-30' })).rejects.toThrow(
        'Fecha inválida: 2026-02-30',
      );
      expect(sha256(await renderer.resolution(act))).toBe(
        'eaa8621ad5d3ad67869f257fa0b054a01b3763c30a64e415be91dfcf84468769',
      );
    } finally {
      await renderer.onModuleDestroy();
    }
  });
});
