export * from './deadlines.js';
export * from './machine-paths.js';
