-- Generated from src/plans/plans.repository.ts by `npm run sql:snapshots`; do not edit.

-- PlansRepository.latestVersion
SELECT coalesce(max(version), 0)::int AS version FROM plan_versions WHERE course_id = $1;

-- PlansRepository.insert
INSERT INTO plan_versions (course_id, version, citizen_wishes, resources, goals, services, linked_plans, drafted_by, event_seq)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING course_id AS "courseId", version, citizen_wishes AS "citizenWishes", resources, goals, services,
  linked_plans AS "linkedPlans", drafted_by AS "draftedBy", drafted_at AS "draftedAt", approved_by AS "approvedBy", approved_at AS "approvedAt";

-- PlansRepository.approve
UPDATE plan_versions SET approved_by = $3, approved_at = now()
WHERE course_id = $1 AND version = $2 AND approved_at IS NULL RETURNING course_id AS "courseId", version, citizen_wishes AS "citizenWishes", resources, goals, services,
  linked_plans AS "linkedPlans", drafted_by AS "draftedBy", drafted_at AS "draftedAt", approved_by AS "approvedBy", approved_at AS "approvedAt";

-- PlansRepository.find
SELECT course_id AS "courseId", version, citizen_wishes AS "citizenWishes", resources, goals, services,
  linked_plans AS "linkedPlans", drafted_by AS "draftedBy", drafted_at AS "draftedAt", approved_by AS "approvedBy", approved_at AS "approvedAt" FROM plan_versions WHERE course_id = $1 AND version = $2;

-- PlansRepository.latest
SELECT course_id AS "courseId", version, citizen_wishes AS "citizenWishes", resources, goals, services,
  linked_plans AS "linkedPlans", drafted_by AS "draftedBy", drafted_at AS "draftedAt", approved_by AS "approvedBy", approved_at AS "approvedAt" FROM plan_versions WHERE course_id = $1 ORDER BY version DESC LIMIT 1;

-- PlansRepository.list
SELECT course_id AS "courseId", version, citizen_wishes AS "citizenWishes", resources, goals, services,
  linked_plans AS "linkedPlans", drafted_by AS "draftedBy", drafted_at AS "draftedAt", approved_by AS "approvedBy", approved_at AS "approvedAt" FROM plan_versions WHERE course_id = $1 ORDER BY version;
