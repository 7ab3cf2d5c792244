import { randomUUID } from 'node:crypto';
import type { Role } from '@src/auth/roles';
import { planned } from '@test/support/care-planning';
import { bearer, type TestApp } from '@test/support/test-app';
import type { CourseEventBody } from './course-event';
import type { CourseStart } from './course-start';
import { type ReferralBody, referralBody } from './referral-body';
import type { CoursePeople, Deciders, StaffFields, StaffHandle, Team } from './staff';

/** Staff and courses made through the API, as a municipality would: staff by an admin, courses by their people. */
export class World {
  private readonly adminAuth: Promise<string> = bearer(randomUUID(), 'admin');

  constructor(private readonly api: TestApp) {}

  async staff(roles: Role[], fields: StaffFields = {}): Promise<StaffHandle> {
    const response = await this.api.http
      .post('/api/v1/staff')
      .set('Authorization', await this.adminAuth)
      .send({ ...fields, name: fields.name ?? `Staff ${roles.join('+')}`, roles })
      .expect(201);
    return { id: response.body.id, auth: await bearer(response.body.id, ...roles) };
  }

  /** A team's caseworker, case manager (room for 50) and team lead, and a committee member: who a course needs. */
  async team(teamId: string): Promise<Team> {
    return {
      caseworker: await this.staff(['caseworker'], { teamId }),
      committee: await this.staff(['committee_member']),
      caseManager: await this.staff(['case_manager'], { teamId, maxCaseload: 50 }),
      teamLead: await this.staff(['team_lead'], { teamId }),
    };
  }

  async refer(
    caseworker: StaffHandle,
    overrides: Partial<ReferralBody> = {},
  ): Promise<{ id: string; courseId: string; state: string }> {
    const response = await this.api.http
      .post('/api/v1/referrals')
      .set('Authorization', caseworker.auth)
      .send(referralBody(overrides))
      .expect(201);
    return response.body;
  }

  /** A course referred by `people.caseworker` and taken by its people to the phase `start` names. */
  courseIn(people: CoursePeople, start: CourseStart): Promise<string>;
  /** Before a case manager is named: no case manager needed. */
  courseIn(people: Deciders, start: CourseStart & { phase: 'referral' | 'visitation' | 'closed' }): Promise<string>;
  async courseIn(people: Deciders & Partial<CoursePeople>, start: CourseStart): Promise<string> {
    const { courseId } = await this.refer(people.caseworker, start.referral);
    const decide = (decision: CourseEventBody) => this.send(people.committee, courseId, decision).expect(200);
    switch (start.phase) {
      case 'referral':
        break;
      case 'visitation':
        await decide({ type: 'VISITATION_APPROVED', waitlist: start.waitlist });
        break;
      case 'closed':
        await decide({ type: 'VISITATION_REJECTED', ...start.rejection });
        break;
      case 'planning':
      case 'coordination': {
        const { caseManager } = people;
        if (!caseManager) throw new Error(`A course in ${start.phase} needs a case manager`);
        await decide({ type: 'VISITATION_APPROVED', caseManagerId: caseManager.id });
        if (start.phase === 'coordination') await planned(this.api, caseManager, courseId);
        break;
      }
    }
    return courseId;
  }

  send(staff: StaffHandle, courseId: string, event: CourseEventBody, ifMatch?: string) {
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
