import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** The SQLSTATE of a failed statement (`23514`, ...), which names the kind of failure and no value. */
const sqlStateOf = (error: string | Error): string | undefined =>
  typeof error === 'object' ? (error as { code?: unknown }).code?.toString() : undefined;

/**
 * TypeORM's log lines, through the project's JSON logger (README, "Logs"). A statement's parameters
 * are never written, and neither is the server's message about a failed one: both may hold the
 * values a request sent (a note with a CPR number, a name). The statement's text and SQLSTATE are
 * enough to find the failing query; the request id on the line finds the request.
 */
export class DatabaseLog implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    // Statements that succeed are not logged: their parameters are personal data.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ msg: 'statement failed', sqlState: sqlStateOf(error), statement: oneLine(query) });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow statement', durationMs: time, statement: oneLine(query) });
  }

  logSchemaBuild(): void {
    // Never on: the schema changes through migrations only.
  }

  logMigration(): void {
    // The migrations applied are in schema_migrations, and /health/ready checks them.
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // TypeORM's own warnings (a deprecated option, a pool notice) name no request's values; its
    // informational chatter (which migration files it found) is left out.
    if (level === 'warn') this.logger.warn(String(message));
  }
}

/** A prepared statement (preparedStatement) reaches here as an object that reads as its text. */
const oneLine = (query: string): string => String(query).replace(/\s+/g, ' ').trim();
