import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { type Role, ROLES } from '@src/auth/roles';
import { proposeClosure } from '@test/support/care-planning';
import { registerAttendance, scheduleAppointment } from '@test/support/engagement';
import { asOwner } from '@test/support/owner-database';
import type { TestApp } from '@test/support/test-app';
import type { CoursePeople, StaffHandle } from './staff';
import { World } from './world';

export interface CourseRef {
  id: string;
  citizenId: string;
}

/** For each role, a member related to the world's courses and one of the same role who is not. */
export type RoleCallers = Record<Role, { related: StaffHandle; unrelated: StaffHandle }>;

/**
 * One world for the tests that call every route: the access matrix and the malformed-input sweep.
 * Team A's course is in coordination with an open appointment, a missed one (a running ladder), a
 * plan with services and a pending closure proposal; team B's course is the same without the
 * proposal. The waitlisted course waits on team A's waitlist, in visitation: the committee's
 * course. The rejected course was rejected by the related committee member; `otherCommittee` is a
 * committee member of another municipality.
 */
export interface AccessWorld {
  teams: { a: string; b: string };
  callers: RoleCallers;
  otherCommittee: StaffHandle;
  courseA: CourseRef;
  courseB: CourseRef;
  waitlisted: CourseRef;
  rejected: CourseRef;
  appointmentId: string;
  proposalId: string;
  serviceId: string;
  /** Each member's own notification, by staff id. */
  notificationOf: Map<string, string>;
}

const inOneHour = () => {
  const startsAt = Date.now() + 60 * 60_000;
  return {
    kind: 'treatment',
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 60 * 60_000).toISOString(),
  };
};
const startedHalfAnHourAgo = () => ({
  kind: 'treatment',
  startsAt: new Date(Date.now() - 30 * 60_000).toISOString(),
  endsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
});

async function courseRef(api: TestApp, courseId: string): Promise<CourseRef> {
  const [{ citizenId }] = await api.db.query(`SELECT citizen_id AS "citizenId" FROM courses WHERE id = $1`, [courseId]);
  return { id: courseId, citizenId };
}

/** A course in coordination whose citizen missed one appointment and has another coming. */
async function coordinatedCourse(api: TestApp, world: World, people: CoursePeople) {
  const courseId = await world.courseIn(people, { phase: 'coordination' });
  const missed = await scheduleAppointment(api, people.caseManager, courseId, startedHalfAnHourAgo());
  await registerAttendance(api, people.caseManager, missed.id, 'missed').expect(200);
  const open = await scheduleAppointment(api, people.caseManager, courseId, inOneHour());
  return { course: await courseRef(api, courseId), appointmentId: open.id };
}

/**
 * A delivered notification for each member, written as the notification worker would (these
 * tests run no worker), tied to the course's first outbox row.
 */
async function notifyEach(owner: Client, courseId: string, staffIds: string[]): Promise<Map<string, string>> {
  const { rows } = await owner.query<{ id: string; recipientId: string }>(
    `INSERT INTO notifications (outbox_id, recipient_id, course_id, kind, payload, deliver_at)
     SELECT (SELECT min(id) FROM outbox WHERE course_id = $1), recipient, $1, 'note_added', '{}', now() - interval '1 second'
     FROM unnest($2::uuid[]) AS recipient
     RETURNING id, recipient_id AS "recipientId"`,
    [courseId, staffIds],
  );
  return new Map(rows.map((row) => [row.recipientId, row.id]));
}

export async function buildAccessWorld(api: TestApp): Promise<AccessWorld> {
  const world = new World(api);
  const suffix = randomUUID().slice(0, 8);
  const teams = { a: `policy-a-${suffix}`, b: `policy-b-${suffix}` };
  const pair = async (role: Role) => ({
    related: await world.staff([role], { teamId: teams.a }),
    unrelated: await world.staff([role], { teamId: teams.b }),
  });
  const callers = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, await pair(role)])),
  ) as RoleCallers;
  const { caseworker, committee_member: committee, case_manager: caseManager } = callers;

  const a = await coordinatedCourse(api, world, {
    caseworker: caseworker.related,
    committee: committee.related,
    caseManager: caseManager.related,
  });
  const b = await coordinatedCourse(api, world, {
    caseworker: caseworker.unrelated,
    committee: committee.related,
    caseManager: caseManager.unrelated,
  });
  const plan = await api.http
    .get(`/api/v1/courses/${a.course.id}/services`)
    .set('Authorization', caseManager.related.auth)
    .expect(200);
  const proposal = await proposeClosure(api, caseManager.related, a.course.id, 'no_longer_needed').expect(201);

  const deciders = { caseworker: caseworker.related, committee: committee.related };
  const waitlistedId = await world.courseIn(deciders, {
    phase: 'visitation',
    waitlist: { teamId: teams.a, priority: 'normal' },
  });
  const rejectedId = await world.courseIn(deciders, {
    phase: 'closed',
    rejection: { reason: 'Not in the target group', alternative: 'ordinary_section_85' },
  });
  const otherCommittee = await world.staff(['committee_member'], {
    teamId: teams.b,
    municipality: `Elsewhere-${suffix}`,
  });

  const everyone = ROLES.flatMap((role) => [callers[role].related.id, callers[role].unrelated.id]);
  return {
    teams,
    callers,
    otherCommittee,
    courseA: a.course,
    courseB: b.course,
    waitlisted: await courseRef(api, waitlistedId),
    rejected: await courseRef(api, rejectedId),
    appointmentId: a.appointmentId,
    proposalId: proposal.body.id,
    serviceId: plan.body[0].id,
    notificationOf: await asOwner((owner) => notifyEach(owner, a.course.id, everyone)),
  };
}
