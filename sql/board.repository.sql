-- Generated from src/board/board.repository.ts by `npm run sql:snapshots`; do not edit.

-- BoardRepository.openCoursesOf
SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.phase, c.state, c.version,
  c.snapshot -> 'value' AS value, c.snapshot -> 'context' AS context, z.id, z.name_encrypted AS "nameEncrypted", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate",
  z.legal_gender AS "legalGender", z.pseudonymised_at AS "pseudonymisedAt"
FROM courses c JOIN citizens z ON z.id = c.citizen_id
WHERE c.case_manager_id = $1 AND c.phase <> 'closed';
