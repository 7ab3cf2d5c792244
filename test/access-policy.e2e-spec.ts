import { Client } from 'pg';
import { ACCESS_POLICY } from '@src/access/access-policy';
import { ControllerRoutes } from '@src/access/controller-routes';
import { ROLES } from '@src/auth/roles';
import { type AccessWorld, buildAccessWorld } from './factories/access-world';
import { AccessLogReader, readsOfAnswer } from './support/access-log-reader';
import { matrixCases, type MatrixRequest, outcomeOf, promisedOutcomes, requestOf } from './support/access-matrix';
import { startApp, type TestApp } from './support/test-app';
import { TEST_DATABASE_URL } from './support/test-env';
import { World } from './factories/world';
import type { StaffHandle } from './factories/staff';

describe('the access policy, route by route and role by role', () => {
  let api: TestApp;
  let owner: Client;
  let fixture: AccessWorld;
  let accessLog: AccessLogReader;

  beforeAll(async () => {
    api = await startApp();
    owner = new Client({ connectionString: TEST_DATABASE_URL });
    await owner.connect();
    accessLog = new AccessLogReader(owner);
    fixture = await buildAccessWorld(api);
  }, 60_000);
  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  /** Sends the matrix's body, `{}`, to every route that takes one. */
  const send = ({ method, path, query, staff }: MatrixRequest) => {
    const call = api.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path).query(query);
    if (staff) call.set('Authorization', staff.auth);
    return method === 'GET' ? call : call.send({});
  };
  const get = (path: string, staff: StaffHandle) => api.http.get(path).set('Authorization', staff.auth);

  it('the route table and ACCESS_POLICY name exactly the same routes', () => {
    expect(api.app.get(ControllerRoutes).keys().sort()).toEqual(Object.keys(ACCESS_POLICY).sort());
  });

  // Jest needs the cases before the app runs, so they come from ACCESS_POLICY; the test above
  // holds it to the app's route table.
  describe.each(Object.entries(ACCESS_POLICY))('%s', (route, policy) => {
    it.each(matrixCases())('$caller', async (matrixCase) => {
      const request = requestOf(fixture, route, policy, matrixCase);
      const end = await accessLog.end();
      const answer = await send(request);

      const outcome = outcomeOf(answer.status);
      expect({ status: answer.status, outcome, detail: answer.body?.detail }).toMatchObject({
        outcome: expect.stringMatching(new RegExp(`^(${promisedOutcomes(policy, matrixCase).join('|')})$`)),
      });
      const logged =
        answer.ok && policy.logs && matrixCase.role
          ? readsOfAnswer(route, policy, request, matrixCase.role, answer.body)
          : [];
      if (answer.ok && policy.logs === 'listed') expect(Array.isArray(answer.body)).toBe(true);
      expect(await accessLog.readsAfter(end)).toEqual(logged);
    });
  });

  describe('lists and own things are narrowed to the caller', () => {
    it("a caseworker's referrals are not listed to another caseworker", async () => {
      const { related, unrelated } = fixture.callers.caseworker;
      const listedTo = async (staff: StaffHandle) =>
        (await get('/api/v1/referrals?status=decided&limit=200', staff).expect(200)).body.map(
          (entry: { courseId: string }) => entry.courseId,
        );
      expect(await listedTo(related)).toEqual(expect.arrayContaining([fixture.courseA.id, fixture.waitlisted.id]));
      expect(await listedTo(related)).not.toContain(fixture.courseB.id);
      const other = await listedTo(unrelated);
      expect(other).toContain(fixture.courseB.id);
      expect(other).not.toContain(fixture.courseA.id);
      expect(other).not.toContain(fixture.waitlisted.id);
    });

    it("the visitation queue holds what the committee member may open: their municipality's courses in visitation and their own recent rejections", async () => {
      const listedTo = async (staff: StaffHandle) =>
        (await get('/api/v1/referrals?status=decided&limit=200', staff).expect(200)).body.map(
          (entry: { courseId: string }) => entry.courseId,
        );
      const voter = await listedTo(fixture.callers.committee_member.related);
      expect(voter).toEqual(expect.arrayContaining([fixture.waitlisted.id, fixture.rejected.id]));
      expect(voter).not.toContain(fixture.courseA.id);
      const sameMunicipality = await listedTo(fixture.callers.committee_member.unrelated);
      expect(sameMunicipality).toContain(fixture.waitlisted.id);
      expect(sameMunicipality).not.toContain(fixture.rejected.id);
      const elsewhere = await listedTo(fixture.otherCommittee);
      expect(elsewhere).not.toContain(fixture.waitlisted.id);
      expect(elsewhere).not.toContain(fixture.rejected.id);
    });

    it('the member who voted on a rejection no longer sees it once the review period is over (404)', async () => {
      const voter = fixture.callers.committee_member.related;
      const path = `/api/v1/courses/${fixture.rejected.id}`;
      await get(path, voter).expect(200);
      const [{ closedAt }] = (
        await owner.query(`SELECT closed_at AS "closedAt" FROM courses WHERE id = $1`, [fixture.rejected.id])
      ).rows;
      await owner.query(`UPDATE courses SET closed_at = now() - interval '29 days' WHERE id = $1`, [
        fixture.rejected.id,
      ]);
      try {
        await get(path, voter).expect(404);
        await get(`${path}/events`, voter).expect(404);
        await api.http
          .post(`/api/v1/courses/${fixture.rejected.id}/visitation`)
          .set('Authorization', voter.auth)
          .send({ decision: 'approve', reason: 'again' })
          .expect(404);
      } finally {
        await owner.query(`UPDATE courses SET closed_at = $2 WHERE id = $1`, [fixture.rejected.id, closedAt]);
      }
    });

    it.each(ROLES)("a %s reads their own staff record, and someone else's only as admin", async (role) => {
      const { related, unrelated } = fixture.callers[role];
      await get(`/api/v1/staff/${unrelated.id}`, unrelated).expect(200);
      await get(`/api/v1/staff/${related.id}`, unrelated).expect(role === 'admin' ? 200 : 404);
    });

    it.each(ROLES)("a %s sees only their own notifications and cannot mark another's read (404)", async (role) => {
      const { related, unrelated } = fixture.callers[role];
      const theirs = fixture.notificationOf.get(related.id)!;
      const inbox = (await get('/api/v1/me/notifications', unrelated).expect(200)).body.items.map(
        (item: { id: string }) => item.id,
      );
      expect(inbox).toContain(fixture.notificationOf.get(unrelated.id));
      expect(inbox).not.toContain(theirs);
      await api.http.post(`/api/v1/me/notifications/${theirs}/read`).set('Authorization', unrelated.auth).expect(404);
    });

    it("a team lead sees their own team's waitlist only: another team's is a 403", async () => {
      const { related, unrelated } = fixture.callers.team_lead;
      const waiting = async (staff: StaffHandle, query = '') =>
        (await get(`/api/v1/waitlist${query}`, staff).expect(200)).body.map(
          (entry: { courseId: string }) => entry.courseId,
        );
      expect(await waiting(related)).toEqual([fixture.waitlisted.id]);
      expect(await waiting(unrelated)).toEqual([]);
      await get(`/api/v1/waitlist?teamId=${fixture.teams.a}`, unrelated).expect(403);
      expect(await waiting(fixture.callers.committee_member.unrelated, `?teamId=${fixture.teams.a}`)).toEqual([
        fixture.waitlisted.id,
      ]);
      expect(await waiting(fixture.otherCommittee, `?teamId=${fixture.teams.a}`)).toEqual([]);
    });

    it("a team lead's out-of-contact list holds their own team's citizens only", async () => {
      const { related, unrelated } = fixture.callers.team_lead;
      const outOfContact = async (staff: StaffHandle) =>
        (await get('/api/v1/escalations', staff).expect(200)).body.map((entry: { courseId: string }) => entry.courseId);
      expect(await outOfContact(related)).toEqual([fixture.courseA.id]);
      expect(await outOfContact(unrelated)).toEqual([fixture.courseB.id]);
    });
  });

  it('a caseworker who is also a case manager, but not of the course they referred, sees it and may not work on it (403, not 404)', async () => {
    const world = new World(api);
    const both = await world.staff(['caseworker', 'case_manager'], { teamId: fixture.teams.a });
    const { case_manager: caseManager, committee_member: committee } = fixture.callers;
    const courseId = await world.courseIn(
      {
        caseworker: both,
        committee: committee.related,
        caseManager: caseManager.related,
      },
      { phase: 'planning' },
    );
    const end = await accessLog.end();

    const refused = await api.http
      .post(`/api/v1/courses/${courseId}/contacts`)
      .set('Authorization', both.auth)
      .send({})
      .expect(403);
    expect(refused.body.detail).toMatch(/case_manager, team_lead/);
    expect(await accessLog.readsAfter(end)).toEqual([]);
    await get(`/api/v1/courses/${courseId}`, both).expect(200);
    expect(await accessLog.readsAfter(end)).toEqual([
      expect.objectContaining({ staffId: both.id, role: 'caseworker', courseId }),
    ]);
  });

  it("the case manager's read of a course writes exactly one access log row naming them, the role, the citizen, the course and the route", async () => {
    const caseManager = fixture.callers.case_manager.related;
    const end = await accessLog.end();
    await get(`/api/v1/courses/${fixture.courseA.id}`, caseManager).expect(200);
    expect(await accessLog.readsAfter(end)).toEqual([
      {
        staffId: caseManager.id,
        role: 'case_manager',
        citizenId: fixture.courseA.citizenId,
        courseId: fixture.courseA.id,
        method: 'GET',
        route: 'GET /api/v1/courses/:id',
      },
    ]);
  });
});
