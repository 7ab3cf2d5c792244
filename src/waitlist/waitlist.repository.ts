import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WAITLIST_PRIORITIES } from '@workflows/icm-course';
import { callersMunicipalityStaff } from '@src/courses/course-facts.repository';

export interface WaitlistEntry {
  courseId: string;
  citizenId: string;
  /** The course version, for the assignment's If-Match. */
  version: number;
  teamId: string;
  priority: string;
  waitlistedAt: Date;
  daysWaited: number;
  birthDate: string;
}

const PRIORITY_NAME = `(ARRAY['${WAITLIST_PRIORITIES.join("','")}'])[c.waitlist_priority]`;
const WAITLIST_COLUMNS = `c.id AS "courseId", c.citizen_id AS "citizenId", c.version, c.waitlist_team_id AS "teamId", ${PRIORITY_NAME} AS priority,
  c.waitlisted_at AS "waitlistedAt", floor(extract(epoch FROM now() - c.waitlisted_at) / 86400)::int AS "daysWaited"`;
const WAITLIST_ORDER = `c.waitlist_priority, c.waitlisted_at, c.id`;

@Injectable()
export class WaitlistRepository {
  /**
   * Approved citizens waiting for a case manager: priority first, then first come, first served.
   * `committeeMember` narrows it to the courses referred from that member's municipality. Each
   * birth date is looked up by its course: joined, the planner may read every citizen in the
   * country to hash them, when it expects many of the waiting courses to be the member's.
   */
  async list(db: EntityManager, teamId?: string, committeeMember?: string): Promise<WaitlistEntry[]> {
    return db.query(
      `SELECT ${WAITLIST_COLUMNS},
              to_char((SELECT z.birth_date FROM citizens z WHERE z.id = c.citizen_id), 'YYYY-MM-DD') AS "birthDate"
       FROM courses c
       WHERE c.state = 'visitation.waitlisted' AND ($1::text IS NULL OR c.waitlist_team_id = $1)
         AND ($2::uuid IS NULL OR c.referred_by = ANY(ARRAY(${callersMunicipalityStaff('$2')})))
       ORDER BY ${WAITLIST_ORDER}`,
      [teamId ?? null, committeeMember ?? null],
    );
  }

  /** The first citizen waiting in the case manager's team, if the case manager has a free slot. */
  async offerFor(db: EntityManager, caseManagerId: string): Promise<Omit<WaitlistEntry, 'birthDate'> | undefined> {
    const rows = await db.query(
      `SELECT ${WAITLIST_COLUMNS}
       FROM staff s JOIN courses c ON c.waitlist_team_id = s.team_id AND c.state = 'visitation.waitlisted'
       WHERE s.id = $1
         AND s.max_caseload > (SELECT count(*) FROM courses o WHERE o.case_manager_id = s.id AND o.phase <> 'closed')
       ORDER BY ${WAITLIST_ORDER} LIMIT 1`,
      [caseManagerId],
    );
    return rows[0];
  }
}
