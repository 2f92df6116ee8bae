import { env, TEST_REDIS_URL } from './support/services.js';
import { queueSmokeSuite } from './support/queue-smoke.js';

const redisUrl = env(TEST_REDIS_URL);
// The global setup fails the run in CI when Redis is missing; on a workstation without it, this is skipped.
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('BullMQ on Redis', () => {
  queueSmokeSuite('redis', () => ({ QUEUE_BACKEND: 'redis', REDIS_URL: redisUrl ?? '' }));
});
