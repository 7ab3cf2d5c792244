import { approvePlan } from './support/care-planning';
import { startApp, type TestApp } from './support/test-app';
import type { CourseEventBody } from './factories/course-event';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

describe('a refused event changes nothing', () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;
  let courseId: string;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    caseworker = await world.staff(['caseworker']);
    committee = await world.staff(['committee_member']);
    // Every test below assigns this case manager a fresh course.
    caseManager = await world.staff(['case_manager'], { maxCaseload: 50 });
  });
  afterAll(() => api.close());

  beforeEach(async () => {
    courseId = await world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });
  });

  async function expectRefusal(
    send: () => Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, string> }>,
    status: number,
  ) {
    const before = await world.footprint(courseId);
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status,
      type: expect.any(String),
      title: expect.any(String),
      detail: expect.any(String),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
    expect(await world.footprint(courseId)).toEqual(before);
    return response.body;
  }

  it('409 for an event the state does not accept, listing the events it does', async () => {
    const body = await expectRefusal(() => world.send(caseManager, courseId, { type: 'FOLLOW_UP_STARTED' }), 409);
    expect(body.type).toMatch(/event-not-allowed$/);
    expect(body.allowedEvents).toEqual(
      expect.arrayContaining(['PLAN_DRAFTED', 'PLAN_APPROVED', 'NOTE_ADDED', 'COURSE_CLOSED']),
    );
    expect(body.allowedEvents).not.toContain('FOLLOW_UP_STARTED');
  });

  it('409 naming the rule when a guard refuses: a plan cannot be approved before it is drafted', async () => {
    const body = await expectRefusal(() => approvePlan(api, caseManager, courseId), 409);
    expect(body.type).toMatch(/rule-refused$/);
    expect(body.rules).toEqual(['hasDraftPlan']);
  });

  it('409 when the client read an older version (If-Match), never a silent overwrite', async () => {
    const body = await expectRefusal(
      () => world.send(caseManager, courseId, { type: 'NOTE_ADDED', text: 'late' }, '"1"'),
      409,
    );
    expect(body).toMatchObject({ currentVersion: 2 });
    await world.send(caseManager, courseId, { type: 'NOTE_ADDED', text: 'current' }, '"2"').expect(200);
  });

  it.each([
    ['an unknown event type', { type: 'TELEPORTED' }, 'type'],
    ['a missing type', { text: 'no type' }, 'type'],
    ['a payload field of the wrong type', { type: 'NOTE_ADDED', text: 42 }, 'text'],
    ['an unknown payload field', { type: 'FOLLOW_UP_STARTED', approvedBy: 'me' }, 'approvedBy'],
    ['a missing payload field', { type: 'NOTE_ADDED' }, 'text'],
    ['an event its own route sends', { type: 'PLAN_DRAFTED', planVersion: 1 }, 'type'],
  ])('422 for %s, naming the field', async (_, event, field) => {
    // Deliberately not a course event: what the route must refuse.
    const body = await expectRefusal(() => world.send(caseManager, courseId, event as unknown as CourseEventBody), 422);
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('422 for a malformed If-Match header', async () => {
    const body = await expectRefusal(
      () => world.send(caseManager, courseId, { type: 'NOTE_ADDED', text: 'x' }, 'yesterday'),
      422,
    );
    expect(body.errors).toEqual([expect.objectContaining({ field: 'If-Match' })]);
  });

  it('400 for a body that is not JSON', async () => {
    await expectRefusal(
      () =>
        api.http
          .post(`/api/v1/courses/${courseId}/events`)
          .set('Authorization', caseManager.auth)
          .set('Content-Type', 'application/json')
          .send('{"type":'),
      400,
    );
  });

  it('401 without a token, and with a token signed by someone else', async () => {
    await expectRefusal(
      () => api.http.post(`/api/v1/courses/${courseId}/events`).send({ type: 'NOTE_ADDED', text: 'x' }),
      401,
    );
    const forged = caseManager.auth.slice(0, -4) + 'AAAA';
    await expectRefusal(
      () =>
        api.http
          .post(`/api/v1/courses/${courseId}/events`)
          .set('Authorization', forged)
          .send({ type: 'NOTE_ADDED', text: 'x' }),
      401,
    );
  });

  it('403 for a role that may not send the event', async () => {
    await expectRefusal(() => world.send(caseworker, courseId, { type: 'REASSESSMENT_STARTED' }), 403);
  });

  it('404 for staff not involved in the course: its existence stays secret', async () => {
    const stranger = await world.staff(['case_manager']);
    await expectRefusal(() => world.send(stranger, courseId, { type: 'NOTE_ADDED', text: 'x' }), 404);
    await api.http.get(`/api/v1/courses/${courseId}`).set('Authorization', stranger.auth).expect(404);
  });

  it('409 when the named case manager has no free slot; the course stays in the queue', async () => {
    const full = await world.staff(['case_manager'], { maxCaseload: 1 });
    const first = await world.refer(caseworker);
    await world.send(committee, first.courseId, { type: 'VISITATION_APPROVED', caseManagerId: full.id }).expect(200);
    ({ courseId } = await world.refer(caseworker));
    const body = await expectRefusal(
      () => world.send(committee, courseId, { type: 'VISITATION_APPROVED', caseManagerId: full.id }),
      409,
    );
    expect(body).toMatchObject({ caseload: 1, maxCaseload: 1 });
  });
});
