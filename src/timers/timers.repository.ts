import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TimerKey } from '@workflows/icm-course';
import { preparedStatement } from '@src/database/prepared-statement';

export interface TimerRow {
  id: string;
  dueAt: Date;
  firedAt: Date | null;
  cancelledAt: Date | null;
  /** An escalation step's: where the citizen was last known to be, each place once. */
  whereabouts: string[];
}

/** Most places an outreach visit may look; the newest first. */
const WHEREABOUTS_SHOWN = 5;

/**
 * The timer, and for an escalation step ($4) the citizen's last known whereabouts that the step's
 * event carries (from recent contacts, newest first, then from the referral), in one round trip.
 */
const FIND_TIMER = preparedStatement(
  'timer-find',
  `SELECT id::text, due_at AS "dueAt", fired_at AS "firedAt", cancelled_at AS "cancelledAt",
          CASE WHEN $4 THEN ARRAY(
            SELECT whereabouts FROM (
              SELECT whereabouts, max(contact_at) AS seen FROM contacts
              WHERE course_id = $1 AND whereabouts IS NOT NULL GROUP BY whereabouts
              ORDER BY seen DESC LIMIT $5) recent
            UNION ALL
            SELECT whereabouts FROM referrals WHERE course_id = $1 AND whereabouts IS NOT NULL)
          END AS whereabouts
   FROM timers WHERE course_id = $1 AND kind = $2 AND subject = $3`,
);

@Injectable()
export class TimersRepository {
  async find(db: EntityManager, courseId: string, key: TimerKey): Promise<TimerRow | undefined> {
    const withWhereabouts = key.kind === 'escalation_step';
    const rows: (Omit<TimerRow, 'whereabouts'> & { whereabouts: string[] | null })[] = await db.query(FIND_TIMER, [
      courseId,
      key.kind,
      key.subject,
      withWhereabouts,
      WHEREABOUTS_SHOWN,
    ]);
    return rows[0] && { ...rows[0], whereabouts: [...new Set(rows[0].whereabouts ?? [])] };
  }

  /** A timer whose event the course no longer accepts will never fire; it stops being pending. */
  async cancel(db: EntityManager, courseId: string, key: TimerKey): Promise<void> {
    await db.query(
      `UPDATE timers SET cancelled_at = now() WHERE course_id = $1 AND kind = $2 AND subject = $3 AND fired_at IS NULL AND cancelled_at IS NULL`,
      [courseId, key.kind, key.subject],
    );
  }
}
