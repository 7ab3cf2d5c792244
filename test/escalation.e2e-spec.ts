import { eventually } from './support/eventually';
import {
  appointmentEndingIn,
  escalationLevels,
  FAST_LADDER_ENV,
  firedSteps,
  inbox,
  recordContact,
  registerAttendance,
  scheduleAppointment,
} from './support/engagement';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** A team of its own: the lost-contact view lists a whole team's running ladders. */
const TEAM = 'outreach-escalation';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outreach escalation when a citizen misses an appointment', () => {
  let api: TestApp;
  let worker: TestWorker;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;
  let teamLead: StaffHandle;

  beforeAll(async () => {
    api = await startApp({ env: FAST_LADDER_ENV });
    worker = await startWorker({ env: FAST_LADDER_ENV });
    world = new World(api);
    ({ caseworker, committee, caseManager, teamLead } = await world.team(TEAM));
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  /** A course in planning with the team's case manager; the referral says where the citizen sleeps. */
  const assignedCourse = () =>
    world.courseIn(
      { caseworker, committee, caseManager },
      { phase: 'planning', referral: { whereabouts: 'Herberget Vesterbro' } },
    );

  async function missedAppointment(courseId: string): Promise<string> {
    // Begun but not yet over: the worker's own attendance check (at the end plus the grace) cannot
    // mark it missed before the case manager does.
    const appointment = await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(60_000));
    await registerAttendance(api, caseManager, appointment.id, 'missed').expect(200);
    return appointment.id;
  }

  it('a registered miss starts the ladder: level 1 asks the case manager to attempt contact within 24 hours', async () => {
    const courseId = await assignedCourse();
    await missedAppointment(courseId);
    expect(await world.course(caseManager, courseId)).toMatchObject({ phase: 'planning', engagement: 'outreach' });

    const items = await eventually(
      () => inbox(api, caseManager),
      (box) => box.some((item) => item.courseId === courseId && item.kind === 'outreach_escalation'),
    );
    expect(
      items.find((item) => item.courseId === courseId && item.kind === 'outreach_escalation')?.payload,
    ).toMatchObject({
      level: 1,
      task: 'attempt_contact',
      within: 'PT24H',
      urgency: 'escalation',
    });
  });

  it('without contact, level 2 (an outreach visit to the last known whereabouts) and level 3 (the team lead) follow in order', async () => {
    const courseId = await assignedCourse();
    await recordContact(api, caseManager, courseId, {
      successful: false,
      channel: 'outreach_visit',
      whereabouts: 'Værestedet på Istedgade',
    }).expect(201);
    await missedAppointment(courseId);

    const levels = await eventually(
      () => escalationLevels(api, caseManager, courseId),
      (seen) => seen.length >= 3,
      25000,
    );
    expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
    const teamLeadLevels = await eventually(
      () => escalationLevels(api, teamLead, courseId),
      (seen) => seen.includes(3),
    );
    expect(teamLeadLevels[0]).toBe(3);

    const visit = (await inbox(api, caseManager)).find(
      (item) => item.courseId === courseId && item.payload.level === 2,
    );
    expect(visit?.payload).toMatchObject({
      task: 'outreach_visit',
      whereabouts: ['Værestedet på Istedgade', 'Herberget Vesterbro'],
    });

    const [ladder] = (
      await api.http.get(`/api/v1/courses/${courseId}/escalations`).set('Authorization', teamLead.auth).expect(200)
    ).body;
    expect(ladder).toMatchObject({ ladder: 1, status: 'running', level: 3 });
    const fired = ladder.steps.filter((step: { status: string }) => step.status === 'fired');
    const firedAt = fired.map((step: { fired: { firedAt: string } }) => Date.parse(step.fired.firedAt));
    expect(firedAt).toEqual([...firedAt].sort((a, b) => a - b));
    // Each step fires no earlier than its delay after the miss.
    for (const step of fired)
      expect(Date.parse(step.fired.firedAt)).toBeGreaterThanOrEqual(Date.parse(step.dueAt) - 50);
  });

  it('after the last level it keeps reminding at level 3 and never closes the course', async () => {
    const courseId = await assignedCourse();
    await missedAppointment(courseId);
    const steps = await eventually(
      () => firedSteps(api, courseId),
      (rows) => rows.length >= 4,
      25000,
    );
    expect(steps.slice(0, 4)).toEqual([
      { ladder: 1, step: 1, level: 1 },
      { ladder: 1, step: 2, level: 2 },
      { ladder: 1, step: 3, level: 3 },
      { ladder: 1, step: 4, level: 3 },
    ]);
    expect(await world.course(caseManager, courseId)).toMatchObject({ phase: 'planning', engagement: 'outreach' });
  });

  it('a successful contact before level 2 ends the ladder, and level 2 never fires', async () => {
    const courseId = await assignedCourse();
    await missedAppointment(courseId);
    await eventually(
      () => firedSteps(api, courseId),
      (rows) => rows.length === 1,
    );
    await recordContact(api, caseManager, courseId, { successful: true, channel: 'phone' }).expect(201);

    await sleep(3000); // past level 2's due time
    expect(await firedSteps(api, courseId)).toEqual([{ ladder: 1, step: 1, level: 1 }]);
    expect(await escalationLevels(api, caseManager, courseId)).toEqual([1]);
    const [ladder] = (
      await api.http.get(`/api/v1/courses/${courseId}/escalations`).set('Authorization', caseManager.auth).expect(200)
    ).body;
    expect(ladder.status).toBe('ended');
    expect(ladder.steps.map((step: { status: string }) => step.status)).toEqual([
      'fired',
      'not_reached',
      'not_reached',
    ]);
    const [timer] = await api.db.query(
      `SELECT fired_at, cancelled_at FROM timers WHERE course_id = $1 AND kind = 'escalation_step' AND subject = '1.2'`,
      [courseId],
    );
    expect(timer.fired_at).toBeNull();
    expect(timer.cancelled_at).not.toBeNull();
    expect(await world.course(caseManager, courseId)).toMatchObject({ engagement: 'engaged' });
  });

  it('an appointment with no attendance registered by its end plus the grace period becomes missed by itself', async () => {
    const courseId = await assignedCourse();
    const appointment = await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(300));

    const [row] = await eventually(
      () =>
        api.db.query(`SELECT attendance, attendance_registered_by FROM appointments WHERE id = $1`, [appointment.id]),
      (rows: { attendance: string | null }[]) => rows[0].attendance !== null,
    );
    expect(row).toEqual({ attendance: 'missed', attendance_registered_by: null });
    const events = await world.events(caseManager, courseId);
    expect(events.find((event) => event.type === 'APPOINTMENT_MISSED')).toMatchObject({
      actorId: null,
      payload: { automatic: true },
    });
    await eventually(
      () => escalationLevels(api, caseManager, courseId),
      (levels) => levels.includes(1),
    );
  });

  it('an attended appointment is contact: no miss, no ladder', async () => {
    const courseId = await assignedCourse();
    const appointment = await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(500));
    await registerAttendance(api, caseManager, appointment.id, 'attended').expect(200);
    await sleep(2000); // past the end plus grace
    expect(
      (await api.db.query(`SELECT attendance FROM appointments WHERE id = $1`, [appointment.id]))[0].attendance,
    ).toBe('attended');
    expect(await firedSteps(api, courseId)).toEqual([]);
    await registerAttendance(api, caseManager, appointment.id, 'missed').expect(409);
  });

  it('a new miss during a running ladder starts no second ladder', async () => {
    const courseId = await assignedCourse();
    await missedAppointment(courseId);
    await missedAppointment(courseId);
    const ladders = await api.db.query(`SELECT ladder FROM escalation_ladders WHERE course_id = $1`, [courseId]);
    expect(ladders).toEqual([{ ladder: 1 }]);
  });

  it('the case manager acknowledges a reached level; the team lead sees it among the citizens out of contact', async () => {
    const courseId = await assignedCourse();
    await missedAppointment(courseId);
    await eventually(
      () => firedSteps(api, courseId),
      (rows) => rows.length >= 1,
    );
    const acknowledge = (level: number) =>
      api.http
        .post(`/api/v1/courses/${courseId}/escalations/acknowledgements`)
        .set('Authorization', caseManager.auth)
        .send({ level, plannedAction: 'Calling the shelter tonight' });
    await acknowledge(1).expect(200);
    const unreached = await acknowledge(9).expect(409);
    expect(unreached.body).toMatchObject({ rules: ['isReachedLevel'] });

    const open = (await api.http.get('/api/v1/escalations?status=open').set('Authorization', teamLead.auth).expect(200))
      .body;
    const mine = open.find((row: { courseId: string }) => row.courseId === courseId);
    // Named, so that the team lead knows whom to look for; the CPR number masked to its date.
    expect(mine.citizen).toMatchObject({ name: 'Test Citizen', cpr: expect.stringMatching(/^\d{6}-XXXX$/) });
    const startedAt = open.map((row: { startedAt: string }) => Date.parse(row.startedAt));
    expect(startedAt).toEqual([...startedAt].sort((a, b) => a - b));
    await api.http.get('/api/v1/escalations?status=open').set('Authorization', caseManager.auth).expect(403);
    await api.http.get('/api/v1/escalations?status=closed').set('Authorization', teamLead.auth).expect(422);
  });

  it('appointment and escalation events go only through their own routes; bad input names the field', async () => {
    const courseId = await assignedCourse();
    const refused = await world
      .send(caseManager, courseId, {
        type: 'APPOINTMENT_SCHEDULED',
        appointmentId: courseId,
        startsAt: new Date().toISOString(),
        endsAt: new Date().toISOString(),
      })
      .expect(422);
    expect(JSON.stringify(refused.body)).toContain('POST /courses/:id/appointments');
    await world
      .send(caseManager, courseId, {
        type: 'ESCALATION_STEP_DUE',
        timer: { kind: 'escalation_step', subject: '1.1' },
        whereabouts: [],
      })
      .expect(422);

    const before = await world.footprint(courseId);
    const backwards = await api.http
      .post(`/api/v1/courses/${courseId}/appointments`)
      .set('Authorization', caseManager.auth)
      .send({ kind: 'treatment', startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T09:00:00Z' })
      .expect(422);
    expect(JSON.stringify(backwards.body)).toContain('endsAt');
    await api.http
      .post(`/api/v1/courses/${courseId}/appointments`)
      .set('Authorization', caseManager.auth)
      .send({ kind: 'dentist', startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T10:00:00Z' })
      .expect(422);
    await recordContact(api, caseManager, courseId, {
      successful: true,
      at: new Date(Date.now() + 3_600_000).toISOString(),
    }).expect(422);
    expect(await world.footprint(courseId)).toEqual(before);

    const stranger = await world.staff(['case_manager'], { teamId: 'elsewhere' });
    await api.http.get(`/api/v1/courses/${courseId}/escalations`).set('Authorization', stranger.auth).expect(404);
    await api.http.get(`/api/v1/courses/${courseId}/appointments`).set('Authorization', stranger.auth).expect(404);
  });
});
