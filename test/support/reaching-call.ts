import { randomUUID } from 'node:crypto';
import { CourseFactsRepository, type CourseLocator } from '@src/courses/course-facts.repository';
import { courseAccess } from '@src/auth/course-relation';
import { ROLES } from '@src/auth/roles';
import type { AccessWorld } from '@test/factories/access-world';
import type { StaffHandle } from '@test/factories/staff';
import type { RouteInputs } from './route-inputs';
import type { TestApp } from './test-app';

/** A request to a route that the access guard lets through to validation and the handler. */
export interface ReachingCall {
  auth: string;
  /** A valid value for each path parameter. */
  params: Record<string, string>;
}

/** The objects of the world a route may name, by the locator of its policy. */
const objectsOf = (world: AccessWorld): Record<CourseLocator, string[]> => ({
  course: [world.courseA.id, world.waitlisted.id],
  appointment: [world.appointmentId],
  closureProposal: [world.proposalId],
});

/**
 * The first related member of staff the route's policy admits and, for a route naming an object,
 * an object of the world whose course they are related to in a role the route admits.
 */
export async function reachingCall(api: TestApp, world: AccessWorld, route: RouteInputs): Promise<ReachingCall> {
  const { policy } = route;
  const { roles } = policy;
  const admitted = roles === 'public' ? ROLES.slice(0, 1) : ROLES.filter((role) => roles.includes(role));
  for (const role of admitted) {
    const handle = world.callers[role].related;
    const params = Object.fromEntries(route.params.map((param) => [param, paramValue(world, param, handle)]));
    if (!policy.object || roles === 'public') return { auth: handle.auth, params };
    for (const objectId of objectsOf(world)[policy.object.locator]) {
      const course = await api.app
        .get(CourseFactsRepository)
        .find(api.db.manager, policy.object.locator, objectId, handle.id);
      if (course && courseAccess({ staffId: handle.id, roles: [role] }, roles, course) === 'allowed') {
        return { auth: handle.auth, params: { ...params, [policy.object.param]: objectId } };
      }
    }
  }
  throw new Error(`No member of staff in the access world reaches ${route.key}: give it someone who may call it`);
}

/** Path parameters that name no course: the world's, or the caller's own id (the staff routes' subject). */
function paramValue(world: AccessWorld, param: string, caller: StaffHandle): string {
  switch (param) {
    case 'serviceId':
      return world.serviceId;
    case 'citizenId':
      return world.courseA.citizenId;
    case 'version':
      return '1';
    case 'id':
      return caller.id;
    default:
      return randomUUID();
  }
}
