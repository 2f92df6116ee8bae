import { queueSmokeSuite } from './support/queue-smoke.js';

describe('BullMQ on its PostgreSQL backend (no Redis)', () => {
  queueSmokeSuite('postgres', () => ({ QUEUE_BACKEND: 'postgres' }));
});
