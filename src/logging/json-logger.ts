import { hostname } from 'node:os';
import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import { scrubCprLike, REDACTED } from './personal-data-scrub';
import { REDACTED_PATHS } from './redacted-fields';
import { currentRequestId } from './request-context';

/** LOG_LEVEL speaks Nest's names; pino calls `log` info and `verbose` trace. */
const PINO_LEVEL: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

const STACK = /\n\s+at /;

/**
 * One JSON object a line on stdout (or `destination`): the level by name, an ISO time, the
 * process and its instance, the request id in context, and no CPR number, name or token: known
 * fields are redacted by name, and anything shaped like a CPR number is scrubbed from the line.
 */
export function jsonLines(level: LogLevel, service: 'api' | 'worker', destination?: DestinationStream): Logger {
  return pino(
    {
      level: PINO_LEVEL[level],
      // Which instance: several of each run side by side.
      base: { process: service, hostname: hostname(), pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: { streamWrite: scrubCprLike },
    },
    destination,
  );
}

/**
 * Nest's logger interface over pino, so that Nest's own lines and every `new Logger(context)` in
 * the service come out as JSON. A plain object as the message becomes fields (`msg` its text).
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly lines: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.lines.isLevelEnabled(level)) return;
    const fields = fieldsOf(params);
    if (message instanceof Error) {
      this.lines[level]({ ...fields, err: message }, message.message);
    } else if (message !== null && typeof message === 'object') {
      const { msg, ...rest } = message as Record<string, unknown>;
      this.lines[level]({ ...fields, ...rest }, typeof msg === 'string' ? msg : undefined);
    } else {
      this.lines[level](fields, String(message));
    }
  }
}

/**
 * Nest's calling convention: `(message, ...extras, context?)`, where a Logger made with a context
 * appends it last and `error` may pass a stack first.
 */
function fieldsOf(params: unknown[]): Record<string, unknown> {
  const extras = params.filter((param) => param !== undefined);
  const fields: Record<string, unknown> = {};
  const last = extras.at(-1);
  if (typeof last === 'string' && !STACK.test(last)) fields.context = extras.pop();
  for (const extra of extras) {
    if (typeof extra === 'string') fields[STACK.test(extra) ? 'stack' : 'detail'] = extra;
    else if (extra instanceof Error) fields.err = extra;
    else if (extra !== null && typeof extra === 'object') Object.assign(fields, extra);
  }
  return fields;
}
