import { ConfigError, loadConfig } from './load-config.js';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('defaults to the embedded mode: PostgreSQL queues, demo data, migrations at boot', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      queueBackend: 'postgres',
      seedDemo: true,
      migrateOnBoot: true,
      demoPassword: 'despacho',
      role: 'all',
      clock: 'system',
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('uses Redis for the queues when REDIS_URL is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/despacho',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config).toMatchObject({ queueBackend: 'redis', seedDemo: false, migrateOnBoot: false });
  });

  it('names each invalid variable and why', () => {
    const problems = problemsOf({ PORT: 'abc', CLOCK: 'sometimes', DATABASE_URL: 'mysql://x' });
    expect(problems.join('\n')).toMatch(/^PORT=/m);
    expect(problems.join('\n')).toMatch(/^CLOCK=/m);
    expect(problems.join('\n')).toMatch(/^DATABASE_URL=.*postgres/m);
  });

  it('requires a strong JWT_SECRET in production mode', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://db/x' })).toEqual([
      expect.stringMatching(/^JWT_SECRET: es obligatorio/),
    ]);
    expect(problemsOf({ DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'short' })[0]).toMatch(
      /32 caracteres/,
    );
  });

  it('sets the kernel timings, and refuses a sweep too slow for the arming horizon', () => {
    expect(loadConfig({})).toMatchObject({
      outboxPollMs: 1000,
      timerSweepMs: 15_000,
      timerHorizonMs: 3_600_000,
      timerConcurrency: 1,
    });
    expect(problemsOf({ TIMER_SWEEP_MS: '3000000' })).toEqual([
      expect.stringMatching(/^TIMER_SWEEP_MS: .*TIMER_HORIZON_MS/),
    ]);
    expect(problemsOf({ TIMER_SWEEP_MS: '0', TIMER_HORIZON_MS: '60000' })).toEqual([]);
  });

  it('bounds sessions: 12 h of life, a 5 s cache, kept 30 days after they end, no token longer than its session', () => {
    expect(loadConfig({}).sessions).toEqual({ maxHours: 12, cacheMs: 5000, retentionDays: 30 });
    expect(loadConfig({ SESSION_RETENTION_DAYS: '7' }).sessions.retentionDays).toBe(7);
    expect(problemsOf({ SESSION_RETENTION_DAYS: '0' })[0]).toMatch(/^SESSION_RETENTION_DAYS=/);
    expect(loadConfig({ SESSION_CACHE_MS: '0' }).sessions.cacheMs).toBe(0);
    expect(problemsOf({ SESSION_MAX_HOURS: '1', JWT_TTL_SECONDS: '7200' })).toEqual([
      expect.stringMatching(/^JWT_TTL_SECONDS: .*SESSION_MAX_HOURS/),
    ]);
    expect(problemsOf({ SESSION_CACHE_MS: '600000' })[0]).toMatch(/^SESSION_CACHE_MS=/);
  });

  it('refuses QUEUE_BACKEND=redis without REDIS_URL, and treats empty variables as unset', () => {
    expect(problemsOf({ QUEUE_BACKEND: 'redis' })[0]).toMatch(/REDIS_URL/);
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('stores attachments under DATA_DIR by default, in S3 when a bucket is set', () => {
    const local = loadConfig({ DATA_DIR: '/srv/despacho' }).attachments;
    expect(local).toEqual({
      maxBytes: 25 * 1024 * 1024,
      dir: '/srv/despacho/attachments',
      spoolDir: '/srv/despacho/attachments/tmp',
      s3: undefined,
    });
    const s3 = loadConfig({
      ATTACHMENTS_MAX_BYTES: '1048576',
      ATTACHMENTS_S3_BUCKET: 'despacho-adjuntos',
      ATTACHMENTS_S3_ENDPOINT: 'http://127.0.0.1:9000',
      ATTACHMENTS_S3_ACCESS_KEY_ID: 'minio',
      ATTACHMENTS_S3_SECRET_ACCESS_KEY: 'minio-secret',
    }).attachments;
    expect(s3).toMatchObject({
      maxBytes: 1_048_576,
      s3: {
        bucket: 'despacho-adjuntos',
        region: 'us-east-1',
        forcePathStyle: true,
        prefix: 'attachments/',
        credentials: { accessKeyId: 'minio', secretAccessKey: 'minio-secret' },
      },
    });
    expect(problemsOf({ ATTACHMENTS_S3_ACCESS_KEY_ID: 'x', ATTACHMENTS_MAX_BYTES: '10' })).toEqual([
      expect.stringMatching(/^ATTACHMENTS_MAX_BYTES=/),
      expect.stringMatching(/se configuran las dos o ninguna/),
      expect.stringMatching(/^ATTACHMENTS_S3_BUCKET: es obligatorio/),
    ]);
  });
});
