import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { withinTime } from '@src/redis/within-time';
import { RateLimitLeases } from './rate-limit-leases';

/**
 * One hit and a lease, atomically: count this hit and up to `lease - 1` more in the current window
 * (which starts with the window's first hit), never more than an eighth of what is left of the
 * limit, so that the lease is 1 near the limit and for small limits; past the limit, block the
 * tracker for a whole window. While blocked, hits are not counted. KEYS: the window's count, the
 * block. ARGV: window ms, limit, most hits to lease.
 * Answers { hits counted, ms left in the window, blocked (0/1), ms left in the block, hits leased }.
 */
const HIT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), 1, blockLeft, 0 }
end
local limit = tonumber(ARGV[2])
local counted = tonumber(redis.call('GET', KEYS[1]) or '0')
local lease = math.max(1, math.min(tonumber(ARGV[3]), math.floor((limit - counted) / 8)))
local hits = redis.call('INCRBY', KEYS[1], lease)
local windowLeft = redis.call('PTTL', KEYS[1])
if windowLeft < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  windowLeft = tonumber(ARGV[1])
end
if hits > limit then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
  return { hits, windowLeft, 1, tonumber(ARGV[1]), 0 }
end
return { hits, windowLeft, 0, 0, lease }`;

/**
 * The most hits one process leases at once. A tracker's requests then ask Redis once per lease,
 * not once per request; the price is that hits leased and not used by one process are not
 * available to another before the window ends, so that across N processes a tracker can be held
 * back up to N × 15 hits before its limit, never let past it.
 */
const MOST_LEASED = 16;

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

type HitCommand = (
  count: string,
  block: string,
  windowMs: number,
  limit: number,
  mostLeased: number,
) => Promise<number[]>;

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/**
 * Rate-limit counters in Redis, shared by every API process, so that a limit holds however many
 * run. A process counts hits ahead in leases (MOST_LEASED) and spends them without asking Redis
 * again. The script is sent once and then named by its hash (EVALSHA). When Redis does not answer,
 * requests are let through (logged once per outage): the rate limit protects the service, it must
 * not take it down.
 */
export class RateLimitCounter {
  private readonly logger = new Logger('RateLimit');
  private readonly hit: HitCommand;
  private failing = false;
  private readonly leases = new RateLimitLeases();

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
    const now = Date.now();
    const leased = this.leases.spend(tracker, limit, now);
    if (!leased) return this.countInRedis(tracker, limit, now);
    const windowLeftSeconds = seconds(leased.windowEndsAt - now);
    return { hits: leased.hits, windowLeftSeconds, blocked: false, blockLeftSeconds: 0 };
  }

  private async countInRedis(tracker: string, limit: number, askedAt: number): Promise<RateLimitHit> {
    // The hash tag keeps both keys of one tracker in one slot of a Redis Cluster.
    const base = `${this.prefix}:rate-limit:{${tracker}}`;
    try {
      const [hits, windowLeft, blocked, blockLeft, leased] = await withinTime(
        this.hit(`${base}:hits`, `${base}:block`, this.windowMs, limit, MOST_LEASED),
        HIT_TIMEOUT_MS,
        'Redis (rate limit)',
      );
      this.failing = false;
      // Timed from the asking, so that a lease never outlives the window it was counted in.
      if (leased > 1)
        this.leases.keep(
          tracker,
          { limit, countedWith: hits, left: leased - 1, windowEndsAt: askedAt + windowLeft },
          Date.now(),
        );
      return {
        hits: hits - Math.max(0, leased - 1),
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
