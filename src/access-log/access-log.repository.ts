import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedStatement } from '@src/database/prepared-statement';

/** One read of one citizen's data by one member of staff. */
export interface AccessLogEntry {
  staffId: string;
  /** The role the answer was given under. */
  role: string;
  citizenId: string;
  courseId?: string | null;
  method?: string | null;
  /** The route pattern, not the path: `GET /api/v1/courses/:id`. */
  route: string;
  /** When the read happened; the database's clock when left out. */
  at?: Date;
}

export interface AccessLogRow {
  id: string;
  at: Date;
  staffId: string;
  /** The member's name now, for the auditor's reading; null for an id no staff row has. */
  staffName: string | null;
  role: string;
  citizenId: string;
  courseId: string | null;
  method: string | null;
  route: string;
}

export interface AccessLogPeriod {
  citizenId?: string;
  staffId?: string;
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

export interface AccessLogFilter extends AccessLogPeriod {
  limit: number;
  offset: number;
}

/** Where a chunk ended: its last row's time as PostgreSQL writes it (to the microsecond, which a Date loses) and id. */
export interface AccessLogCursor {
  at: string;
  id: string;
}

/** A row's columns, from `access_log l LEFT JOIN staff s` (FROM_LOG). */
const ROW_COLUMNS = `l.id::text, l.at, l.staff_id AS "staffId", s.name AS "staffName", l.role, l.citizen_id AS "citizenId",
  l.course_id AS "courseId", l.method, l.route`;
const FROM_LOG = `access_log l LEFT JOIN staff s ON s.id = l.staff_id`;
const WHERE_FILTER = `($1::uuid IS NULL OR l.citizen_id = $1) AND ($2::uuid IS NULL OR l.staff_id = $2) AND l.at >= $3 AND l.at < $4`;

/**
 * Inserts the entries given as seven arrays from parameter `$first` on (accessLogParams): a
 * statement of its own, or a CTE of a course's statement that logs the read with the event.
 */
export const INSERT_ACCESS_LOG = (
  first: number,
): string => `INSERT INTO access_log (at, staff_id, role, citizen_id, course_id, method, route)
       SELECT coalesce(at, now()), staff_id, role, citizen_id, course_id, method, route
       FROM unnest($${first}::timestamptz[], $${first + 1}::uuid[], $${first + 2}::text[], $${first + 3}::uuid[], $${first + 4}::uuid[], $${first + 5}::text[], $${first + 6}::text[])
         AS entry (at, staff_id, role, citizen_id, course_id, method, route)`;

export const accessLogParams = (entries: readonly AccessLogEntry[]): unknown[] => [
  entries.map((entry) => entry.at ?? null),
  entries.map((entry) => entry.staffId),
  entries.map((entry) => entry.role),
  entries.map((entry) => entry.citizenId),
  entries.map((entry) => entry.courseId ?? null),
  entries.map((entry) => entry.method ?? null),
  entries.map((entry) => entry.route),
];

const RECORD = preparedStatement('access-log-record', INSERT_ACCESS_LOG(1));

/**
 * The access log's SQL. The service's role may only add rows and read them (the migration
 * `AccessLog` revokes the rest); expired rows go through the database's own purge function.
 */
@Injectable()
export class AccessLogRepository {
  /** All entries in one statement, whatever their number. */
  async record(db: EntityManager, entries: readonly AccessLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await db.query(RECORD, accessLogParams(entries));
  }

  /** Newest first; the caller names a citizen, a member of staff or both. */
  find(db: EntityManager, filter: AccessLogFilter): Promise<AccessLogRow[]> {
    return db.query(
      `SELECT ${ROW_COLUMNS}
       FROM ${FROM_LOG}
       WHERE ${WHERE_FILTER}
       ORDER BY l.at DESC, l.id DESC
       LIMIT $5 OFFSET $6`,
      [filter.citizenId ?? null, filter.staffId ?? null, filter.from, filter.to, filter.limit, filter.offset],
    );
  }

  /**
   * The rows `find` gives for the period, `size` at a time after `after` (the previous chunk's
   * cursor): a keyset, so that the last chunk of a long export costs what the first does.
   */
  async findChunk(
    db: EntityManager,
    filter: AccessLogPeriod,
    size: number,
    after?: AccessLogCursor,
  ): Promise<{ rows: AccessLogRow[]; cursor?: AccessLogCursor }> {
    const found: (AccessLogRow & { cursorAt: string })[] = await db.query(
      `SELECT ${ROW_COLUMNS}, l.at::text AS "cursorAt"
       FROM ${FROM_LOG}
       WHERE ${WHERE_FILTER} AND ($5::timestamptz IS NULL OR (l.at, l.id) < ($5::timestamptz, $6::bigint))
       ORDER BY l.at DESC, l.id DESC
       LIMIT $7`,
      [
        filter.citizenId ?? null,
        filter.staffId ?? null,
        filter.from,
        filter.to,
        after?.at ?? null,
        after?.id ?? null,
        size,
      ],
    );
    const rows = found.map(({ cursorAt: _, ...row }) => row);
    const last = found.at(-1);
    return { rows, cursor: last && { at: last.cursorAt, id: last.id } };
  }

  /** Deletes the rows older than `retention` (an ISO-8601 duration); the database refuses under a year. */
  async purgeExpired(db: EntityManager, retention: string): Promise<number> {
    const [{ purged }] = await db.query(`SELECT purge_expired_access_log($1::interval) AS purged`, [retention]);
    return Number(purged);
  }
}
