export * from './actor.js';
export * from './audit-chain.service.js';
export * from './audit-sealer.service.js';
export * from './audit-settings.js';
export * from './audit.module.js';
