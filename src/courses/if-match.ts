import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { ValidationFailed } from '@src/problems/domain-error';

/** The course version a client read, from `If-Match` (`"3"`, `3` or `W/"3"`): a stale one is a 409 later. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const version = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())?.[1];
  if (!version) throw new ValidationFailed([{ field: 'If-Match', messages: ['must be the course version, e.g. "3"'] }]);
  return Number(version);
}

/** The route's `If-Match` as the course version the client read (undefined when absent). */
export const ExpectedVersion = createParamDecorator((_: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<Request>().headers['if-match']),
);

/** Documents the optional `If-Match` of a route that changes a course. */
export const AcceptsIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The course version you read (ETag); a stale one is refused with 409 version-conflict',
  });
