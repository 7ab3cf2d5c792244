import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-error';

export const PROBLEM_TYPE_BASE = 'https://icm.example.dk/problems/';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

/** The one place that turns any thrown error into an RFC 9457 answer; no stack ever leaves. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = problemOf(error);
    if (body.status >= 500) {
      // The message only: error text from drivers may echo parameters, which can hold personal data.
      this.logger.error(`${body.status} ${error instanceof Error ? error.name : 'unknown error'}`);
    }
    sendProblem(response, body);
  }
}

export function sendProblem(response: Response, body: ProblemBody): void {
  response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/** The RFC 9457 body of any thrown error. */
export function problemOf(error: unknown): ProblemBody {
  if (error instanceof DomainError) {
    return {
      type: PROBLEM_TYPE_BASE + error.slug,
      title: error.title,
      status: error.status,
      detail: error.detail,
      ...error.extensions,
    };
  }
  // Nest wraps body-parser's refusals in an HttpException whose cause is the original.
  if (error instanceof HttpException && isBodyParserError(error.cause)) return bodyProblem(error.cause);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const answer = error.getResponse();
    const message = typeof answer === 'string' ? answer : (answer as { message?: unknown }).message;
    return {
      type: 'about:blank',
      title: error.name.replace(/Exception$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'),
      status,
      detail: Array.isArray(message) ? message.join('; ') : String(message ?? error.message),
    };
  }
  return { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred' };
}

interface BodyParserError {
  status: number;
  type: string;
  message: string;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const status = (error as { status?: unknown })?.status;
  return (
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    typeof (error as { type?: unknown }).type === 'string'
  );
}

/** A body refused before any route saw it: too large (BODY_LIMIT), not JSON, or in an unknown encoding. */
function bodyProblem(error: BodyParserError): ProblemBody {
  if (error.type === 'entity.too.large') {
    const detail = `The request body is larger than the limit of ${error.limit} bytes`;
    return { type: PROBLEM_TYPE_BASE + 'body-too-large', title: 'Request body too large', status: 413, detail };
  }
  // JSON.parse's own message quotes the body, which may hold personal data.
  const detail = error.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : error.message;
  return { type: 'about:blank', title: 'Malformed request body', status: error.status, detail };
}
