import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

const DATE_OID = 1082;

/** A `date` is a civil day in the municipality's zone: keep it 'YYYY-MM-DD', never an instant in the server's zone. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID && format !== 'binary'
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    // Idle connections are kept: opening one under load (fork, SCRAM, cold catalog caches) costs
    // tens of ms of CPU, and a burst after a quiet spell would open many at once.
    extra: { max: 20, idleTimeoutMillis: 0, application_name: 'despacho', types },
  };
}
