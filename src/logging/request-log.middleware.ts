import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { currentRequestId } from './request-context';
import { routeOf } from './request-route';
import { staffIdOf } from './staff-of-request';

const logger = new Logger('Http');

/**
 * One line per HTTP request once its answer is done: method, route pattern (never the raw URL,
 * whose path and query may carry personal data), status, duration, request id and the staff member.
 * Never the body.
 */
export function logRequest(request: Request, response: Response, next: NextFunction): void {
  const started = performance.now();
  // Taken now: the answer may finish outside the request's async context.
  const requestId = currentRequestId();
  response.once('close', () => {
    logger.log({
      msg: 'request',
      method: request.method,
      route: routeOf(request, response),
      status: response.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      requestId,
      staffId: staffIdOf(request),
      ...(response.writableFinished ? {} : { aborted: true }),
    });
  });
  next();
}
