import type { EdgeConfig } from './edge-config.js';

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
  readonly audit: AuditConfig;
  readonly jwtTtlSeconds: number;
  readonly sessions: SessionsConfig;
  readonly loginRateLimit: { readonly limit: number; readonly ttlSeconds: number };
  /** Proxies, lockout, rate limits and exposure of /metrics and /api/docs. */
  readonly edge: EdgeConfig;
  /** Shortest password an administrator or a user may set (the demo password is not checked). */
  readonly passwordMinLength: number;
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
  /**
   * Worker threads that render the PDFs (signed acts, notices) off the event loop; 0 = render on
   * the main thread (blocks every other request for as long as a maximal act takes, ~1 s).
   */
  readonly renderThreads: number;
  readonly attachments: AttachmentsConfig;
}

/** Server-side sessions behind the access tokens (see docs/architecture.md, "Sesiones"). */
export interface SessionsConfig {
  /** Absolute lifetime of a login: no refresh goes beyond it. */
  readonly maxHours: number;
  /** How long a process trusts its copy of a session and its user; bounds revocation on other processes. 0 = no cache. */
  readonly cacheMs: number;
  /** Days a session is kept after it expired or was revoked; then the worker deletes it. */
  readonly retentionDays: number;
}

/** Where attachments are stored: a directory (embedded default) or an S3-compatible bucket. */
export interface AttachmentsConfig {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Content-addressed store on disk; unused when `s3` is set. */
  readonly dir: string;
  /** Uploads are written here while hashed and checked; in filesystem mode, on the store's disk (atomic rename). */
  readonly spoolDir: string;
  readonly s3: S3StoreConfig | undefined;
}

export interface S3StoreConfig {
  readonly bucket: string;
  /** Absent → AWS; set for MinIO, Ceph, Garage and other S3-compatible services. */
  readonly endpoint: string | undefined;
  readonly region: string;
  /** Absent → the SDK's default credential chain (instance role, web identity…). */
  readonly credentials:
    { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined;
  readonly forcePathStyle: boolean;
  /** Key prefix inside the bucket, e.g. `despacho/attachments/`. */
  readonly prefix: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AuditConfig {
  /** HMAC key of the chain's checkpoints; absent: generated in embedded mode, else derived from JWT_SECRET. */
  readonly signingKey: string | undefined;
  /** How often the sequencer seals committed events into the chain. */
  readonly sealMs: number;
  /** How often a worker verifies each chain from its last checkpoint and signs a new one. */
  readonly checkpointMinutes: number;
}
