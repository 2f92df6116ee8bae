import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '#core';
import { PlatformModule, prepareRuntime, type Runtime } from '#platform';
import { WorkerModule } from './worker.module.js';

@Module({})
class WorkerAppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return { module: WorkerAppModule, imports: [PlatformModule.forRoot(runtime), WorkerModule] };
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
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal}: deteniendo el worker…`);
    await app.close();
    await postgres?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
