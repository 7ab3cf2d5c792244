-- Generated from src/courses/courses.repository.ts by `npm run sql:snapshots`; do not edit.

-- CoursesRepository.find
SELECT
  id, citizen_id AS "citizenId", machine_id AS "machineId", machine_version AS "machineVersion",
  snapshot, state, phase, referred_by AS "referredBy", case_manager_id AS "caseManagerId", version,
  created_at AS "createdAt", updated_at AS "updatedAt", closed_at AS "closedAt" FROM courses WHERE id = $1;

-- CoursesRepository.readLogged
WITH facts AS (
  SELECT
    id, citizen_id AS "citizenId", machine_id AS "machineId", machine_version AS "machineVersion",
    snapshot, state, phase, referred_by AS "referredBy", case_manager_id AS "caseManagerId", version,
    created_at AS "createdAt", updated_at AS "updatedAt", closed_at AS "closedAt", snapshot->'context'->>'closureReason' AS "closureReason",
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
  FROM courses c WHERE c.id = $1),
course AS (SELECT f.*, (SELECT r.role FROM unnest($4::text[]) WITH ORDINALITY AS r (role, n)
  WHERE CASE r.role
    WHEN 'caseworker' THEN f."referredBy" = $2
    WHEN 'case_manager' THEN f."caseManagerId" = $2
    WHEN 'committee_member' THEN
    CASE WHEN f.phase IN ('referral', 'visitation')
    THEN f."inCallersMunicipality"
    ELSE f."closureReason" = 'rejected_at_visitation' AND f."votedOnRecentClosure" END
    WHEN 'team_lead' THEN f."inCallersTeam"
    ELSE false END
  ORDER BY r.n LIMIT 1) AS "loggedRole" FROM facts f),
read AS (
  INSERT INTO access_log (staff_id, role, citizen_id, course_id, method, route)
  SELECT $2, "loggedRole", "citizenId", id, $5, $6 FROM course WHERE "loggedRole" IS NOT NULL)
SELECT course.*, z.name_encrypted AS "nameEncrypted", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate",
  z.legal_gender AS "legalGender", z.pseudonymised_at AS "pseudonymisedAt"
FROM course LEFT JOIN citizens z ON z.id = course."citizenId" AND course."loggedRole" IS NOT NULL;

-- CoursesRepository.lock
SELECT
  id, citizen_id AS "citizenId", machine_id AS "machineId", machine_version AS "machineVersion",
  snapshot, state, phase, referred_by AS "referredBy", case_manager_id AS "caseManagerId", version,
  created_at AS "createdAt", updated_at AS "updatedAt", closed_at AS "closedAt" FROM courses WHERE id = $1 FOR UPDATE;

-- CoursesRepository.lockForCaller
SELECT
  id, citizen_id AS "citizenId", machine_id AS "machineId", machine_version AS "machineVersion",
  snapshot, state, phase, referred_by AS "referredBy", case_manager_id AS "caseManagerId", version,
  created_at AS "createdAt", updated_at AS "updatedAt", closed_at AS "closedAt", EXISTS (SELECT 1 FROM staff me
    WHERE me.id = $2 AND (me.team_id = c.waitlist_team_id
        OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id))) AS "inCallersTeam",
  EXISTS (SELECT 1 FROM staff me JOIN staff referrer ON referrer.id = c.referred_by
    WHERE me.id = $2 AND me.municipality IS NOT DISTINCT FROM referrer.municipality) AS "inCallersMunicipality",
  CASE WHEN c.closed_at > now() - make_interval(secs => $3)
  THEN EXISTS (SELECT 1 FROM course_events e
    WHERE e.course_id = c.id AND e.actor_id = $2
      AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
  ELSE false END AS "votedOnRecentClosure" FROM courses c WHERE c.id = $1 FOR UPDATE OF c;

-- CoursesRepository.insert
WITH course AS (
  INSERT INTO courses (citizen_id, machine_id, machine_version, referred_by, version,
      snapshot, state, phase, case_manager_id, closed_at, waitlist_team_id, waitlist_priority, waitlisted_at)
  VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id, version, state, phase),
logged AS (
  INSERT INTO course_events (course_id, seq, type, payload, actor_id, actor_roles, occurred_at, resulting_state, resulting_phase)
  SELECT id, version, $13, $14, $15, $16, $17, state, phase FROM course RETURNING course_id, seq),
queued AS (
  INSERT INTO outbox (course_id, event_seq, kind, payload, due_at, request_id)
  SELECT logged.course_id, logged.seq, effect.kind, effect.payload, effect.due_at, $21::text
  FROM logged, unnest($18::text[], $19::jsonb[], $20::timestamptz[]) AS effect (kind, payload, due_at))
SELECT id FROM course;

-- CoursesRepository.applyChange
WITH course AS (
  UPDATE courses SET (snapshot, state, phase, case_manager_id, closed_at, waitlist_team_id, waitlist_priority, waitlisted_at)
    = ($3, $4, $5, $6, $7, $8, $9, $10), version = version + 1, updated_at = now()
  WHERE id = $1 AND version = $2 RETURNING id, version, state, phase),
logged AS (
  INSERT INTO course_events (course_id, seq, type, payload, actor_id, actor_roles, occurred_at, resulting_state, resulting_phase)
  SELECT id, version, $11, $12, $13, $14, $15, state, phase FROM course RETURNING course_id, seq),
queued AS (
  INSERT INTO outbox (course_id, event_seq, kind, payload, due_at, request_id)
  SELECT logged.course_id, logged.seq, effect.kind, effect.payload, effect.due_at, $19::text
  FROM logged, unnest($16::text[], $17::jsonb[], $18::timestamptz[]) AS effect (kind, payload, due_at)),
read AS (INSERT INTO access_log (at, staff_id, role, citizen_id, course_id, method, route)
  SELECT coalesce(at, now()), staff_id, role, citizen_id, course_id, method, route
  FROM unnest($20::timestamptz[], $21::uuid[], $22::text[], $23::uuid[], $24::uuid[], $25::text[], $26::text[])
    AS entry (at, staff_id, role, citizen_id, course_id, method, route)),
done AS (UPDATE outbox SET done_at = now() WHERE id = $27::bigint AND done_at IS NULL)
SELECT id FROM course
UNION ALL SELECT course_version_conflict($1, $2) WHERE NOT EXISTS (SELECT FROM course);

-- CoursesRepository.listEvents
SELECT e.seq, e.type, e.payload, e.actor_id AS "actorId", s.name AS "actorName", e.actor_roles AS "actorRoles",
  e.occurred_at AS "occurredAt", e.resulting_state AS "resultingState", e.resulting_phase AS "resultingPhase"
FROM course_events e LEFT JOIN staff s ON s.id = e.actor_id
WHERE e.course_id = $1 ORDER BY e.seq;

-- CoursesRepository.openCourseOf
SELECT id FROM courses WHERE citizen_id = $1 AND phase <> 'closed';
