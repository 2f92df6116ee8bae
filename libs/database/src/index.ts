export * from './embedded-postgres.server.js';
export * from './data-source.options.js';
export * from './database.module.js';
export { MIGRATIONS } from './migrations/index.js';
export * from './sql.js';
export * from './clock/shared-manual-clock.js';
export * from './clock/clock.module.js';
