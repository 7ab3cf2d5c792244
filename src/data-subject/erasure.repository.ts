import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ageAtReferral } from '@src/reports/report-cohort';

/** Where a citizen stands against the retention rule. */
export interface RetentionState {
  courseIds: string[];
  openCourseId: string | null;
  lastClosedAt: Date | null;
  /** The last closure plus the retention; null without a closed course. */
  erasableFrom: Date | null;
  erasable: boolean;
}

/**
 * The retention rule over a citizen's courses grouped as `c` ($1 is the retention, an ISO-8601
 * duration that PostgreSQL reads as an interval, years and months by the calendar): no course
 * open, and the last closed longer ago than the retention.
 */
const ERASABLE = `count(c.id) FILTER (WHERE c.phase <> 'closed') = 0 AND coalesce(max(c.closed_at) + $1::interval <= now(), true)`;

@Injectable()
export class ErasureRepository {
  async retentionOf(db: EntityManager, citizenId: string, retention: string): Promise<RetentionState> {
    const [state] = await db.query(
      `SELECT coalesce(array_agg(c.id::text ORDER BY c.created_at), '{}') AS "courseIds",
              (array_agg(c.id) FILTER (WHERE c.phase <> 'closed'))[1] AS "openCourseId",
              max(c.closed_at) AS "lastClosedAt", max(c.closed_at) + $1::interval AS "erasableFrom", ${ERASABLE} AS erasable
       FROM courses c WHERE c.citizen_id = $2`,
      [retention, citizenId],
    );
    return state;
  }

  /** Up to `limit` citizens, not yet pseudonymised, whose retention has run out; by id, after `after`. */
  async erasableCitizens(db: EntityManager, retention: string, after: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT z.id FROM citizens z LEFT JOIN courses c ON c.citizen_id = z.id
       WHERE z.pseudonymised_at IS NULL AND ($2::uuid IS NULL OR z.id > $2)
       GROUP BY z.id HAVING ${ERASABLE}
       ORDER BY z.id LIMIT $3`,
      [retention, after, limit],
    );
    return rows.map((row) => row.id);
  }

  /** The outcome report's age at referral, kept on each referral before the birth date goes. */
  async keepAgeAtReferral(db: EntityManager, citizenId: string): Promise<void> {
    await db.query(
      `UPDATE referrals r SET citizen_age_at_referral = ${ageAtReferral('c', 'z')}
       FROM courses c JOIN citizens z ON z.id = c.citizen_id
       WHERE r.course_id = c.id AND c.citizen_id = $1`,
      [citizenId],
    );
  }

  /** The outbox rows of the citizen's courses whose jobs carry notification details. */
  async notifyRows(db: EntityManager, citizenId: string): Promise<{ id: string; createdAt: Date }[]> {
    return db.query(
      `SELECT o.id, o.created_at AS "createdAt" FROM outbox o JOIN courses c ON c.id = o.course_id
       WHERE c.citizen_id = $1 AND o.kind = 'notify'`,
      [citizenId],
    );
  }

  /** The event log takes payload rewrites for the rest of this transaction (migration 1763900000022). */
  async allowPayloadRewrites(db: EntityManager): Promise<void> {
    await db.query(`SELECT set_config('icm.pseudonymising', 'on', true)`);
  }
}
