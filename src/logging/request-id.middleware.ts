import type { NextFunction, Request, Response } from 'express';
import { withRequestId } from './request-context';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';

/**
 * Mounted first: gives the request its id, echoes it in the answer and runs everything after it
 * (body parsing, guards, the handler, its transaction) inside the request's context.
 */
export function tagWithRequestId(request: Request, response: Response, next: NextFunction): void {
  const requestId = requestIdFrom(request.headers['x-request-id']);
  response.setHeader(REQUEST_ID_HEADER, requestId);
  withRequestId(requestId, next);
}
