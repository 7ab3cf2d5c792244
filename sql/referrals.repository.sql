-- Generated from src/referrals/referrals.repository.ts by `npm run sql:snapshots`; do not edit.

-- ReferralsRepository.ofCourse
SELECT r.id, r.course_id AS "courseId", c.citizen_id AS "citizenId", c.state, r.referred_by AS "referredBy",
  r.created_at AS "referredAt", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate", r.problem_areas AS "problemAreas",
  r.housing_situation AS "housingSituation", r.whereabouts, r.legal_basis AS "legalBasis",
  r.action_plan_status AS "actionPlanStatus", r.income_type AS "incomeType", r.reason
FROM courses c
JOIN referrals r ON r.course_id = c.id
JOIN citizens z ON z.id = c.citizen_id WHERE r.course_id = $1;

-- ReferralsRepository.insert
INSERT INTO referrals (course_id, citizen_id, referred_by, problem_areas, housing_situation, whereabouts, legal_basis,
    action_plan_status, other_plans, income_type, reason, anchoring, consent_given_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now()) RETURNING id;

-- ReferralsRepository.queue (awaiting_visitation)
SELECT r.id, r.course_id AS "courseId", c.citizen_id AS "citizenId", c.state, r.referred_by AS "referredBy",
  r.created_at AS "referredAt", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate", r.problem_areas AS "problemAreas",
  r.housing_situation AS "housingSituation", r.whereabouts, r.legal_basis AS "legalBasis",
  r.action_plan_status AS "actionPlanStatus", r.income_type AS "incomeType", r.reason
FROM courses c
JOIN referrals r ON r.course_id = c.id
JOIN citizens z ON z.id = c.citizen_id
-- A pseudonymised citizen's referrals left the queue with their birth date.
WHERE c.phase IN ('referral', 'visitation') AND c.state IN ('referral.submitted', 'visitation.deliberating') AND z.pseudonymised_at IS NULL
  AND c.id = ANY(ARRAY(SELECT course_id FROM referrals WHERE referred_by = $3
    UNION ALL
    SELECT c.id FROM courses c
    WHERE $4 AND c.phase IN ('referral', 'visitation')
      AND c.referred_by = ANY(ARRAY(SELECT referrer.id FROM staff me JOIN staff referrer ON referrer.municipality IS NOT DISTINCT FROM me.municipality
        WHERE me.id = $3))
    UNION ALL
    SELECT c.id FROM courses c
    WHERE $4 AND c.snapshot->'context'->>'closureReason' = 'rejected_at_visitation'
      AND c.closed_at > now() - make_interval(secs => $5) AND CASE WHEN c.closed_at > now() - make_interval(secs => $5)
      THEN EXISTS (SELECT 1 FROM course_events e
        WHERE e.course_id = c.id AND e.actor_id = $3
          AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
      ELSE false END))
ORDER BY c.created_at, c.id
LIMIT $1 OFFSET $2;

-- ReferralsRepository.queue (information_requested)
SELECT r.id, r.course_id AS "courseId", c.citizen_id AS "citizenId", c.state, r.referred_by AS "referredBy",
  r.created_at AS "referredAt", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate", r.problem_areas AS "problemAreas",
  r.housing_situation AS "housingSituation", r.whereabouts, r.legal_basis AS "legalBasis",
  r.action_plan_status AS "actionPlanStatus", r.income_type AS "incomeType", r.reason
FROM courses c
JOIN referrals r ON r.course_id = c.id
JOIN citizens z ON z.id = c.citizen_id
-- A pseudonymised citizen's referrals left the queue with their birth date.
WHERE c.phase = 'referral' AND c.state = 'referral.information_requested' AND z.pseudonymised_at IS NULL
  AND c.id = ANY(ARRAY(SELECT course_id FROM referrals WHERE referred_by = $3
    UNION ALL
    SELECT c.id FROM courses c
    WHERE $4 AND c.phase IN ('referral', 'visitation')
      AND c.referred_by = ANY(ARRAY(SELECT referrer.id FROM staff me JOIN staff referrer ON referrer.municipality IS NOT DISTINCT FROM me.municipality
        WHERE me.id = $3))
    UNION ALL
    SELECT c.id FROM courses c
    WHERE $4 AND c.snapshot->'context'->>'closureReason' = 'rejected_at_visitation'
      AND c.closed_at > now() - make_interval(secs => $5) AND CASE WHEN c.closed_at > now() - make_interval(secs => $5)
      THEN EXISTS (SELECT 1 FROM course_events e
        WHERE e.course_id = c.id AND e.actor_id = $3
          AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
      ELSE false END))
ORDER BY c.created_at, c.id
LIMIT $1 OFFSET $2;

-- ReferralsRepository.queue (decided)
SELECT r.id, r.course_id AS "courseId", c.citizen_id AS "citizenId", c.state, r.referred_by AS "referredBy",
  r.created_at AS "referredAt", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate", r.problem_areas AS "problemAreas",
  r.housing_situation AS "housingSituation", r.whereabouts, r.legal_basis AS "legalBasis",
  r.action_plan_status AS "actionPlanStatus", r.income_type AS "incomeType", r.reason
FROM courses c
JOIN referrals r ON r.course_id = c.id
JOIN citizens z ON z.id = c.citizen_id
-- A pseudonymised citizen's referrals left the queue with their birth date.
WHERE c.phase <> 'referral' AND c.state <> 'visitation.deliberating' AND z.pseudonymised_at IS NULL
  AND c.id = ANY(ARRAY(SELECT course_id FROM referrals WHERE referred_by = $3
    UNION ALL
    SELECT c.id FROM courses c
    WHERE $4 AND c.phase IN ('referral', 'visitation')
      AND c.referred_by = ANY(ARRAY(SELECT referrer.id FROM staff me JOIN staff referrer ON referrer.municipality IS NOT DISTINCT FROM me.municipality
        WHERE me.id = $3))
    UNION ALL
    SELECT c.id FROM courses c
    WHERE $4 AND c.snapshot->'context'->>'closureReason' = 'rejected_at_visitation'
      AND c.closed_at > now() - make_interval(secs => $5) AND CASE WHEN c.closed_at > now() - make_interval(secs => $5)
      THEN EXISTS (SELECT 1 FROM course_events e
        WHERE e.course_id = c.id AND e.actor_id = $3
          AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
      ELSE false END))
ORDER BY c.created_at, c.id
LIMIT $1 OFFSET $2;
