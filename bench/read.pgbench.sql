-- One read of a course exactly as GET /api/v1/courses/:id sends it: the access guard's query of the
-- course's facts and the caller's relation to it (src/access/course-facts.repository.ts), then the
-- course with its citizen and the caller's access-log row in one statement
-- (CoursesRepository.findWithCitizen). bench/pgbench.ts passes with -D: courses (how many rows
-- bench_courses has), review_seconds (VISITATION_REVIEW_PERIOD), route (the access-log row's route).
-- bench_courses(n, id, staff_id) maps each client to its own course and its case manager, inside
-- the first statement so that the read sends as many statements as the API's.
\set n :client_id % :courses
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.referred_by AS "referredBy",
       c.case_manager_id AS "caseManagerId", c.phase, c.snapshot->'context'->>'closureReason' AS "closureReason",
       b.staff_id AS staff,
       EXISTS (SELECT 1 FROM staff me
                WHERE me.id = b.staff_id AND (me.team_id = c.waitlist_team_id
                   OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id))) AS "inCallersTeam",
       EXISTS (SELECT 1 FROM staff me JOIN staff referrer ON referrer.id = c.referred_by
                WHERE me.id = b.staff_id AND me.municipality IS NOT DISTINCT FROM referrer.municipality) AS "inCallersMunicipality",
       CASE WHEN c.closed_at > now() - make_interval(secs => :review_seconds)
         THEN EXISTS (SELECT 1 FROM course_events e
                       WHERE e.course_id = c.id AND e.actor_id = b.staff_id
                         AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
         ELSE false END AS "votedOnRecentClosure"
  FROM bench_courses b JOIN courses c ON c.id = b.id WHERE b.n = :n \gset f_
WITH read AS (
  INSERT INTO access_log (at, staff_id, role, citizen_id, course_id, method, route)
  SELECT coalesce(at, now()), staff_id, role, citizen_id, course_id, method, route
  FROM unnest(ARRAY[NULL::timestamptz], ARRAY[:f_staff::uuid], ARRAY['case_manager'], ARRAY[:f_citizenId::uuid],
              ARRAY[:f_courseId::uuid], ARRAY['GET'], ARRAY[:route::text])
    AS entry (at, staff_id, role, citizen_id, course_id, method, route))
SELECT c.*, z.name_encrypted AS "nameEncrypted", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate",
       z.legal_gender AS "legalGender", z.pseudonymised_at AS "pseudonymisedAt"
  FROM (SELECT id, citizen_id AS "citizenId", machine_id AS "machineId", machine_version AS "machineVersion",
               snapshot, state, phase, referred_by AS "referredBy", case_manager_id AS "caseManagerId", version,
               created_at AS "createdAt", updated_at AS "updatedAt", closed_at AS "closedAt"
          FROM courses WHERE id = :f_courseId) c
  JOIN citizens z ON z.id = c."citizenId";
