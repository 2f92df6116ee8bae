import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type {
  AppConfig,
  AttachmentsConfig,
  ClockMode,
  DespachoRole,
  LogLevel,
  QueueBackendKind,
} from './app-config.js';
import { edgeConfig } from './edge-config.js';
import { EnvSchema } from './env.schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuración inválida:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const describe = (error: ValidationError): string =>
  `${error.property}=${JSON.stringify(error.value)}: ${Object.values(error.constraints ?? {}).join('; ')}`;

/** Reads the environment once, validates it, and returns the typed configuration (or throws ConfigError). */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Unknown variables are ignored: the environment holds far more than Despacho's settings.
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = plainToInstance(EnvSchema, present);
  const errors = validateSync(parsed);
  const problems = errors.map(describe);

  const nodeEnv = (parsed.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  const embedded = !parsed.DATABASE_URL;
  const queueBackend = (parsed.QUEUE_BACKEND ??
    (parsed.REDIS_URL ? 'redis' : 'postgres')) as QueueBackendKind;
  if (queueBackend === 'redis' && !parsed.REDIS_URL) {
    problems.push('QUEUE_BACKEND=redis: requiere REDIS_URL');
  }
  if (!embedded && !parsed.JWT_SECRET) {
    problems.push('JWT_SECRET: es obligatorio cuando se usa DATABASE_URL (modo producción)');
  }
  const sweep = parsed.TIMER_SWEEP_MS ?? 15_000;
  if (sweep > 0 && 2 * sweep > (parsed.TIMER_HORIZON_MS ?? 3_600_000))
    problems.push(
      'TIMER_SWEEP_MS: debe ser como máximo la mitad de TIMER_HORIZON_MS (si no, se arman tarde)',
    );
  if (!parsed.ATTACHMENTS_S3_ACCESS_KEY_ID !== !parsed.ATTACHMENTS_S3_SECRET_ACCESS_KEY)
    problems.push(
      'ATTACHMENTS_S3_ACCESS_KEY_ID y ATTACHMENTS_S3_SECRET_ACCESS_KEY: se configuran las dos o ninguna',
    );
  if (
    !parsed.ATTACHMENTS_S3_BUCKET &&
    (parsed.ATTACHMENTS_S3_ENDPOINT ?? parsed.ATTACHMENTS_S3_ACCESS_KEY_ID)
  )
    problems.push('ATTACHMENTS_S3_BUCKET: es obligatorio para guardar los adjuntos en S3');
  if ((parsed.JWT_TTL_SECONDS ?? 900) > (parsed.SESSION_MAX_HOURS ?? 12) * 3600)
    problems.push(
      'JWT_TTL_SECONDS: no puede superar SESSION_MAX_HOURS (la vida máxima de la sesión)',
    );
  const edge = edgeConfig(parsed, embedded, nodeEnv === 'production', problems);
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = resolve(parsed.DATA_DIR ?? '.data');
  const port = parsed.PORT ?? 3000;
  const host = parsed.HOST ?? '0.0.0.0';
  return {
    nodeEnv,
    role: (parsed.DESPACHO_ROLE ?? 'all') as DespachoRole,
    host,
    port,
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: parsed.DATABASE_URL,
    embeddedPostgresPort: parsed.EMBEDDED_PG_PORT ?? 54329,
    migrateOnBoot: parsed.MIGRATE_ON_BOOT ?? embedded,
    dataDir,
    redisUrl: parsed.REDIS_URL,
    queueBackend,
    queuePrefix: parsed.QUEUE_PREFIX ?? 'despacho',
    jwtSecret: parsed.JWT_SECRET,
    audit: {
      signingKey: parsed.AUDIT_SIGNING_KEY,
      sealMs: parsed.AUDIT_SEAL_MS ?? 250,
      checkpointMinutes: parsed.AUDIT_CHECKPOINT_MINUTES ?? 1,
    },
    jwtTtlSeconds: parsed.JWT_TTL_SECONDS ?? 900,
    sessions: {
      maxHours: parsed.SESSION_MAX_HOURS ?? 12,
      cacheMs: parsed.SESSION_CACHE_MS ?? 5000,
      retentionDays: parsed.SESSION_RETENTION_DAYS ?? 30,
    },
    loginRateLimit: {
      limit: parsed.LOGIN_RATE_LIMIT ?? 10,
      ttlSeconds: parsed.LOGIN_RATE_TTL_SECONDS ?? 60,
    },
    edge,
    passwordMinLength: parsed.PASSWORD_MIN_LENGTH ?? 12,
    // Demo users exist only where nobody can mistake them for real accounts: embedded mode and tests.
    seedDemo: parsed.SEED_DEMO ?? (embedded || nodeEnv === 'test'),
    demoPassword: parsed.DEMO_PASSWORD ?? 'despacho',
    clock: (parsed.CLOCK ?? 'system') as ClockMode,
    clockMoveTimeoutMs: parsed.CLOCK_MOVE_TIMEOUT_MS ?? 30_000,
    logLevel: (parsed.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevel,
    municipalitiesDir: resolve(parsed.MUNICIPALITIES_DIR ?? 'config/municipalities'),
    outboxPollMs: parsed.OUTBOX_POLL_MS ?? 1000,
    outboxRelayOnCommit: parsed.OUTBOX_RELAY_ON_COMMIT ?? true,
    timerSweepMs: parsed.TIMER_SWEEP_MS ?? 15_000,
    timerConcurrency: parsed.TIMER_CONCURRENCY ?? 1,
    timerHorizonMs: parsed.TIMER_HORIZON_MS ?? 3_600_000,
    // One core stays with the event loop; more than 4 renders at once only queue on the register lock.
    renderThreads: parsed.RENDER_THREADS ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
    attachments: attachmentsConfig(parsed, dataDir),
  };
}

function attachmentsConfig(parsed: EnvSchema, dataDir: string): AttachmentsConfig {
  const dir = resolve(parsed.ATTACHMENTS_DIR ?? join(dataDir, 'attachments'));
  const bucket = parsed.ATTACHMENTS_S3_BUCKET;
  const accessKeyId = parsed.ATTACHMENTS_S3_ACCESS_KEY_ID;
  const secretAccessKey = parsed.ATTACHMENTS_S3_SECRET_ACCESS_KEY;
  return {
    maxBytes: parsed.ATTACHMENTS_MAX_BYTES ?? 25 * 1024 * 1024,
    dir,
    // With S3 only the uploads in progress touch the disk: the OS temp dir unless a dir is given.
    spoolDir:
      bucket && !parsed.ATTACHMENTS_DIR ? join(tmpdir(), 'despacho-attachments') : join(dir, 'tmp'),
    s3: bucket
      ? {
          bucket,
          endpoint: parsed.ATTACHMENTS_S3_ENDPOINT,
          region: parsed.ATTACHMENTS_S3_REGION ?? 'us-east-1',
          credentials:
            accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
          // S3-compatible servers (MinIO, s3rver) usually serve buckets by path, not by host name.
          forcePathStyle:
            parsed.ATTACHMENTS_S3_FORCE_PATH_STYLE ?? parsed.ATTACHMENTS_S3_ENDPOINT !== undefined,
          prefix: parsed.ATTACHMENTS_S3_PREFIX ?? 'attachments/',
        }
      : undefined,
  };
}
