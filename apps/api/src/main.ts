import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '#core';
import { prepareRuntime, stopOnSignals } from '#platform';
import { createApp } from './create-app.js';

/**
 * `npm start`: with no DATABASE_URL it starts the embedded PostgreSQL, migrates, seeds the demo
 * municipalities and serves API and worker in one process. `npm run start:api` serves HTTP only.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const { runtime, postgres } = await prepareRuntime(config, (m) => console.log(m));
  const app = await createApp(runtime).catch(async (error: unknown) => {
    await postgres?.stop();
    throw error;
  });
  await app.listen({ port: config.port, host: config.host });
  const logger = app.get(Logger);

  const base = config.publicUrl;
  const lines = [
    '',
    `Despacho está listo en ${base} (${Math.round(performance.now() - started)} ms)`,
    `  API:           ${base}/api/v1`,
    `  Documentación: ${base}/api/docs`,
    `  Salud:         ${base}/health`,
    `  Base de datos: ${runtime.embedded ? `PostgreSQL embebido en ${config.dataDir}` : 'DATABASE_URL'}`,
    `  Colas:         BullMQ sobre ${config.queueBackend === 'redis' ? 'Redis' : 'PostgreSQL'}`,
    `  Procesos:      ${config.role === 'all' ? 'API y worker en este proceso' : 'solo API'}`,
  ];
  if (config.seedDemo) {
    lines.push(
      `  Usuarios demo (contraseña "${config.demoPassword}"):`,
      '    mml.admin  mml.alcalde  mml.gerente  mml.secretaria  mml.juridica  mml.presupuesto  mml.analista  mml.gdu  mml.gsc',
      '    y los mismos con "megantoni." (megantoni.gerente, …)',
    );
  }
  lines.push('  Ctrl-C detiene todo.', '');
  console.log(lines.join('\n'));

  stopOnSignals(app, postgres, (message) => logger.log(message));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
