-- Generated from src/waitlist/waitlist.repository.ts by `npm run sql:snapshots`; do not edit.

-- WaitlistRepository.list
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.version, c.waitlist_team_id AS "teamId", (ARRAY['urgent','high','normal'])[c.waitlist_priority] AS priority,
  c.waitlisted_at AS "waitlistedAt", floor(extract(epoch FROM now() - c.waitlisted_at) / 86400)::int AS "daysWaited",
  to_char((SELECT z.birth_date FROM citizens z WHERE z.id = c.citizen_id), 'YYYY-MM-DD') AS "birthDate"
FROM courses c
WHERE c.state = 'visitation.waitlisted' AND ($1::text IS NULL OR c.waitlist_team_id = $1)
  AND ($2::uuid IS NULL OR c.referred_by = ANY(ARRAY(SELECT referrer.id FROM staff me JOIN staff referrer ON referrer.municipality IS NOT DISTINCT FROM me.municipality
    WHERE me.id = $2)))
ORDER BY c.waitlist_priority, c.waitlisted_at, c.id;

-- WaitlistRepository.offerFor
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.version, c.waitlist_team_id AS "teamId", (ARRAY['urgent','high','normal'])[c.waitlist_priority] AS priority,
  c.waitlisted_at AS "waitlistedAt", floor(extract(epoch FROM now() - c.waitlisted_at) / 86400)::int AS "daysWaited"
FROM staff s JOIN courses c ON c.waitlist_team_id = s.team_id AND c.state = 'visitation.waitlisted'
WHERE s.id = $1
  AND s.max_caseload > (SELECT count(*) FROM courses o WHERE o.case_manager_id = s.id AND o.phase <> 'closed')
ORDER BY c.waitlist_priority, c.waitlisted_at, c.id LIMIT 1;
