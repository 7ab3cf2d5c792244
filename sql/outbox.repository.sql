-- Generated from src/outbox/outbox.repository.ts by `npm run sql:snapshots`; do not edit.

-- OutboxRepository.claimUnsent
SELECT id::text, course_id AS "courseId", event_seq AS "eventSeq", kind, payload, due_at AS "dueAt", created_at AS "createdAt",
  request_id AS "requestId" FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED;

-- OutboxRepository.markSent
UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[]);

-- OutboxRepository.markDone
UPDATE outbox SET done_at = now() WHERE id = $1::bigint AND done_at IS NULL;

-- OutboxRepository.overdue
SELECT id::text, course_id AS "courseId", event_seq AS "eventSeq", kind, payload, due_at AS "dueAt", created_at AS "createdAt",
  request_id AS "requestId" FROM outbox WHERE sent_at IS NOT NULL AND done_at IS NULL AND due_at < $1
  AND ($2::timestamptz IS NULL OR (due_at, id) > ($2, $3::bigint))
ORDER BY due_at, id LIMIT $4;

-- OutboxRepository.backlog
SELECT (SELECT count(*)::int FROM outbox WHERE sent_at IS NULL) AS unsent,
  COALESCE((SELECT extract(epoch FROM now() - created_at) * 1000 FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1), 0)::float8
  AS "oldestUnsentAgeMs";

-- OutboxRepository.enqueueStaffSideEffect
INSERT INTO outbox (kind, payload, request_id) VALUES ($1, $2, $3);
