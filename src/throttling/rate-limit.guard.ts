import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { Caller } from '@src/auth/roles';
import { TokenVerifier } from '@src/auth/token-verifier';
import { AppConfig } from '@src/config/app-config';
import { RateLimitCounter } from './rate-limit-counter';
import { RateLimited } from './rate-limited';

/** Probes and scrapes come often by design and from few addresses; they are never limited. */
export const UNLIMITED_PATHS = new Set(['/health', '/health/ready', '/metrics']);

/**
 * Limits requests per staff member (the verified token's subject), else per client address, across
 * every route at once: RATE_LIMIT_PER_MINUTE and RATE_LIMIT_ANONYMOUS_PER_MINUTE. It runs before the
 * access guard, so that a request with a missing or forged token counts against its address:
 * guessing tokens is limited too. Answers carry the X-RateLimit-* headers; a refusal is a 429 with
 * Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly counter: RateLimitCounter,
    private readonly verifier: TokenVerifier,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { caller?: Caller }>();
    if (UNLIMITED_PATHS.has(request.path)) return true;
    // Verified once: the access guard finds the token among those already verified.
    const caller = await this.verifier.verify(request.headers.authorization).catch(() => undefined);
    request.caller = caller;
    const [tracker, limit] = caller
      ? [`staff:${caller.staffId}`, this.config.RATE_LIMIT_PER_MINUTE]
      : [`address:${normalizeIp(request.ip ?? '')}`, this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE];
    const hit = await this.counter.count(tracker, limit);
    const response = http.getResponse<Response>();
    if (hit.blocked) {
      response.setHeader('Retry-After', hit.blockLeftSeconds);
      throw new RateLimited(hit.blockLeftSeconds);
    }
    response.setHeader('X-RateLimit-Limit', limit);
    response.setHeader('X-RateLimit-Remaining', Math.max(0, limit - hit.hits));
    response.setHeader('X-RateLimit-Reset', hit.windowLeftSeconds);
    return true;
  }
}
