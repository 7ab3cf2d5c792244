-- Generated from src/plans/course-services.repository.ts by `npm run sql:snapshots`; do not edit.

-- CourseServicesRepository.insert
INSERT INTO course_services (id, course_id, kind, provider, contact, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, course_id AS "courseId", kind, provider, contact, status, status_changed_at AS "statusChangedAt", created_at AS "createdAt";

-- CourseServicesRepository.updateDescription
UPDATE course_services SET kind = $3, provider = $4, contact = $5 WHERE id = $2 AND course_id = $1 RETURNING id, course_id AS "courseId", kind, provider, contact, status, status_changed_at AS "statusChangedAt", created_at AS "createdAt";

-- CourseServicesRepository.find
SELECT id, course_id AS "courseId", kind, provider, contact, status, status_changed_at AS "statusChangedAt", created_at AS "createdAt" FROM course_services WHERE course_id = $1 AND id = $2;

-- CourseServicesRepository.listForCourse
SELECT id, course_id AS "courseId", kind, provider, contact, status, status_changed_at AS "statusChangedAt", created_at AS "createdAt" FROM course_services WHERE course_id = $1 ORDER BY created_at, id;

-- CourseServicesRepository.changeStatus
UPDATE course_services SET status = $3, status_changed_at = now() WHERE course_id = $1 AND id = $2 RETURNING id, course_id AS "courseId", kind, provider, contact, status, status_changed_at AS "statusChangedAt", created_at AS "createdAt";

INSERT INTO service_status_changes (service_id, course_id, from_status, to_status, note, changed_by, event_seq)
VALUES ($1, $2, $3, $4, $5, $6, $7);

-- CourseServicesRepository.history
SELECT from_status AS "from", to_status AS "to", note, changed_by AS "changedBy", changed_at AS "changedAt", event_seq AS "eventSeq"
FROM service_status_changes WHERE course_id = $1 AND service_id = $2 ORDER BY changed_at, event_seq;
