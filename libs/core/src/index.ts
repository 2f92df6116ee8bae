export * from './config/app-config.js';
export * from './config/load-config.js';
export * from './config/config.module.js';
export * from './clock/clock.js';
export * from './errors/error-codes.js';
export * from './errors/domain-error.js';
export * from './audit-hash.js';
export * from './canonical-json.js';
