import type { EntityManager } from 'typeorm';
import { analyse } from './transaction';

/** The courses a medium test adds for the rest of the country: enough that the planner reads by index where one serves. */
export const COUNTRY_COURSES = 3000;

/**
 * Copies of one of the test's courses, made in `db`'s transaction (which the test rolls back), with
 * its referral and its running ladder if it has them. Each copy has a citizen of its own, a referrer
 * of its own municipality (one for ten courses) and, if the course has a case manager, one of
 * their own team (one for eight courses), as a country's would. The tables are analysed after, so
 * that the planner plans for a country's cases and not for a test's few.
 */
export async function copiesOfCourse(db: EntityManager, courseId: string): Promise<void> {
  await db.query(
    `CREATE TEMPORARY TABLE country ON COMMIT DROP AS
     SELECT gen_random_uuid() AS course_id, gen_random_uuid() AS citizen_id,
            referrer.id AS referrer_id, case_manager.id AS case_manager_id
     FROM generate_series(0, $1::int - 1) i
     JOIN (SELECT n, gen_random_uuid() AS id FROM generate_series(0, $1::int / 10) n) referrer ON referrer.n = i / 10
     JOIN (SELECT n, gen_random_uuid() AS id FROM generate_series(0, $1::int / 8) n) case_manager ON case_manager.n = i / 8`,
    [COUNTRY_COURSES],
  );
  const copy = (table: string, newColumns: string, from: string) =>
    db.query(
      `INSERT INTO ${table} SELECT (jsonb_populate_record(o, jsonb_build_object(${newColumns}))).* FROM ${from}`,
      [courseId],
    );
  await copy(
    'staff',
    `'id', k.referrer_id, 'municipality', concat(o.municipality, ' ', k.referrer_id)`,
    `staff o, (SELECT DISTINCT referrer_id FROM country) k WHERE o.id = (SELECT referred_by FROM courses WHERE id = $1)`,
  );
  await copy(
    'staff',
    `'id', k.case_manager_id, 'team_id', concat(o.team_id, ' ', k.case_manager_id)`,
    `staff o, (SELECT DISTINCT case_manager_id FROM country) k
     WHERE o.id = (SELECT case_manager_id FROM courses WHERE id = $1)`,
  );
  await copy(
    'citizens',
    `'id', k.citizen_id, 'cpr_hash', '\\x' || md5(k.citizen_id::text)`,
    `citizens o, country k WHERE o.id = (SELECT citizen_id FROM courses WHERE id = $1)`,
  );
  await copy(
    'courses',
    `'id', k.course_id, 'citizen_id', k.citizen_id, 'referred_by', k.referrer_id,
     'case_manager_id', CASE WHEN o.case_manager_id IS NOT NULL THEN k.case_manager_id END`,
    `courses o, country k WHERE o.id = $1`,
  );
  await copy(
    'referrals',
    `'id', gen_random_uuid(), 'course_id', k.course_id, 'citizen_id', k.citizen_id, 'referred_by', k.referrer_id`,
    `referrals o, country k WHERE o.course_id = $1`,
  );
  await copy(
    'escalation_ladders',
    `'course_id', k.course_id`,
    `escalation_ladders o, country k WHERE o.course_id = $1 AND o.ended_at IS NULL`,
  );
  await analyse(db, ['staff', 'citizens', 'courses', 'referrals', 'escalation_ladders']);
}
