import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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

const ROW_COLUMNS = `id::text, at, staff_id AS "staffId", role, citizen_id AS "citizenId", course_id AS "courseId", method, route`;

/**
 * The access log's SQL. The service's role may only add rows and read them (the migration
 * `AccessLog` revokes the rest); expired rows go through the database's own purge function.
 */
@Injectable()
export class AccessLogRepository {
  /** All entries in one statement, whatever their number. */
  async record(db: EntityManager, entries: readonly AccessLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await db.query(
      `INSERT INTO access_log (at, staff_id, role, citizen_id, course_id, method, route)
       SELECT coalesce(at, now()), staff_id, role, citizen_id, course_id, method, route
       FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::text[])
         AS entry (at, staff_id, role, citizen_id, course_id, method, route)`,
      [
        entries.map((entry) => entry.at ?? null),
        entries.map((entry) => entry.staffId),
        entries.map((entry) => entry.role),
        entries.map((entry) => entry.citizenId),
        entries.map((entry) => entry.courseId ?? null),
        entries.map((entry) => entry.method ?? null),
        entries.map((entry) => entry.route),
      ],
    );
  }

  /** Newest first; the caller names a citizen, a member of staff or both. */
  find(db: EntityManager, filter: AccessLogFilter): Promise<AccessLogRow[]> {
    return db.query(
      `SELECT ${ROW_COLUMNS}
       FROM access_log
       WHERE ($1::uuid IS NULL OR citizen_id = $1) AND ($2::uuid IS NULL OR staff_id = $2) AND at >= $3 AND at < $4
       ORDER BY at DESC, id DESC
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
      `SELECT ${ROW_COLUMNS}, at::text AS "cursorAt"
       FROM access_log
       WHERE ($1::uuid IS NULL OR citizen_id = $1) AND ($2::uuid IS NULL OR staff_id = $2) AND at >= $3 AND at < $4
         AND ($5::timestamptz IS NULL OR (at, id) < ($5::timestamptz, $6::bigint))
       ORDER BY at DESC, id DESC
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
