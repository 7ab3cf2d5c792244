/**
 * The timers a course needs, derived from its context alone, and when each is due. Contexts are
 * reached through the machine where the point is which event moves an anchor.
 */
import type { CourseContext } from './course-context';
import {
  dueAt,
  REMINDER_KINDS,
  TIMER_KINDS,
  type TimerKind,
  type TimerPeriods,
  type TimerSpec,
  timersOf,
} from './course-timers';
import {
  APPOINTMENT,
  AT,
  CASE_MANAGER_2,
  CONTACT_AT,
  MOVED_SLOT,
  SLOT,
  approvePlan,
  assign,
  attend,
  cancel,
  close,
  completeReassessment,
  contact,
  courseIn,
  draftPlan,
  ev,
  miss,
  playOn,
  reschedule,
  schedule,
  start,
  stepDue,
} from './test-support';

const kindsOf = (context: CourseContext) => timersOf(context).map((timer) => timer.kind);
const timerOf = (context: CourseContext, kind: TimerKind) => {
  const timers = timersOf(context).filter((timer) => timer.kind === kind);
  expect(timers.length).toBeLessThanOrEqual(1);
  return timers[0];
};
const contextAfter = (...steps: Parameters<typeof playOn>) => playOn(...steps).snapshot.context;
const EARLY_CONTACT_AT = '2024-02-04T09:00:00.000Z';

