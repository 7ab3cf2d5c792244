import Redis from 'ioredis';
import { RateLimitCounter } from '@src/throttling/rate-limit-counter';
import { freePort } from '@test/support/free-port';
import { ThrowawayRedis } from '@test/support/redis-server';

/**
 * The rate limit's counter on a Redis of its own: hits counted per tracker in one window, a tracker
 * past its limit blocked for a whole window, hits leased ahead without passing the limit in one
 * process or across several, a script Redis has forgotten sent again, and requests let through
 * while Redis does not answer.
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

  /** How often Redis has run the counter's script so far (the script is cached after the first hit). */
  const scriptRuns = async () => Number(/cmdstat_evalsha:calls=(\d+)/.exec(await redis.info('commandstats'))?.[1] ?? 0);

  it('asks Redis once per lease, and lets one process exactly its limit, numbered hit by hit', async () => {
    const counter = new RateLimitCounter(redis, 'medium-lease', 60_000);
    await counter.count('staff:warm-up', 1);
    const runsBefore = await scriptRuns();
    const hits = [];
    for (let i = 0; i < 201; i++) hits.push(await counter.count('staff:e', 200));
    const runs = (await scriptRuns()) - runsBefore;

    expect(hits.slice(0, 200).map(({ hits, blocked }) => [hits, blocked])).toEqual(
      Array.from({ length: 200 }, (_, i) => [i + 1, false]),
    );
    expect(hits[200]).toMatchObject({ hits: 201, blocked: true, blockLeftSeconds: 60 });
    // Leases of 16 while far from the limit, shrinking to single hits near it: 38 asks, not 201.
    expect(runs).toBeLessThan(50);
    expect(runs).toBeGreaterThan(200 / 16);
  });

  it('never lets a tracker past its limit across processes, and holds it back at most their leases short of it', async () => {
    const processes = [0, 1, 2].map(() => new RateLimitCounter(redis, 'medium-shared', 60_000));
    let allowed = 0;
    const refused = new Set<number>();
    for (let i = 0; refused.size < processes.length; i = (i + 1) % processes.length) {
      if (refused.has(i)) continue;
      const hit = await processes[i].count('staff:f', 300);
      if (hit.blocked) refused.add(i);
      else allowed++;
    }
    expect(allowed).toBeLessThanOrEqual(300);
    expect(allowed).toBeGreaterThanOrEqual(300 - processes.length * 15);
  });

  it('ends a lease with the window it was counted in', async () => {
    const counter = new RateLimitCounter(redis, 'medium-window', 300);
    await counter.count('staff:warm-up', 1);
    expect(await counter.count('staff:g', 1000)).toMatchObject({ hits: 1, blocked: false });
    expect(await counter.count('staff:g', 1000)).toMatchObject({ hits: 2, blocked: false });
    await new Promise((resolve) => setTimeout(resolve, 350));
    const runsBefore = await scriptRuns();
    expect(await counter.count('staff:g', 1000)).toMatchObject({ hits: 1, blocked: false });
    expect((await scriptRuns()) - runsBefore).toBe(1);
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
