// Loaded by Jest with Node's own loader (no transform), so it uses the compiled build: `npm test`
// builds first; when running Jest directly, run `npm run build` once before.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresServer } from '#database';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForRedis(cli, port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (spawnSync(cli, ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG')
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server no respondió en el puerto ${port}`);
}

/** One real PostgreSQL (and Redis when available) for the whole e2e run; each suite makes its own database. */
export default async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'despacho-test-'));
  const postgres = await EmbeddedPostgresServer.start({
    dataDir,
    port: await freePort(),
    database: 'postgres',
  });
  process.env.DESPACHO_TEST_PG_ADMIN_URL = postgres.url;
  const state = { postgres, redis: undefined };

  if (process.env.REDIS_URL) {
    process.env.DESPACHO_TEST_REDIS_URL = process.env.REDIS_URL;
  } else {
    const server = spawnSync('sh', ['-c', 'command -v redis-server'], {
      encoding: 'utf8',
    }).stdout.trim();
    if (server) {
      const port = await freePort();
      state.redis = spawn(
        server,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      );
      await waitForRedis(join(server, '..', 'redis-cli'), port);
      process.env.DESPACHO_TEST_REDIS_URL = `redis://127.0.0.1:${port}`;
    } else if (process.env.CI === 'true') {
      throw new Error(
        'CI: no hay redis-server en PATH ni REDIS_URL; la prueba de colas en Redis debe ejecutarse.',
      );
    }
  }
  globalThis.__despacho = state;
}
