/** The validated runtime configuration. Built once at boot by `loadConfig`; nothing else reads the environment. */
/** `all`: API and worker in one process (npm start); `api`: HTTP only (the worker is `npm run start:worker`). */
export type DespachoRole = 'all' | 'api';
export type QueueBackendKind = 'postgres' | 'redis';
export type ClockMode = 'system' | 'manual';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly role: DespachoRole;
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string;
  /** Absent → embedded PostgreSQL under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly embeddedPostgresPort: number;
  /** Apply pending migrations at boot (embedded default); production runs `npm run migration:run`. */
  readonly migrateOnBoot: boolean;
  readonly dataDir: string;
  readonly redisUrl: string | undefined;
  readonly queueBackend: QueueBackendKind;
  /** Namespace of the queues (Redis key prefix); lets several deployments share one Redis. */
  readonly queuePrefix: string;
  /** Absent in embedded mode → generated once and kept in `dataDir`. */
  readonly jwtSecret: string | undefined;
  readonly jwtTtlSeconds: number;
  readonly loginRateLimit: { readonly limit: number; readonly ttlSeconds: number };
  readonly seedDemo: boolean;
  readonly demoPassword: string;
  readonly clock: ClockMode;
  /** How long a move of the manual clock in an API-only process waits for a worker to fire what fell due. */
  readonly clockMoveTimeoutMs: number;
  readonly logLevel: LogLevel;
  readonly municipalitiesDir: string;
  /** How often the outbox relay looks for rows nobody delivered (a crash after commit); 0 = never. */
  readonly outboxPollMs: number;
  /** Relay the outbox right after each commit; off only to simulate a crash in tests. */
  readonly outboxRelayOnCommit: boolean;
  /** How often the sweeper fires overdue timers and re-arms missing ones; 0 = never. */
  readonly timerSweepMs: number;
  /** Timers due within this window are armed as delayed jobs; later ones wait in PostgreSQL. */
  readonly timerHorizonMs: number;
  /** Concurrent timer jobs per worker process. */
  readonly timerConcurrency: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
