import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';

/**
 * Starts the built server as `npm start` does (embedded PostgreSQL, demo data) in a temporary
 * data directory, and returns the teardown: SIGTERM (the server stops its PostgreSQL), then the
 * directory goes. Spawned directly, not through a shell, so the signal reaches the server itself.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const baseURL = config.projects[0]?.use.baseURL ?? '';
  const port = new URL(baseURL).port;
  const dir = mkdtempSync(join(tmpdir(), 'despacho-web-e2e-'));
  // As root, PostgreSQL runs as `postgres`: it must be able to enter the directory.
  chmodSync(dir, 0o755);
  const server = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: join(dir, 'data'),
      EMBEDDED_PG_PORT: String(Number(port) + 1),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const teardown = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      if ((await fetch(`${baseURL}/health`)).ok) return teardown;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await teardown();
  throw new Error('El servidor de Despacho no arrancó para las pruebas de la consola.');
}
