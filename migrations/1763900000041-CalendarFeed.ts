import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The calendar feed: each staff member's secret feed token (its SHA-256 only; rotating it replaces
 * it, so the old address stops), and each appointment's iCalendar SEQUENCE, raised when it is
 * rescheduled or cancelled so that calendar clients take the change.
 */
export class CalendarFeed1763900000041 implements MigrationInterface {
  name = 'CalendarFeed1763900000041';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff ADD COLUMN calendar_token_hash bytea`);
    await db.query(
      `CREATE UNIQUE INDEX staff_calendar_token ON staff (calendar_token_hash) WHERE calendar_token_hash IS NOT NULL`,
    );
    await db.query(`ALTER TABLE appointments ADD COLUMN sequence integer NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE appointments DROP COLUMN sequence`);
    await db.query(`DROP INDEX staff_calendar_token`);
    await db.query(`ALTER TABLE staff DROP COLUMN calendar_token_hash`);
  }
}
