import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { dueAt, sameTimer, type TimerKey, type TimerPeriods, type TimerSpec } from '@workflows/icm-course';
import { Conflict } from '@src/problems/domain-error';
import { TIMER_PERIODS } from '@src/courses/timer-periods';
import type { SideEffect } from '@src/courses/courses.repository';
import { preparedStatement } from '@src/database/prepared-statement';

/** What one event changes in a course's timers. */
export interface TimerChange {
  fired?: TimerKey;
  cancelled: TimerKey[];
  scheduled: (TimerKey & { dueAt: string })[];
}

/** The outbox kind whose job fires a timer when it is due. */
export const TIMER_DUE = 'timerDue';

const RECORD_TIMER_CHANGE = preparedStatement(
  'timers-record-change',
  `WITH fired AS (
         UPDATE timers SET fired_at = now()
         WHERE course_id = $1 AND kind = $2 AND subject = $3 AND fired_at IS NULL AND cancelled_at IS NULL RETURNING id),
       cancelled AS (
         UPDATE timers SET cancelled_at = now()
         FROM unnest($4::text[], $5::text[]) AS gone (kind, subject)
         WHERE timers.course_id = $1 AND timers.kind = gone.kind AND timers.subject = gone.subject
           AND timers.fired_at IS NULL AND timers.cancelled_at IS NULL RETURNING id),
       scheduled AS (
         INSERT INTO timers (course_id, kind, subject, due_at)
         SELECT $1, kind, subject, due_at FROM unnest($6::text[], $7::text[], $8::timestamptz[]) AS due (kind, subject, due_at)
         ON CONFLICT (course_id, kind, subject) DO UPDATE SET cancelled_at = NULL, due_at = EXCLUDED.due_at
         WHERE timers.fired_at IS NULL RETURNING id)
       SELECT (SELECT count(*)::int FROM fired) AS fired, (SELECT count(*) FROM cancelled) AS cancelled, (SELECT count(*) FROM scheduled) AS scheduled`,
);

/**
 * Keeps the `timers` table equal to what the machine's context needs: PostgreSQL holds every due
 * time, Redis only the alarm clock. Runs in the event's transaction.
 */
@Injectable()
export class TimerSchedule {
  constructor(@Inject(TIMER_PERIODS) private readonly periods: TimerPeriods) {}

  /** The difference between the timers before and after an event; `fired` is the one that caused it. */
  change(before: TimerSpec[], after: TimerSpec[], fired: TimerKey | undefined): TimerChange {
    const isFired = (timer: TimerKey) => fired !== undefined && sameTimer(timer, fired);
    return {
      fired,
      cancelled: before.filter((timer) => !isFired(timer) && !after.some((next) => sameTimer(next, timer))).map(keyOf),
      scheduled: after
        .filter((timer) => !before.some((previous) => sameTimer(previous, timer)))
        .map((timer) => ({ ...keyOf(timer), dueAt: dueAt(timer, this.periods) })),
    };
  }

  /** One outbox row per new timer: the delayed job that wakes it. */
  alarms(change: TimerChange): SideEffect[] {
    return change.scheduled.map((timer) => ({ kind: TIMER_DUE, payload: keyOf(timer), dueAt: timer.dueAt }));
  }

  /**
   * Marks the fired timer (refusing a timer that already fired or was cancelled: the unique key
   * and this check make a job that runs twice change nothing), cancels the ones no longer needed
   * and schedules the new ones; a timer needed again after a cancellation is revived.
   */
  async record(db: EntityManager, courseId: string, change: TimerChange): Promise<void> {
    if (!change.fired && change.cancelled.length === 0 && change.scheduled.length === 0) return;
    const [{ fired }] = await db.query(RECORD_TIMER_CHANGE, [
      courseId,
      change.fired?.kind ?? null,
      change.fired?.subject ?? null,
      change.cancelled.map((timer) => timer.kind),
      change.cancelled.map((timer) => timer.subject),
      change.scheduled.map((timer) => timer.kind),
      change.scheduled.map((timer) => timer.subject),
      change.scheduled.map((timer) => timer.dueAt),
    ]);
    if (change.fired && fired !== 1) {
      throw new Conflict(
        'timer-not-pending',
        'The timer is not pending',
        `${change.fired.kind} ${change.fired.subject} has fired or was cancelled`,
      );
    }
  }
}

const keyOf = (timer: TimerKey): TimerKey => ({ kind: timer.kind, subject: timer.subject });
