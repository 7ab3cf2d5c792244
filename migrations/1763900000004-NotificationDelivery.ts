import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a notification becomes visible (quiet hours, the daily digest of reminders), whether the
 * webhook has had it, and each staff member's choice of how reminders reach them.
 */
export class NotificationDelivery1763900000004 implements MigrationInterface {
  name = 'NotificationDelivery1763900000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifications
        ADD COLUMN deliver_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN digest boolean NOT NULL DEFAULT false,
        ADD COLUMN webhook_sent_at timestamptz`);
    // Notifications made before this migration were visible as soon as they were made.
    await db.query(`UPDATE notifications SET deliver_at = created_at`);
    // The inbox: a staff member's delivered notifications, unread first, latest delivered first;
    // the same index counts the unread ones delivered so far.
    await db.query(`DROP INDEX notifications_inbox`);
    await db.query(
      `CREATE INDEX notifications_inbox ON notifications (recipient_id, (read_at IS NULL) DESC, deliver_at DESC, created_at DESC)`,
    );
    // The webhook reconciler's look for due notifications the webhook has not had.
    await db.query(
      `CREATE INDEX notifications_webhook_unsent ON notifications (deliver_at, id) WHERE webhook_sent_at IS NULL`,
    );

    await db.query(`
      ALTER TABLE staff
        ADD COLUMN reminder_delivery text NOT NULL DEFAULT 'immediate' CHECK (reminder_delivery IN ('immediate', 'daily_digest'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff DROP COLUMN reminder_delivery`);
    await db.query(`DROP INDEX notifications_webhook_unsent`);
    await db.query(`DROP INDEX notifications_inbox`);
    await db.query(
      `CREATE INDEX notifications_inbox ON notifications (recipient_id, (read_at IS NULL) DESC, created_at DESC)`,
    );
    await db.query(`ALTER TABLE notifications DROP COLUMN deliver_at, DROP COLUMN digest, DROP COLUMN webhook_sent_at`);
  }
}
