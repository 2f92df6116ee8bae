import { defineConfig } from '@playwright/test';

/**
 * The console's journeys in a real Chromium (Debian's `chromium`, never a downloaded browser)
 * against the built server on its embedded PostgreSQL, as `npm start` runs it (global-setup.ts).
 */
const port = Number(process.env.WEB_E2E_PORT ?? 3917);

export default defineConfig({
  testDir: '.',
  // Journeys, not specs: Jest's unit project owns *.spec.ts.
  testMatch: '*.journey.ts',
  // Traces and screenshots of failures, with the other build outputs (ignored by git and linters).
  outputDir: '../../../dist/web-e2e-results',
  timeout: 60_000,
  workers: 1,
  forbidOnly: true,
  reporter: 'list',
  globalSetup: './global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'es-PE',
    timezoneId: 'America/Lima',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
