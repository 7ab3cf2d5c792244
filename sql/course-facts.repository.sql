-- Generated from src/courses/course-facts.repository.ts by `npm run sql:snapshots`; do not edit.

-- CourseFactsRepository.find (course)
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.referred_by AS "referredBy",
  c.case_manager_id AS "caseManagerId", c.phase, c.snapshot->'context'->>'closureReason' AS "closureReason",
  EXISTS (SELECT 1 FROM staff me
    WHERE me.id = $2 AND (me.team_id = c.waitlist_team_id
        OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id))) AS "inCallersTeam",
  EXISTS (SELECT 1 FROM staff me JOIN staff referrer ON referrer.id = c.referred_by
    WHERE me.id = $2 AND me.municipality IS NOT DISTINCT FROM referrer.municipality) AS "inCallersMunicipality",
  CASE WHEN c.closed_at > now() - make_interval(secs => $3)
  THEN EXISTS (SELECT 1 FROM course_events e
    WHERE e.course_id = c.id AND e.actor_id = $2
      AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
  ELSE false END AS "votedOnRecentClosure"
FROM courses c WHERE c.id = $1::uuid;

-- CourseFactsRepository.find (appointment)
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.referred_by AS "referredBy",
  c.case_manager_id AS "caseManagerId", c.phase, c.snapshot->'context'->>'closureReason' AS "closureReason",
  EXISTS (SELECT 1 FROM staff me
    WHERE me.id = $2 AND (me.team_id = c.waitlist_team_id
        OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id))) AS "inCallersTeam",
  EXISTS (SELECT 1 FROM staff me JOIN staff referrer ON referrer.id = c.referred_by
    WHERE me.id = $2 AND me.municipality IS NOT DISTINCT FROM referrer.municipality) AS "inCallersMunicipality",
  CASE WHEN c.closed_at > now() - make_interval(secs => $3)
  THEN EXISTS (SELECT 1 FROM course_events e
    WHERE e.course_id = c.id AND e.actor_id = $2
      AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
  ELSE false END AS "votedOnRecentClosure"
FROM courses c WHERE c.id = (SELECT course_id FROM appointments WHERE id = $1);

-- CourseFactsRepository.find (closureProposal)
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.referred_by AS "referredBy",
  c.case_manager_id AS "caseManagerId", c.phase, c.snapshot->'context'->>'closureReason' AS "closureReason",
  EXISTS (SELECT 1 FROM staff me
    WHERE me.id = $2 AND (me.team_id = c.waitlist_team_id
        OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id))) AS "inCallersTeam",
  EXISTS (SELECT 1 FROM staff me JOIN staff referrer ON referrer.id = c.referred_by
    WHERE me.id = $2 AND me.municipality IS NOT DISTINCT FROM referrer.municipality) AS "inCallersMunicipality",
  CASE WHEN c.closed_at > now() - make_interval(secs => $3)
  THEN EXISTS (SELECT 1 FROM course_events e
    WHERE e.course_id = c.id AND e.actor_id = $2
      AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
  ELSE false END AS "votedOnRecentClosure"
FROM courses c WHERE c.id = (SELECT course_id FROM closure_proposals WHERE id = $1);
