import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { DespachoProcess } from '../../../test/support/despacho-process';

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
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let server: DespachoProcess;
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
      },
      async () => (await fetch(`${baseURL}/health`)).ok,
    );
  } catch (error) {
    removeDir();
    throw error;
  }
  return async () => {
    await server.stop();
    removeDir();
  };
}
