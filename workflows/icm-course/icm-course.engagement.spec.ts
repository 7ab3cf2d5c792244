/**
 * The engagement region: a missed appointment starts the outreach ladder, contact ends it, closing
 * the course ends it, and nothing in it ever closes the course. The steps of the ladder themselves:
 * icm-course.escalation.spec.ts.
 */
import type { CourseEvent } from './course-events';
import {
  AT,
  APPOINTMENT,
  CASE_MANAGER_1,
  CASEWORKER,
  CONTACT_AT,
  CONTACT_BEFORE_ANY_MISS,
  type CourseSnapshot,
  ROUTED_PHASES,
  SLOT,
  acknowledge,
  approvePlan,
  attend,
  cancel,
  close,
  completeReassessment,
  contact,
  courseIn,
  draftPlan,
  effects,
  engagementLeafOf,
  ev,
  eventSamples,
  expectRefused,
  malformed,
  miss,
  phaseLeafOf,
  playOn,
  reject,
  schedule,
  send,
  stepDue,
} from './test-support';

/** A course in the given phase whose citizen just missed the appointment: ladder 1, no step fired yet. */
const missedIn = (phase: (typeof ROUTED_PHASES)[number], ...then: CourseEvent[]) =>
  playOn(courseIn(phase), schedule(), miss(), ...then).snapshot;
const endLadder = (ladder: number, endedAt: string) => ({ type: 'endLadder', params: { ladder, endedAt } });

describe('a missed appointment', () => {
  it.each(ROUTED_PHASES)('starts ladder 1 in %s, whatever the phase, and the phase goes on', (phase) => {
    const before = playOn(courseIn(phase), schedule()).snapshot;
    const { snapshot, actions } = send(before, miss());
    expect(phaseLeafOf(snapshot)).toBe(phase);
    expect(engagementLeafOf(snapshot)).toBe('outreach');
    expect(snapshot.context).toEqual({
      ...before.context,
      appointments: [],
      outreach: { ladder: 1, step: 0, startedAt: AT.APPOINTMENT_MISSED, missedAppointmentId: APPOINTMENT },
      ladders: 1,
    });
    expect(effects(actions)).toEqual([
      { type: 'openLadder', params: { ladder: 1, startedAt: AT.APPOINTMENT_MISSED, missedAppointmentId: APPOINTMENT } },
    ]);
  });

  it.each([
    ['never scheduled', [] as CourseEvent[]],
    ['already attended', [schedule(), attend()]],
    ['cancelled', [schedule(), cancel()]],
    ['already missed', [schedule(), miss(), contact(true)]],
  ])('of an appointment %s is refused', (_, events) => {
    expectRefused(playOn(courseIn('coordination'), ...events).snapshot, miss());
    expectRefused(playOn(courseIn('coordination'), ...events).snapshot, attend());
  });

  it('during a running ladder starts no second ladder: the appointment is settled, nothing else', () => {
    const before = missedIn('coordination', stepDue(1, 1), schedule(SLOT, 'appointment-2'));
    const { snapshot, actions } = send(before, miss('appointment-2'));
    expect(engagementLeafOf(snapshot)).toBe('outreach');
    expect(snapshot.context).toEqual({ ...before.context, appointments: [] });
    expect(snapshot.context.outreach).toEqual({
      ladder: 1,
      step: 1,
      startedAt: AT.APPOINTMENT_MISSED,
      missedAppointmentId: APPOINTMENT,
    });
    expect(actions).toEqual([]);
  });

  it('after a ladder has ended starts the next one, with its own number', () => {
    const { snapshot, actions } = send(missedIn('follow_up', contact(true), schedule()), miss());
    expect(snapshot.context.outreach).toEqual({
      ladder: 2,
      step: 0,
      startedAt: AT.APPOINTMENT_MISSED,
      missedAppointmentId: APPOINTMENT,
    });
    expect(snapshot.context.ladders).toBe(2);
    expect(effects(actions)).toEqual([
      { type: 'openLadder', params: { ladder: 2, startedAt: AT.APPOINTMENT_MISSED, missedAppointmentId: APPOINTMENT } },
    ]);
  });
});

