import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request } from 'express';
import { staffIdOf } from '../logging/staff-of-request';
import { RateLimited } from './rate-limited';

/** Probes and scrapes come often by design and from few addresses; they are never limited. */
export const UNLIMITED_PATHS = new Set(['/health', '/health/ready', '/metrics']);

/**
 * Limits requests per staff member (the token's subject) once the access guard has verified the
 * caller, else per client address, across every route at once. Registered after the access guard,
 * so `request.caller` is set when there is one.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return UNLIMITED_PATHS.has(context.switchToHttp().getRequest<Request>().path);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const staffId = staffIdOf(request);
    return staffId ? `staff:${staffId}` : `address:${await super.getTracker(request)}`;
  }

  /** One count per tracker for all routes together (the default would count each route apart). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimited(limit.timeToBlockExpire);
  }
}
