import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The courses before the committee, by referrer: a committee member's queue holds those of their
 * municipality's referrers, and finds them here instead of among the whole country's queue.
 */
export class CoursesBeforeTheCommitteeByReferrer1763900000046 implements MigrationInterface {
  name = 'CoursesBeforeTheCommitteeByReferrer1763900000046';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX courses_before_the_committee_by_referrer ON courses (referred_by)
       WHERE phase IN ('referral', 'visitation')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX courses_before_the_committee_by_referrer`);
  }
}
