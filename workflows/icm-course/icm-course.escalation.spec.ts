/**
 * The steps of the outreach ladder: only the pending step fires, in order, and each tells the
 * people the ladder names what to do. After the last level, reminders go on at that level forever.
 */
import type { NotificationRecipient } from './course-context';
import type { CourseEvent } from './course-events';
import {
  AT,
  APPOINTMENT,
  CASE_MANAGER_1,
  CASE_MANAGER_2,
  CASEWORKER,
  WHEREABOUTS,
  assign,
  contact,
  courseIn,
  effects,
  escalationTimer,
  ev,
  expectRefused,
  malformed,
  miss,
  playOn,
  type RoutedPhase,
  schedule,
  send,
  stepDue,
} from './test-support';

/** A course whose citizen missed the appointment, with the given steps of ladder 1 fired. */
const firedIn = (phase: RoutedPhase, steps: number, ...then: CourseEvent[]) =>
  playOn(courseIn(phase), schedule(), miss(), ...Array.from({ length: steps }, (_, i) => stepDue(1, i + 1)), ...then)
    .snapshot;

const caseManager = (staffId = CASE_MANAGER_1): NotificationRecipient => ({ role: 'case_manager', staffId });
const teamLeadOf = (ofStaffId = CASE_MANAGER_1): NotificationRecipient => ({ role: 'team_lead', ofStaffId });

/** What each step asks for, by the ladder's data: level, task, deadline and who is told, in order. */
const STEPS = [
  { step: 1, level: 1, task: 'attempt_contact', within: 'PT24H', recipients: [caseManager()] },
  { step: 2, level: 2, task: 'outreach_visit', whereabouts: WHEREABOUTS, recipients: [caseManager()] },
  { step: 3, level: 3, task: 'case_conference', recipients: [teamLeadOf(), caseManager()] },
  { step: 4, level: 3, task: 'no_contact_reminder', recipients: [caseManager(), teamLeadOf()] },
  { step: 5, level: 3, task: 'no_contact_reminder', recipients: [caseManager(), teamLeadOf()] },
  { step: 12, level: 3, task: 'no_contact_reminder', recipients: [caseManager(), teamLeadOf()] },
];

const escalation = ({ step, level, task, recipients, ...details }: (typeof STEPS)[number]) => [
  {
    type: 'fireEscalationStep',
    params: { ladder: 1, step, level, firedAt: AT.ESCALATION_STEP_DUE, whereabouts: WHEREABOUTS },
  },
  {
    type: 'notify',
    params: {
      kind: 'outreach_escalation',
      urgency: 'escalation',
      level,
      recipients,
      ladder: 1,
      step,
      task,
      ...details,
      missedAppointmentId: APPOINTMENT,
    },
  },
];

describe('each step of the ladder', () => {
  it.each(STEPS)('step $step: level $level, $task', (expected) => {
    const before = firedIn('coordination', expected.step - 1);
    const { snapshot, actions } = send(before, stepDue(1, expected.step));
    expect(snapshot.value).toEqual(before.value);
    expect(snapshot.context).toEqual({
      ...before.context,
      outreach: { ...before.context.outreach!, step: expected.step },
    });
    expect(effects(actions)).toEqual(escalation(expected));
  });

  it('names the whereabouts only for the outreach visit, yet always records them with the step', () => {
    const sent = [1, 2, 3, 4].map((step) => effects(send(firedIn('planning', step - 1), stepDue(1, step)).actions));
    expect(sent.map(([fired]) => (fired.params as { whereabouts: string[] }).whereabouts)).toEqual([
      WHEREABOUTS,
      WHEREABOUTS,
      WHEREABOUTS,
      WHEREABOUTS,
    ]);
    expect(sent.map(([, notify]) => 'whereabouts' in (notify.params as object))).toEqual([false, true, false, false]);
  });

  it.each(['referral.submitted', 'referral.information_requested', 'visitation.waitlisted'] as const)(
    'before a case manager is assigned (%s) it goes to the referring caseworker, and their team lead',
    (phase) => {
      const notifiedAt = (step: number) => {
        const [, notify] = effects(send(firedIn(phase, step - 1), stepDue(1, step)).actions);
        return (notify.params as { recipients: NotificationRecipient[] }).recipients;
      };
      const caseworker: NotificationRecipient = { role: 'caseworker', staffId: CASEWORKER };
      expect([1, 2, 3, 4].map(notifiedAt)).toEqual([
        [caseworker],
        [caseworker],
        [teamLeadOf(CASEWORKER), caseworker],
        [caseworker, teamLeadOf(CASEWORKER)],
      ]);
    },
  );

  it('after a handover it goes to the new case manager and their team lead', () => {
    const { actions } = send(firedIn('follow_up', 2, assign(CASE_MANAGER_2)), stepDue(1, 3));
    expect((effects(actions)[1].params as { recipients: unknown }).recipients).toEqual([
      teamLeadOf(CASE_MANAGER_2),
      caseManager(CASE_MANAGER_2),
    ]);
  });
});

