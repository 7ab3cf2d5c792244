import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import type { Caller } from '@src/auth/roles';
import { TokenVerifier } from '@src/auth/token-verifier';
import { staffIdOf } from '@src/logging/staff-of-request';
import { RateLimited } from './rate-limited';

/** Probes and scrapes come often by design and from few addresses; they are never limited. */
export const UNLIMITED_PATHS = new Set(['/health', '/health/ready', '/metrics']);

/**
 * Limits requests per staff member (the verified token's subject), else per client address, across
 * every route at once. It runs before the access guard, so that a request with a missing or forged
 * token counts against its address: guessing tokens is limited too.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    if (UNLIMITED_PATHS.has(request.path)) return true;
    // Verified once: the access guard finds the token among those already verified.
    request.caller = await this.verifier.verify(request.headers.authorization).catch(() => undefined);
    return super.canActivate(context);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const staffId = staffIdOf(request);
    return staffId ? `staff:${staffId}` : `address:${await super.getTracker(request)}`;
  }

  /** One count per tracker for all routes together (the default would count each route apart). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RateLimited(limit.timeToBlockExpire);
  }
}
