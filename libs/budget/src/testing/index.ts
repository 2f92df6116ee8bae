export * from './budget-review-samples.js';
