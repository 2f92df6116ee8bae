// Loaded by Jest with Node's own loader (no transform), so it uses the compiled build: `npm test`
// builds first; when running Jest directly, run `npm run build` once before.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, EmbeddedPostgresServer } from '#database';

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

/** The template every suite's database is copied from (test/support/test-app.ts). */
const TEMPLATE = 'despacho_template';

/**
 * The built migrations are older than their sources (Jest run without `npm run build` after a
 * migration changed): the template would hold a stale schema, so suites migrate from scratch.
 */
function staleMigrations() {
  const source = 'libs/database/src/migrations';
  const built = 'dist/libs/database/src/migrations';
  return readdirSync(source)
    .filter((file) => file.endsWith('.ts'))
    .some((file) => {
      try {
        return (
          statSync(join(built, file.replace(/\.ts$/, '.js'))).mtimeMs <
          statSync(join(source, file)).mtimeMs
        );
      } catch {
        return true;
      }
    });
}

/**
 * Migrates one database once; each suite's database is a copy of it (CREATE DATABASE … TEMPLATE, a
 * file copy), instead of every suite running every migration again. The apps still migrate on
 * boot: with nothing pending, that only reads the migrations table.
 */
async function migrateTemplate(adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource(
    dataSourceOptions(adminUrl.replace(/\/[^/]+$/, `/${TEMPLATE}`)),
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    // A template must have no connection while it is copied.
    await dataSource.destroy();
  }
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
  if (staleMigrations()) {
    console.warn(
      '\nMigraciones compiladas desactualizadas (ejecute npm run build): cada suite migra desde cero.',
    );
  } else {
    await migrateTemplate(postgres.url);
    process.env.DESPACHO_TEST_PG_TEMPLATE = TEMPLATE;
  }
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
