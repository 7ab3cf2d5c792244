-- One read of a course exactly as GET /api/v1/courses/:id sends it: one statement that reads the
-- course with the caller's relation to it, writes the access-log row of the read in the role that
-- relates them, and joins the citizen (READ_LOGGED of src/courses/courses.repository.ts, written in
-- by bench/pgbench.ts where the marker stands, once for each client's course). bench/pgbench.ts
-- passes with -D: courses (how many courses there are, one to a client), course_<n> and staff_<n>
-- (course n and its case manager, the reader), review_seconds (VISITATION_REVIEW_PERIOD), roles
-- (the reader's roles the route admits), method and route (the access-log row's).
\set n :client_id % :courses
/* COURSE_READ */
