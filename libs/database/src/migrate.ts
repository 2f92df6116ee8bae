import { DataSource } from 'typeorm';
import { loadConfig } from '#core';
import { dataSourceOptions } from './data-source.options.js';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL (production deploy step). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new Error(
      'DATABASE_URL es obligatorio para migration:run (el modo embebido migra al iniciar).',
    );
  }
  const dataSource = new DataSource(dataSourceOptions(config.databaseUrl));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length === 0
        ? 'Base de datos al día: no hay migraciones pendientes.'
        : `Migraciones aplicadas: ${applied.map((m) => m.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
