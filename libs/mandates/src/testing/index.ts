export * from './mandate-samples.js';
