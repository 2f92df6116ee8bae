export * from './budget-modification-samples.js';
