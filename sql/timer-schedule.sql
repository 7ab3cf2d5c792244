-- Generated from src/courses/effects/timer-schedule.ts by `npm run sql:snapshots`; do not edit.

-- TimerSchedule.record
WITH fired AS (
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
SELECT (SELECT count(*)::int FROM fired) AS fired, (SELECT count(*) FROM cancelled) AS cancelled, (SELECT count(*) FROM scheduled) AS scheduled;
