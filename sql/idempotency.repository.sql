-- Generated from src/idempotency/idempotency.repository.ts by `npm run sql:snapshots`; do not edit.

-- IdempotencyRepository.claim
INSERT INTO idempotency_keys (staff_id, key, request_hash) VALUES ($1, $2, $3)
ON CONFLICT (staff_id, key) DO NOTHING RETURNING key;

-- IdempotencyRepository.find
SELECT request_hash AS "requestHash", status, response FROM idempotency_keys WHERE staff_id = $1 AND key = $2;

-- IdempotencyRepository.complete
UPDATE idempotency_keys SET status = $3, response = $4 WHERE staff_id = $1 AND key = $2;

-- IdempotencyRepository.release
DELETE FROM idempotency_keys WHERE staff_id = $1 AND key = $2 AND status IS NULL;
