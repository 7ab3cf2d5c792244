-- Generated from src/notifications/notifications.repository.ts by `npm run sql:snapshots`; do not edit.

-- NotificationsRepository.deliver
WITH done AS (UPDATE outbox SET done_at = now() WHERE id = $1::bigint AND done_at IS NULL)
INSERT INTO notifications (outbox_id, recipient_id, course_id, kind, payload, deliver_at, digest, email_at, email_digest)
SELECT $1, s.id, $2, $3, $4, v.at, d.digest,
  CASE e.choice WHEN 'immediate' THEN v.at WHEN 'daily_digest' THEN $11::timestamptz END,
  e.choice = 'daily_digest'
FROM staff s
CROSS JOIN LATERAL (SELECT $9::timestamptz IS NOT NULL AND s.reminder_delivery = 'daily_digest' AS digest) d
CROSS JOIN LATERAL (SELECT CASE WHEN d.digest THEN $9::timestamptz ELSE $8::timestamptz END AS at) v
CROSS JOIN LATERAL (
  SELECT CASE WHEN NOT $12 OR s.email IS NULL THEN 'in_app'
    WHEN $10 = 'reminder' THEN s.email_reminders
    WHEN $10 = 'escalation' THEN s.email_escalations
    ELSE s.email_course_notices END AS choice) e
WHERE s.id = ANY(ARRAY(SELECT id FROM staff WHERE id = ANY($5::uuid[])
  UNION ALL SELECT id FROM staff WHERE $6 AND 'committee_member' = ANY(roles)
  UNION ALL SELECT lead.id FROM staff member JOIN staff lead ON lead.team_id = member.team_id
  WHERE member.id = ANY($7::uuid[]) AND 'team_lead' = ANY(lead.roles)))
ON CONFLICT (outbox_id, recipient_id) DO NOTHING
RETURNING 1;

-- NotificationsRepository.inbox
SELECT id, course_id AS "courseId", kind, payload, created_at AS "createdAt", deliver_at AS "deliverAt", read_at AS "readAt"
FROM notifications WHERE recipient_id = $1 AND deliver_at <= now()
ORDER BY (read_at IS NULL) DESC, deliver_at DESC, created_at DESC LIMIT $2 OFFSET $3;

SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND read_at IS NULL AND deliver_at <= now();

-- NotificationsRepository.markRead
UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2 AND deliver_at <= now();

-- NotificationsRepository.awaitingChannels
SELECT id, deliver_at AS "deliverAt", email_at AS "emailAt",
  webhook_sent_at IS NULL AS "awaitsWebhook",
  email_at IS NOT NULL AND email_sent_at IS NULL AS "awaitsEmail"
FROM notifications
WHERE outbox_id = $1 AND (webhook_sent_at IS NULL OR (email_at IS NOT NULL AND email_sent_at IS NULL));

-- NotificationsRepository.dueForWebhook
SELECT id, deliver_at AS "deliverAt" FROM notifications
WHERE webhook_sent_at IS NULL AND deliver_at <= now() AND deliver_at > now() - interval '7 days'
  AND ($1::timestamptz IS NULL OR (deliver_at, id) > ($1, $2::uuid))
ORDER BY deliver_at, id LIMIT $3;

-- NotificationsRepository.lockForWebhook
SELECT n.id, n.recipient_id AS "recipientId", n.course_id AS "courseId", n.kind, n.payload,
  n.created_at AS "createdAt", n.deliver_at AS "deliverAt", n.digest
FROM notifications own JOIN notifications n
  ON n.id = own.id OR (own.digest AND n.digest AND n.recipient_id = own.recipient_id AND n.deliver_at = own.deliver_at)
WHERE own.id = $1 AND n.webhook_sent_at IS NULL
ORDER BY n.created_at, n.id
FOR UPDATE OF n;

-- NotificationsRepository.markWebhookSent
UPDATE notifications SET webhook_sent_at = now() WHERE id = ANY($1::uuid[]);

-- NotificationsRepository.dueForEmail
SELECT id, email_at AS "deliverAt" FROM notifications
WHERE email_at IS NOT NULL AND email_sent_at IS NULL
  AND email_at <= now() AND email_at > now() - interval '7 days'
  AND ($1::timestamptz IS NULL OR (email_at, id) > ($1, $2::uuid))
ORDER BY email_at, id LIMIT $3;

-- NotificationsRepository.lockForEmail
SELECT n.id, n.recipient_id AS "recipientId", s.email, n.course_id AS "courseId", n.kind, n.payload,
  n.email_at AS "emailAt", n.email_digest AS "emailDigest"
FROM notifications own
JOIN notifications n
  ON n.id = own.id
  OR (own.email_digest AND n.email_digest AND n.recipient_id = own.recipient_id AND n.email_at = own.email_at)
JOIN staff s ON s.id = n.recipient_id
WHERE own.id = $1 AND n.email_at IS NOT NULL AND n.email_sent_at IS NULL
ORDER BY n.created_at, n.id
FOR UPDATE OF n;

-- NotificationsRepository.markEmailSent
UPDATE notifications SET email_sent_at = now() WHERE id = ANY($1::uuid[]);
