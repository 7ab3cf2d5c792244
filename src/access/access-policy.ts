import type { LoggedCitizens } from '@src/access-log/logged-request';
import { type Role, ROLES } from '@src/auth/roles';
import { COURSE_EVENT_CATALOG } from '@src/courses/events/course-event-catalog';
import type { CourseLocator } from '@src/courses/course-facts.repository';

/**
 * What one route lets whom do; the README's access table is printed from these entries.
 * - `roles`: who may call it at all ('public': no token). Anyone else gets 403 without a look-up.
 * - `object`: the path parameter naming a course (or an object inside one). The caller must be
 *   related to that course (COURSE_RELATIONS) in one of `roles`: unrelated in every role is 404,
 *   related only in other roles is 403. With `decidedBy`, the guard checks the path and the roles
 *   and leaves that decision to the course's own statement, so that the course is read once:
 *   'row lock': the handler does nothing but send the course an event, and CourseRuntime decides
 *   under the course's row lock (as it does for every event); 'read': the handler reads the course
 *   with its facts in one statement, which logs the read where the caller relates to it.
 * - `limitedTo`: how the service narrows a list or an object without a course to the caller.
 * - `logs`: which citizens' data the answer holds, written to the access log on success: the
 *   object's course, each listed citizen, or the citizen the path's `:citizenId` names (for a route
 *   without one, such as a look-up, the `citizenId` of the answer).
 */
export interface RoutePolicy {
  roles: 'public' | readonly Role[];
  object?: { locator: CourseLocator; param: string; decidedBy?: 'row lock' | 'read' };
  limitedTo?: string;
  logs?: LoggedCitizens;
}

const COURSE_READERS = ['caseworker', 'committee_member', 'case_manager', 'team_lead'] as const;
const CASE_FILE_READERS = ['caseworker', 'case_manager', 'team_lead'] as const;
const CASE_WORK = ['case_manager', 'team_lead'] as const;
const EVERY_STAFF_ROLE = ROLES;
/** The generic event route admits the roles of the events it accepts; each type checks its own. */
const EVENT_SENDERS = ROLES.filter((role) =>
  Object.values(COURSE_EVENT_CATALOG).some((event) => !event.sentThrough && event.roles.includes(role)),
);

const course = { locator: 'course', param: 'id' } as const;
const appointment = { locator: 'appointment', param: 'id' } as const;
const closureProposal = { locator: 'closureProposal', param: 'id' } as const;

/**
 * Every controller route, by method and path as the router has them. Outside Nest's controllers,
 * and so outside this table: the OpenAPI pages under /api/docs (public) and the queue dashboard at
 * /admin/queues (admin only, through its own middleware).
 */
