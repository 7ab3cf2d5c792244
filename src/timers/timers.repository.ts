import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TimerKey } from '@workflows/icm-course';
import { preparedStatement } from '@src/database/prepared-statement';

export interface TimerRow {
  id: string;
  dueAt: Date;
  firedAt: Date | null;
  cancelledAt: Date | null;
}

/** Most places an outreach visit may look; the newest first. */
const WHEREABOUTS_SHOWN = 5;

const FIND_TIMER = preparedStatement(
  'timer-find',
  `SELECT id::text, due_at AS "dueAt", fired_at AS "firedAt", cancelled_at AS "cancelledAt"
       FROM timers WHERE course_id = $1 AND kind = $2 AND subject = $3`,
);

const LAST_KNOWN_WHEREABOUTS = preparedStatement(
  'timer-last-whereabouts',
  `SELECT whereabouts FROM (
         SELECT whereabouts, max(contact_at) AS seen FROM contacts
         WHERE course_id = $1 AND whereabouts IS NOT NULL GROUP BY whereabouts
         ORDER BY seen DESC LIMIT $2) recent
       UNION ALL
       SELECT whereabouts FROM referrals WHERE course_id = $1 AND whereabouts IS NOT NULL`,
);

@Injectable()
export class TimersRepository {
  async find(db: EntityManager, courseId: string, key: TimerKey): Promise<TimerRow | undefined> {
    const rows = await db.query(FIND_TIMER, [courseId, key.kind, key.subject]);
    return rows[0];
  }

  /** A timer whose event the course no longer accepts will never fire; it stops being pending. */
  async cancel(db: EntityManager, courseId: string, key: TimerKey): Promise<void> {
    await db.query(
      `UPDATE timers SET cancelled_at = now() WHERE course_id = $1 AND kind = $2 AND subject = $3 AND fired_at IS NULL AND cancelled_at IS NULL`,
      [courseId, key.kind, key.subject],
    );
  }

  /** The citizen's last known whereabouts: from recent contacts, then from the referral. */
  async lastKnownWhereabouts(db: EntityManager, courseId: string): Promise<string[]> {
    const rows: { whereabouts: string }[] = await db.query(LAST_KNOWN_WHEREABOUTS, [courseId, WHEREABOUTS_SHOWN]);
    return [...new Set(rows.map((row) => row.whereabouts))];
  }
}
