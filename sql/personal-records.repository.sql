-- Generated from src/data-subject/personal-records.repository.ts by `npm run sql:snapshots`; do not edit.

-- PersonalRecordsRepository.courses
SELECT to_jsonb(c) AS row FROM courses c WHERE citizen_id = $1 ORDER BY created_at, id;

-- PersonalRecordsRepository.rows (referrals)
SELECT course_id AS owner, to_jsonb(t) AS row FROM referrals t WHERE course_id = ANY($1) ORDER BY created_at;

-- PersonalRecordsRepository.rows (course_events)
SELECT course_id AS owner, to_jsonb(t) AS row FROM course_events t WHERE course_id = ANY($1) ORDER BY course_id, seq;

-- PersonalRecordsRepository.rows (outbox)
SELECT course_id AS owner, to_jsonb(t) AS row FROM outbox t WHERE course_id = ANY($1) ORDER BY id;

-- PersonalRecordsRepository.rows (notifications)
SELECT course_id AS owner, to_jsonb(t) AS row FROM notifications t WHERE course_id = ANY($1) ORDER BY created_at, id;

-- PersonalRecordsRepository.rows (appointments)
SELECT course_id AS owner, to_jsonb(t) AS row FROM appointments t WHERE course_id = ANY($1) ORDER BY starts_at, id;

-- PersonalRecordsRepository.rows (contacts)
SELECT course_id AS owner, to_jsonb(t) AS row FROM contacts t WHERE course_id = ANY($1) ORDER BY contact_at, id;

-- PersonalRecordsRepository.rows (timers)
SELECT course_id AS owner, to_jsonb(t) AS row FROM timers t WHERE course_id = ANY($1) ORDER BY id;

-- PersonalRecordsRepository.rows (escalation_ladders)
SELECT course_id AS owner, to_jsonb(t) AS row FROM escalation_ladders t WHERE course_id = ANY($1) ORDER BY course_id, ladder;

-- PersonalRecordsRepository.rows (escalation_steps)
SELECT course_id AS owner, to_jsonb(t) AS row FROM escalation_steps t WHERE course_id = ANY($1) ORDER BY course_id, ladder, step;

-- PersonalRecordsRepository.rows (plan_versions)
SELECT course_id AS owner, to_jsonb(t) AS row FROM plan_versions t WHERE course_id = ANY($1) ORDER BY course_id, version;

-- PersonalRecordsRepository.rows (course_services)
SELECT course_id AS owner, to_jsonb(t) AS row FROM course_services t WHERE course_id = ANY($1) ORDER BY created_at, id;

-- PersonalRecordsRepository.rows (service_status_changes)
SELECT course_id AS owner, to_jsonb(t) AS row FROM service_status_changes t WHERE course_id = ANY($1) ORDER BY course_id, event_seq;

-- PersonalRecordsRepository.rows (assessments)
SELECT course_id AS owner, to_jsonb(t) AS row FROM assessments t WHERE course_id = ANY($1) ORDER BY recorded_at, id;

-- PersonalRecordsRepository.rows (closure_proposals)
SELECT course_id AS owner, to_jsonb(t) AS row FROM closure_proposals t WHERE course_id = ANY($1) ORDER BY proposed_at, id;

-- PersonalRecordsRepository.rows (access_log)
SELECT citizen_id AS owner, to_jsonb(t) AS row FROM access_log t WHERE citizen_id = ANY($1) ORDER BY at, id;

-- PersonalRecordsRepository.rows (idempotency_keys)
SELECT response ->> 'courseId' AS owner, to_jsonb(t) AS row FROM idempotency_keys t WHERE response ->> 'courseId' = ANY($1) ORDER BY created_at;

-- PersonalRecordsRepository.eraseColumns (referrals)
SELECT ctid::text AS ctid, whereabouts, reason, other_plans FROM referrals WHERE course_id = ANY($1) FOR UPDATE;

UPDATE referrals t SET whereabouts = v.whereabouts, reason = v.reason, other_plans = v.other_plans
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, whereabouts text, reason text, other_plans jsonb)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (course_events)
SELECT ctid::text AS ctid, payload, type FROM course_events WHERE course_id = ANY($1) FOR UPDATE;

UPDATE course_events t SET payload = v.payload
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, payload jsonb)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (outbox)
SELECT ctid::text AS ctid, payload FROM outbox WHERE course_id = ANY($1) FOR UPDATE;

UPDATE outbox t SET payload = v.payload
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, payload jsonb)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (notifications)
SELECT ctid::text AS ctid, payload FROM notifications WHERE course_id = ANY($1) FOR UPDATE;

UPDATE notifications t SET payload = v.payload
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, payload jsonb)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (appointments)
SELECT ctid::text AS ctid, service, location, cancel_reason FROM appointments WHERE course_id = ANY($1) FOR UPDATE;

UPDATE appointments t SET service = v.service, location = v.location, cancel_reason = v.cancel_reason
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, service text, location text, cancel_reason text)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (contacts)
SELECT ctid::text AS ctid, whereabouts, note FROM contacts WHERE course_id = ANY($1) FOR UPDATE;

UPDATE contacts t SET whereabouts = v.whereabouts, note = v.note
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, whereabouts text, note text)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (escalation_steps)
SELECT ctid::text AS ctid, whereabouts, planned_action FROM escalation_steps WHERE course_id = ANY($1) FOR UPDATE;

UPDATE escalation_steps t SET whereabouts = v.whereabouts, planned_action = v.planned_action
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, whereabouts jsonb, planned_action text)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (plan_versions)
SELECT ctid::text AS ctid, citizen_wishes, resources, goals, services, linked_plans FROM plan_versions WHERE course_id = ANY($1) FOR UPDATE;

UPDATE plan_versions t SET citizen_wishes = v.citizen_wishes, resources = v.resources, goals = v.goals, services = v.services, linked_plans = v.linked_plans
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, citizen_wishes text, resources jsonb, goals jsonb, services jsonb, linked_plans jsonb)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (course_services)
SELECT ctid::text AS ctid, provider, contact FROM course_services WHERE course_id = ANY($1) FOR UPDATE;

UPDATE course_services t SET provider = v.provider, contact = v.contact
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, provider text, contact jsonb)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (service_status_changes)
SELECT ctid::text AS ctid, note FROM service_status_changes WHERE course_id = ANY($1) FOR UPDATE;

UPDATE service_status_changes t SET note = v.note
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, note text)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (assessments)
SELECT ctid::text AS ctid, note FROM assessments WHERE course_id = ANY($1) FOR UPDATE;

UPDATE assessments t SET note = v.note
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, note text)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.eraseColumns (closure_proposals)
SELECT ctid::text AS ctid, justification, decision_note FROM closure_proposals WHERE course_id = ANY($1) FOR UPDATE;

UPDATE closure_proposals t SET justification = v.justification, decision_note = v.decision_note
FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, justification text, decision_note text)
WHERE t.ctid = v.ctid;

-- PersonalRecordsRepository.deleteRows (idempotency_keys)
DELETE FROM idempotency_keys WHERE response ->> 'courseId' = ANY($1);
