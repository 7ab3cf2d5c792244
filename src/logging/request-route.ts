import type { Request, RequestHandler, Response } from 'express';

/** Requests that matched no route share one label, so that probing for paths cannot grow the series without end. */
const UNMATCHED = 'unmatched';

/** The route pattern a request matched (`/api/v1/courses/:id/events`), never its raw URL: for the request log and the metrics. */
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
