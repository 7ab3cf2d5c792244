import { freshQueues } from '@scripts/support/fresh-queues';
import { TEST_ENV } from './test-env';

/** Leaves no queue keys of this run behind in Redis. */
export default function globalTeardown(): Promise<void> {
  return freshQueues(TEST_ENV.REDIS_URL, TEST_ENV.QUEUE_PREFIX);
}
