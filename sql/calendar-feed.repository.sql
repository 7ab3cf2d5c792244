-- Generated from src/calendar/calendar-feed.repository.ts by `npm run sql:snapshots`; do not edit.

-- CalendarFeedRepository.replaceToken
UPDATE staff SET calendar_token_hash = $2 WHERE id = $1;

-- CalendarFeedRepository.ownerOf
SELECT id FROM staff WHERE calendar_token_hash = $1;

-- CalendarFeedRepository.appointmentsOf
SELECT a.id, a.course_id AS "courseId", c.citizen_id AS "citizenId", z.name_encrypted AS "nameEncrypted",
  a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.cancelled_at IS NOT NULL AS cancelled, a.sequence
FROM courses c
JOIN appointments a ON a.course_id = c.id AND a.starts_at > now() - interval '30 days'
JOIN citizens z ON z.id = c.citizen_id
WHERE c.case_manager_id = $1 AND c.phase <> 'closed'
ORDER BY a.starts_at, a.id;