describe('timersOf: which timers a course needs', () => {
  it('a fresh referral needs none', () => {
    expect(timersOf(start().snapshot.context)).toEqual([]);
  });

  it('the timers are told apart by kind and subject: no key is needed twice', () => {
    const busy = contextAfter(courseIn('coordination'), schedule(), miss(), schedule(SLOT, 'appointment-2'));
    const keys = timersOf(busy).map(({ kind, subject }) => `${kind} ${subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(TIMER_KINDS).toEqual(expect.arrayContaining(timersOf(busy).map((timer) => timer.kind)));
  });

  it('an open appointment is watched after it ends and reminded of before it starts, even before a case manager', () => {
    const context = contextAfter(courseIn('referral.submitted'), schedule());
    expect(timersOf(context)).toEqual([
      { kind: 'appointment_check', subject: `${APPOINTMENT}@${SLOT.endsAt}`, anchor: SLOT.endsAt },
      { kind: 'appointment_upcoming', subject: `${APPOINTMENT}@${SLOT.startsAt}`, anchor: SLOT.startsAt },
    ]);
  });

  it('moving an appointment moves both its timers to new subjects', () => {
    const context = contextAfter(courseIn('planning'), schedule(), reschedule());
    expect(timerOf(context, 'appointment_check')).toEqual({
      kind: 'appointment_check',
      subject: `${APPOINTMENT}@${MOVED_SLOT.endsAt}`,
      anchor: MOVED_SLOT.endsAt,
    });
    expect(timerOf(context, 'appointment_upcoming')).toEqual({
      kind: 'appointment_upcoming',
      subject: `${APPOINTMENT}@${MOVED_SLOT.startsAt}`,
      anchor: MOVED_SLOT.startsAt,
    });
  });

  it.each([
    ['attended', attend()],
    ['missed', miss()],
    ['cancelled', cancel()],
  ])('an appointment %s is no longer watched', (_, settled) => {
    const context = contextAfter(courseIn('planning'), schedule(), settled);
    expect(kindsOf(context)).not.toContain('appointment_check');
    expect(kindsOf(context)).not.toContain('appointment_upcoming');
  });

  it('a running ladder needs exactly its next step, anchored at the miss', () => {
    const missed = contextAfter(courseIn('coordination'), schedule(), miss());
    expect(timerOf(missed, 'escalation_step')).toEqual({
      kind: 'escalation_step',
      subject: '1.1',
      anchor: AT.APPOINTMENT_MISSED,
      step: 1,
    });
    const twoFired = contextAfter(courseIn('coordination'), schedule(), miss(), stepDue(1, 1), stepDue(1, 2));
    expect(timerOf(twoFired, 'escalation_step')).toEqual({
      kind: 'escalation_step',
      subject: '1.3',
      anchor: AT.APPOINTMENT_MISSED,
      step: 3,
    });
  });

  it('a ladder ended by contact needs no step; the next ladder starts at its own first step', () => {
    const ended = contextAfter(courseIn('coordination'), schedule(), miss(), stepDue(1, 1), contact(true));
    expect(kindsOf(ended)).not.toContain('escalation_step');
    const second = contextAfter(courseIn('coordination'), schedule(), miss(), contact(true), schedule(), miss());
    expect(timerOf(second, 'escalation_step')?.subject).toBe('2.1');
  });

  it('a waitlisted citizen has no case manager, so nothing but appointments is timed', () => {
    expect(timersOf(courseIn('visitation.waitlisted').context)).toEqual([]);
  });

  it('an assigned case manager must make first contact, draft a plan, and hear from the citizen', () => {
    const { assignedAt } = courseIn('planning').context;
    expect(timersOf(courseIn('planning').context)).toEqual([
      { kind: 'first_contact_due', subject: assignedAt, anchor: assignedAt },
      { kind: 'plan_due', subject: assignedAt, anchor: assignedAt },
      { kind: 'no_contact', subject: assignedAt, anchor: assignedAt },
    ]);
  });

  it('a successful contact settles first contact and restarts the no-contact period at the contact', () => {
    const context = contextAfter(courseIn('planning'), contact(true));
    expect(kindsOf(context)).not.toContain('first_contact_due');
    expect(timerOf(context, 'no_contact')).toEqual({ kind: 'no_contact', subject: CONTACT_AT, anchor: CONTACT_AT });
  });

  it('an attended appointment counts as contact', () => {
    const context = contextAfter(courseIn('planning'), schedule(), attend());
    expect(kindsOf(context)).not.toContain('first_contact_due');
    expect(timerOf(context, 'no_contact')?.subject).toBe(AT.APPOINTMENT_ATTENDED);
  });

  it('an unsuccessful contact settles nothing', () => {
    const before = courseIn('planning').context;
    expect(timersOf(contextAfter(courseIn('planning'), contact(false)))).toEqual(timersOf(before));
  });

  it('a handover restarts first contact and the quiet period for the new case manager', () => {
    // Contact on 4 February with the first case manager (assigned on the 3rd); handover on the 5th.
    const contacted = contextAfter(courseIn('planning'), contact(true, EARLY_CONTACT_AT));
    expect(kindsOf(contacted)).not.toContain('first_contact_due');
    expect(timerOf(contacted, 'no_contact')?.subject).toBe(EARLY_CONTACT_AT);
    const at = AT.CASE_MANAGER_ASSIGNED;
    expect(
      timersOf(contextAfter(courseIn('planning'), contact(true, EARLY_CONTACT_AT), assign(CASE_MANAGER_2))),
    ).toEqual([
      { kind: 'first_contact_due', subject: at, anchor: at },
      { kind: 'plan_due', subject: at, anchor: at },
      { kind: 'no_contact', subject: at, anchor: at },
    ]);
  });

  it('an approved plan ends the plan deadline and starts the reassessment cycle at the approval', () => {
    const context = courseIn('coordination').context;
    expect(kindsOf(context)).not.toContain('plan_due');
    expect(timerOf(context, 'reassessment_upcoming')).toEqual({
      kind: 'reassessment_upcoming',
      subject: AT.PLAN_APPROVED,
      anchor: AT.PLAN_APPROVED,
    });
    expect(timerOf(context, 'reassessment_overdue')).toEqual({
      kind: 'reassessment_overdue',
      subject: AT.PLAN_APPROVED,
      anchor: AT.PLAN_APPROVED,
    });
  });

  it.each(['coordination', 'follow_up', 'planning'] as const)(
    'a completed reassessment (back to %s) starts the next cycle at the reassessment',
    (next) => {
      const context = contextAfter(courseIn('reassessment'), completeReassessment(next));
      const at = AT.REASSESSMENT_COMPLETED;
      expect(timerOf(context, 'reassessment_upcoming')).toEqual({
        kind: 'reassessment_upcoming',
        subject: at,
        anchor: at,
      });
      expect(timerOf(context, 'reassessment_overdue')).toEqual({
        kind: 'reassessment_overdue',
        subject: at,
        anchor: at,
      });
      // A plan under revision was approved once; it is not due again.
      expect(kindsOf(context)).not.toContain('plan_due');
    },
  );

  it('a redrafted and reapproved plan keeps its first approval as the cycle start', () => {
    const context = contextAfter(
      courseIn('coordination'),
      ev('REASSESSMENT_STARTED', {}),
      completeReassessment('planning'),
      draftPlan(2),
      approvePlan(),
    );
    expect(timerOf(context, 'reassessment_overdue')?.subject).toBe(AT.REASSESSMENT_COMPLETED);
    expect(context.planApprovedAt).toBe(AT.PLAN_APPROVED);
  });

  it('a closed course needs no timer, whatever was open or running when it closed', () => {
    const context = contextAfter(courseIn('coordination'), schedule(), miss(), schedule(), close('moved_away'));
    expect(context.appointments).toHaveLength(1);
    expect(timersOf(context)).toEqual([]);
  });

  it('every reminder kind is a timer kind, and so are the appointment check and the escalation step', () => {
    expect([...TIMER_KINDS].sort()).toEqual(['appointment_check', 'escalation_step', ...REMINDER_KINDS].sort());
  });
});

describe('dueAt: when a timer is due, given the configured periods', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const PERIODS: TimerPeriods = {
    appointmentGrace: 2 * HOUR,
    appointmentReminderAhead: DAY,
    escalation: { levels: [0, DAY, 3 * DAY], repeatEvery: 7 * DAY },
    firstContactDue: 2 * DAY,
    planDue: 30 * DAY,
    reassessmentInterval: 90 * DAY,
    reassessmentReminderAhead: 14 * DAY,
    noContact: 14 * DAY,
  };
  const ANCHOR = '2024-03-04T10:00:00.000Z';
  const timer = (kind: TimerKind, step?: number): TimerSpec => ({
    kind,
    subject: 'any',
    anchor: ANCHOR,
    ...(step ? { step } : {}),
  });

  const DUE = [
    ['appointment_check', undefined, '2024-03-04T12:00:00.000Z'],
    // An advance reminder is due before its anchor.
    ['appointment_upcoming', undefined, '2024-03-03T10:00:00.000Z'],
    ['escalation_step', 1, '2024-03-04T10:00:00.000Z'],
    ['escalation_step', 2, '2024-03-05T10:00:00.000Z'],
    ['escalation_step', 3, '2024-03-07T10:00:00.000Z'],
    // After the last level, a reminder every seven days.
    ['escalation_step', 4, '2024-03-14T10:00:00.000Z'],
    ['escalation_step', 6, '2024-03-28T10:00:00.000Z'],
    ['first_contact_due', undefined, '2024-03-06T10:00:00.000Z'],
    ['plan_due', undefined, '2024-04-03T10:00:00.000Z'],
    ['reassessment_upcoming', undefined, '2024-05-19T10:00:00.000Z'],
    ['reassessment_overdue', undefined, '2024-06-02T10:00:00.000Z'],
    ['no_contact', undefined, '2024-03-18T10:00:00.000Z'],
  ] as const;

  it('the table below covers every timer kind', () => {
    expect(new Set(DUE.map(([kind]) => kind))).toEqual(new Set(TIMER_KINDS));
  });

  it.each(DUE)('%s (step %s) anchored at 4 March 10:00 is due at %s', (kind, step, due) => {
    expect(dueAt(timer(kind, step), PERIODS)).toBe(due);
  });

  it('reads an anchor with an offset and answers in UTC', () => {
    expect(dueAt({ kind: 'no_contact', subject: 'any', anchor: '2024-03-04T11:00:00+01:00' }, PERIODS)).toBe(
      '2024-03-18T10:00:00.000Z',
    );
  });
});
