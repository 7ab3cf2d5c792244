-- Generated from src/appointments/appointments.repository.ts by `npm run sql:snapshots`; do not edit.

-- AppointmentsRepository.insert
INSERT INTO appointments (id, course_id, kind, service, location, starts_at, ends_at, accompanied_by_case_manager, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, course_id AS "courseId", kind, service, location, starts_at AS "startsAt", ends_at AS "endsAt",
  accompanied_by_case_manager AS "accompaniedByCaseManager", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason",
  attendance, attendance_registered_at AS "attendanceRegisteredAt", attendance_registered_by AS "attendanceRegisteredBy",
  created_by AS "createdBy", created_at AS "createdAt";

-- AppointmentsRepository.find
SELECT id, course_id AS "courseId", kind, service, location, starts_at AS "startsAt", ends_at AS "endsAt",
  accompanied_by_case_manager AS "accompaniedByCaseManager", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason",
  attendance, attendance_registered_at AS "attendanceRegisteredAt", attendance_registered_by AS "attendanceRegisteredBy",
  created_by AS "createdBy", created_at AS "createdAt" FROM appointments WHERE id = $1;

-- AppointmentsRepository.listForCourse
SELECT id, course_id AS "courseId", kind, service, location, starts_at AS "startsAt", ends_at AS "endsAt",
  accompanied_by_case_manager AS "accompaniedByCaseManager", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason",
  attendance, attendance_registered_at AS "attendanceRegisteredAt", attendance_registered_by AS "attendanceRegisteredBy",
  created_by AS "createdBy", created_at AS "createdAt" FROM appointments WHERE course_id = $1 ORDER BY starts_at;

-- AppointmentsRepository.reschedule
UPDATE appointments SET starts_at = $2, ends_at = $3, sequence = sequence + 1
WHERE id = $1 AND cancelled_at IS NULL AND attendance IS NULL RETURNING id, course_id AS "courseId", kind, service, location, starts_at AS "startsAt", ends_at AS "endsAt",
  accompanied_by_case_manager AS "accompaniedByCaseManager", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason",
  attendance, attendance_registered_at AS "attendanceRegisteredAt", attendance_registered_by AS "attendanceRegisteredBy",
  created_by AS "createdBy", created_at AS "createdAt";

-- AppointmentsRepository.cancel
UPDATE appointments SET cancelled_at = now(), cancel_reason = $2, sequence = sequence + 1
WHERE id = $1 AND cancelled_at IS NULL AND attendance IS NULL RETURNING id, course_id AS "courseId", kind, service, location, starts_at AS "startsAt", ends_at AS "endsAt",
  accompanied_by_case_manager AS "accompaniedByCaseManager", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason",
  attendance, attendance_registered_at AS "attendanceRegisteredAt", attendance_registered_by AS "attendanceRegisteredBy",
  created_by AS "createdBy", created_at AS "createdAt";

-- AppointmentsRepository.registerAttendance
UPDATE appointments SET attendance = $2, attendance_registered_at = now(), attendance_registered_by = $3
WHERE id = $1 AND cancelled_at IS NULL AND attendance IS NULL RETURNING id, course_id AS "courseId", kind, service, location, starts_at AS "startsAt", ends_at AS "endsAt",
  accompanied_by_case_manager AS "accompaniedByCaseManager", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason",
  attendance, attendance_registered_at AS "attendanceRegisteredAt", attendance_registered_by AS "attendanceRegisteredBy",
  created_by AS "createdBy", created_at AS "createdAt";
