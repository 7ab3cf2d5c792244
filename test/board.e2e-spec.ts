import { randomUUID } from 'node:crypto';
import { appointmentEndingIn, recordContact, registerAttendance, scheduleAppointment } from './support/engagement';
import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** "Mine borgere": the case manager's citizens, whoever needs attention now first. */
describe('GET /me/courses: the case manager’s board', () => {
  let api: TestApp;
  let world: World;
  let team: { caseworker: StaffHandle; committee: StaffHandle; caseManager: StaffHandle; teamLead: StaffHandle };
  const courses: Record<'contacted' | 'waiting' | 'missed', string> = { contacted: '', waiting: '', missed: '' };

  beforeAll(async () => {
    // First contact is due at once, so that a course without one shows the reminder now.
    api = await startApp({ env: { FIRST_CONTACT_DUE: 'PT0S' } });
    world = new World(api);
    team = await world.team(`board-${randomUUID()}`);
    for (const key of ['contacted', 'waiting', 'missed'] as const)
      courses[key] = await world.courseIn(team, { phase: 'planning' });
    await recordContact(api, team.caseManager, courses.contacted, { successful: true }).expect(201);
    await recordContact(api, team.caseManager, courses.missed, { successful: true }).expect(201);
    const appointment = await scheduleAppointment(api, team.caseManager, courses.missed, appointmentEndingIn(60_000));
    await registerAttendance(api, team.caseManager, appointment.id, 'missed').expect(200);
  });
  afterAll(() => api.close());

  const board = async (staff: StaffHandle) =>
    (await api.http.get('/api/v1/me/courses').set('Authorization', staff.auth).expect(200)).body;

  it('lists the open courses, the running ladder first, then the reminder due, then the settled one', async () => {
    const entries = await board(team.caseManager);
    expect(entries.map((entry: { courseId: string }) => entry.courseId)).toEqual([
      courses.missed,
      courses.waiting,
      courses.contacted,
    ]);
    expect(entries[0]).toMatchObject({
      engagement: 'outreach',
      attention: [expect.objectContaining({ kind: 'outreach', level: 1 })],
      citizen: { cpr: expect.stringMatching(/^\d{6}-XXXX$/) },
    });
    expect(entries[1].attention.map((item: { kind: string }) => item.kind)).toEqual(['first_contact_due']);
    expect(entries[2]).toMatchObject({ attention: [], lastContactAt: expect.any(String), phase: 'planning' });
  });

  it('a successful contact ends the ladder and takes the citizen off the top', async () => {
    await recordContact(api, team.caseManager, courses.missed, { successful: true }).expect(201);
    const entries = await board(team.caseManager);
    expect(entries[0].courseId).toBe(courses.waiting);
    expect(entries.find((entry: { courseId: string }) => entry.courseId === courses.missed).attention).toEqual([]);
  });

  it('shows only the caller’s own courses, logs each citizen listed, and is for case managers only', async () => {
    const other = await world.staff(['case_manager'], { teamId: 'elsewhere' });
    expect(await board(other)).toEqual([]);
    const logged = async (): Promise<number> =>
      (
        await api.db.query(`SELECT count(*)::int AS rows FROM access_log WHERE staff_id = $1 AND course_id = ANY($2)`, [
          team.caseManager.id,
          Object.values(courses),
        ])
      )[0].rows;
    const before = await logged();
    await board(team.caseManager);
    expect((await logged()) - before).toBe(3);
    await api.http.get('/api/v1/me/courses').set('Authorization', team.teamLead.auth).expect(403);
  });
});
