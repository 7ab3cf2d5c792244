/**
 * Reminders: a REMINDER_DUE is taken only for a timer the course needs right now (see
 * course-timers.spec.ts), and asks for one reminder to whoever answers for the citizen.
 */
import type { NotificationRecipient } from './course-context';
import { REMINDER_KINDS, type TimerKey, timersOf } from './course-timers';
import {
  CASE_MANAGER_1,
  CASE_MANAGER_2,
  CASEWORKER,
  type CourseSnapshot,
  STALE_REMINDER,
  assign,
  close,
  courseIn,
  effects,
  escalationTimer,
  expectRefused,
  malformed,
  miss,
  playOn,
  reminderDue,
  schedule,
  send,
  stepDue,
} from './test-support';

const pendingReminders = (snapshot: CourseSnapshot): TimerKey[] =>
  timersOf(snapshot.context)
    .filter((timer) => (REMINDER_KINDS as readonly string[]).includes(timer.kind))
    .map(({ kind, subject }) => ({ kind, subject }));

const reminder = (timer: TimerKey, recipients: NotificationRecipient[]) => ({
  type: 'notify',
  params: { kind: `reminder_${timer.kind}`, urgency: 'reminder', recipients, timer },
});

const caseManager: NotificationRecipient = { role: 'case_manager', staffId: CASE_MANAGER_1 };
const teamLead: NotificationRecipient = { role: 'team_lead', ofStaffId: CASE_MANAGER_1 };

/** Courses that between them need every kind of reminder. */
const COURSES: Array<[string, () => CourseSnapshot]> = [
  ['in planning, an appointment ahead', () => playOn(courseIn('planning'), schedule()).snapshot],
  [
    'in follow-up, an appointment ahead, in outreach',
    () => playOn(courseIn('follow_up'), schedule(), miss(), schedule()).snapshot,
  ],
];

describe.each(COURSES)('a course %s', (_, course) => {
  it('takes each pending reminder, asks for one notification and changes nothing', () => {
    const before = course();
    for (const timer of pendingReminders(before)) {
      const { snapshot, actions } = send(before, reminderDue(timer));
      expect(snapshot.value).toEqual(before.value);
      expect(snapshot.context).toEqual(before.context);
      const recipients = timer.kind === 'reassessment_overdue' ? [caseManager, teamLead] : [caseManager];
      expect(effects(actions)).toEqual([reminder(timer, recipients)]);
    }
  });
});

it('the courses above need every kind of reminder between them', () => {
  const kinds = COURSES.flatMap(([, course]) => pendingReminders(course())).map((timer) => timer.kind);
  expect(new Set(kinds)).toEqual(new Set(REMINDER_KINDS));
});

it('an overdue reassessment is also the team lead’s business', () => {
  const course = courseIn('coordination');
  const overdue = pendingReminders(course).find((timer) => timer.kind === 'reassessment_overdue')!;
  expect(effects(send(course, reminderDue(overdue)).actions)).toEqual([reminder(overdue, [caseManager, teamLead])]);
});

it('before a case manager is assigned, the referring caseworker is reminded of an appointment', () => {
  const course = playOn(courseIn('visitation.waitlisted'), schedule()).snapshot;
  const [upcoming] = pendingReminders(course);
  expect(upcoming.kind).toBe('appointment_upcoming');
  expect(effects(send(course, reminderDue(upcoming)).actions)).toEqual([
    reminder(upcoming, [{ role: 'caseworker', staffId: CASEWORKER }]),
  ]);
});

it('after a handover, the new case manager is reminded', () => {
  const course = playOn(courseIn('planning'), assign(CASE_MANAGER_2)).snapshot;
  const planDue = pendingReminders(course).find((timer) => timer.kind === 'plan_due')!;
  expect(effects(send(course, reminderDue(planDue)).actions)).toEqual([
    reminder(planDue, [{ role: 'case_manager', staffId: CASE_MANAGER_2 }]),
  ]);
});

describe('a reminder the course does not need is refused', () => {
  const planning = () => playOn(courseIn('planning'), schedule(), miss()).snapshot;

  it.each([
    ['a subject that moved on', STALE_REMINDER],
    ['the plan deadline of an earlier assignment', { kind: 'plan_due', subject: '2024-01-01T00:00:00.000Z' }],
    [
      'an appointment no longer open',
      { kind: 'appointment_upcoming', subject: 'appointment-1@2024-03-04T09:00:00.000Z' },
    ],
  ] as Array<[string, TimerKey]>)('%s', (_, timer) => {
    expectRefused(planning(), reminderDue(timer));
  });

  it('a pending timer that is not a reminder: the escalation step and the appointment check', () => {
    const course = playOn(planning(), schedule()).snapshot;
    const [check] = timersOf(course.context).filter((timer) => timer.kind === 'appointment_check');
    expectRefused(course, reminderDue({ kind: check.kind, subject: check.subject }));
    expectRefused(course, reminderDue(escalationTimer(1, 1)));
    expect(send(course, stepDue(1, 1)).accepted).toBe(true);
  });

  it('one without a timer', () => {
    expectRefused(planning(), malformed('REMINDER_DUE', {}));
  });

  it('any reminder, once the course is closed', () => {
    const open = playOn(courseIn('coordination'), schedule()).snapshot;
    const closed = playOn(open, close('moved_away')).snapshot;
    for (const timer of pendingReminders(open)) expectRefused(closed, reminderDue(timer));
  });
});
