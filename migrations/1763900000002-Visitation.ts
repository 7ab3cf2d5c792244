import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys for creating requests, the waitlist of approved citizens awaiting a case manager, staff side effects. */
export class Visitation1763900000002 implements MigrationInterface {
  name = 'Visitation1763900000002';

  async up(db: QueryRunner): Promise<void> {
    // A replayed creating request answers with the stored first answer; status is NULL while the first is running.
    await db.query(`
      CREATE TABLE idempotency_keys (
        staff_id uuid NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (staff_id, key)
      )`);

    await db.query(`
      ALTER TABLE courses
        ADD COLUMN waitlist_team_id text,
        ADD COLUMN waitlist_priority smallint,
        ADD COLUMN waitlisted_at timestamptz`);
    // A team's waitlist: priority first, then first come, first served.
    await db.query(`
      CREATE INDEX courses_waitlist ON courses (waitlist_team_id, waitlist_priority, waitlisted_at)
      WHERE state = 'visitation.waitlisted'`);
    // Side effects of staff changes (a raised caseload limit frees a slot) belong to no course event.
    await db.query(`ALTER TABLE outbox ALTER COLUMN course_id DROP NOT NULL, ALTER COLUMN event_seq DROP NOT NULL`);
    // The visitation queue by status, oldest first (a course is created with its referral).
    await db.query(
      `CREATE INDEX courses_visitation_queue ON courses (state, created_at) WHERE phase IN ('referral', 'visitation')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX courses_visitation_queue`);
    await db.query(`ALTER TABLE outbox ALTER COLUMN course_id SET NOT NULL, ALTER COLUMN event_seq SET NOT NULL`);
    await db.query(`DROP INDEX courses_waitlist`);
    await db.query(
      `ALTER TABLE courses DROP COLUMN waitlist_team_id, DROP COLUMN waitlist_priority, DROP COLUMN waitlisted_at`,
    );
    await db.query(`DROP TABLE idempotency_keys`);
  }
}
