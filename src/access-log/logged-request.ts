import type { Request } from 'express';
import type { Caller, Role } from '@src/auth/roles';
import type { CourseFacts } from '@src/auth/course-relation';

/** Which citizens' data a route's answer holds, to be logged: its course, each listed one, or the one it names. */
export type LoggedCitizens = 'course' | 'listed' | 'citizen';

/**
 * What the access guard leaves on a request for the access log: who asked, the route with the
 * roles it admits, the role the caller acts in and the course the route names. The guard's
 * AccessRequest (src/access/) extends it, so that the log needs nothing else of the guard's folder.
 */
export interface LoggedRequest extends Request {
  caller?: Caller;
  access?: {
    route: string;
    policy: { roles: 'public' | readonly Role[]; logs?: LoggedCitizens };
    role?: Role;
    courseId?: string;
    course?: CourseFacts;
  };
}
