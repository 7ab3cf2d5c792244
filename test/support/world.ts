import { randomInt, randomUUID } from 'node:crypto';
import { referralBody as fixture } from '@scripts/support/referral-fixture';
import type { Role } from '@src/auth/roles';
import { bearer, type TestApp } from './test-app';

/** A CPR number with a real date (1950-1999, 7th digit 0-3) and a random serial. */
export function randomCpr(): string {
  const day = String(randomInt(1, 29)).padStart(2, '0');
  const month = String(randomInt(1, 13)).padStart(2, '0');
  const year = String(randomInt(50, 100)).padStart(2, '0');
  return `${day}${month}${year}-${randomInt(0, 4)}${String(randomInt(0, 1000)).padStart(3, '0')}`;
}

export const referralBody = (overrides: Record<string, unknown> = {}) => fixture(randomCpr(), overrides);

export interface StaffHandle {
  id: string;
  auth: string;
}

/** Staff are created through the API by an admin, as a municipality would. */
export class World {
  private readonly adminAuth: Promise<string> = bearer(randomUUID(), 'admin');

  constructor(private readonly api: TestApp) {}

  async staff(
    roles: Role[],
    fields: { teamId?: string; maxCaseload?: number; name?: string; municipality?: string } = {},
  ): Promise<StaffHandle> {
    const response = await this.api.http
      .post('/api/v1/staff')
      .set('Authorization', await this.adminAuth)
      .send({
        name: fields.name ?? `Staff ${roles.join('+')}`,
        roles,
        teamId: fields.teamId,
        maxCaseload: fields.maxCaseload,
        municipality: fields.municipality,
      })
      .expect(201);
    return { id: response.body.id, auth: await bearer(response.body.id, ...roles) };
  }

  /** A team's caseworker, case manager (room for 50) and team lead, and a committee member: who a course needs. */
  async team(
    teamId: string,
  ): Promise<{ caseworker: StaffHandle; committee: StaffHandle; caseManager: StaffHandle; teamLead: StaffHandle }> {
    return {
      caseworker: await this.staff(['caseworker'], { teamId }),
      committee: await this.staff(['committee_member']),
      caseManager: await this.staff(['case_manager'], { teamId, maxCaseload: 50 }),
      teamLead: await this.staff(['team_lead'], { teamId }),
    };
  }

  async refer(
    caseworker: StaffHandle,
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; courseId: string; state: string }> {
    const response = await this.api.http
      .post('/api/v1/referrals')
      .set('Authorization', caseworker.auth)
      .send(referralBody(overrides))
      .expect(201);
    return response.body;
  }

  /** A course the committee approved with a case manager assigned: in planning, the case manager's to work on. */
  async assignedCourse(
    people: { caseworker: StaffHandle; committee: StaffHandle; caseManager: StaffHandle },
    referral: Record<string, unknown> = {},
  ): Promise<string> {
    const { courseId } = await this.refer(people.caseworker, referral);
    await this.send(people.committee, courseId, {
      type: 'VISITATION_APPROVED',
      caseManagerId: people.caseManager.id,
    }).expect(200);
    return courseId;
  }

  send(staff: StaffHandle, courseId: string, event: Record<string, unknown>, ifMatch?: string) {
    const call = this.api.http.post(`/api/v1/courses/${courseId}/events`).set('Authorization', staff.auth);
    return (ifMatch === undefined ? call : call.set('If-Match', ifMatch)).send(event);
  }

  async course(staff: StaffHandle, courseId: string) {
    return (await this.api.http.get(`/api/v1/courses/${courseId}`).set('Authorization', staff.auth).expect(200)).body;
  }

  async events(
    staff: StaffHandle,
    courseId: string,
  ): Promise<{ seq: number; type: string; resultingState: string; actorId: string }[]> {
    return (await this.api.http.get(`/api/v1/courses/${courseId}/events`).set('Authorization', staff.auth).expect(200))
      .body;
  }

  /** What a refused request must leave untouched: the row, the log and the outbox of the course. */
  async footprint(courseId: string): Promise<unknown> {
    const [course] = await this.api.db.query(
      `SELECT snapshot, state, phase, version, case_manager_id FROM courses WHERE id = $1`,
      [courseId],
    );
    const [{ events }] = await this.api.db.query(
      `SELECT count(*)::int AS events FROM course_events WHERE course_id = $1`,
      [courseId],
    );
    const [{ effects }] = await this.api.db.query(`SELECT count(*)::int AS effects FROM outbox WHERE course_id = $1`, [
      courseId,
    ]);
    return { course, events, effects };
  }
}
