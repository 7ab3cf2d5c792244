-- Generated from src/access-log/access-log.repository.ts by `npm run sql:snapshots`; do not edit.

-- AccessLogRepository.record
INSERT INTO access_log (at, staff_id, role, citizen_id, course_id, method, route)
SELECT coalesce(at, now()), staff_id, role, citizen_id, course_id, method, route
FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::text[])
  AS entry (at, staff_id, role, citizen_id, course_id, method, route);

-- AccessLogRepository.find
SELECT l.id::text, l.at, l.staff_id AS "staffId", s.name AS "staffName", l.role, l.citizen_id AS "citizenId",
  l.course_id AS "courseId", l.method, l.route
FROM access_log l LEFT JOIN staff s ON s.id = l.staff_id
WHERE ($1::uuid IS NULL OR l.citizen_id = $1) AND ($2::uuid IS NULL OR l.staff_id = $2) AND l.at >= $3 AND l.at < $4
ORDER BY l.at DESC, l.id DESC
LIMIT $5 OFFSET $6;

-- AccessLogRepository.findChunk
SELECT l.id::text, l.at, l.staff_id AS "staffId", s.name AS "staffName", l.role, l.citizen_id AS "citizenId",
  l.course_id AS "courseId", l.method, l.route, l.at::text AS "cursorAt"
FROM access_log l LEFT JOIN staff s ON s.id = l.staff_id
WHERE ($1::uuid IS NULL OR l.citizen_id = $1) AND ($2::uuid IS NULL OR l.staff_id = $2) AND l.at >= $3 AND l.at < $4 AND ($5::timestamptz IS NULL OR (l.at, l.id) < ($5::timestamptz, $6::bigint))
ORDER BY l.at DESC, l.id DESC
LIMIT $7;

-- AccessLogRepository.purgeExpired
SELECT purge_expired_access_log($1::interval) AS purged;
