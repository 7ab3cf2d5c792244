import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The check that an event is written on the course version it was computed from, failing inside
 * the write's own statement: that statement travels with its transaction's COMMIT
 * (src/database/transaction-pipeline.ts), so a check left to the service after it would come too
 * late to roll anything back. The error's SQLSTATE is the service's to map to its 409.
 */
export class CourseVersionCheck1763900000043 implements MigrationInterface {
  name = 'CourseVersionCheck1763900000043';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION course_version_conflict(course uuid, expected integer) RETURNS uuid
      LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        RAISE EXCEPTION 'course % is not at version %', course, expected USING ERRCODE = 'IC409';
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION course_version_conflict(uuid, integer)`);
  }
}
