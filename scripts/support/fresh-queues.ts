import Redis from 'ioredis';

/**
 * Deletes every key of one queue namespace. Job ids come from outbox row ids, which start again at
 * 1 in a fresh database: jobs left from an earlier database under the same prefix would otherwise
 * make BullMQ take the new ones for duplicates. For the tests and the demo, never for a deployment.
 */
export async function freshQueues(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
