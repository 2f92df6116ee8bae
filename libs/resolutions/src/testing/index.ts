export * from './resolution-samples.js';
