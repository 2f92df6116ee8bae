export * from './queue-names.js';
export * from './queue-connection.js';
export * from './job-queue.service.js';
export * from './job-handler.registry.js';
export * from './queue-check.service.js';
export * from './queue.module.js';
export * from './periodic.js';
export * from './queue-worker-host.js';
