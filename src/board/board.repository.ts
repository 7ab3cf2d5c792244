import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CourseContext } from '@workflows/icm-course';
import type { StateValue } from 'xstate';
import type { CitizenRow } from '@src/citizens/citizen-view';
import { citizenRowColumns } from '@src/citizens/citizens.repository';

export interface BoardRow extends CitizenRow {
  courseId: string;
  citizenId: string;
  phase: string;
  state: string;
  version: number;
  value: StateValue;
  context: CourseContext;
}

@Injectable()
export class BoardRepository {
  /** A case manager's open courses with their citizens: at most their caseload, one indexed query. */
  async openCoursesOf(db: EntityManager, caseManagerId: string): Promise<BoardRow[]> {
    return db.query(
      `SELECT c.id AS "courseId", c.citizen_id AS "citizenId", c.phase, c.state, c.version,
              c.snapshot -> 'value' AS value, c.snapshot -> 'context' AS context, z.id, ${citizenRowColumns('z')}
       FROM courses c JOIN citizens z ON z.id = c.citizen_id
       WHERE c.case_manager_id = $1 AND c.phase <> 'closed'`,
      [caseManagerId],
    );
  }
}
