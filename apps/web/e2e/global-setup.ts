import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { DespachoProcess } from '../../../test/support/despacho-process';
import { profilesWithYearNames } from '../../../test/support/profiles';

/** Where Playwright keeps the failures' traces (playwright.config.ts `outputDir`). */
const RESULTS_DIR = new URL('../../../dist/web-e2e-results/', import.meta.url).pathname;

/**
 * Starts the built server as `npm start` does (embedded PostgreSQL, demo data) in a temporary
 * data directory, and returns the teardown: SIGTERM (the server stops its PostgreSQL), then the
 * directory goes. The server runs as the e2e suites run theirs (DespachoProcess), from the
 * repository root where `npm run test:web` starts.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const baseURL = config.projects[0]?.use.baseURL ?? '';
  const port = new URL(baseURL).port;
  const dir = mkdtempSync(join(tmpdir(), 'despacho-web-e2e-'));
  // As root, PostgreSQL runs as `postgres`: it must be able to enter the directory.
  chmodSync(dir, 0o755);
  const nextYear = new Date().getUTCFullYear() + 1;
  const profiles = profilesWithYearNames({ [nextYear]: 'Año de prueba de los recorridos' });
  const removeDir = () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profiles, { recursive: true, force: true });
  };
  let server: DespachoProcess | undefined;
  try {
    server = await DespachoProcess.start(
      'Despacho (consola)',
      'dist/apps/api/src/main.js',
      {
        PORT: port,
        HOST: '127.0.0.1',
        DATA_DIR: join(dir, 'data'),
        EMBEDDED_PG_PORT: String(Number(port) + 1),
        LOG_LEVEL: 'error',
        // The journeys sign the same demo users in many times a minute, all from 127.0.0.1.
        LOGIN_RATE_LIMIT: '1000',
        // As the e2e suites run theirs: time moves only when a journey moves it (mml.admin).
        CLOCK: 'manual',
        // 2 MiB: a journey sends one byte more to see the console show the refusal (413).
        ATTACHMENTS_MAX_BYTES: String(2 * 1024 * 1024),
        // Next year's official name too (the shipped profiles get it each January): a journey
        // that moves the clock past New Year still signs.
        MUNICIPALITIES_DIR: profiles,
      },
      async () => (await fetch(`${baseURL}/health`)).ok,
    );
  } catch (error) {
    await server?.stop();
    removeDir();
    throw error;
  }
  return async () => {
    await server?.stop();
    // The server's own log (errors only), beside the failures' traces, to tell a 500's cause.
    if (server) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, 'server.log'), server.output);
    }
    removeDir();
  };
}