describe('contact', () => {
  it.each([0, 1, 3, 6])(
    'a successful contact after %d steps ends the ladder and the citizen is engaged again',
    (steps) => {
      const before = missedIn('coordination', ...Array.from({ length: steps }, (_, i) => stepDue(1, i + 1)));
      const { snapshot, actions } = send(before, contact(true));
      expect(engagementLeafOf(snapshot)).toBe('engaged');
      expect(phaseLeafOf(snapshot)).toBe('coordination');
      expect(snapshot.context).toEqual({
        ...before.context,
        outreach: null,
        lastContactAt: CONTACT_AT,
        lastContactAttemptAt: CONTACT_AT,
      });
      expect(effects(actions)).toEqual([endLadder(1, AT.CONTACT_RECORDED)]);
    },
  );

  it('an attended appointment ends the ladder too, and counts as contact at the time it is registered', () => {
    const before = missedIn('planning', stepDue(1, 1), stepDue(1, 2), schedule());
    const { snapshot, actions } = send(before, attend());
    expect(engagementLeafOf(snapshot)).toBe('engaged');
    expect(snapshot.context).toEqual({
      ...before.context,
      appointments: [],
      outreach: null,
      lastContactAt: AT.APPOINTMENT_ATTENDED,
      lastContactAttemptAt: AT.APPOINTMENT_ATTENDED,
    });
    expect(effects(actions)).toEqual([endLadder(1, AT.APPOINTMENT_ATTENDED)]);
  });

  it('while engaged, a successful contact or an attended appointment is recorded and asks for nothing', () => {
    const contacted = send(courseIn('planning'), contact(true));
    expect(engagementLeafOf(contacted.snapshot)).toBe('engaged');
    expect(contacted.snapshot.context).toMatchObject({ lastContactAt: CONTACT_AT, lastContactAttemptAt: CONTACT_AT });
    expect(contacted.actions).toEqual([]);
    const attended = send(playOn(courseIn('planning'), schedule()).snapshot, attend());
    expect(attended.snapshot.context).toMatchObject({ appointments: [], lastContactAt: AT.APPOINTMENT_ATTENDED });
    expect(attended.actions).toEqual([]);
  });

  describe.each([
    ['engaged', () => courseIn('follow_up')],
    ['in outreach', () => missedIn('follow_up')],
    ['in outreach at level 3', () => missedIn('follow_up', stepDue(1, 1), stepDue(1, 2), stepDue(1, 3))],
  ])('%s', (state, course) => {
    it('an unsuccessful contact changes only the time of the last attempt', () => {
      const before = course();
      const { snapshot, actions } = send(before, contact(false));
      expect(snapshot.value).toEqual(before.value);
      expect(snapshot.context).toEqual({ ...before.context, lastContactAttemptAt: CONTACT_AT });
      expect(actions).toEqual([]);
      expect(engagementLeafOf(snapshot)).toBe(state === 'engaged' ? 'engaged' : 'outreach');
    });
  });

  it('a successful contact dated before the miss is recorded but does not end the ladder', () => {
    const beforeTheMiss = CONTACT_BEFORE_ANY_MISS;
    const before = missedIn('coordination', stepDue(1, 1));
    const { snapshot, actions } = send(before, contact(true, beforeTheMiss));
    expect(engagementLeafOf(snapshot)).toBe('outreach');
    expect(snapshot.context).toEqual({
      ...before.context,
      lastContactAt: beforeTheMiss,
      lastContactAttemptAt: beforeTheMiss,
    });
    expect(actions).toEqual([]);
  });

  it('a contact registered late never moves the last contact back in time', () => {
    const later = '2024-02-25T12:00:00.000Z';
    const before = playOn(courseIn('coordination'), contact(true, later)).snapshot;
    const { snapshot } = send(before, contact(true, CONTACT_AT));
    expect(snapshot.context).toMatchObject({ lastContactAt: later, lastContactAttemptAt: later });
    expect(send(before, contact(false, CONTACT_AT)).snapshot.context.lastContactAttemptAt).toBe(later);
  });
});

describe('acknowledging an escalation', () => {
  const acknowledged = (ladder: number, level: number) => [
    {
      type: 'acknowledgeEscalation',
      params: {
        ladder,
        level,
        plannedAction: 'Visit the night shelter tonight.',
        acknowledgedBy: CASE_MANAGER_1,
        acknowledgedAt: AT.ESCALATION_ACKNOWLEDGED,
      },
    },
    {
      type: 'notify',
      params: {
        kind: 'escalation_acknowledged',
        recipients: [{ role: 'team_lead', ofStaffId: CASE_MANAGER_1 }],
        ladder,
        level,
        plannedAction: 'Visit the night shelter tonight.',
      },
    },
  ];
  const afterSteps = (steps: number) =>
    missedIn('coordination', ...Array.from({ length: steps }, (_, i) => stepDue(1, i + 1)));

  it.each([
    [1, [1]],
    [2, [1, 2]],
    [3, [1, 2, 3]],
    [5, [1, 2, 3]],
  ])(
    'after %d steps, levels %j may be acknowledged; the team lead is told and nothing else changes',
    (steps, levels) => {
      for (const level of levels) {
        const before = afterSteps(steps);
        const { snapshot, actions } = send(before, acknowledge(level));
        expect(snapshot.value).toEqual(before.value);
        expect(snapshot.context).toEqual(before.context);
        expect(effects(actions)).toEqual(acknowledged(1, level));
      }
    },
  );

  it.each([
    [0, [1, 2, 3]],
    [1, [2, 3]],
    [2, [3]],
  ])('after %d steps, the unreached levels %j may not be acknowledged', (steps, levels) => {
    for (const level of levels) expectRefused(afterSteps(steps), acknowledge(level));
  });

  it.each([0, -1, 4, 1.5, Number.NaN, '1', undefined])('level %p is never a reached level', (level) => {
    expectRefused(afterSteps(6), malformed('ESCALATION_ACKNOWLEDGED', { level, plannedAction: 'Call.' }));
  });

  it('there is nothing to acknowledge while the citizen is engaged, also after a ladder ended', () => {
    expectRefused(courseIn('coordination'), acknowledge(1));
    expectRefused(playOn(afterSteps(3), contact(true)).snapshot, acknowledge(1));
  });
});

