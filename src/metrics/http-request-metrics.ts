import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Histogram, Registry } from 'prom-client';

/** Requests that matched no route share one label, so that probing for paths cannot grow the series without end. */
const UNMATCHED = 'unmatched';

/** The route pattern a request matched (`/api/v1/courses/:id/events`), never its raw URL. */
export function routeOf(request: Request, response: Response): string {
  const pattern = request.route?.path;
  if (typeof pattern === 'string') return `${request.baseUrl}${pattern}`;
  return typeof response.locals.reportedRoute === 'string' ? response.locals.reportedRoute : UNMATCHED;
}

/** Names the route of handlers mounted beside Nest's router (the queue dashboard), which has none of its own. */
export const reportRouteAs =
  (route: string): RequestHandler =>
  (_request, response, next) => {
    response.locals.reportedRoute = route;
    next();
  };

/** Duration of every HTTP request by method, route pattern and status, as a histogram. */
@Injectable()
export class HttpRequestMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }

  /** Express middleware, mounted before every route so that refusals by guards and 404s are timed too. */
  readonly measure = (request: Request, response: Response, next: NextFunction): void => {
    const stop = this.duration.startTimer();
    response.once('finish', () =>
      stop({ method: request.method, route: routeOf(request, response), status: String(response.statusCode) }),
    );
    next();
  };
}
