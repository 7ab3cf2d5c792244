import { approvePlan, draftPlan, planBody, planned, recordAssessment } from './support/care-planning';
import { scheduleAppointment } from './support/engagement';
import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

interface LoggedEvent {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  resultingState: string;
}

describe("the citizen's plan, its versions and the services it coordinates", () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    ({ caseworker, committee, caseManager } = await world.team('plans'));
  });
  afterAll(() => api.close());

  const assignedCourse = () => world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });

  const plan = async (courseId: string, path = '') =>
    (await api.http.get(`/api/v1/courses/${courseId}/plan${path}`).set('Authorization', caseManager.auth).expect(200))
      .body;
  const events = async (courseId: string) => (await world.events(caseManager, courseId)) as unknown as LoggedEvent[];
  const services = async (courseId: string) =>
    (await api.http.get(`/api/v1/courses/${courseId}/services`).set('Authorization', caseManager.auth).expect(200))
      .body;
  const moveService = (courseId: string, serviceId: string, status: string, note?: string) =>
    api.http
      .post(`/api/v1/courses/${courseId}/services/${serviceId}/status`)
      .set('Authorization', caseManager.auth)
      .send({ status, note });

  it("drafting stores version 1 in the citizen's words and logs PLAN_DRAFTED; approving it moves the course to coordination", async () => {
    const courseId = await assignedCourse();
    const body = planBody({
      services: [
        {
          kind: 'treatment',
          provider: 'Misbrugscenter Nord',
          contact: { name: 'Lone Madsen', phone: '+45 87 13 00 00' },
        },
        { kind: 'psychiatry', contact: { name: 'Dr. Holm' }, status: 'started' },
      ],
    });
    const drafted = await draftPlan(api, caseManager, courseId, body);
    expect(drafted).toMatchObject({
      version: 1,
      phase: 'planning',
      courseVersion: 3,
      approvedAt: null,
      citizenWishes: body.citizenWishes,
    });
    expect(drafted.services).toEqual([
      {
        id: expect.any(String),
        kind: 'treatment',
        provider: 'Misbrugscenter Nord',
        contact: { name: 'Lone Madsen', phone: '+45 87 13 00 00' },
        status: 'requested',
      },
      { id: expect.any(String), kind: 'psychiatry', provider: null, contact: { name: 'Dr. Holm' }, status: 'started' },
    ]);
    expect((await events(courseId)).at(-1)).toMatchObject({
      seq: 3,
      type: 'PLAN_DRAFTED',
      payload: { planVersion: 1 },
      resultingState: 'planning',
    });

    const approved = await approvePlan(api, caseManager, courseId).expect(200);
    expect(approved.body).toMatchObject({
      phase: 'coordination',
      version: 4,
      plan: { version: 1, approvedBy: caseManager.id },
    });
    expect(await plan(courseId)).toMatchObject({
      version: 1,
      citizenWishes: body.citizenWishes,
      resources: body.resources,
      goals: body.goals,
      linkedPlans: body.linkedPlans,
      draftedBy: caseManager.id,
      approvedBy: caseManager.id,
      approvedAt: expect.any(String),
    });
  });

  it('a reassessment back into planning asks for a new version; the older one stays readable as it was drafted', async () => {
    const courseId = await assignedCourse();
    const first = await draftPlan(api, caseManager, courseId);
    await approvePlan(api, caseManager, courseId).expect(200);
    await world.send(caseManager, courseId, { type: 'REASSESSMENT_STARTED' }).expect(200);
    await recordAssessment(api, caseManager, courseId, { kind: 'reassessment', nextPhase: 'planning' }).expect(201);
    // The approved version cannot be approved again: the reopened plan needs a new draft.
    await approvePlan(api, caseManager, courseId).expect(409);

    const [treatment] = first.services;
    const revised = planBody({
      citizenWishes: 'Now that I have a flat: a job, a few hours a week.',
      services: [
        { id: treatment.id, kind: 'treatment', provider: 'Misbrugscenter Syd', contact: { name: 'Ali Yilmaz' } },
        { kind: 'job_centre', contact: { name: 'Sanne Kjær' } },
      ],
    });
    const second = await draftPlan(api, caseManager, courseId, revised);
    expect(second).toMatchObject({ version: 2, approvedAt: null, citizenWishes: revised.citizenWishes });
    expect(
      second.services.map((service: { id: string; provider: string | null }) => [service.id, service.provider]),
    ).toEqual([
      [treatment.id, 'Misbrugscenter Syd'],
      [expect.any(String), null],
    ]);

    const versions = await plan(courseId, '/versions');
    expect(
      versions.map((version: { version: number; approvedAt: string | null }) => [
        version.version,
        version.approvedAt !== null,
      ]),
    ).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(await plan(courseId, '/versions/1')).toEqual(versions[0]);
    expect(versions[0]).toMatchObject({ citizenWishes: first.citizenWishes, services: first.services });
    await api.http
      .get(`/api/v1/courses/${courseId}/plan/versions/3`)
      .set('Authorization', caseManager.auth)
      .expect(404);

    expect((await approvePlan(api, caseManager, courseId).expect(200)).body).toMatchObject({
      phase: 'coordination',
      plan: { version: 2 },
    });
    expect(
      (await events(courseId))
        .filter((event) => event.type === 'PLAN_DRAFTED')
        .map((event) => event.payload.planVersion),
    ).toEqual([1, 2]);
  });

  it('service referrals move through their statuses as course events, each kept in the service history', async () => {
    const courseId = await assignedCourse();
    await planned(api, caseManager, courseId);
    const [treatment, housing] = await services(courseId);
    expect([treatment.status, housing.status]).toEqual(['requested', 'requested']);

    const started = await moveService(courseId, treatment.id, 'started', 'First session on Monday').expect(200);
    expect(started.body).toMatchObject({ id: treatment.id, status: 'started', courseVersion: 5 });
    await moveService(courseId, treatment.id, 'paused').expect(200);
    await moveService(courseId, treatment.id, 'started').expect(200);
    await moveService(courseId, treatment.id, 'ended').expect(200);

    const refused = await moveService(courseId, treatment.id, 'started').expect(409);
    expect(refused.body).toMatchObject({ allowedStatuses: [] });
    expect((await moveService(courseId, housing.id, 'paused').expect(409)).body).toMatchObject({
      allowedStatuses: ['started', 'ended'],
    });

    const { body: withHistory } = await api.http
      .get(`/api/v1/courses/${courseId}/services/${treatment.id}`)
      .set('Authorization', caseManager.auth)
      .expect(200);
    expect(withHistory.history.map((change: { from: string; to: string }) => `${change.from}->${change.to}`)).toEqual([
      'requested->started',
      'started->paused',
      'paused->started',
      'started->ended',
    ]);
    const log = await events(courseId);
    for (const change of withHistory.history as { eventSeq: number; to: string }[]) {
      expect(log.find((event) => event.seq === change.eventSeq)).toMatchObject({
        type: 'NOTE_ADDED',
        payload: { text: expect.stringContaining(`-> ${change.to}`) },
      });
    }
    expect((await plan(courseId)).services.map((service: { status: string }) => service.status)).toEqual([
      'ended',
      'requested',
    ]);
    expect((await plan(courseId, '/versions/1')).services.map((service: { status: string }) => service.status)).toEqual(
      ['requested', 'requested'],
    );
  });

  it('a meeting the case manager goes to with the citizen is an appointment accompanied by the case manager', async () => {
    const courseId = await assignedCourse();
    await planned(api, caseManager, courseId);
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 90_000_000).toISOString();
    const meeting = await scheduleAppointment(api, caseManager, courseId, {
      kind: 'job_centre',
      startsAt,
      endsAt,
      service: 'Jobcenter Aarhus',
      accompaniedByCaseManager: true,
    });
    const { body } = await api.http
      .get(`/api/v1/courses/${courseId}/appointments`)
      .set('Authorization', caseManager.auth)
      .expect(200);
    expect(body).toEqual([
      expect.objectContaining({ id: meeting.id, kind: 'job_centre', accompaniedByCaseManager: true }),
    ]);
  });

  it('refuses a plan outside planning, unknown or re-statused carried-over services, the wrong role and strangers, writing nothing', async () => {
    const courseId = await assignedCourse();
    await planned(api, caseManager, courseId);
    const before = await world.footprint(courseId);
    const rows = async () =>
      (await api.db.query(`SELECT count(*)::int AS n FROM plan_versions WHERE course_id = $1`, [courseId]))[0].n;

    const outsidePlanning = await api.http
      .post(`/api/v1/courses/${courseId}/plan`)
      .set('Authorization', caseManager.auth)
      .send(planBody())
      .expect(409);
    expect(outsidePlanning.body.type).toMatch(/event-not-allowed$/);

    const other = await assignedCourse();
    const [foreign] = (await draftPlan(api, caseManager, other)).services;
    const unknown = planBody({ services: [{ id: foreign.id, kind: 'treatment', contact: { name: 'X' } }] });
    const unknownAnswer = await api.http
      .post(`/api/v1/courses/${courseId}/plan`)
      .set('Authorization', caseManager.auth)
      .send(unknown)
      .expect(422);
    expect(unknownAnswer.body.errors).toEqual([
      { field: 'services.0.id', messages: ['is not a service of this course'] },
    ]);
    const restatused = planBody({
      services: [{ id: foreign.id, kind: 'treatment', contact: { name: 'X' }, status: 'ended' }],
    });
    await api.http
      .post(`/api/v1/courses/${other}/plan`)
      .set('Authorization', caseManager.auth)
      .send(restatused)
      .expect(422);

    const noWishes = await api.http
      .post(`/api/v1/courses/${courseId}/plan`)
      .set('Authorization', caseManager.auth)
      .send({ ...planBody({ citizenWishes: '' }), goals: [{ area: 'fishing', goal: 'x' }] })
      .expect(422);
    expect(noWishes.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'citizenWishes',
      'goals.0.area',
    ]);
    await api.http
      .post(`/api/v1/courses/${courseId}/plan`)
      .set('Authorization', caseworker.auth)
      .send(planBody())
      .expect(403);
    const stranger = await world.staff(['case_manager']);
    await api.http
      .post(`/api/v1/courses/${courseId}/plan`)
      .set('Authorization', stranger.auth)
      .send(planBody())
      .expect(404);
    await api.http.get(`/api/v1/courses/${courseId}/plan`).set('Authorization', stranger.auth).expect(404);
    await world.send(caseManager, courseId, { type: 'PLAN_DRAFTED', planVersion: 2 }).expect(422);

    expect(await world.footprint(courseId)).toEqual(before);
    expect(await rows()).toBe(1);
  });
});
