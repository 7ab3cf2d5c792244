import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedCount } from '@src/database/changed-rows';

export interface FeedAppointment {
  id: string;
  courseId: string;
  citizenId: string;
  nameEncrypted: Buffer | null;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  sequence: number;
}

/** How far back the feed reaches: calendar clients keep what they already have. */
const FEED_LOOKBACK = `interval '30 days'`;

@Injectable()
export class CalendarFeedRepository {
  /** Stores the new token's hash in place of the old one; false when there is no such staff member. */
  async replaceToken(db: EntityManager, staffId: string, tokenHash: Buffer): Promise<boolean> {
    const updated = await affectedCount(db, `UPDATE staff SET calendar_token_hash = $2 WHERE id = $1`, [
      staffId,
      tokenHash,
    ]);
    return updated === 1;
  }

  async ownerOf(db: EntityManager, tokenHash: Buffer): Promise<string | undefined> {
    const rows = await db.query(`SELECT id FROM staff WHERE calendar_token_hash = $1`, [tokenHash]);
    return rows[0]?.id;
  }

  /** The appointments of the open courses the staff member is case manager of, from a month back. */
  async appointmentsOf(db: EntityManager, staffId: string): Promise<FeedAppointment[]> {
    return db.query(
      `SELECT a.id, a.course_id AS "courseId", c.citizen_id AS "citizenId", z.name_encrypted AS "nameEncrypted",
              a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.cancelled_at IS NOT NULL AS cancelled, a.sequence
       FROM courses c
       JOIN appointments a ON a.course_id = c.id AND a.starts_at > now() - ${FEED_LOOKBACK}
       JOIN citizens z ON z.id = c.citizen_id
       WHERE c.case_manager_id = $1 AND c.phase <> 'closed'
       ORDER BY a.starts_at, a.id`,
      [staffId],
    );
  }
}
