-- Generated from src/timers/timers.repository.ts by `npm run sql:snapshots`; do not edit.

-- TimersRepository.find
SELECT id::text, due_at AS "dueAt", fired_at AS "firedAt", cancelled_at AS "cancelledAt",
  CASE WHEN $4 THEN ARRAY(
    SELECT whereabouts FROM (
      SELECT whereabouts, max(contact_at) AS seen FROM contacts
      WHERE course_id = $1 AND whereabouts IS NOT NULL GROUP BY whereabouts
      ORDER BY seen DESC LIMIT $5) recent
    UNION ALL
    SELECT whereabouts FROM referrals WHERE course_id = $1 AND whereabouts IS NOT NULL)
  END AS whereabouts
FROM timers WHERE course_id = $1 AND kind = $2 AND subject = $3;

-- TimersRepository.cancel
UPDATE timers SET cancelled_at = now() WHERE course_id = $1 AND kind = $2 AND subject = $3 AND fired_at IS NULL AND cancelled_at IS NULL;
