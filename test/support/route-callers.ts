import { randomUUID } from 'node:crypto';
import { CourseFactsRepository, type CourseLocator } from '@src/courses/course-facts.repository';
import { courseAccess } from '@src/auth/course-relation';
import { type Role, ROLES } from '@src/auth/roles';
import { draftPlan, approvePlan, proposeClosure } from './care-planning';
import { appointmentEndingIn, scheduleAppointment } from './engagement';
import type { RouteInputs } from './route-inputs';
import type { TestApp } from './test-app';
import { type StaffHandle, World } from './world';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One member of staff per role and something of every kind a route may name: a course in
 * coordination with an appointment, a plan with services and an open closure proposal, and a
 * course still before the committee.
 */
export interface CallerFixture {
  staff: { role: Role; handle: StaffHandle }[];
  objects: Record<CourseLocator, string[]>;
  serviceId: string;
  citizenId: string;
}

export async function callerFixture(api: TestApp): Promise<CallerFixture> {
  const world = new World(api);
  const teamId = `fuzz-${randomUUID()}`;
  const staff = await Promise.all(
    ROLES.map(async (role) => ({ role, handle: await world.staff([role], { teamId, maxCaseload: 50 }) })),
  );
  const as = (role: Role) => staff.find((member) => member.role === role)!.handle;
  const people = { caseworker: as('caseworker'), committee: as('committee_member'), caseManager: as('case_manager') };

  const courseId = await world.assignedCourse(people);
  const [service] = (await draftPlan(api, people.caseManager, courseId)).services;
  await approvePlan(api, people.caseManager, courseId).expect(200);
  const appointment = await scheduleAppointment(api, people.caseManager, courseId, appointmentEndingIn(2 * DAY_MS));
  const proposal = (await proposeClosure(api, people.caseManager, courseId, 'no_longer_needed').expect(201)).body;
  const { courseId: undecidedCourseId } = await world.refer(people.caseworker);
  const [{ citizenId }] = await api.db.query(`SELECT citizen_id AS "citizenId" FROM courses WHERE id = $1`, [courseId]);
  return {
    staff,
    objects: { course: [courseId, undecidedCourseId], appointment: [appointment.id], closureProposal: [proposal.id] },
    serviceId: service.id,
    citizenId,
  };
}

/** A request to a route that the access guard lets through to validation and the handler. */
export interface ReachingCall {
  auth: string;
  /** A valid value for each path parameter. */
  params: Record<string, string>;
}

/**
 * The first member of staff the route's policy admits and, for a route naming an object, an
 * object of the fixture whose course they are related to in a role the route admits.
 */
export async function reachingCall(api: TestApp, fixture: CallerFixture, route: RouteInputs): Promise<ReachingCall> {
  const { policy } = route;
  const { roles } = policy;
  const admitted =
    roles === 'public' ? fixture.staff.slice(0, 1) : fixture.staff.filter(({ role }) => roles.includes(role));
  for (const { role, handle } of admitted) {
    const params = Object.fromEntries(route.params.map((param) => [param, paramValue(fixture, param, handle)]));
    if (!policy.object || roles === 'public') return { auth: handle.auth, params };
    for (const objectId of fixture.objects[policy.object.locator]) {
      const course = await api.app
        .get(CourseFactsRepository)
        .find(api.db.manager, policy.object.locator, objectId, handle.id);
      if (course && courseAccess({ staffId: handle.id, roles: [role] }, roles, course) === 'allowed') {
        return { auth: handle.auth, params: { ...params, [policy.object.param]: objectId } };
      }
    }
  }
  throw new Error(`No member of staff in the fixture reaches ${route.key}: give callerFixture someone who may call it`);
}

/** Path parameters that name no course: the fixture's, or the caller's own id (the staff routes' subject). */
function paramValue(fixture: CallerFixture, param: string, caller: StaffHandle): string {
  switch (param) {
    case 'serviceId':
      return fixture.serviceId;
    case 'citizenId':
      return fixture.citizenId;
    case 'version':
      return '1';
    case 'id':
      return caller.id;
    default:
      return randomUUID();
  }
}
