import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each course's anchoring (its first year's cost differs), and the indexes of the reports' filters. */
export class Reports1763900000011 implements MigrationInterface {
  name = 'Reports1763900000011';

  async up(db: QueryRunner): Promise<void> {
    // Courses referred before this migration were anchored in the administration, the default.
    await db.query(`
      ALTER TABLE referrals ADD COLUMN anchoring text NOT NULL DEFAULT 'section_85_administration'
        CHECK (anchoring IN ('section_85_administration', 'section_110_shelter'))`);
    // The reports' period: courses referred within it.
    await db.query(`CREATE INDEX courses_by_referral_time ON courses (created_at)`);
    // The reports' team and municipality filters and the caseload per case manager.
    await db.query(`CREATE INDEX staff_by_team ON staff (team_id)`);
    // The fidelity report's waits on the waitlist: the few events that leave a course waitlisted.
    await db.query(
      `CREATE INDEX course_events_waitlisted ON course_events (course_id) INCLUDE (seq, occurred_at) WHERE resulting_state = 'visitation.waitlisted'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX course_events_waitlisted`);
    await db.query(`DROP INDEX staff_by_team`);
    await db.query(`DROP INDEX courses_by_referral_time`);
    await db.query(`ALTER TABLE referrals DROP COLUMN anchoring`);
  }
}
