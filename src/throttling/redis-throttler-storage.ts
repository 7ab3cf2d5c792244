import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { withinTime } from '@src/redis/within-time';

/**
 * One hit, atomically: count it in the current window (which starts with the window's first hit)
 * and, past the limit, block the tracker for the block duration. While blocked, hits are not
 * counted. KEYS: the window's count, the block. ARGV: window ms, limit, block ms.
 * Answers { hits, ms left in the window, blocked (0/1), ms left in the block }.
 */
const HIT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blockLeft }
end
local hits = redis.call('INCR', KEYS[1])
local windowLeft = redis.call('PTTL', KEYS[1])
if windowLeft < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  windowLeft = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  local block = tonumber(ARGV[3])
  if block <= 0 then block = windowLeft end
  redis.call('SET', KEYS[2], '1', 'PX', block)
  return { hits, windowLeft, 1, block }
end
return { hits, windowLeft, 0, 0 }`;

/** Redis must answer a hit within this, or the request goes on unlimited. */
const HIT_TIMEOUT_MS = 1000;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/**
 * Rate-limit counters in Redis, shared by every API process, so that a limit holds however many
 * run. When Redis does not answer, requests are let through (logged once per outage): the rate
 * limit protects the service, it must not take it down.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimit');
  private failing = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    // The hash tag keeps both keys of one tracker in one slot of a Redis Cluster.
    const base = `${this.prefix}:rate-limit:{${key}}`;
    try {
      const [hits, windowLeft, blocked, blockLeft] = (await withinTime(
        this.redis.eval(HIT, 2, `${base}:hits`, `${base}:block`, ttl, limit, blockDuration),
        HIT_TIMEOUT_MS,
        'Redis (rate limit)',
      )) as number[];
      this.failing = false;
      return {
        totalHits: hits,
        timeToExpire: seconds(windowLeft),
        isBlocked: blocked === 1,
        timeToBlockExpire: seconds(blockLeft),
      };
    } catch (error) {
      if (!this.failing) this.logger.warn(`Rate limits are not enforced: ${(error as Error).message}`);
      this.failing = true;
      return { totalHits: 0, timeToExpire: seconds(ttl), isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
