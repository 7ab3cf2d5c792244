-- One course event exactly as CourseRuntime.send writes it (src/courses/course-runtime.ts with the
-- SQL of src/courses/courses.repository.ts): BEGIN, the row lock with the sender's relation to the
-- course (callerRelationColumns of src/courses/course-facts.repository.ts, written in by
-- bench/pgbench.ts where the marker stands; the access decision is taken under the lock), one
-- statement that updates the snapshot (optimistic on the version, the check failing inside it),
-- appends the event log row, queues one outbox row and writes the sender's access-log row, COMMIT.
-- The API sends BEGIN with the lock and COMMIT with the write; pgbench sends each on its own.
-- The new snapshot is the one just read: NOTE_ADDED leaves the machine's state and context as they
-- are, so the API writes back the same ~1 KB of jsonb. bench/pgbench.ts passes with -D:
--   courses (how many rows bench_courses has), review_seconds (VISITATION_REVIEW_PERIOD), type, payload, roles, at, effect_kinds,
--   effect_payloads, effect_due (the values the API logged for a real NOTE_ADDED), route (the
--   access-log row's route).
-- pgbench cannot bind a NULL, and \gset turns the NULL closed_at of an open course into '', hence
-- the NULLIF where the API binds null.
-- bench_courses(n, id, staff_id) maps each client to its own course and its case manager, inside
-- the lock statement so that the transaction sends as many statements as the API's.
\set n :client_id % :courses
BEGIN;
SELECT c.id, c.citizen_id AS "citizenId", c.machine_id AS "machineId", c.machine_version AS "machineVersion",
  c.snapshot, c.state, c.phase, c.referred_by AS "referredBy", c.case_manager_id AS "caseManagerId", c.version,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.closed_at AS "closedAt",
  /* CALLER_RELATION */
  FROM bench_courses b JOIN courses c ON c.id = b.id WHERE b.n = :n FOR UPDATE OF c \gset c_
WITH course AS (
  UPDATE courses SET (snapshot, state, phase, case_manager_id, closed_at, waitlist_team_id, waitlist_priority, waitlisted_at)
                   = (:c_snapshot, :c_state, :c_phase, :c_caseManagerId, NULLIF(:c_closedAt, '')::timestamptz, NULL, NULL, NULL),
         version = version + 1, updated_at = now()
  WHERE id = :c_id AND version = :c_version RETURNING id, version, state, phase),
logged AS (
  INSERT INTO course_events (course_id, seq, type, payload, actor_id, actor_roles, occurred_at, resulting_state, resulting_phase)
  SELECT id, version, :type, :payload, :c_caseManagerId, :roles, :at, state, phase FROM course RETURNING course_id, seq),
queued AS (
  INSERT INTO outbox (course_id, event_seq, kind, payload, due_at)
  SELECT logged.course_id, logged.seq, effect.kind, effect.payload, effect.due_at
  FROM logged, unnest(:effect_kinds::text[], :effect_payloads::jsonb[], :effect_due::timestamptz[]) AS effect (kind, payload, due_at)),
read AS (
  INSERT INTO access_log (at, staff_id, role, citizen_id, course_id, method, route)
  SELECT coalesce(at, now()), staff_id, role, citizen_id, course_id, method, route
  FROM unnest(ARRAY[NULL::timestamptz], ARRAY[:c_caseManagerId::uuid], ARRAY['case_manager'], ARRAY[:c_citizenId::uuid],
              ARRAY[:c_id::uuid], ARRAY['POST'], ARRAY[:route::text])
    AS entry (at, staff_id, role, citizen_id, course_id, method, route))
SELECT id FROM course
UNION ALL SELECT course_version_conflict(:c_id, :c_version) WHERE NOT EXISTS (SELECT FROM course);
COMMIT;
