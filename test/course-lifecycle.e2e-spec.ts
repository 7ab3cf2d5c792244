import { ICM_COURSE_MACHINE_VERSION } from '../workflows/icm-course';
import { startApp, type TestApp } from './support/test-app';
import { type StaffHandle, World } from './support/world';

describe('an ICM course walked from referral to closure over HTTP', () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    caseworker = await world.staff(['caseworker'], { teamId: 'lifecycle' });
    committee = await world.staff(['committee_member']);
    caseManager = await world.staff(['case_manager'], { teamId: 'lifecycle' });
  });
  afterAll(() => api.close());

  it('passes every phase, logs every event in order and queues the side effects the machine named', async () => {
    const referral = await world.refer(caseworker);
    expect(referral.state).toBe('referral.submitted');
    const { courseId } = referral;

    const walk: [StaffHandle, Record<string, unknown>, string][] = [
      [committee, { type: 'INFO_REQUESTED', questions: ['Is there a current §141 plan?'] }, 'referral.information_requested'],
      [caseworker, { type: 'INFO_PROVIDED', answers: 'It is being written.' }, 'referral.submitted'],
      [committee, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.id }, 'planning'],
      [caseManager, { type: 'PLAN_DRAFTED', planVersion: 1 }, 'planning'],
      [caseManager, { type: 'PLAN_APPROVED' }, 'coordination'],
      [caseManager, { type: 'FOLLOW_UP_STARTED' }, 'follow_up'],
      [caseManager, { type: 'REASSESSMENT_STARTED' }, 'reassessment'],
      [caseManager, { type: 'REASSESSMENT_COMPLETED', nextPhase: 'planning' }, 'planning'],
      [caseManager, { type: 'PLAN_DRAFTED', planVersion: 2 }, 'planning'],
      [caseManager, { type: 'PLAN_APPROVED' }, 'coordination'],
      [caseManager, { type: 'COURSE_CLOSED', reason: 'no_longer_needed' }, 'closed'],
    ];
    for (const [staff, event, expectedState] of walk) {
      const response = await world.send(staff, courseId, event);
      expect({ event: event.type, status: response.status, state: response.body.state }).toEqual({
        event: event.type,
        status: 200,
        state: expectedState,
      });
    }

    const log = await world.events(caseworker, courseId);
    expect(log.map((entry) => entry.seq)).toEqual(Array.from({ length: walk.length + 1 }, (_, i) => i + 1));
    expect(log.map((entry) => entry.type)).toEqual(['COURSE_OPENED', ...walk.map(([, event]) => event.type)]);
    expect(log.at(-1)).toMatchObject({ resultingState: 'closed', actorId: caseManager.id });

    const effects: { kind: string; eventSeq: number; payload: { kind?: string; caseManagerId?: string } }[] = await api.db.query(
      `SELECT kind, event_seq AS "eventSeq", payload FROM outbox WHERE course_id = $1 AND kind <> 'timerDue' ORDER BY id`,
      [courseId],
    );
    expect(effects.map((effect) => [effect.eventSeq, effect.kind, effect.payload.kind ?? effect.payload.caseManagerId])).toEqual([
      [1, 'notify', 'referral_in_queue'],
      [2, 'notify', 'information_requested'],
      [3, 'notify', 'referral_in_queue'],
      [4, 'notify', 'course_assigned'],
      [12, 'offerFreedSlot', caseManager.id],
      [12, 'notify', 'course_closed'],
    ]);

    // Reminders were scheduled on assignment and at the plan's approval; closure cancelled the rest.
    const timers: { kind: string; pending: boolean }[] = await api.db.query(
      `SELECT kind, fired_at IS NULL AND cancelled_at IS NULL AS pending FROM timers WHERE course_id = $1 ORDER BY id`,
      [courseId],
    );
    expect(timers.map((timer) => timer.kind)).toEqual(
      expect.arrayContaining(['first_contact_due', 'plan_due', 'no_contact', 'reassessment_upcoming', 'reassessment_overdue']),
    );
    expect(timers.filter((timer) => timer.pending)).toEqual([]);
  });

  it('shows the course to the staff involved, with the CPR masked and the accepted events listed', async () => {
    const { courseId } = await world.refer(caseworker, { citizen: { cpr: '0703851234', name: 'Karen Holm' } });
    await world.send(committee, courseId, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.id }).expect(200);

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
    expect(course.allowedEvents).toEqual(expect.arrayContaining(['PLAN_DRAFTED', 'PLAN_APPROVED', 'NOTE_ADDED', 'COURSE_CLOSED']));
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
