import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { withinTime } from '@src/redis/within-time';

/**
 * One hit, atomically: count it in the current window (which starts with the window's first hit)
 * and, past the limit, block the tracker for a whole window. While blocked, hits are not counted. KEYS: the window's count, the block. ARGV: window ms, limit.
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
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
  return { hits, windowLeft, 1, tonumber(ARGV[1]) }
end
return { hits, windowLeft, 0, 0 }`;

/** Redis must answer a hit within this, or the request goes on unlimited. */
const HIT_TIMEOUT_MS = 1000;

export interface RateLimitHit {
  hits: number;
  /** Seconds until the window ends (and the count starts again). */
  windowLeftSeconds: number;
  blocked: boolean;
  /** Seconds until a blocked tracker may come back: the Retry-After. */
  blockLeftSeconds: number;
}

type HitCommand = (count: string, block: string, windowMs: number, limit: number) => Promise<number[]>;

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/**
 * Rate-limit counters in Redis, shared by every API process, so that a limit holds however many
 * run. The script is sent once and then named by its hash (EVALSHA). When Redis does not answer,
 * requests are let through (logged once per outage): the rate limit protects the service, it must
 * not take it down.
 */
export class RateLimitCounter {
  private readonly logger = new Logger('RateLimit');
  private readonly hit: HitCommand;
  private failing = false;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly windowMs: number,
  ) {
    redis.defineCommand('icmRateLimitHit', { numberOfKeys: 2, lua: HIT });
    const command = (redis as unknown as { icmRateLimitHit: HitCommand }).icmRateLimitHit;
    this.hit = command.bind(redis);
  }

  /** Counts one request of `tracker` against `limit` requests a window. */
  async count(tracker: string, limit: number): Promise<RateLimitHit> {
    // The hash tag keeps both keys of one tracker in one slot of a Redis Cluster.
    const base = `${this.prefix}:rate-limit:{${tracker}}`;
    try {
      const [hits, windowLeft, blocked, blockLeft] = await withinTime(
        this.hit(`${base}:hits`, `${base}:block`, this.windowMs, limit),
        HIT_TIMEOUT_MS,
        'Redis (rate limit)',
      );
      this.failing = false;
      return {
        hits,
        windowLeftSeconds: seconds(windowLeft),
        blocked: blocked === 1,
        blockLeftSeconds: seconds(blockLeft),
      };
    } catch (error) {
      if (!this.failing) this.logger.warn(`Rate limits are not enforced: ${(error as Error).message}`);
      this.failing = true;
      return { hits: 0, windowLeftSeconds: seconds(this.windowMs), blocked: false, blockLeftSeconds: 0 };
    }
  }
}
