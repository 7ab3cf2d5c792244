import type { Client } from 'pg';
import type { RoutePolicy } from '@src/access/access-policy';
import type { AccessLogRow } from '@src/access-log/access-log.repository';
import type { MatrixRequest } from './access-matrix';

/** One access_log row as the tests compare it: who read whom, without when. */
export type LoggedRead = Omit<AccessLogRow, 'id' | 'at' | 'staffName'>;

const byCitizenAndCourse = (a: LoggedRead, b: LoggedRead) =>
  `${a.citizenId}/${a.courseId}`.localeCompare(`${b.citizenId}/${b.courseId}`);

/** Reads the access log as the database owner, beside the service's own role and connections. */
export class AccessLogReader {
  constructor(private readonly owner: Client) {}

  /** Where the log ends now: the rows a request adds come after it. */
  async end(): Promise<string> {
    const { rows } = await this.owner.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM access_log`);
    return rows[0].id;
  }

  async readsAfter(end: string): Promise<LoggedRead[]> {
    const { rows } = await this.owner.query<LoggedRead>(
      `SELECT staff_id AS "staffId", role, citizen_id AS "citizenId", course_id AS "courseId", method, route
       FROM access_log WHERE id > $1::bigint`,
      [end],
    );
    return rows.sort(byCitizenAndCourse);
  }
}

/**
 * The reads a successful answer must log: the object's course, the citizen the path (or else the
 * answer) names, or
 * each distinct citizen (and course) the list holds.
 */
export function readsOfAnswer(
  route: string,
  policy: RoutePolicy,
  request: MatrixRequest,
  role: string,
  body: unknown,
): LoggedRead[] {
  const read = { staffId: request.staff!.id, role, method: request.method, route };
  switch (policy.logs) {
    case 'course':
      return [{ ...read, citizenId: request.course!.citizenId, courseId: request.course!.id }];
    case 'citizen':
      return [{ ...read, citizenId: request.citizenId ?? (body as { citizenId: string }).citizenId, courseId: null }];
    case 'listed': {
      const listed = new Map(
        (body as { citizenId: string; courseId?: string }[]).map((row) => [`${row.citizenId}/${row.courseId}`, row]),
      );
      return [...listed.values()]
        .map((row) => ({ ...read, citizenId: row.citizenId, courseId: row.courseId ?? null }))
        .sort(byCitizenAndCourse);
    }
    case undefined:
      return [];
  }
}
