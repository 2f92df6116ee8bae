export * from './civil-date.js';
export * from './business-calendar.js';
export * from './national-holidays.js';
