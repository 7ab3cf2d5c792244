import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedCount } from '@src/database/changed-rows';
import type { DeliveryPlan } from './delivery-time';
import type { RecipientQuery } from './notification-recipients';
import { preparedStatement } from '@src/database/prepared-statement';
import { MARK_OUTBOX_ROW_DONE } from '@src/outbox/outbox.repository';

export interface Notification {
  id: string;
  courseId: string;
  kind: string;
  payload: object;
  createdAt: Date;
  deliverAt: Date;
  readAt: Date | null;
}

/** A notification as the webhook sends it: what it is and whom it is for, nothing about the citizen. */
export interface WebhookNotification {
  id: string;
  recipientId: string;
  courseId: string;
  kind: string;
  payload: object;
  createdAt: Date;
  deliverAt: Date;
  digest: boolean;
}

/** A notification as its e-mail tells it: the kind, the urgency and the course id, and the address it goes to. */
export interface EmailNotification {
  id: string;
  recipientId: string;
  email: string | null;
  courseId: string;
  kind: string;
  payload: object;
  emailAt: Date;
  emailDigest: boolean;
}

export interface ScheduledNotification {
  id: string;
  deliverAt: Date;
}

/** What each channel still owes one notice's notifications; an e-mail's time is its own. */
export interface AwaitingChannels {
  webhook: ScheduledNotification[];
  email: ScheduledNotification[];
}

/** Only delivered notifications count: the rest wait for quiet hours or the digest to end. */
const DELIVERED = `deliver_at <= now()`;

/** A week back: a webhook or e-mail switched on later is not sent the whole archive. */
const CHANNEL_LOOKBACK = `interval '7 days'`;

/** What one notice still owes each channel: both looked up in one statement, one round trip. */
const AWAITING_CHANNELS = preparedStatement(
  'notifications-awaiting-channels',
  `SELECT id, deliver_at AS "deliverAt", email_at AS "emailAt",
          webhook_sent_at IS NULL AS "awaitsWebhook",
          email_at IS NOT NULL AND email_sent_at IS NULL AS "awaitsEmail"
   FROM notifications
   WHERE outbox_id = $1 AND (webhook_sent_at IS NULL OR (email_at IS NOT NULL AND email_sent_at IS NULL))`,
);

/**
 * The recipients' ids, each kind found through an index of its own: no index serves the three
 * joined by OR, and the staff table holds the whole country's staff.
 */
const RECIPIENT_IDS = `SELECT id FROM staff WHERE id = ANY($5::uuid[])
       UNION ALL SELECT id FROM staff WHERE $6 AND 'committee_member' = ANY(roles)
       UNION ALL SELECT lead.id FROM staff member JOIN staff lead ON lead.team_id = member.team_id
                 WHERE member.id = ANY($7::uuid[]) AND 'team_lead' = ANY(lead.roles)`;

/** Also marks the notice's outbox row done: its job's work is these rows (channels have reconcilers of their own). */
const DELIVER = preparedStatement(
  'notifications-deliver',
  `WITH done AS (${MARK_OUTBOX_ROW_DONE(1)})
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
       WHERE s.id = ANY(ARRAY(${RECIPIENT_IDS}))
       ON CONFLICT (outbox_id, recipient_id) DO NOTHING
       RETURNING 1`,
);

@Injectable()
export class NotificationsRepository {
  /**
   * Stores one notification per existing recipient, visible from the planned time: a reminder to
   * someone who takes a daily digest waits for the digest. The unique (outbox row, recipient) key
   * makes a job that runs twice add nothing the second time. With e-mail on, each recipient's choice
   * for the notification's urgency (and an address) says when its e-mail is due. The notice's
   * outbox row is marked done in the same statement. Returns how many were new.
   */
  async deliver(
    db: EntityManager,
    notification: { outboxId: string; courseId: string; kind: string; payload: object; urgency?: string },
    plan: DeliveryPlan,
    to: RecipientQuery,
    emailOn: boolean,
  ): Promise<number> {
    const inserted: unknown[] = await db.query(DELIVER, [
      notification.outboxId,
      notification.courseId,
      notification.kind,
      notification.payload,
      to.staffIds,
      to.committee,
      to.teamLeadsOf,
      plan.at,
      plan.digestAt,
      notification.urgency ?? 'course',
      plan.emailDigestAt,
      emailOn,
    ]);
    // TypeORM answers an INSERT with its rows alone: the rows it returned are the ones it inserted.
    return inserted.length;
  }

