import { ICM_COURSE_MACHINE_VERSION } from '@workflows/icm-course';
import { approvePlan, decideClosure, planBody, proposeClosure, recordAssessment } from './support/care-planning';
import { startApp, type TestApp } from './support/test-app';
import type { CourseEventBody } from './factories/course-event';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

describe('an ICM course walked from referral to closure over HTTP', () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;
  let teamLead: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    caseworker = await world.staff(['caseworker'], { teamId: 'lifecycle' });
    committee = await world.staff(['committee_member']);
    caseManager = await world.staff(['case_manager'], { teamId: 'lifecycle' });
    teamLead = await world.staff(['team_lead'], { teamId: 'lifecycle' });
  });
  afterAll(() => api.close());

  const proposals = async (courseId: string): Promise<{ id: string }[]> =>
    (
      await api.http
        .get(`/api/v1/courses/${courseId}/closure-proposals`)
        .set('Authorization', caseManager.auth)
        .expect(200)
    ).body;

  it('passes every phase, logs every event in order and queues the side effects the machine named', async () => {
    const referral = await world.refer(caseworker);
    expect(referral.state).toBe('referral.submitted');
    const { courseId } = referral;
    const event = (staff: StaffHandle, body: CourseEventBody) => () => world.send(staff, courseId, body);
    const draft = () =>
      api.http.post(`/api/v1/courses/${courseId}/plan`).set('Authorization', caseManager.auth).send(planBody());

    // Plan, reassessment and closure events are sent by their own routes, which write their rows too.
    const walk: [string, () => Promise<{ status: number; body: { state: string } }>, string, number?][] = [
      [
        'INFO_REQUESTED',
        event(committee, { type: 'INFO_REQUESTED', questions: ['Is there a current §141 plan?'] }),
        'referral.information_requested',
      ],
      [
        'INFO_PROVIDED',
        event(caseworker, { type: 'INFO_PROVIDED', answers: 'It is being written.' }),
        'referral.submitted',
      ],
      [
        'VISITATION_APPROVED',
        event(committee, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.id }),
        'planning',
      ],
      ['PLAN_DRAFTED', draft, 'planning', 201],
      ['PLAN_APPROVED', () => approvePlan(api, caseManager, courseId), 'coordination'],
      ['FOLLOW_UP_STARTED', event(caseManager, { type: 'FOLLOW_UP_STARTED' }), 'follow_up'],
      ['REASSESSMENT_STARTED', event(caseManager, { type: 'REASSESSMENT_STARTED' }), 'reassessment'],
      [
        'REASSESSMENT_COMPLETED',
        () => recordAssessment(api, caseManager, courseId, { kind: 'reassessment', nextPhase: 'planning' }),
        'planning',
        201,
      ],
      ['PLAN_DRAFTED', draft, 'planning', 201],
      ['PLAN_APPROVED', () => approvePlan(api, caseManager, courseId), 'coordination'],
      ['NOTE_ADDED', () => proposeClosure(api, caseManager, courseId, 'no_longer_needed'), 'coordination', 201],
      [
        'COURSE_CLOSED',
        async () => decideClosure(api, teamLead, (await proposals(courseId))[0].id, { decision: 'approve' }),
        'closed',
      ],
    ];
    for (const [type, step, state, status = 200] of walk) {
      const response = await step();
      expect({ type, status: response.status, state: response.body.state }).toEqual({ type, status, state });
    }

    const log = await world.events(caseworker, courseId);
    expect(log.map((entry) => entry.seq)).toEqual(Array.from({ length: walk.length + 1 }, (_, i) => i + 1));
    expect(log.map((entry) => entry.type)).toEqual(['COURSE_OPENED', ...walk.map(([type]) => type)]);
    expect(log.at(-1)).toMatchObject({ resultingState: 'closed', actorId: teamLead.id });

    const effects: { kind: string; eventSeq: number; payload: { kind?: string; caseManagerId?: string } }[] =
      await api.db.query(
        `SELECT kind, event_seq AS "eventSeq", payload FROM outbox WHERE course_id = $1 AND kind <> 'timerDue' ORDER BY id`,
        [courseId],
      );
    expect(
      effects.map((effect) => [effect.eventSeq, effect.kind, effect.payload.kind ?? effect.payload.caseManagerId]),
    ).toEqual([
      [1, 'notify', 'referral_in_queue'],
      [2, 'notify', 'information_requested'],
      [3, 'notify', 'referral_in_queue'],
      [4, 'notify', 'course_assigned'],
      [12, 'notify', 'case_note'],
      [13, 'offerFreedSlot', caseManager.id],
      [13, 'notify', 'course_closed'],
    ]);

    // Reminders were scheduled on assignment and at the plan's approval; closure cancelled the rest.
    const timers: { kind: string; pending: boolean }[] = await api.db.query(
      `SELECT kind, fired_at IS NULL AND cancelled_at IS NULL AS pending FROM timers WHERE course_id = $1 ORDER BY id`,
      [courseId],
    );
    expect(timers.map((timer) => timer.kind)).toEqual(
      expect.arrayContaining([
        'first_contact_due',
        'plan_due',
        'no_contact',
        'reassessment_upcoming',
        'reassessment_overdue',
      ]),
    );
    expect(timers.filter((timer) => timer.pending)).toEqual([]);
  });

  it('shows the course to the staff involved, with the CPR masked and the accepted events listed', async () => {
    const courseId = await world.courseIn(
      { caseworker, committee, caseManager },
      { phase: 'planning', referral: { citizen: { cpr: '0703851234', name: 'Karen Holm' } } },
    );

    const course = await world.course(caseManager, courseId);
    expect(course).toMatchObject({
      id: courseId,
      phase: 'planning',
      state: 'planning',
      caseManagerId: caseManager.id,
      machineId: 'icm-course',
      machineVersion: ICM_COURSE_MACHINE_VERSION,
      engagement: 'engaged',
      version: 2,
      citizen: { cpr: '070385-XXXX', name: 'Karen Holm', birthDate: '1985-03-07', legalGender: 'female' },
    });
    expect(course.allowedEvents).toEqual(
      expect.arrayContaining(['PLAN_DRAFTED', 'PLAN_APPROVED', 'NOTE_ADDED', 'COURSE_CLOSED']),
    );
    expect(course.allowedEvents).not.toContain('FOLLOW_UP_STARTED');
    expect(JSON.stringify(course)).not.toContain('1234');
  });

  it('keeps the CPR number out of the database in plain text', async () => {
    const cpr = '1102913317';
    const { courseId } = await world.refer(caseworker, { citizen: { cpr: '110291-3317', name: 'Ole Berg' } });
    const tables = ['citizens', 'courses', 'course_events', 'outbox', 'referrals'];
    for (const table of tables) {
      const rows: { row: string }[] = await api.db.query(`SELECT row_to_json(t)::text AS row FROM ${table} t`);
      expect(rows.filter((r) => r.row.includes(cpr) || r.row.includes('Ole Berg'))).toEqual([]);
    }
    expect(await world.course(caseworker, courseId)).toMatchObject({ citizen: { cpr: '110291-XXXX' } });
  });
});
