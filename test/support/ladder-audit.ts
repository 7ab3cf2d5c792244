import type { DataSource } from 'typeorm';
import type { TimerPeriods } from '@workflows/icm-course';
import { stepOffsetMs } from '@workflows/outreach-ladder';

/** The first ladders of some courses, counted at one moment against the clock and the configured delays. */
export interface LadderAudit {
  /** Steps whose due time had passed. */
  due: number;
  fired: number;
  /** Escalation notices in the case managers' inboxes. */
  notices: number;
  /** One line for each course whose fired steps are not exactly its due ones, each once, in order and none early. */
  problems: string[];
}

interface LadderRow {
  courseId: string;
  startedAt: Date | null;
  steps: { step: number; firedAt: string }[];
  notices: Record<string, number>;
  now: Date;
}

/** Steps 1, 2, ... whose due time (the miss plus the step's delay) is at or before `now`. */
function dueSteps(startedAt: Date, now: Date, delays: TimerPeriods['escalation']): number[] {
  const due: number[] = [];
  while (startedAt.getTime() + stepOffsetMs(delays, due.length + 1) <= now.getTime()) due.push(due.length + 1);
  return due;
}

export async function auditLadders(
  db: DataSource,
  courseIds: string[],
  delays: TimerPeriods['escalation'],
): Promise<LadderAudit> {
  const rows: LadderRow[] = await db.query(
    `SELECT c.id AS "courseId", l.started_at AS "startedAt", now() AS now,
       (SELECT coalesce(json_agg(json_build_object('step', s.step, 'firedAt', s.fired_at) ORDER BY s.step), '[]')
        FROM escalation_steps s WHERE s.course_id = c.id AND s.ladder = 1) AS steps,
       (SELECT coalesce(json_object_agg(step, times), '{}') FROM (
          SELECT n.payload->>'step' AS step, count(*) AS times FROM notifications n
          WHERE n.course_id = c.id AND n.recipient_id = c.case_manager_id AND n.kind = 'outreach_escalation' AND (n.payload->>'ladder')::int = 1
          GROUP BY 1) per_step) AS notices
     FROM courses c LEFT JOIN escalation_ladders l ON l.course_id = c.id AND l.ladder = 1
     WHERE c.id = ANY($1)`,
    [courseIds],
  );
  const audit: LadderAudit = { due: 0, fired: 0, notices: 0, problems: [] };
  for (const row of rows) {
    if (!row.startedAt) {
      audit.problems.push(`${row.courseId}: no ladder`);
      continue;
    }
    const due = dueSteps(row.startedAt, row.now, delays);
    const fired = row.steps.map((step) => step.step);
    const firedAt = row.steps.map((step) => Date.parse(step.firedAt));
    const notices = Object.values(row.notices).reduce((sum, times) => sum + Number(times), 0);
    audit.due += due.length;
    audit.fired += fired.length;
    audit.notices += notices;
    if (fired.join() !== due.join()) audit.problems.push(`${row.courseId}: due [${due}], fired [${fired}]`);
    if (firedAt.some((at, i) => at < row.startedAt!.getTime() + stepOffsetMs(delays, fired[i])))
      audit.problems.push(`${row.courseId}: a step fired early`);
    if (firedAt.some((at, i) => i > 0 && at < firedAt[i - 1]))
      audit.problems.push(`${row.courseId}: steps fired out of order`);
    if (fired.some((step) => Number(row.notices[step] ?? 0) !== 1) || notices !== fired.length) {
      audit.problems.push(`${row.courseId}: notices per step ${JSON.stringify(row.notices)} for fired [${fired}]`);
    }
  }
  if (rows.length !== courseIds.length) audit.problems.push(`${courseIds.length - rows.length} courses not found`);
  return audit;
}

/** Timers of these courses still pending although due more than `lateMs` ago. */
export async function overdueTimers(
  db: DataSource,
  courseIds: string[],
  lateMs: number,
): Promise<{ kind: string; subject: string }[]> {
  return db.query(
    `SELECT kind, subject FROM timers
     WHERE course_id = ANY($1) AND fired_at IS NULL AND cancelled_at IS NULL AND due_at < now() - $2 * interval '1 millisecond'`,
    [courseIds, lateMs],
  );
}
