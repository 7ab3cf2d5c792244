-- Generated from src/assessments/assessments.repository.ts by `npm run sql:snapshots`; do not edit.

-- AssessmentsRepository.insert
INSERT INTO assessments (course_id, kind, ratings, housing_status, problematic_use_days, next_phase, note, due_at, recorded_by, event_seq)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, course_id AS "courseId", kind, ratings AS domains, housing_status AS "housingStatus",
  problematic_use_days AS "problematicUseDays", next_phase AS "nextPhase", note, due_at AS "dueAt",
  recorded_by AS "recordedBy", recorded_at AS "recordedAt";

-- AssessmentsRepository.hasBaseline
SELECT 1 FROM assessments WHERE course_id = $1 AND kind = 'baseline';

-- AssessmentsRepository.listForCourse
SELECT id, course_id AS "courseId", kind, ratings AS domains, housing_status AS "housingStatus",
  problematic_use_days AS "problematicUseDays", next_phase AS "nextPhase", note, due_at AS "dueAt",
  recorded_by AS "recordedBy", recorded_at AS "recordedAt" FROM assessments WHERE course_id = $1 ORDER BY recorded_at, id;
