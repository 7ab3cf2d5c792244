import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { from, type Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { type AccessLogEntry, AccessLogRepository } from '@src/access-log/access-log.repository';
import { OwedAccessLog, owingAccessLog } from '@src/access-log/owed-access-log';
import type { AccessRequest } from './access.guard';

interface CitizenRow {
  citizenId?: string;
  courseId?: string;
}

/**
 * Writes who read whose data, after the handler succeeded and before the answer leaves: an answer
 * whose log row cannot be written is not sent. Refused requests never reach this point. A course
 * event's transaction writes the row itself (OwedAccessLog); what it did not is written here.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AccessRequest>();
    const { access, caller } = request;
    if (!access?.policy.logs || !caller) return next.handle();
    const base = { staffId: caller.staffId, role: access.role, method: request.method, route: access.route };
    const entriesOf = (answer: unknown) =>
      citizensIn(access, request.params, answer).map((citizen) => ({ ...base, ...citizen }));
    // A course's read is known before the handler runs: the course's transaction may write it.
    const owed = access.policy.logs === 'course' ? new OwedAccessLog(entriesOf(undefined)) : undefined;
    const handled = owed ? owingAccessLog(owed, () => next.handle()) : next.handle();
    return handled.pipe(
      switchMap((answer) => {
        const entries = owed ? owed.remaining : entriesOf(answer);
        return from(this.accessLog.record(this.dataSource.manager, entries).then(() => answer));
      }),
    );
  }
}

function citizensIn(
  access: NonNullable<AccessRequest['access']>,
  params: Record<string, unknown>,
  answer: unknown,
): Pick<AccessLogEntry, 'citizenId' | 'courseId'>[] {
  switch (access.policy.logs) {
    case 'course':
      return [{ citizenId: access.course!.citizenId, courseId: access.course!.courseId }];
    case 'citizen': {
      // A look-up names the citizen in its answer, not its path (ACCESS_POLICY's `logs`).
      const citizenId = (params.citizenId as string | undefined) ?? (answer as CitizenRow).citizenId!;
      return [{ citizenId, courseId: null }];
    }
    case 'listed': {
      const rows = (Array.isArray(answer) ? answer : []) as CitizenRow[];
      const seen = new Map(rows.filter((row) => row.citizenId).map((row) => [`${row.citizenId}/${row.courseId}`, row]));
      return [...seen.values()].map((row) => ({ citizenId: row.citizenId!, courseId: row.courseId ?? null }));
    }
    case undefined:
      return [];
  }
}
