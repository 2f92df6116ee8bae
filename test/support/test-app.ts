import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/create-app.js';
import { loadConfig } from '#core';
import { prepareRuntime } from '#platform';
import type { WorkflowKind } from '#workflow';
import { env, TEST_PG_ADMIN_URL, TEST_PG_TEMPLATE } from './services.js';

type TestAgent = ReturnType<typeof request>;

export const DEMO_PASSWORD = 'despacho';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly http: TestAgent;
  readonly databaseUrl: string;
  readonly jwtSecret: string;
  /** Where the attachments are stored (a temporary directory removed by `close` unless given). */
  readonly attachmentsDir: string;
  login(username: string, password?: string): Promise<string>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * A fresh database on the run's PostgreSQL: a copy of the template the global setup migrated (the
 * app's boot then finds no migration pending and seeds it), or empty when there is none.
 */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = env(TEST_PG_ADMIN_URL);
  if (!adminUrl) throw new Error('El global setup de e2e no arrancó PostgreSQL.');
  const database = `t_${randomBytes(6).toString('hex')}`;
  const template = env(TEST_PG_TEMPLATE);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  return adminUrl.replace(/\/[^/]+$/, `/${database}`);
}

/**
 * The full app (API + worker) on a fresh database, or on `databaseUrl` to restart on the data a
 * previous app left (what survives a crash).
 */
export async function startTestApp(
  overrides: Record<string, string> = {},
  databaseUrl?: string,
  /** Other kinds than the installation's (e.g. a toy kind declared by a test). */
  kinds?: readonly WorkflowKind[],
): Promise<TestApp> {
  databaseUrl ??= await createTestDatabase();
  const database = databaseUrl.slice(databaseUrl.lastIndexOf('/') + 1);
  // Never the working tree's .data: each app stores its attachments in a directory of its own.
  const ownAttachmentsDir = overrides['ATTACHMENTS_DIR'] === undefined;
  const attachmentsDir =
    overrides['ATTACHMENTS_DIR'] ?? mkdtempSync(join(tmpdir(), 'despacho-adjuntos-'));

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    MIGRATE_ON_BOOT: 'true',
    DEMO_PASSWORD,
    LOGIN_RATE_LIMIT: '1000',
    QUEUE_PREFIX: database,
    LOG_LEVEL: env('TEST_LOG_LEVEL') ?? 'silent',
    ATTACHMENTS_DIR: attachmentsDir,
    ...overrides,
  });
  const { runtime } = await prepareRuntime(config);
  const app = await createApp(runtime, kinds);
  const http = request(app.getHttpServer());
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  return {
    app,
    http,
    databaseUrl,
    jwtSecret: runtime.jwtSecret,
    attachmentsDir,
    async login(username, password = DEMO_PASSWORD) {
      const response = await http.post('/api/v1/auth/login').send({ username, password });
      if (response.status !== 200)
        throw new Error(`login ${username}: ${response.status} ${response.text}`);
      return (response.body as { accessToken: string }).accessToken;
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async close() {
      await app.close();
      await pool.end();
      if (ownAttachmentsDir) rmSync(attachmentsDir, { recursive: true, force: true });
    },
  };
}
