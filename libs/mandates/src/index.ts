export * from './mandate.dto.js';
export * from './mandate.machine.js';
export * from './mandate.policy.js';
export * from './mandates.definition.js';
export * from './mandate-creator.service.js';
export * from './mandates.module.js';
export * from './mandates.kind.js';
export * from './mandate.resource.js';
