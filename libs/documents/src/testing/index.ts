export * from './pdf-text.js';
export * from './golden-act.js';
export * from './sample-acta.js';
