import type { Caller, Role } from './roles';

/** What decides who may see a course: read in one query by CourseFactsRepository. */
export interface CourseFacts {
  courseId: string;
  citizenId: string;
  referredBy: string;
  caseManagerId: string | null;
  phase: string;
  closureReason: string | null;
  /** The course's case manager is in the caller's team, or the course waits on the team's waitlist. */
  inCallersTeam: boolean;
  /** The referring caseworker belongs to the caller's municipality: its committee decides the course. */
  inCallersMunicipality: boolean;
  /** The caller voted on the course at visitation, and it closed within VISITATION_REVIEW_PERIOD. */
  votedOnRecentClosure: boolean;
}

/**
 * The courses each role sees, as the README's access table names them; roles missing here see no
 * course at all (admin, auditor).
 */
export const COURSE_RELATIONS = {
  caseworker: 'referred',
  committee_member: 'own committee',
  case_manager: 'assigned',
  team_lead: 'team',
} as const satisfies Partial<Record<Role, string>>;

/** The phases in which a course is the committee's of its municipality (read by relatedRoleSql too). */
export const BEFORE_THE_COMMITTEE: readonly string[] = ['referral', 'visitation'];

/** Whether the caller, acting in `role`, is related to the course. */
export function relatesTo(role: Role, staffId: string, course: CourseFacts): boolean {
  switch (role) {
    case 'caseworker':
      return course.referredBy === staffId;
    case 'case_manager':
      return course.caseManagerId === staffId;
    case 'committee_member':
      // Before the decision: the committee of the course's municipality. After a rejection: only the
      // members who voted on it, for the appeal period. An approved course leaves the committee.
      return BEFORE_THE_COMMITTEE.includes(course.phase)
        ? course.inCallersMunicipality
        : course.closureReason === 'rejected_at_visitation' && course.votedOnRecentClosure;
    case 'team_lead':
      return course.inCallersTeam;
    case 'admin':
    case 'auditor':
      return false;
  }
}

export type CourseAccess = 'allowed' | 'hidden' | 'forbidden';

/**
 * Hidden (404) when none of the caller's roles relates them to the course, so that its existence
 * stays secret; forbidden (403) when they see it but no role they see it in may do `allowedRoles`.
 */
export function courseAccess(caller: Caller, allowedRoles: readonly Role[], course: CourseFacts): CourseAccess {
  const related = caller.roles.filter((role) => relatesTo(role, caller.staffId, course));
  if (related.length === 0) return 'hidden';
  return related.some((role) => allowedRoles.includes(role)) ? 'allowed' : 'forbidden';
}

/** The role, among `allowedRoles`, in which the caller is related to the course: the access log's role. */
export function relatedRole(caller: Caller, allowedRoles: readonly Role[], course: CourseFacts): Role | undefined {
  return caller.roles.find((role) => allowedRoles.includes(role) && relatesTo(role, caller.staffId, course));
}