  async inbox(
    db: EntityManager,
    recipientId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: Notification[]; unread: number }> {
    const items = await db.query(
      `SELECT id, course_id AS "courseId", kind, payload, created_at AS "createdAt", deliver_at AS "deliverAt", read_at AS "readAt"
       FROM notifications WHERE recipient_id = $1 AND ${DELIVERED}
       ORDER BY (read_at IS NULL) DESC, deliver_at DESC, created_at DESC LIMIT $2 OFFSET $3`,
      [recipientId, page.limit, page.offset],
    );
    const [{ unread }] = await db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND read_at IS NULL AND ${DELIVERED}`,
      [recipientId],
    );
    return { items, unread };
  }

  async markRead(db: EntityManager, recipientId: string, id: string): Promise<boolean> {
    const updated = await affectedCount(
      db,
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2 AND ${DELIVERED}`,
      [id, recipientId],
    );
    return updated === 1;
  }

  /** The notifications of one outbox row that the webhook and the e-mail have not had yet. */
  async awaitingChannels(db: EntityManager, outboxId: string): Promise<AwaitingChannels> {
    const rows: (ScheduledNotification & { emailAt: Date | null; awaitsWebhook: boolean; awaitsEmail: boolean })[] =
      await db.query(AWAITING_CHANNELS, [outboxId]);
    return {
      webhook: rows.filter((row) => row.awaitsWebhook).map(({ id, deliverAt }) => ({ id, deliverAt })),
      email: rows.filter((row) => row.awaitsEmail).map(({ id, emailAt }) => ({ id, deliverAt: emailAt! })),
    };
  }

  /** Due notifications the webhook has not had, a page at a time after `after`, oldest first. */
  async dueForWebhook(
    db: EntityManager,
    after: ScheduledNotification | null,
    limit: number,
  ): Promise<ScheduledNotification[]> {
    return db.query(
      `SELECT id, deliver_at AS "deliverAt" FROM notifications
       WHERE webhook_sent_at IS NULL AND deliver_at <= now() AND deliver_at > now() - ${CHANNEL_LOOKBACK}
         AND ($1::timestamptz IS NULL OR (deliver_at, id) > ($1, $2::uuid))
       ORDER BY deliver_at, id LIMIT $3`,
      [after?.deliverAt ?? null, after?.id ?? null, limit],
    );
  }

  /**
   * Locks what the webhook sends together with one notification and has not sent yet: the
   * notification itself, or for a digest every unsent reminder of its recipient and digest time.
   * Rows are locked in one order, so that jobs of the same digest wait for each other.
   */
  async lockForWebhook(db: EntityManager, notificationId: string): Promise<WebhookNotification[]> {
    return db.query(
      `SELECT n.id, n.recipient_id AS "recipientId", n.course_id AS "courseId", n.kind, n.payload,
              n.created_at AS "createdAt", n.deliver_at AS "deliverAt", n.digest
       FROM notifications own JOIN notifications n
         ON n.id = own.id OR (own.digest AND n.digest AND n.recipient_id = own.recipient_id AND n.deliver_at = own.deliver_at)
       WHERE own.id = $1 AND n.webhook_sent_at IS NULL
       ORDER BY n.created_at, n.id
       FOR UPDATE OF n`,
      [notificationId],
    );
  }

  async markWebhookSent(db: EntityManager, ids: string[]): Promise<void> {
    await db.query(`UPDATE notifications SET webhook_sent_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Due e-mails not sent, a page at a time after `after`, oldest first, a week back at most. */
  async dueForEmail(
    db: EntityManager,
    after: ScheduledNotification | null,
    limit: number,
  ): Promise<ScheduledNotification[]> {
    return db.query(
      `SELECT id, email_at AS "deliverAt" FROM notifications
       WHERE email_at IS NOT NULL AND email_sent_at IS NULL
         AND email_at <= now() AND email_at > now() - ${CHANNEL_LOOKBACK}
         AND ($1::timestamptz IS NULL OR (email_at, id) > ($1, $2::uuid))
       ORDER BY email_at, id LIMIT $3`,
      [after?.deliverAt ?? null, after?.id ?? null, limit],
    );
  }

  /**
   * Locks what one e-mail carries and has not sent yet: the notification, or for an e-mail digest
   * every unsent notification of its recipient and digest time, locked in one order.
   */
  async lockForEmail(db: EntityManager, notificationId: string): Promise<EmailNotification[]> {
    return db.query(
      `SELECT n.id, n.recipient_id AS "recipientId", s.email, n.course_id AS "courseId", n.kind, n.payload,
              n.email_at AS "emailAt", n.email_digest AS "emailDigest"
       FROM notifications own
       JOIN notifications n
         ON n.id = own.id
         OR (own.email_digest AND n.email_digest AND n.recipient_id = own.recipient_id AND n.email_at = own.email_at)
       JOIN staff s ON s.id = n.recipient_id
       WHERE own.id = $1 AND n.email_at IS NOT NULL AND n.email_sent_at IS NULL
       ORDER BY n.created_at, n.id
       FOR UPDATE OF n`,
      [notificationId],
    );
  }

  async markEmailSent(db: EntityManager, ids: string[]): Promise<void> {
    await db.query(`UPDATE notifications SET email_sent_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
