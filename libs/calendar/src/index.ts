export * from './civil-date.js';
export * from './business-calendar.js';
export * from './national-holidays.js';
export * from './time-zone.js';
export * from './calendar.types.js';
export * from './non-working-day.entity.js';
export * from './calendar.service.js';
export * from './calendar.module.js';
