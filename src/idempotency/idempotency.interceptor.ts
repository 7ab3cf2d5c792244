import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, type Observable, of, tap } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import { Conflict, ValidationFailed } from '@src/problems/domain-error';
import { IdempotencyRepository } from './idempotency.repository';

const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

/**
 * `Idempotency-Key` on a creating request: the first call runs and its answer is stored; a replay
 * by the same caller with the same key and body gets that answer again and creates nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: IdempotencyRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { caller: Caller }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers['idempotency-key'];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new ValidationFailed([{ field: 'Idempotency-Key', messages: ['must be 1-200 visible ASCII characters'] }]);
    }
    const staffId = request.caller.staffId;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl} ${JSON.stringify(request.body)}`)
      .digest('hex');
    const db = this.dataSource.manager;

    return from(this.keys.claim(db, staffId, key, hash)).pipe(
      mergeMap((first) => {
        if (!first) return from(this.replay(staffId, key, hash, response));
        return next.handle().pipe(
          mergeMap((answer) =>
            from(this.keys.complete(db, staffId, key, response.statusCode, answer)).pipe(mergeMap(() => of(answer))),
          ),
          catchError((error) =>
            from(this.keys.release(db, staffId, key)).pipe(
              tap(() => {
                throw error;
              }),
            ),
          ),
        );
      }),
    );
  }

  private async replay(staffId: string, key: string, hash: string, response: Response): Promise<unknown> {
    const stored = await this.keys.find(this.dataSource.manager, staffId, key);
    if (!stored || stored.status === null) {
      throw new Conflict(
        'idempotent-request-running',
        'The first request with this key is still running',
        'Retry in a moment',
      );
    }
    if (stored.requestHash !== hash) {
      throw new ValidationFailed([
        { field: 'Idempotency-Key', messages: ['was already used for a different request'] },
      ]);
    }
    response.status(stored.status);
    response.setHeader('Idempotent-Replayed', 'true');
    return stored.response;
  }
}