describe('the phases go on beside the ladder', () => {
  it('a ladder started in planning runs on through coordination, follow-up and reassessment', () => {
    const outreach = { ladder: 1, step: 1, startedAt: AT.APPOINTMENT_MISSED, missedAppointmentId: APPOINTMENT };
    let snapshot = missedIn('planning', stepDue(1, 1));
    const phases: Array<[CourseEvent, string]> = [
      [draftPlan(1), 'planning'],
      [approvePlan(), 'coordination'],
      [ev('FOLLOW_UP_STARTED', {}), 'follow_up'],
      [ev('REASSESSMENT_STARTED', {}), 'reassessment'],
      [completeReassessment('coordination'), 'coordination'],
    ];
    for (const [event, phase] of phases) {
      const step = send(snapshot, event);
      expect(step.snapshot.value).toEqual({ course: phase, engagement: 'outreach' });
      expect(step.snapshot.context.outreach).toEqual(outreach);
      expect(effects(step.actions).map((effect) => effect.type)).not.toContain('endLadder');
      snapshot = step.snapshot;
    }
    expect(send(snapshot, stepDue(1, 2)).snapshot.context.outreach?.step).toBe(2);
  });
});

describe('closing the course', () => {
  const caseworker = { role: 'caseworker', staffId: CASEWORKER };
  const closing: Array<[string, () => CourseSnapshot, CourseEvent, unknown[]]> = [
    [
      'closed by staff',
      () => missedIn('reassessment', stepDue(1, 1)),
      close('declined'),
      [
        { type: 'offerFreedSlot', params: { caseManagerId: CASE_MANAGER_1 } },
        {
          type: 'notify',
          params: {
            kind: 'course_closed',
            recipients: [caseworker, { role: 'case_manager', staffId: CASE_MANAGER_1 }],
          },
        },
        endLadder(1, AT.COURSE_CLOSED),
      ],
    ],
    [
      'rejected at visitation',
      () => missedIn('referral.submitted', stepDue(1, 1)),
      reject(),
      [
        { type: 'notify', params: { kind: 'course_closed', recipients: [caseworker] } },
        endLadder(1, AT.VISITATION_REJECTED),
      ],
    ],
  ];

  it.each(closing)(
    'a course %s during outreach ends the running ladder and its engagement',
    (_, course, event, expected) => {
      const before = course();
      const { snapshot, actions } = send(before, event);
      expect(snapshot.status).toBe('done');
      expect(snapshot.value).toEqual({ course: 'closed', engagement: 'ended' });
      expect(snapshot.context.outreach).toBeNull();
      expect(snapshot.context.ladders).toBe(1);
      expect(effects(actions)).toEqual(expected);
    },
  );

  it('a course closed while the citizen is engaged ends its engagement and no ladder', () => {
    const { snapshot, actions } = send(courseIn('coordination'), close('no_longer_needed'));
    expect(snapshot.value).toEqual({ course: 'closed', engagement: 'ended' });
    expect(effects(actions).map((effect) => effect.type)).not.toContain('endLadder');
  });

  it.each(closing)('a course %s during outreach accepts nothing any more', (_, course, event) => {
    const closed = send(course(), event).snapshot;
    for (const sample of [
      ...eventSamples(closed),
      stepDue(1, 2),
      acknowledge(1),
      schedule(),
      attend(),
      contact(true),
    ]) {
      expectRefused(closed, sample);
    }
  });
});

describe('the ladder is never a reason to close', () => {
  it('twenty steps later the course is still in its phase, the ladder still running', () => {
    const steps = Array.from({ length: 20 }, (_, i) => stepDue(1, i + 1));
    const { snapshot } = playOn(
      missedIn('follow_up'),
      ...steps,
      contact(false),
      ...[1, 2, 3].map((level) => acknowledge(level)),
    );
    expect(snapshot.status).toBe('active');
    expect(snapshot.value).toEqual({ course: 'follow_up', engagement: 'outreach' });
    expect(snapshot.context).toMatchObject({ closureReason: null, closedAt: null, outreach: { ladder: 1, step: 20 } });
  });
});
