-- Generated from src/courses/effects/escalation-ledger.ts by `npm run sql:snapshots`; do not edit.

-- EscalationLedger.record (openLadder)
INSERT INTO escalation_ladders (course_id, ladder, started_at, missed_appointment_id) VALUES ($1, $2, $3, $4);

-- EscalationLedger.record (fireEscalationStep)
INSERT INTO escalation_steps (course_id, ladder, step, level, fired_at, whereabouts) VALUES ($1, $2, $3, $4, $5, $6);

-- EscalationLedger.record (acknowledgeEscalation)
UPDATE escalation_steps SET acknowledged_at = $4, acknowledged_by = $5, planned_action = $6
WHERE (course_id, ladder, step) = (
  SELECT course_id, ladder, max(step) FROM escalation_steps
  WHERE course_id = $1 AND ladder = $2 AND level = $3 GROUP BY course_id, ladder);

-- EscalationLedger.record (endLadder)
UPDATE escalation_ladders SET ended_at = $3 WHERE course_id = $1 AND ladder = $2 AND ended_at IS NULL;
