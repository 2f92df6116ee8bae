export * from './actor.js';
export * from './audit-chain.service.js';
export * from './audit.module.js';
