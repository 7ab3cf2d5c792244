import type { RoutePolicy } from '@src/access/access-policy';
import { type Role, ROLES } from '@src/auth/roles';
import type { AccessWorld, CourseRef } from '@test/factories/access-world';
import type { StaffHandle } from '@test/factories/staff';

export type Relation =
  | 'related'
  | 'unrelated'
  | 'voterAfterRejection'
  | 'voterAfterApproval'
  | 'otherMunicipalityAfterRejection'
  | 'otherMunicipalityAfterApproval'
  | 'otherMunicipalityBeforeDecision';

/** The committee's further cases (issue #12): who voted, and another municipality's member. */
const COMMITTEE_CASES: { caller: string; relation: Relation }[] = [
  { caller: 'committee_member who voted, after the rejection', relation: 'voterAfterRejection' },
  { caller: 'committee_member who voted, after the approval', relation: 'voterAfterApproval' },
  { caller: "another municipality's committee_member, after a rejection", relation: 'otherMunicipalityAfterRejection' },
  { caller: "another municipality's committee_member, after an approval", relation: 'otherMunicipalityAfterApproval' },
  {
    caller: "another municipality's committee_member, on a course in visitation",
    relation: 'otherMunicipalityBeforeDecision',
  },
];

/** Who sees the course of each relation: the related member, and the voter of a recent rejection. */
const SEES_THE_COURSE: readonly Relation[] = ['related', 'voterAfterRejection'];

/** One request of the matrix: a route called without a token, or by a member of one role. */
export interface MatrixCase {
  /** How the test report names the caller. */
  caller: string;
  role?: Role;
  relation?: Relation;
}

/** Who the unrelated member of each role is; the committee's relation is the course's phase. */
const UNRELATED: Record<Role, string> = {
  caseworker: 'another caseworker',
  committee_member: 'on a course past visitation',
  case_manager: 'of another caseload',
  team_lead: 'of another team',
  admin: 'another admin',
  auditor: 'another auditor',
};

export const matrixCases = (): MatrixCase[] => [
  { caller: 'without a token' },
  ...ROLES.flatMap((role): MatrixCase[] => [
    { caller: role, role, relation: 'related' },
    { caller: `${role} ${UNRELATED[role]}`, role, relation: 'unrelated' },
  ]),
  ...COMMITTEE_CASES.map(({ caller, relation }): MatrixCase => ({ caller, role: 'committee_member', relation })),
];

/** How an answer came out, in the policy's words. */
export type Outcome = 'unauthenticated' | 'forbidden' | 'hidden' | 'served' | 'refused' | 'failed';

/** A 2xx, or a refusal of the empty or invalid body the matrix sends, counts as served. */
export function outcomeOf(status: number): Outcome {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'hidden';
  if ((status >= 200 && status < 300) || [400, 409, 422].includes(status)) return 'served';
  return status < 500 ? 'refused' : 'failed';
}

/** The outcomes the policy allows for one case. */
export function promisedOutcomes(policy: RoutePolicy, { role, relation }: MatrixCase): Outcome[] {
  if (policy.roles === 'public') return ['served', 'hidden', 'refused', 'failed'];
  if (!role) return ['unauthenticated'];
  if (!policy.roles.includes(role)) return ['forbidden'];
  if (policy.object) return SEES_THE_COURSE.includes(relation!) ? ['served'] : ['hidden'];
  // Lists and the caller's own things: narrowed by the service, which the narrowing tests check.
  return ['served', 'hidden', 'refused'];
}

/** Query parameters a list requires, so that the matrix sees its answer and what it logs. */
const requiredQueries = (fixture: AccessWorld): Record<string, Record<string, string>> => ({
  'GET /api/v1/referrals': { status: 'decided' },
  'GET /api/v1/audit/access': { citizenId: fixture.courseA.citizenId },
  'GET /api/v1/audit/access/export': { citizenId: fixture.courseA.citizenId },
});

export interface MatrixRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  staff?: StaffHandle;
  /** The course the route's object belongs to, for object routes. */
  course?: CourseRef;
  /** The citizen the path names, for citizen routes. */
  citizenId?: string;
}

/**
 * The request of one case. Object routes name the course the role relates to (the committee's is
 * in visitation), or for the unrelated member team A's course; a staff id or a notification id
 * names the related member's own, so that the unrelated member asks for someone else's.
 */
export function requestOf(
  fixture: AccessWorld,
  route: string,
  policy: RoutePolicy,
  matrixCase: MatrixCase,
): MatrixRequest {
  const [method, pattern] = route.split(' ');
  const { role } = matrixCase;
  const owner = fixture.callers[role ?? 'case_manager'].related;
  const { course, staff } = callerAndCourse(fixture, matrixCase);
  const objectIds = { course: course.id, appointment: fixture.appointmentId, closureProposal: fixture.proposalId };

  const valueOf = (param: string): string => {
    if (param === policy.object?.param) return objectIds[policy.object.locator];
    if (param === 'id' && pattern.startsWith('/api/v1/staff/')) return owner.id;
    if (param === 'id' && pattern.startsWith('/api/v1/me/notifications/')) return fixture.notificationOf.get(owner.id)!;
    if (param === 'serviceId') return fixture.serviceId;
    if (param === 'version') return '1';
    if (param === 'citizenId') return fixture.courseA.citizenId;
    // No feed has this address: the route answers 404 to anyone, with a token or without.
    if (param === 'token') return 'no-such-calendar-address';
    // The caller's own team: another team's is checked by its own test (test/visitation.e2e-spec.ts).
    if (param === 'teamId') return matrixCase.relation === 'unrelated' ? fixture.teams.b : fixture.teams.a;
    throw new Error(
      `The access matrix has no value for :${param} of ${route}: add one to test/support/access-matrix.ts`,
    );
  };
  return {
    method,
    path: pattern.replace(/:(\w+)/g, (_, param: string) => valueOf(param)),
    query: requiredQueries(fixture)[route] ?? {},
    staff,
    course: policy.object ? course : undefined,
    citizenId: pattern.includes(':citizenId') ? fixture.courseA.citizenId : undefined,
  };
}

/** The member who calls and the course an object route names, for each case. */
function callerAndCourse(
  fixture: AccessWorld,
  { role, relation }: MatrixCase,
): { course: CourseRef; staff?: StaffHandle } {
  if (!role || !relation) return { course: fixture.courseA };
  const committee = fixture.callers.committee_member;
  switch (relation) {
    case 'related':
      return {
        course: role === 'committee_member' ? fixture.waitlisted : fixture.courseA,
        staff: fixture.callers[role].related,
      };
    case 'unrelated':
      return { course: fixture.courseA, staff: fixture.callers[role].unrelated };
    case 'voterAfterRejection':
      return { course: fixture.rejected, staff: committee.related };
    case 'voterAfterApproval':
      return { course: fixture.courseA, staff: committee.related };
    case 'otherMunicipalityAfterRejection':
      return { course: fixture.rejected, staff: fixture.otherCommittee };
    case 'otherMunicipalityAfterApproval':
      return { course: fixture.courseA, staff: fixture.otherCommittee };
    case 'otherMunicipalityBeforeDecision':
      return { course: fixture.waitlisted, staff: fixture.otherCommittee };
  }
}
