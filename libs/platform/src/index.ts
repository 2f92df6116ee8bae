export * from './runtime.js';
export * from './platform.module.js';
export * from './shutdown.js';
