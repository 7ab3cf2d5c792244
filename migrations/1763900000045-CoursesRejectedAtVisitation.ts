import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The courses rejected at visitation, by when they closed: a committee member sees the ones they
 * voted on for the review period after, and the queue finds them here instead of among every
 * course in the country.
 */
export class CoursesRejectedAtVisitation1763900000045 implements MigrationInterface {
  name = 'CoursesRejectedAtVisitation1763900000045';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX courses_rejected_at_visitation ON courses (closed_at)
       WHERE snapshot->'context'->>'closureReason' = 'rejected_at_visitation'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX courses_rejected_at_visitation`);
  }
}
