export * from './machine-paths.js';
