-- Generated from src/auth/staff-identities.ts by `npm run sql:snapshots`; do not edit.

-- StaffIdentities.callerFor
SELECT id, roles, deactivated_at IS NULL AS active FROM staff WHERE identity_subject = $1;

WITH candidates AS (
  SELECT id FROM staff
  WHERE lower(email) = lower($2) AND identity_subject IS NULL AND deactivated_at IS NULL
)
UPDATE staff SET identity_subject = $1
WHERE id IN (SELECT id FROM candidates) AND (SELECT count(*) FROM candidates) = 1
  AND identity_subject IS NULL
RETURNING id, roles, true AS active;
