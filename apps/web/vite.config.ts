import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The console, built into dist/web and served by the API at `/` (apps/api/src/http/web-console.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The budget that matters is the first load, gzipped: ≤ 300 KB of JS (test/web-console).
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // The component libraries mark their modules "use client" (for React Server Components):
      // meaningless in a single-page app, and dropped by the bundler on purpose.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
