import { freshDatabase } from '@scripts/support/fresh-database';
import { freshQueues } from '@scripts/support/fresh-queues';
import { TEST_DATABASE_URL, TEST_ENV } from './test-env';

/** A fresh database migrated the way production is, and empty queues to go with it. */
export default async function globalSetup(): Promise<void> {
  await freshDatabase(TEST_DATABASE_URL);
  await freshQueues(TEST_ENV.REDIS_URL, TEST_ENV.QUEUE_PREFIX);
}
