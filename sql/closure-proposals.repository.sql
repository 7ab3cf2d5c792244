-- Generated from src/closures/closure-proposals.repository.ts by `npm run sql:snapshots`; do not edit.

-- ClosureProposalsRepository.insert
INSERT INTO closure_proposals (course_id, reason, justification, proposed_by) VALUES ($1, $2, $3, $4) RETURNING id, course_id AS "courseId", reason, justification, proposed_by AS "proposedBy", proposed_at AS "proposedAt",
  decision, decision_note AS "decisionNote", decided_by AS "decidedBy", decided_at AS "decidedAt";

-- ClosureProposalsRepository.pendingFor
SELECT id, course_id AS "courseId", reason, justification, proposed_by AS "proposedBy", proposed_at AS "proposedAt",
  decision, decision_note AS "decisionNote", decided_by AS "decidedBy", decided_at AS "decidedAt" FROM closure_proposals WHERE course_id = $1 AND decision IS NULL;

-- ClosureProposalsRepository.find
SELECT id, course_id AS "courseId", reason, justification, proposed_by AS "proposedBy", proposed_at AS "proposedAt",
  decision, decision_note AS "decisionNote", decided_by AS "decidedBy", decided_at AS "decidedAt" FROM closure_proposals WHERE id = $1;

-- ClosureProposalsRepository.listForCourse
SELECT id, course_id AS "courseId", reason, justification, proposed_by AS "proposedBy", proposed_at AS "proposedAt",
  decision, decision_note AS "decisionNote", decided_by AS "decidedBy", decided_at AS "decidedAt" FROM closure_proposals WHERE course_id = $1 ORDER BY proposed_at;

-- ClosureProposalsRepository.pendingForTeamOf
SELECT p.id, p.course_id AS "courseId", p.reason, p.justification, p.proposed_by AS "proposedBy",
  p.proposed_at AS "proposedAt", s.name AS "proposerName", c.citizen_id AS "citizenId", z.name_encrypted AS "nameEncrypted", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate",
  z.legal_gender AS "legalGender", z.pseudonymised_at AS "pseudonymisedAt"
FROM closure_proposals p
JOIN courses c ON c.id = p.course_id
JOIN citizens z ON z.id = c.citizen_id
LEFT JOIN staff s ON s.id = p.proposed_by
WHERE p.decision IS NULL AND EXISTS (SELECT 1 FROM staff me
  WHERE me.id = $1 AND (me.team_id = c.waitlist_team_id
      OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id)))
ORDER BY p.proposed_at, p.id LIMIT $2 OFFSET $3;

-- ClosureProposalsRepository.decide
UPDATE closure_proposals SET decision = $2, decision_note = $3, decided_by = $4, decided_at = now()
WHERE id = $1 AND decision IS NULL RETURNING id, course_id AS "courseId", reason, justification, proposed_by AS "proposedBy", proposed_at AS "proposedAt",
  decision, decision_note AS "decisionNote", decided_by AS "decidedBy", decided_at AS "decidedAt";
