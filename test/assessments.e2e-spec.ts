import type { DomainRating } from '@src/assessments/assessment-vocabulary';
import { planned, ratings, recordAssessment } from './support/care-planning';
import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const DAY_MS = 86_400_000;

describe('assessments: the baseline and every reassessment', () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    ({ caseworker, committee, caseManager } = await world.team('assessments'));
  });
  afterAll(() => api.close());

  const assignedCourse = () => world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });

  const eventTimes = async (courseId: string, type: string): Promise<string[]> =>
    ((await world.events(caseManager, courseId)) as unknown as { type: string; occurredAt: string }[])
      .filter((event) => event.type === type)
      .map((event) => event.occurredAt);

  const reassessmentTimers = (courseId: string): Promise<{ subject: string; dueAt: Date; pending: boolean }[]> =>
    api.db.query(
      `SELECT subject, due_at AS "dueAt", cancelled_at IS NULL AND fired_at IS NULL AS pending FROM timers
       WHERE course_id = $1 AND kind = 'reassessment_overdue' ORDER BY id`,
      [courseId],
    );

  it('records the baseline once, at the start of planning: nine domains, housing and the days of problematic use', async () => {
    const courseId = await assignedCourse();
    const baseline = await recordAssessment(api, caseManager, courseId, {
      kind: 'baseline',
      domains: ratings('unchanged', { alcohol: 'not_relevant' }),
      housingStatus: 'homeless',
      problematicUseDays: 12,
      note: 'Sleeps at the shelter most nights',
    }).expect(201);
    expect(baseline.body).toMatchObject({
      kind: 'baseline',
      domains: ratings('unchanged', { alcohol: 'not_relevant' }),
      housingStatus: 'homeless',
      problematicUseDays: 12,
      nextPhase: null,
      dueAt: null,
      phase: 'planning',
      recordedBy: caseManager.id,
    });
    expect((await world.events(caseManager, courseId)).at(-1)).toMatchObject({
      type: 'NOTE_ADDED',
      resultingState: 'planning',
    });

    const again = await recordAssessment(api, caseManager, courseId, { kind: 'baseline' }).expect(409);
    expect(again.body.type).toMatch(/baseline-exists$/);
    await planned(api, caseManager, courseId);
    const late = await assignedCourse();
    await planned(api, caseManager, late);
    expect((await recordAssessment(api, caseManager, late, { kind: 'baseline' }).expect(409)).body.type).toMatch(
      /baseline-not-in-planning$/,
    );

    const { body: list } = await api.http
      .get(`/api/v1/courses/${courseId}/assessments`)
      .set('Authorization', caseManager.auth)
      .expect(200);
    expect(list.map((assessment: { kind: string }) => assessment.kind)).toEqual(['baseline']);
  });

  it('a reassessment takes the course out of reassessment to the chosen phase and starts the next reassessment period from now', async () => {
    const courseId = await assignedCourse();
    await planned(api, caseManager, courseId);
    const [approvedAt] = await eventTimes(courseId, 'PLAN_APPROVED');
    await world.send(caseManager, courseId, { type: 'REASSESSMENT_STARTED' }).expect(200);

    const first = await recordAssessment(api, caseManager, courseId, {
      kind: 'reassessment',
      nextPhase: 'follow_up',
      domains: ratings('positive', { economy: 'negative', cannabis: 'not_relevant' }),
      housingStatus: 'own_home',
      problematicUseDays: 7,
    }).expect(201);
    expect(first.body).toMatchObject({
      kind: 'reassessment',
      nextPhase: 'follow_up',
      phase: 'follow_up',
      housingStatus: 'own_home',
      problematicUseDays: 7,
    });
    // Due 90 days (REASSESSMENT_INTERVAL) after the plan's approval, the start of the first period.
    expect(Date.parse(first.body.dueAt)).toBe(Date.parse(approvedAt) + 90 * DAY_MS);

    await world.send(caseManager, courseId, { type: 'REASSESSMENT_STARTED' }).expect(200);
    const second = await recordAssessment(api, caseManager, courseId, {
      kind: 'reassessment',
      nextPhase: 'coordination',
    }).expect(201);
    const [firstAt, secondAt] = await eventTimes(courseId, 'REASSESSMENT_COMPLETED');
    expect(Date.parse(second.body.dueAt)).toBe(Date.parse(firstAt) + 90 * DAY_MS);
    expect(second.body.phase).toBe('coordination');

    const timers = await reassessmentTimers(courseId);
    expect(timers.map((timer) => [timer.subject, timer.pending])).toEqual([
      [approvedAt, false],
      [firstAt, false],
      [secondAt, true],
    ]);
    expect(timers[2].dueAt.getTime()).toBe(Date.parse(secondAt) + 90 * DAY_MS);
  });

  it('refuses a reassessment outside the reassessment phase, a missing domain, a baseline with a next phase, and days beyond 30', async () => {
    const courseId = await assignedCourse();
    await planned(api, caseManager, courseId);
    const before = await world.footprint(courseId);

    const notNow = await recordAssessment(api, caseManager, courseId, {
      kind: 'reassessment',
      nextPhase: 'coordination',
    }).expect(409);
    expect(notNow.body.type).toMatch(/event-not-allowed$/);
    const { social_network: _, ...eightDomains } = ratings();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'reassessment', nextPhase: 'coordination', domains: eightDomains }, 'domains.social_network'],
      [{ kind: 'reassessment' }, 'nextPhase'],
      [{ kind: 'reassessment', nextPhase: 'closed' }, 'nextPhase'],
      [{ kind: 'baseline', nextPhase: 'coordination' }, 'nextPhase'],
      [{ kind: 'reassessment', nextPhase: 'coordination', problematicUseDays: 31 }, 'problematicUseDays'],
      [{ kind: 'reassessment', nextPhase: 'coordination', housingStatus: 'sofa' }, 'housingStatus'],
      [
        { kind: 'reassessment', nextPhase: 'coordination', domains: ratings('better' as DomainRating) },
        'domains.alcohol',
      ],
    ];
    for (const [body, field] of cases) {
      const answer = await recordAssessment(api, caseManager, courseId, body).expect(422);
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    await recordAssessment(api, caseworker, courseId, { kind: 'baseline' }).expect(403);
    await world.send(caseManager, courseId, { type: 'REASSESSMENT_COMPLETED', nextPhase: 'coordination' }).expect(422);
    expect(await world.footprint(courseId)).toEqual(before);
    expect(
      (await api.db.query(`SELECT count(*)::int AS n FROM assessments WHERE course_id = $1`, [courseId]))[0].n,
    ).toBe(0);
  });
});
