import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '#core';
import { EmbeddedPostgresServer } from '#database';

/** What a process needs beyond the configuration: the database it uses and its resolved secrets. */
export interface Runtime {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly jwtSecret: string;
  /** HMAC key of the audit chain's checkpoints. */
  readonly auditKey: string;
  readonly embedded: boolean;
}

export interface PreparedRuntime {
  readonly runtime: Runtime;
  /** Present in embedded mode: stop it after the app has closed. */
  readonly postgres: EmbeddedPostgresServer | undefined;
}

/** Embedded mode (no DATABASE_URL): starts PostgreSQL and keeps generated secrets in DATA_DIR. */
export async function prepareRuntime(
  config: AppConfig,
  log: (message: string) => void = () => undefined,
): Promise<PreparedRuntime> {
  if (config.databaseUrl) {
    if (!config.jwtSecret) throw new Error('JWT_SECRET es obligatorio con DATABASE_URL.');
    return {
      runtime: {
        config,
        databaseUrl: config.databaseUrl,
        jwtSecret: config.jwtSecret,
        auditKey: config.audit.signingKey ?? derivedAuditKey(config.jwtSecret),
        embedded: false,
      },
      postgres: undefined,
    };
  }
  const postgres = await EmbeddedPostgresServer.start({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    database: 'despacho',
    log,
  });
  const jwtSecret = config.jwtSecret ?? (await readOrCreateSecret(config.dataDir, 'jwt-secret'));
  const auditKey =
    config.audit.signingKey ?? (await readOrCreateSecret(config.dataDir, 'audit-key'));
  return {
    runtime: { config, databaseUrl: postgres.url, jwtSecret, auditKey, embedded: true },
    postgres,
  };
}

/** Without AUDIT_SIGNING_KEY, a key of its own derived from JWT_SECRET (never the secret itself). */
const derivedAuditKey = (jwtSecret: string): string =>
  Buffer.from(hkdfSync('sha256', jwtSecret, 'despacho', 'audit-checkpoint-key', 32)).toString(
    'base64url',
  );

async function readOrCreateSecret(dir: string, name: string): Promise<string> {
  const file = join(dir, name);
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true });
    await writeFile(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      },
    );
  }
  return (await readFile(file, 'utf8')).trim();
}
