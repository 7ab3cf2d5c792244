import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { type Role, ROLES } from '@src/auth/roles';
import { planned, proposeClosure } from './care-planning';
import { registerAttendance, scheduleAppointment } from './engagement';
import type { TestApp } from './test-app';
import { type StaffHandle, World } from './world';

export interface CourseRef {
  id: string;
  citizenId: string;
}

/** For each role, a member related to the fixture's courses and one of the same role who is not. */
export type RoleCallers = Record<Role, { related: StaffHandle; unrelated: StaffHandle }>;

/**
 * One world for the whole access matrix. Team A's course is in coordination with an open
 * appointment, a missed one (a running ladder), a plan with services and a pending closure
 * proposal; team B's course is the same without the proposal. The waitlisted course waits on team
 * A's waitlist, in visitation: the committee's course. The rejected course was rejected by the
 * related committee member; `otherCommittee` is a committee member of another municipality.
 */
export interface AccessFixture {
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

/** An assigned course, planned into coordination, whose citizen missed one appointment. */
async function coordinatedCourse(
  api: TestApp,
  world: World,
  people: { caseworker: StaffHandle; committee: StaffHandle; caseManager: StaffHandle },
) {
  const courseId = await world.assignedCourse(people);
  await planned(api, people.caseManager, courseId);
  const missed = await scheduleAppointment(api, people.caseManager, courseId, startedHalfAnHourAgo());
  await registerAttendance(api, people.caseManager, missed.id, 'missed').expect(200);
  const open = await scheduleAppointment(api, people.caseManager, courseId, inOneHour());
  return { course: await courseRef(api, courseId), appointmentId: open.id };
}

/**
 * A delivered notification for each member, written as the notification worker would (the matrix
 * runs no worker), tied to the course's first outbox row.
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

export async function buildAccessFixture(api: TestApp, owner: Client): Promise<AccessFixture> {
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

  const { courseId: waitlistedId } = await world.refer(caseworker.related);
  await world
    .send(committee.related, waitlistedId, {
      type: 'VISITATION_APPROVED',
      waitlist: { teamId: teams.a, priority: 'normal' },
    })
    .expect(200);

  const { courseId: rejectedId } = await world.refer(caseworker.related);
  await world
    .send(committee.related, rejectedId, {
      type: 'VISITATION_REJECTED',
      reason: 'Not in the target group',
      alternative: 'ordinary_section_85',
    })
    .expect(200);
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
    notificationOf: await notifyEach(owner, a.course.id, everyone),
  };
}
