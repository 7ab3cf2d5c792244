import Redis from 'ioredis';
import { RateLimitCounter } from '@src/throttling/rate-limit-counter';
import { freePort } from '@test/support/free-port';
import { ThrowawayRedis } from '@test/support/redis-server';

/**
 * The rate limit's counter on a Redis of its own: hits counted per tracker in one window, a tracker
 * past its limit blocked for a whole window, a script Redis has forgotten sent again, and requests
 * let through while Redis does not answer.
 */
describe('the rate-limit counter', () => {
  let server: ThrowawayRedis;
  let redis: Redis;

  beforeAll(async () => {
    server = new ThrowawayRedis(await freePort());
    await server.start();
    // As the service connects (src/redis/redis.module.ts), connected before the first hit.
    redis = new Redis(server.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
    await redis.connect();
  });

  afterAll(async () => {
    redis.disconnect();
    await server.kill();
  });

  it('counts each tracker apart and blocks one past its limit for the whole window', async () => {
    const counter = new RateLimitCounter(redis, 'medium', 60_000);
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await counter.count('staff:a', 3));
    expect(hits.map(({ hits, blocked }) => [hits, blocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(hits[3].blockLeftSeconds).toBe(60);
    expect(await counter.count('staff:a', 3)).toMatchObject({ hits: 4, blocked: true });
    expect(await counter.count('staff:b', 3)).toMatchObject({ hits: 1, blocked: false });
  });

  it('sends its script again when Redis has lost it', async () => {
    const counter = new RateLimitCounter(redis, 'medium-flushed', 60_000);
    await counter.count('staff:c', 5);
    await redis.script('FLUSH');
    expect(await counter.count('staff:c', 5)).toMatchObject({ hits: 2, blocked: false });
  });

  it('lets requests through while Redis does not answer', async () => {
    const counter = new RateLimitCounter(redis, 'medium-paused', 60_000);
    server.pause();
    try {
      expect(await counter.count('staff:d', 0)).toMatchObject({ hits: 0, blocked: false });
    } finally {
      server.resume();
    }
  });
});