export const ACCESS_POLICY: Readonly<Record<string, RoutePolicy>> = {
  'GET /health': { roles: 'public' },
  'GET /health/ready': { roles: 'public' },
  'GET /metrics': { roles: 'public', limitedTo: 'METRICS_TOKEN when set' },

  'GET /api/v1/sign-in/options': { roles: 'public' },
  'GET /api/v1/sign-in/development/staff': { roles: 'public', limitedTo: 'DEVELOPMENT_SIGN_IN only' },
  'POST /api/v1/sign-in/development': { roles: 'public', limitedTo: 'DEVELOPMENT_SIGN_IN only' },
  'GET /api/v1/me': { roles: EVERY_STAFF_ROLE, limitedTo: 'themself' },

  'POST /api/v1/staff': { roles: ['admin'] },
  'GET /api/v1/staff': { roles: ['admin'] },
  'PATCH /api/v1/staff/:id': { roles: ['admin'] },
  'GET /api/v1/staff/case-managers/available': { roles: ['committee_member', 'team_lead', 'admin'] },
  'PATCH /api/v1/staff/:id/caseload-limit': { roles: ['admin'] },
  'GET /api/v1/staff/:id': { roles: EVERY_STAFF_ROLE, limitedTo: 'themself; admin: anyone' },
  'GET /api/v1/teams/:teamId/caseloads': {
    roles: ['team_lead', 'admin'],
    limitedTo: 'team lead: their own team; admin: any',
  },
  'POST /api/v1/admin/dashboard-session': { roles: ['admin'] },
  'GET /api/v1/me/notification-preferences': { roles: EVERY_STAFF_ROLE, limitedTo: 'their own' },
  'PUT /api/v1/me/notification-preferences': { roles: EVERY_STAFF_ROLE, limitedTo: 'their own' },
  'GET /api/v1/me/notifications': { roles: EVERY_STAFF_ROLE, limitedTo: 'their own' },
  'POST /api/v1/me/notifications/:id/read': { roles: EVERY_STAFF_ROLE, limitedTo: 'their own' },
  'POST /api/v1/me/calendar-feed': { roles: EVERY_STAFF_ROLE, limitedTo: 'their own' },
  // No token (calendar clients cannot send one): the secret address names its owner, whose reads it logs itself.
  'GET /api/v1/calendar/:token': { roles: 'public', limitedTo: "the address's owner's appointments" },

  'POST /api/v1/referrals': { roles: ['caseworker'] },
  'GET /api/v1/referrals': {
    roles: ['caseworker', 'committee_member'],
    limitedTo: "caseworker: their referrals; committee: their municipality's, and their own rejections",
    logs: 'listed',
  },
  'GET /api/v1/referrals/:courseId': {
    roles: ['caseworker', 'committee_member'],
    object: { locator: 'course', param: 'courseId' },
    logs: 'course',
  },
  'POST /api/v1/courses/:id/visitation': { roles: ['committee_member'], object: course, logs: 'course' },
  'GET /api/v1/waitlist': {
    roles: ['committee_member', 'team_lead'],
    limitedTo: "team lead: their team's; committee: their municipality's",
    logs: 'listed',
  },

  'GET /api/v1/courses/:id': { roles: COURSE_READERS, object: { ...course, decidedBy: 'read' }, logs: 'course' },
  'GET /api/v1/courses/:id/events': { roles: COURSE_READERS, object: course, logs: 'course' },
  'POST /api/v1/courses/:id/events': {
    roles: EVENT_SENDERS,
    object: { ...course, decidedBy: 'row lock' },
    limitedTo: 'the roles of each event type',
    logs: 'course',
  },

  'POST /api/v1/courses/:id/appointments': { roles: CASE_WORK, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/appointments': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'PATCH /api/v1/appointments/:id': { roles: CASE_WORK, object: appointment, logs: 'course' },
  'POST /api/v1/appointments/:id/cancellation': { roles: CASE_WORK, object: appointment, logs: 'course' },
  'POST /api/v1/appointments/:id/attendance': { roles: CASE_WORK, object: appointment, logs: 'course' },
  'POST /api/v1/courses/:id/contacts': { roles: CASE_WORK, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/contacts': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/escalations': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'POST /api/v1/courses/:id/escalations/acknowledgements': { roles: ['case_manager'], object: course, logs: 'course' },
  'GET /api/v1/me/courses': { roles: ['case_manager'], limitedTo: 'their own caseload', logs: 'listed' },
  'GET /api/v1/escalations': { roles: ['team_lead'], limitedTo: "their team's", logs: 'listed' },

  'POST /api/v1/courses/:id/plan': { roles: CASE_WORK, object: course, logs: 'course' },
  'POST /api/v1/courses/:id/plan/approval': { roles: CASE_WORK, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/plan': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/plan/versions': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/plan/versions/:version': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/services': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/services/:serviceId': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'POST /api/v1/courses/:id/services/:serviceId/status': { roles: CASE_WORK, object: course, logs: 'course' },
  'POST /api/v1/courses/:id/assessments': { roles: CASE_WORK, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/assessments': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'POST /api/v1/courses/:id/closure-proposals': { roles: CASE_WORK, object: course, logs: 'course' },
  'GET /api/v1/courses/:id/closure-proposals': { roles: CASE_FILE_READERS, object: course, logs: 'course' },
  'GET /api/v1/closure-proposals': {
    roles: ['team_lead'],
    limitedTo: "their team's, awaiting a decision",
    logs: 'listed',
  },
  'POST /api/v1/closure-proposals/:id/decision': { roles: ['team_lead'], object: closureProposal, logs: 'course' },

  'GET /api/v1/reports/outcomes': { roles: ['team_lead', 'admin'], limitedTo: 'figures only, no citizen' },
  'GET /api/v1/reports/fidelity': { roles: ['team_lead', 'admin'], limitedTo: 'figures only, no citizen' },

  'GET /api/v1/audit/access': { roles: ['auditor'] },
  'GET /api/v1/audit/access/export': { roles: ['auditor'] },
  'POST /api/v1/audit/citizen-lookup': { roles: ['auditor'], logs: 'citizen' },
  'GET /api/v1/citizens/:citizenId/export': { roles: ['auditor'], logs: 'citizen' },
  'POST /api/v1/citizens/:citizenId/erasure': { roles: ['auditor'], logs: 'citizen' },
};

export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
