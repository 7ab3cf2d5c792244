import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications delivered to staff from the outbox; one per outbox row and recipient, so a retried job adds none. */
export class Notifications1763900000001 implements MigrationInterface {
  name = 'Notifications1763900000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outbox_id bigint NOT NULL REFERENCES outbox (id),
        recipient_id uuid NOT NULL REFERENCES staff (id),
        course_id uuid NOT NULL REFERENCES courses (id),
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (outbox_id, recipient_id)
      )`);
    // A staff member's inbox: unread first, newest first.
    await db.query(
      `CREATE INDEX notifications_inbox ON notifications (recipient_id, (read_at IS NULL) DESC, created_at DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifications`);
  }
}
