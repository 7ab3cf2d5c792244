import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { LoggedRequest } from '@src/access-log/logged-request';
import { TokenVerifier } from '@src/auth/token-verifier';
import { type Caller, type Role } from '@src/auth/roles';
import { Forbidden } from '@src/problems/domain-error';
import { notAUuid } from '@src/problems/uuid-param';
import { CourseFactsRepository, type CourseLocator } from '@src/courses/course-facts.repository';
import { type CourseFacts, relatedRole } from '@src/auth/course-relation';
import { admitToCourse } from '@src/auth/course-admission';
import { ACCESS_POLICY, type RoutePolicy, routeKey } from './access-policy';

/**
 * What the guard learnt about a request, for the handler (`caller`) and the access log (`access`):
 * the role the caller acts in (none yet when no course is named, or when the decision is left to
 * the course's own statement) and the course the route names, with its facts if the guard read them.
 */
export interface AccessRequest extends LoggedRequest {
  caller?: Caller;
  access?: { route: string; policy: RoutePolicy; role?: Role; courseId?: string; course?: CourseFacts };
}

const OBJECT_NAMES = { course: 'Course', appointment: 'Appointment', closureProposal: 'Closure proposal' } as const;

/**
 * The one gate every route passes: the route's entry in ACCESS_POLICY decides. A route the table
 * does not name is refused (and AccessPolicyCoverage stops the app from starting with one).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verifier: TokenVerifier,
    private readonly courses: CourseFactsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AccessRequest>();
    const route = routeKey(request.method === 'HEAD' ? 'GET' : request.method, request.route.path);
    const policy = ACCESS_POLICY[route];
    if (!policy) throw new Error(`No access policy for ${route}`);
    if (policy.roles === 'public') return true;
    const caller = await this.verifier.verify(request.headers.authorization);
    request.caller = caller;
    const allowed = policy.roles;
    const roles = caller.roles.filter((role) => allowed.includes(role));
    if (roles.length === 0) throw new Forbidden(`${route} needs one of the roles: ${allowed.join(', ')}`);
    if (!policy.object) {
      request.access = { route, policy, role: roles[0] };
      return true;
    }
    const id = request.params[policy.object.param] as string;
    // Checked here as the route's pipe would, since guards run before pipes.
    if (!isUUID(id)) throw notAUuid(policy.object.param);
    if (policy.object.decidedBy) {
      request.access = { route, policy, courseId: id };
      return true;
    }
    const course = await this.courseOf(caller, policy.object.locator, id, allowed);
    request.access = { route, policy, courseId: course.courseId, course, role: relatedRole(caller, allowed, course) };
    return true;
  }

  private async courseOf(
    caller: Caller,
    locator: CourseLocator,
    id: string,
    allowed: readonly Role[],
  ): Promise<CourseFacts> {
    const course = await this.courses.find(this.dataSource.manager, locator, id, caller.staffId);
    return admitToCourse(caller, allowed, course, OBJECT_NAMES[locator], id);
  }
}
