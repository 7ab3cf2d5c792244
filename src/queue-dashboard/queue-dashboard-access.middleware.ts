import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { hasAnyRole } from '@src/auth/roles';
import { TokenVerifier } from '@src/auth/token-verifier';
import { Forbidden } from '@src/problems/domain-error';
import { tokenFromCookie } from './dashboard-cookie';

/**
 * The dashboard is Bull Board's express router, which Nest's guards do not reach: this middleware
 * admits admins only, by the usual bearer header or by the dashboard cookie. Its refusals are
 * problem documents like every other (the global filter answers them).
 */
@Injectable()
export class QueueDashboardAccess implements NestMiddleware {
  constructor(private readonly verifier: TokenVerifier) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    const cookieToken = tokenFromCookie(request.headers.cookie);
    const authorization = request.headers.authorization ?? (cookieToken && `Bearer ${cookieToken}`);
    const caller = await this.verifier.verify(authorization);
    if (!hasAnyRole(caller, ['admin'])) throw new Forbidden('The queue dashboard is for admins');
    next();
  }
}
