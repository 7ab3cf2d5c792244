import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail as a channel of notifications: each staff member's address and their choice per kind
 * (in-app only, e-mail at once, e-mail in the daily digest), and on each notification when its
 * e-mail is due, whether it belongs to a digest, and when it was sent.
 */
export class EmailDelivery1763900000040 implements MigrationInterface {
  name = 'EmailDelivery1763900000040';

  async up(db: QueryRunner): Promise<void> {
    // The staff directory may already hold the address (the sign-in's OIDC_MATCH_CLAIM uses it).
    await db.query(`ALTER TABLE staff ADD COLUMN IF NOT EXISTS email text`);
    await db.query(`
      ALTER TABLE staff
        ADD COLUMN email_reminders text NOT NULL DEFAULT 'in_app' CHECK (email_reminders IN ('in_app', 'immediate', 'daily_digest')),
        ADD COLUMN email_escalations text NOT NULL DEFAULT 'in_app' CHECK (email_escalations IN ('in_app', 'immediate')),
        ADD COLUMN email_course_notices text NOT NULL DEFAULT 'in_app' CHECK (email_course_notices IN ('in_app', 'immediate', 'daily_digest'))`);
    await db.query(`
      ALTER TABLE notifications
        ADD COLUMN email_at timestamptz,
        ADD COLUMN email_digest boolean NOT NULL DEFAULT false,
        ADD COLUMN email_sent_at timestamptz`);
    // The e-mail reconciler's look for due e-mails not yet sent.
    await db.query(
      `CREATE INDEX notifications_email_unsent ON notifications (email_at, id) WHERE email_at IS NOT NULL AND email_sent_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifications_email_unsent`);
    await db.query(
      `ALTER TABLE notifications DROP COLUMN email_at, DROP COLUMN email_digest, DROP COLUMN email_sent_at`,
    );
    await db.query(
      `ALTER TABLE staff DROP COLUMN email_reminders, DROP COLUMN email_escalations, DROP COLUMN email_course_notices`,
    );
  }
}
