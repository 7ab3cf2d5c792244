-- Generated from src/contacts/contacts.repository.ts by `npm run sql:snapshots`; do not edit.

-- ContactsRepository.insert
INSERT INTO contacts (id, course_id, contact_at, channel, successful, whereabouts, note, recorded_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, course_id AS "courseId", contact_at AS "contactAt", channel, successful, whereabouts, note,
  recorded_by AS "recordedBy", recorded_at AS "recordedAt";

-- ContactsRepository.listForCourse
SELECT id, course_id AS "courseId", contact_at AS "contactAt", channel, successful, whereabouts, note,
  recorded_by AS "recordedBy", recorded_at AS "recordedAt" FROM contacts WHERE course_id = $1 ORDER BY contact_at DESC;
