import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CourseRecord } from './courses.repository';
import { BEFORE_THE_COMMITTEE, type CourseFacts } from '@src/auth/course-relation';
import { AppConfig } from '@src/config/app-config';
import { preparedStatement } from '@src/database/prepared-statement';
import { durationMs } from '@workflows/outreach-ladder';

/** SQL: the phases in which a course is the committee's of its municipality, as a list of literals. */
export const BEFORE_THE_COMMITTEE_SQL = BEFORE_THE_COMMITTEE.map((phase) => `'${phase}'`).join(', ');

/** SQL: course `c` is a case of the team of staff member `staff`, or waits on its waitlist. */
export const inCallersTeam = (staff: string) =>
  `EXISTS (SELECT 1 FROM staff me
            WHERE me.id = ${staff} AND (me.team_id = c.waitlist_team_id
               OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id)))`;

/** SQL: course `c` was referred from the municipality of staff member `staff` (staff without one count as one). */
export const inCallersMunicipality = (staff: string) =>
  `EXISTS (SELECT 1 FROM staff me JOIN staff referrer ON referrer.id = c.referred_by
            WHERE me.id = ${staff} AND me.municipality IS NOT DISTINCT FROM referrer.municipality)`;

/**
 * SQL: the ids of the staff of the municipality of staff member `staff`, the referrers that
 * `inCallersMunicipality` accepts, for a list to take as an array: checked course by course, the
 * EXISTS makes the planner expect most courses to pass and read whole tables to join them.
 */
export const callersMunicipalityStaff = (staff: string) =>
  `SELECT referrer.id FROM staff me JOIN staff referrer ON referrer.municipality IS NOT DISTINCT FROM me.municipality
    WHERE me.id = ${staff}`;

/**
 * SQL: staff member `staff` voted on course `c` at visitation, and it closed less than `seconds`
 * ago. A CASE, because `closed_at > …` is NULL for an open course and an AND with NULL still runs
 * the EXISTS: every access check would read all of an open course's events, and a course of some
 * years has thousands (27 ms against 0.3 ms with 12,000).
 */
export const votedOnRecentClosure = (staff: string, seconds: string) =>
  `CASE WHEN c.closed_at > now() - make_interval(secs => ${seconds})
     THEN EXISTS (SELECT 1 FROM course_events e
                   WHERE e.course_id = c.id AND e.actor_id = ${staff}
                     AND e.type IN ('VISITATION_APPROVED', 'VISITATION_REJECTED'))
     ELSE false END`;

/** SQL: the columns of CourseFacts that relate staff member `staff` to course `c`. */
export const callerRelationColumns = (staff: string, reviewSeconds: string) =>
  `${inCallersTeam(staff)} AS "inCallersTeam",
   ${inCallersMunicipality(staff)} AS "inCallersMunicipality",
   ${votedOnRecentClosure(staff, reviewSeconds)} AS "votedOnRecentClosure"`;

/**
 * SQL: the first of the roles in text[] `roles` in which staff member `staff` relates to the course
 * whose CourseFacts columns `facts` names, or NULL: `relatesTo` (src/auth/course-relation.ts) once
 * more, for the course read that logs itself in its own statement. Two statements of one rule: the
 * medium test course-relation-sql proves them equal for every role and every combination of facts.
 */
export const relatedRoleSql = (facts: string, staff: string, roles: string) =>
  `(SELECT r.role FROM unnest(${roles}::text[]) WITH ORDINALITY AS r (role, n)
     WHERE CASE r.role
       WHEN 'caseworker' THEN ${facts}."referredBy" = ${staff}
       WHEN 'case_manager' THEN ${facts}."caseManagerId" = ${staff}
       WHEN 'committee_member' THEN
         CASE WHEN ${facts}.phase IN (${BEFORE_THE_COMMITTEE_SQL})
           THEN ${facts}."inCallersMunicipality"
           ELSE ${facts}."closureReason" = 'rejected_at_visitation' AND ${facts}."votedOnRecentClosure" END
       WHEN 'team_lead' THEN ${facts}."inCallersTeam"
       ELSE false END
     ORDER BY r.n LIMIT 1)`;

export const visitationReviewSeconds = (config: AppConfig): number =>
  durationMs(config.VISITATION_REVIEW_PERIOD) / 1000;

export type CallerRelation = Pick<CourseFacts, 'inCallersTeam' | 'inCallersMunicipality' | 'votedOnRecentClosure'>;

/** The facts of a course row read with `callerRelationColumns` beside it. */
export const factsOf = (course: CourseRecord & CallerRelation): CourseFacts => ({
  courseId: course.id,
  citizenId: course.citizenId,
  referredBy: course.referredBy,
  caseManagerId: course.caseManagerId,
  phase: course.phase,
  closureReason: (course.snapshot.context.closureReason as string | null | undefined) ?? null,
  inCallersTeam: course.inCallersTeam,
  inCallersMunicipality: course.inCallersMunicipality,
  votedOnRecentClosure: course.votedOnRecentClosure,
});

/** The objects a route may name, each with the SQL that finds the course it belongs to. */
export const COURSE_LOCATORS = {
  course: '$1::uuid',
  appointment: '(SELECT course_id FROM appointments WHERE id = $1)',
  closureProposal: '(SELECT course_id FROM closure_proposals WHERE id = $1)',
} as const;

export type CourseLocator = keyof typeof COURSE_LOCATORS;

/** The facts of the course an object of each kind belongs to, and the caller's relation to it. */
const FIND_FACTS = Object.fromEntries(
  Object.entries(COURSE_LOCATORS).map(([locator, courseId]) => [
    locator,
    preparedStatement(
      `course-facts-by-${locator}`,
      `SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.referred_by AS "referredBy",
              c.case_manager_id AS "caseManagerId", c.phase, c.snapshot->'context'->>'closureReason' AS "closureReason",
              ${callerRelationColumns('$2', '$3')}
         FROM courses c WHERE c.id = ${courseId}`,
    ),
  ]),
) as Record<CourseLocator, string>;

/** Reads, in one indexed query, what the access policy needs to know about a course and a caller. */
@Injectable()
export class CourseFactsRepository {
  private readonly reviewSeconds: number;

  constructor(config: AppConfig) {
    this.reviewSeconds = visitationReviewSeconds(config);
  }

  async find(
    db: EntityManager,
    locator: CourseLocator,
    objectId: string,
    staffId: string,
  ): Promise<CourseFacts | undefined> {
    const rows: CourseFacts[] = await db.query(FIND_FACTS[locator], [objectId, staffId, this.reviewSeconds]);
    return rows[0];
  }
}
