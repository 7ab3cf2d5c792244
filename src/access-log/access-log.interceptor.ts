import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { from, type Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Role } from '@src/auth/roles';
import { type AccessLogEntry, AccessLogRepository } from './access-log.repository';
import type { LoggedRequest } from './logged-request';
import { OwedAccessLog, owingAccessLog } from './owed-access-log';

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
    const request = context.switchToHttp().getRequest<LoggedRequest>();
    const { access, caller } = request;
    const logs = access?.policy.logs;
    if (!access || !logs || !caller) return next.handle();
    if (logs !== 'course') {
      const read = { staffId: caller.staffId, method: request.method, route: access.route };
      return next.handle().pipe(
        switchMap((answer) => {
          const entries = citizensIn(logs, request.params, answer).map((citizen) => ({
            ...read,
            role: access.role!,
            ...citizen,
          }));
          return from(this.accessLog.record(this.dataSource.manager, entries).then(() => answer));
        }),
      );
    }
    // A course's read is known before the handler runs: the course's own statement may write it.
    const allowedRoles = access.policy.roles as readonly Role[];
    const owed = new OwedAccessLog(
      access.courseId!,
      { caller, allowedRoles, method: request.method, route: access.route },
      access.course,
    );
    return owingAccessLog(owed, () => next.handle()).pipe(
      switchMap((answer) => from(this.accessLog.record(this.dataSource.manager, owed.remaining()).then(() => answer))),
    );
  }
}

function citizensIn(
  logs: 'listed' | 'citizen',
  params: Record<string, unknown>,
  answer: unknown,
): Pick<AccessLogEntry, 'citizenId' | 'courseId'>[] {
  switch (logs) {
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
  }
}