describe('only the pending step fires', () => {
  it.each([0, 1, 2, 3, 7])(
    'after %d steps only the next one is taken; earlier, later and other ladders are refused',
    (fired) => {
      const course = firedIn('coordination', fired);
      const pending = fired + 1;
      expect(send(course, stepDue(1, pending)).accepted).toBe(true);
      const refused = [0, 1, 2, 3, pending - 1, pending + 1, pending + 2, 100].filter((step) => step !== pending);
      for (const step of refused) expectRefused(course, stepDue(1, step));
      expectRefused(course, stepDue(2, pending));
      expectRefused(course, stepDue(0, pending));
    },
  );

  it('the same step delivered twice fires once', () => {
    const once = send(firedIn('planning', 0), stepDue(1, 1)).snapshot;
    expectRefused(once, stepDue(1, 1));
  });

  it.each([
    ['a reminder kind with the pending subject', { timer: { kind: 'no_contact', subject: '1.1' }, whereabouts: [] }],
    [
      'an appointment check with the pending subject',
      { timer: { kind: 'appointment_check', subject: '1.1' }, whereabouts: [] },
    ],
    ['a subject with extra text', { timer: { kind: 'escalation_step', subject: '1.1 ' }, whereabouts: [] }],
    ['no timer', { whereabouts: [] }],
  ])('a step named by %s is refused', (_, payload) => {
    expectRefused(firedIn('planning', 0), malformed('ESCALATION_STEP_DUE', payload));
  });

  it('no step fires while the citizen is engaged, before or after a ladder', () => {
    expectRefused(courseIn('coordination'), stepDue(1, 1));
    const ended = firedIn('coordination', 2, contact(true));
    for (const step of [1, 2, 3]) expectRefused(ended, stepDue(1, step));
    expectRefused(ended, stepDue(2, 1));
  });

  it('a step of an ended ladder is refused once the next ladder runs; that ladder starts at its own step 1', () => {
    const second = firedIn('coordination', 2, contact(true), schedule(), miss());
    expectRefused(second, stepDue(1, 3));
    expect(escalationTimer(2, 1)).toEqual({ kind: 'escalation_step', subject: '2.1' });
    const { actions } = send(second, stepDue(2, 1));
    expect(effects(actions)[0]).toEqual({
      type: 'fireEscalationStep',
      params: { ladder: 2, step: 1, level: 1, firedAt: AT.ESCALATION_STEP_DUE, whereabouts: WHEREABOUTS },
    });
  });

  it('the whereabouts are passed on as given, even none', () => {
    const { actions } = send(
      firedIn('coordination', 1),
      ev('ESCALATION_STEP_DUE', { timer: escalationTimer(1, 2), whereabouts: [] }),
    );
    expect((effects(actions)[1].params as { whereabouts: string[] }).whereabouts).toEqual([]);
  });
});
