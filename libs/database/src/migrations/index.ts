import { Foundation1764201600000 } from './1764201600000-foundation.js';
import { Calendar1764288000000 } from './1764288000000-calendar.js';
import { WorkflowKernel1764374400000 } from './1764374400000-workflow-kernel.js';

/** Every migration, in order. Listed explicitly: no globbing of compiled files. */
export const MIGRATIONS = [
  Foundation1764201600000,
  Calendar1764288000000,
  WorkflowKernel1764374400000,
];
