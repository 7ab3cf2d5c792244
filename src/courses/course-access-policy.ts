import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/roles';
import { StaffRepository } from '../staff/staff.repository';
import type { CourseRecord } from './courses.repository';

/**
 * Who is involved in a course, and so may see it and send it events: the caseworker who referred
 * the citizen, the assigned case manager, the committee while the referral awaits its decision,
 * and the team lead of the case manager's team. Nobody else learns that the course exists.
 */
@Injectable()
export class CourseAccessPolicy {
  constructor(private readonly staff: StaffRepository) {}

  async isInvolved(db: EntityManager, caller: Caller, course: CourseRecord): Promise<boolean> {
    const { roles, staffId } = caller;
    if (roles.includes('caseworker') && course.referredBy === staffId) return true;
    if (roles.includes('case_manager') && course.caseManagerId === staffId) return true;
    if (roles.includes('committee_member') && isBeforeTheCommittee(course)) return true;
    if (roles.includes('team_lead')) {
      if (course.caseManagerId) return this.staff.shareTeam(db, staffId, course.caseManagerId);
      const waitlist = course.snapshot.context.waitlist as { teamId: string } | null | undefined;
      if (waitlist) return (await this.staff.teamOf(db, staffId)) === waitlist.teamId;
    }
    return false;
  }
}

function isBeforeTheCommittee(course: CourseRecord): boolean {
  return (
    course.phase === 'referral' ||
    course.phase === 'visitation' ||
    course.snapshot.context.closureReason === 'rejected_at_visitation'
  );
}
