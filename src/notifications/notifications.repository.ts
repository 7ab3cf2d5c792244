import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecipientQuery } from './notification-recipients';

export interface Notification {
  id: string;
  courseId: string;
  kind: string;
  payload: object;
  createdAt: Date;
  readAt: Date | null;
}

@Injectable()
export class NotificationsRepository {
  /**
   * Stores one notification per existing recipient. The unique (outbox row, recipient) key makes a
   * job that runs twice add nothing the second time. Returns how many were new.
   */
  async deliver(
    db: EntityManager,
    notification: { outboxId: string; courseId: string; kind: string; payload: object },
    to: RecipientQuery,
  ): Promise<number> {
    const [, inserted] = await db.query(
      `INSERT INTO notifications (outbox_id, recipient_id, course_id, kind, payload)
       SELECT $1, s.id, $2, $3, $4 FROM staff s
       WHERE s.id = ANY($5::uuid[])
          OR ($6 AND 'committee_member' = ANY(s.roles))
          OR ('team_lead' = ANY(s.roles) AND s.team_id IN (SELECT team_id FROM staff WHERE id = ANY($7::uuid[])))
       ON CONFLICT (outbox_id, recipient_id) DO NOTHING`,
      [notification.outboxId, notification.courseId, notification.kind, notification.payload, to.staffIds, to.committee, to.teamLeadsOf],
    );
    return inserted;
  }

  async inbox(db: EntityManager, recipientId: string, page: { limit: number; offset: number }): Promise<{ items: Notification[]; unread: number }> {
    const items = await db.query(
      `SELECT id, course_id AS "courseId", kind, payload, created_at AS "createdAt", read_at AS "readAt"
       FROM notifications WHERE recipient_id = $1
       ORDER BY (read_at IS NULL) DESC, created_at DESC LIMIT $2 OFFSET $3`,
      [recipientId, page.limit, page.offset],
    );
    const [{ unread }] = await db.query(`SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [recipientId]);
    return { items, unread };
  }

  async markRead(db: EntityManager, recipientId: string, id: string): Promise<boolean> {
    const [, updated] = await db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2`,
      [id, recipientId],
    );
    return updated === 1;
  }
}
