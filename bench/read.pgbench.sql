-- One read of a course exactly as GET /api/v1/courses/:id sends it: the access guard's query of the
-- course's facts and the caller's relation to it (callerRelationColumns of
-- src/courses/course-facts.repository.ts, written in by bench/pgbench.ts where the marker stands), then the
-- course with its citizen and the caller's access-log row in one statement
-- (CoursesRepository.findWithCitizen). bench/pgbench.ts passes with -D: courses (how many rows
-- bench_courses has), review_seconds (VISITATION_REVIEW_PERIOD), route (the access-log row's route).
-- bench_courses(n, id, staff_id) maps each client to its own course and its case manager, inside
-- the first statement so that the read sends as many statements as the API's.
\set n :client_id % :courses
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.referred_by AS "referredBy",
       c.case_manager_id AS "caseManagerId", c.phase, c.snapshot->'context'->>'closureReason' AS "closureReason",
       b.staff_id AS staff,
       /* CALLER_RELATION */
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
