export * from './convenio-samples.js';
