import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '#audit';
import { ConfigModule } from '#core';
import { ClockModule, DatabaseModule } from '#database';
import { OrgModule } from '#org';
import { QueueModule } from '#queue';
import { WorkflowModule } from '#workflow';
import type { Runtime } from './runtime.js';

export const RUNTIME = Symbol('RUNTIME');

/** What every Despacho process shares: config, clock, logs, database, queues, municipalities. */
@Module({})
export class PlatformModule {
  static forRoot(runtime: Runtime): DynamicModule {
    const { config } = runtime;
    return {
      module: PlatformModule,
      global: true,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot({ mode: config.clock, databaseUrl: runtime.databaseUrl }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
            // Probes and scrapes every few seconds are noise (and both paths sit outside the API prefix,
            // where NestJS 12 and nestjs-pino 5 each attach the logger, which would log them twice).
            // Middleware mounted on a path sees `url` relative to the mount: test `originalUrl`.
            autoLogging: {
              ignore: (req) =>
                /^\/(health|metrics)(\?|$)/.test(
                  (req as { originalUrl?: string }).originalUrl ?? req.url ?? '',
                ),
            },
            customLogLevel: (_req, res, error) =>
              error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          },
        }),
        DatabaseModule.forRoot({ url: runtime.databaseUrl, migrate: config.migrateOnBoot }),
        QueueModule.forRoot({
          backend: config.queueBackend,
          databaseUrl: runtime.databaseUrl,
          redisUrl: config.redisUrl,
          prefix: config.queuePrefix,
        }),
        AuditModule.forRoot({ databaseUrl: runtime.databaseUrl, signingKey: runtime.auditKey }),
        OrgModule,
        WorkflowModule,
      ],
      providers: [{ provide: RUNTIME, useValue: runtime }],
      exports: [RUNTIME, OrgModule],
    };
  }
}
