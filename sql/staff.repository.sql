-- Generated from src/staff/staff.repository.ts by `npm run sql:snapshots`; do not edit.

-- StaffRepository.insert
INSERT INTO staff (name, roles, team_id, municipality, max_caseload, email, identity_subject)
VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id;

-- StaffRepository.listActiveByName
SELECT id, name, roles, team_id AS "teamId" FROM staff WHERE deactivated_at IS NULL ORDER BY name, id;

-- StaffRepository.directory
SELECT s.id, s.name, s.roles, s.team_id AS "teamId", s.municipality, s.max_caseload AS "maxCaseload",
  (SELECT count(*)::int FROM courses c WHERE c.case_manager_id = s.id AND c.phase <> 'closed') AS caseload,
  s.email, s.identity_subject AS "identitySubject", s.deactivated_at IS NULL AS active, s.created_at AS "createdAt" FROM staff s ORDER BY s.name, s.id LIMIT $1 OFFSET $2;

-- StaffRepository.find
SELECT s.id, s.name, s.roles, s.team_id AS "teamId", s.municipality, s.max_caseload AS "maxCaseload",
  (SELECT count(*)::int FROM courses c WHERE c.case_manager_id = s.id AND c.phase <> 'closed') AS caseload,
  s.email, s.identity_subject AS "identitySubject", s.deactivated_at IS NULL AS active, s.created_at AS "createdAt" FROM staff s WHERE s.id = $1;

-- StaffRepository.lockForChange
SELECT id FROM staff WHERE id = $1 FOR UPDATE;

SELECT count(*)::int AS caseload FROM courses
WHERE case_manager_id = $1 AND phase <> 'closed' AND ($2::uuid IS NULL OR id <> $2);

-- StaffRepository.change
UPDATE staff SET
  email = CASE WHEN $2 THEN $3 ELSE email END,
  identity_subject = CASE WHEN $4 THEN $5 ELSE identity_subject END,
  deactivated_at = CASE WHEN $6::boolean IS NULL THEN deactivated_at
  WHEN $6 THEN NULL
  ELSE coalesce(deactivated_at, now()) END
WHERE id = $1;

-- StaffRepository.lockCaseload
SELECT roles, max_caseload AS "maxCaseload" FROM staff WHERE id = $1 AND deactivated_at IS NULL FOR UPDATE;

SELECT count(*)::int AS caseload FROM courses
WHERE case_manager_id = $1 AND phase <> 'closed' AND ($2::uuid IS NULL OR id <> $2);

-- StaffRepository.teamOf
SELECT team_id AS "teamId" FROM staff WHERE id = $1;

-- StaffRepository.teamLeadsOf
SELECT id FROM staff WHERE team_id = $1 AND 'team_lead' = ANY(roles) ORDER BY created_at;

-- StaffRepository.availableCaseManagers
SELECT s.id, s.name, s.roles, s.team_id AS "teamId", s.municipality, s.max_caseload AS "maxCaseload",
  (SELECT count(*)::int FROM courses c WHERE c.case_manager_id = s.id AND c.phase <> 'closed') AS caseload,
  s.email, s.identity_subject AS "identitySubject", s.deactivated_at IS NULL AS active, s.created_at AS "createdAt"
FROM staff s WHERE 'case_manager' = ANY(s.roles) AND s.deactivated_at IS NULL AND ($1::text IS NULL OR s.team_id = $1)
ORDER BY s.name, s.id;

-- StaffRepository.caseManagersWithCaseload
SELECT s.id, s.name, s.roles, s.team_id AS "teamId", s.municipality, s.max_caseload AS "maxCaseload",
  (SELECT count(*)::int FROM courses c WHERE c.case_manager_id = s.id AND c.phase <> 'closed') AS caseload,
  s.email, s.identity_subject AS "identitySubject", s.deactivated_at IS NULL AS active, s.created_at AS "createdAt"
FROM staff s WHERE 'case_manager' = ANY(s.roles) AND s.deactivated_at IS NULL AND ($1::text IS NULL OR s.team_id = $1)
ORDER BY s.name, s.id;

-- StaffRepository.updateMaxCaseload
UPDATE staff s SET max_caseload = $2 FROM staff old WHERE s.id = $1 AND old.id = s.id RETURNING old.max_caseload AS previous;

-- StaffRepository.notificationPreferences
SELECT reminder_delivery AS "reminderDelivery", email AS "emailAddress",
  json_build_object('reminders', email_reminders, 'escalations', email_escalations, 'courseNotices', email_course_notices) AS email
FROM staff WHERE id = $1;

-- StaffRepository.setNotificationPreferences
UPDATE staff SET reminder_delivery = $2,
  email_reminders = coalesce($3, email_reminders),
  email_escalations = coalesce($4, email_escalations),
  email_course_notices = coalesce($5, email_course_notices)
WHERE id = $1
RETURNING reminder_delivery AS "reminderDelivery", email AS "emailAddress",
  json_build_object('reminders', email_reminders, 'escalations', email_escalations, 'courseNotices', email_course_notices) AS email;
