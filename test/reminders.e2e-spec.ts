import { planned } from './support/care-planning';
import { eventually } from './support/eventually';
import { inbox, type InboxItem, recordContact, scheduleAppointment } from './support/engagement';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** Every reminder period scaled to seconds, so each one can be watched arriving. */
const FAST_REMINDERS_ENV = {
  APPOINTMENT_REMINDER_AHEAD: 'PT2S',
  FIRST_CONTACT_DUE: 'PT2S',
  PLAN_DUE: 'PT3S',
  NO_CONTACT_REMINDER: 'PT4S',
  REASSESSMENT_INTERVAL: 'PT4S',
  REASSESSMENT_REMINDER_AHEAD: 'PT2S',
  RECONCILE_EVERY_MS: '500',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reminders to case managers', () => {
  let api: TestApp;
  let worker: TestWorker;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;
  let teamLead: StaffHandle;

  beforeAll(async () => {
    api = await startApp({ env: FAST_REMINDERS_ENV });
    worker = await startWorker({ env: FAST_REMINDERS_ENV });
    world = new World(api);
    ({ caseworker, committee, caseManager, teamLead } = await world.team('reminders'));
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const assignedCourse = () => world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });

  const remindersOf = async (staff: StaffHandle, courseId: string): Promise<string[]> =>
    (await inbox(api, staff))
      .filter((item: InboxItem) => item.courseId === courseId && item.kind.startsWith('reminder_'))
      .map((item) => item.kind)
      .sort();

  it('after an assignment: first contact due, plan due and no contact, each once, to the case manager', async () => {
    const courseId = await assignedCourse();
    const kinds = await eventually(
      () => remindersOf(caseManager, courseId),
      (seen) => seen.length >= 3,
      25000,
    );
    expect(kinds).toEqual(['reminder_first_contact_due', 'reminder_no_contact', 'reminder_plan_due']);
    expect(await remindersOf(caseworker, courseId)).toEqual([]);
    const item = (await inbox(api, caseManager)).find(
      (entry) => entry.courseId === courseId && entry.kind === 'reminder_plan_due',
    );
    expect(item?.payload).toMatchObject({ urgency: 'reminder' });
    await sleep(1000);
    expect(await remindersOf(caseManager, courseId)).toEqual(kinds);
  });

  it('a successful contact in time means no first-contact reminder; an approved plan means no plan reminder', async () => {
    const courseId = await assignedCourse();
    await recordContact(api, caseManager, courseId, { successful: true }).expect(201);
    await planned(api, caseManager, courseId);
    await sleep(3500); // past both due times
    const kinds = await remindersOf(caseManager, courseId);
    expect(kinds).not.toContain('reminder_first_contact_due');
    expect(kinds).not.toContain('reminder_plan_due');
  });

  it('a reassessment is announced ahead to the case manager and, once overdue, to the team lead too', async () => {
    const courseId = await assignedCourse();
    await planned(api, caseManager, courseId);
    const kinds = await eventually(
      () => remindersOf(caseManager, courseId),
      (seen) => seen.includes('reminder_reassessment_overdue'),
      25000,
    );
    expect(kinds).toEqual(expect.arrayContaining(['reminder_reassessment_upcoming', 'reminder_reassessment_overdue']));
    expect(
      await eventually(
        () => remindersOf(teamLead, courseId),
        (seen) => seen.length > 0,
      ),
    ).toEqual(['reminder_reassessment_overdue']);
  });

  it('an appointment in the coming period is announced once; a cancelled one is not', async () => {
    const courseId = await assignedCourse();
    const soon = (offsetMs: number) => ({
      kind: 'psychiatry',
      startsAt: new Date(Date.now() + offsetMs).toISOString(),
      endsAt: new Date(Date.now() + offsetMs + 3_600_000).toISOString(),
    });
    const kept = await scheduleAppointment(api, caseManager, courseId, soon(3000));
    const cancelled = await scheduleAppointment(api, caseManager, courseId, soon(3000));
    await api.http
      .post(`/api/v1/appointments/${cancelled.id}/cancellation`)
      .set('Authorization', caseManager.auth)
      .send({ reason: 'moved' })
      .expect(200);

    const upcoming = await eventually(
      async () =>
        (await inbox(api, caseManager)).filter(
          (item) => item.courseId === courseId && item.kind === 'reminder_appointment_upcoming',
        ),
      (items) => items.length > 0,
    );
    await sleep(1000);
    const all = (await inbox(api, caseManager)).filter(
      (item) => item.courseId === courseId && item.kind === 'reminder_appointment_upcoming',
    );
    expect(all).toHaveLength(1);
    expect((upcoming[0].payload.timer as { subject: string }).subject).toContain(kept.id);
  });
});
