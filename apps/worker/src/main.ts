import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '#core';
import { workflowKinds } from '#kinds';
import { PlatformModule, prepareRuntime, type Runtime, stopOnSignals } from '#platform';
import { WorkflowKindsModule } from '#workflow';
import { WorkerModule } from './worker.module.js';

@Module({})
class WorkerAppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerAppModule,
      imports: [
        PlatformModule.forRoot(runtime),
        WorkflowKindsModule.register(workflowKinds),
        WorkerModule,
      ],
    };
  }
}

/** `npm run start:worker`: job processors only, no HTTP (production, next to `start:api`). */
async function main(): Promise<void> {
  const config = loadConfig();
  const { runtime, postgres } = await prepareRuntime(config, (m) => console.log(m));
  const app = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(runtime), {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  logger.log(`Worker de Despacho en marcha (colas en ${config.queueBackend}).`);
  stopOnSignals(app, postgres, (message) => logger.log(message));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
