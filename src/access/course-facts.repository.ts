import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CourseRecord } from '@src/courses/courses.repository';
import type { CourseFacts } from './course-relation';

/** SQL: whether course `c` is a case of the team of staff member `staffParam`, or waits on its waitlist. */
export const inCallersTeam = (staffParam: string) =>
  `EXISTS (SELECT 1 FROM staff me
            WHERE me.id = ${staffParam} AND (me.team_id = c.waitlist_team_id
               OR me.team_id = (SELECT team_id FROM staff WHERE id = c.case_manager_id)))`;

/** The facts of a course row read with `inCallersTeam` beside it. */
export const factsOf = (course: CourseRecord & { inCallersTeam: boolean }): CourseFacts => ({
  courseId: course.id,
  citizenId: course.citizenId,
  referredBy: course.referredBy,
  caseManagerId: course.caseManagerId,
  phase: course.phase,
  closureReason: (course.snapshot.context.closureReason as string | null | undefined) ?? null,
  inCallersTeam: course.inCallersTeam,
});

/** The objects a route may name, each with the SQL that finds the course it belongs to. */
export const COURSE_LOCATORS = {
  course: '$1::uuid',
  appointment: '(SELECT course_id FROM appointments WHERE id = $1)',
  closureProposal: '(SELECT course_id FROM closure_proposals WHERE id = $1)',
} as const;

export type CourseLocator = keyof typeof COURSE_LOCATORS;

/** Reads, in one indexed query, what the access policy needs to know about a course and a caller. */
@Injectable()
export class CourseFactsRepository {
  async find(
    db: EntityManager,
    locator: CourseLocator,
    objectId: string,
    staffId: string,
  ): Promise<CourseFacts | undefined> {
    const rows: CourseFacts[] = await db.query(
      `SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.referred_by AS "referredBy",
              c.case_manager_id AS "caseManagerId", c.phase, c.snapshot->'context'->>'closureReason' AS "closureReason",
              ${inCallersTeam('$2')} AS "inCallersTeam"
         FROM courses c WHERE c.id = ${COURSE_LOCATORS[locator]}`,
      [objectId, staffId],
    );
    return rows[0];
  }
}
