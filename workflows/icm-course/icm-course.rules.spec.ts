/**
 * The plan, reassessment, closure and case notes, in the domain's words: every guard both ways, the
 * side effects each transition asks for (by name and params), and what it records in the context.
 */
import type { CourseEvent } from './course-events';
import { REASSESSMENT_OUTCOMES, STAFF_CLOSURE_REASONS } from './course-vocabulary';
import { icmCourseMachine } from './icm-course.machine';
import {
  APPOINTMENT,
  AT,
  CASE_MANAGER_1,
  CASE_MANAGER_2,
  CASEWORKER,
  MEMBER_B,
  MOVED_SLOT,
  NOTE_READER,
  REFUSED_CLOSURES,
  ROUTED_PHASES,
  SLOT,
  acknowledge,
  approve,
  approvePlan,
  assign,
  attend,
  cancel,
  close,
  closedValue,
  completeReassessment,
  contact,
  courseIn,
  draftPlan,
  effects,
  engagedIn,
  ev,
  expectRefused,
  freedSlot,
  malformed,
  miss,
  notifyOf,
  playOn,
  provideInfo,
  reject,
  reminderDue,
  requestInfo,
  reschedule,
  schedule,
  send,
  stepDue,
} from './test-support';

describe('the plan', () => {
  it('a plan cannot be approved before one is drafted', () => {
    const planning = courseIn('planning');
    expect(planning.context.planStatus).toBe('none');
    expectRefused(planning, approvePlan());
  });

  it('drafting records the version and stays in planning; approving the draft starts coordination', () => {
    const drafted = send(courseIn('planning'), draftPlan(3));
    expect(drafted.snapshot.value).toEqual(engagedIn('planning'));
    expect(drafted.snapshot.context).toMatchObject({ planStatus: 'draft', planVersion: 3 });
    expect(drafted.actions).toEqual([]);
    const approved = send(drafted.snapshot, approvePlan());
    expect(approved.snapshot.value).toEqual(engagedIn('coordination'));
    expect(approved.snapshot.context).toMatchObject({ planStatus: 'approved', planVersion: 3 });
    expect(approved.actions).toEqual([]);
  });

  it('coordination moves into follow-up and back', () => {
    const followUp = send(courseIn('coordination'), ev('FOLLOW_UP_STARTED', {})).snapshot;
    expect(followUp.value).toEqual(engagedIn('follow_up'));
    expect(send(followUp, ev('COORDINATION_RESUMED', {})).snapshot.value).toEqual(engagedIn('coordination'));
  });
});

describe('reassessment', () => {
  it.each(['coordination', 'follow_up'] as const)('starts from %s', (phase) => {
    expect(send(courseIn(phase), ev('REASSESSMENT_STARTED', {})).snapshot.value).toEqual(engagedIn('reassessment'));
  });

  it('a reassessment can reopen planning, which asks for a plan revision', () => {
    const { snapshot, actions } = send(courseIn('reassessment'), completeReassessment('planning'));
    expect(snapshot.value).toEqual(engagedIn('planning'));
    expect(snapshot.context).toMatchObject({
      planStatus: 'revision',
      planVersion: 1,
      lastReassessedAt: AT.REASSESSMENT_COMPLETED,
    });
    expect(actions).toEqual([]);
    // A plan under revision is not a draft: it must be redrafted before it is approved again.
    expectRefused(snapshot, approvePlan());
    const redrafted = send(snapshot, draftPlan(2)).snapshot;
    expect(redrafted.context).toMatchObject({ planStatus: 'draft', planVersion: 2 });
    expect(send(redrafted, approvePlan()).snapshot.value).toEqual(engagedIn('coordination'));
  });

  it.each(['coordination', 'follow_up'] as const)(
    'with an approved plan a reassessment can lead back to %s',
    (next) => {
      const { snapshot, actions } = send(courseIn('reassessment'), completeReassessment(next));
      expect(snapshot.value).toEqual(engagedIn(next));
      expect(snapshot.context).toMatchObject({ planStatus: 'approved', lastReassessedAt: AT.REASSESSMENT_COMPLETED });
      expect(actions).toEqual([]);
    },
  );

  // Events alone always reach reassessment with an approved plan; a stored snapshot need not have one.
  describe.each(['none', 'draft', 'revision'] as const)('with the plan %s', (planStatus) => {
    const withoutApprovedPlan = () => {
      const reassessing = courseIn('reassessment');
      return icmCourseMachine.resolveState({
        value: reassessing.value,
        context: { ...reassessing.context, planStatus },
      });
    };

    it.each(['coordination', 'follow_up'] as const)(
      'a reassessment cannot lead to %s without an approved plan',
      (next) => {
        expectRefused(withoutApprovedPlan(), completeReassessment(next));
      },
    );

    it('a reassessment can still reopen planning', () => {
      expect(send(withoutApprovedPlan(), completeReassessment('planning')).snapshot.value).toEqual(
        engagedIn('planning'),
      );
    });
  });

  it.each(['closed', 'reassessment', undefined])(
    'a reassessment must lead to one of its outcomes: nextPhase %s is refused',
    (nextPhase) => {
      expect(REASSESSMENT_OUTCOMES).not.toContain(nextPhase);
      expectRefused(courseIn('reassessment'), malformed('REASSESSMENT_COMPLETED', { nextPhase }));
    },
  );
});

describe('closure', () => {
  it.each(STAFF_CLOSURE_REASONS)(
    'staff can close an ongoing course because %s; the case manager gets a slot back',
    (reason) => {
      const { snapshot, actions } = send(courseIn('follow_up'), close(reason));
      expect(snapshot.value).toEqual(closedValue);
      expect(snapshot.status).toBe('done');
      expect(snapshot.context).toMatchObject({ closureReason: reason, closedAt: AT.COURSE_CLOSED });
      expect(effects(actions)).toEqual([
        freedSlot(CASE_MANAGER_1),
        notifyOf('course_closed', [
          { role: 'caseworker', staffId: CASEWORKER },
          { role: 'case_manager', staffId: CASE_MANAGER_1 },
        ]),
      ]);
    },
  );

  it.each(['referral.submitted', 'visitation.waitlisted'] as const)(
    'closing a course without a case manager (%s) frees no slot, tells only the caseworker and leaves no waitlist entry',
    (phase) => {
      const { snapshot, actions } = send(courseIn(phase), close('moved_away'));
      expect(snapshot.context).toMatchObject({ closureReason: 'moved_away', caseManagerId: null, waitlist: null });
      expect(effects(actions)).toEqual([notifyOf('course_closed', [{ role: 'caseworker', staffId: CASEWORKER }])]);
    },
  );

  describe.each(ROUTED_PHASES)('in %s', (phase) => {
    it.each(REFUSED_CLOSURES)('nothing closes a course without a closure reason: %s is refused', (_, event) => {
      expectRefused(courseIn(phase), event);
    });
  });

  describe.each([
    ['rejected', () => send(courseIn('referral.submitted'), reject()).snapshot],
    ['closed by staff', () => send(courseIn('reassessment'), close('declined')).snapshot],
    [
      'closed by staff during an outreach, with an appointment open',
      () => playOn(courseIn('coordination'), schedule(), miss(), stepDue(1, 1), schedule(), close('declined')).snapshot,
    ],
  ])('a %s course', (_, closedCourse) => {
    const events: CourseEvent[] = [
      ev('NOTE_ADDED', { text: 'After closure', notifyStaffIds: [NOTE_READER] }),
      close('moved_away'),
      requestInfo(),
      provideInfo(),
      approve(MEMBER_B, CASE_MANAGER_2),
      reject(),
      assign(CASE_MANAGER_2),
      draftPlan(2),
      approvePlan(),
      ev('FOLLOW_UP_STARTED', {}),
      ev('COORDINATION_RESUMED', {}),
      ev('REASSESSMENT_STARTED', {}),
      completeReassessment('planning'),
      schedule(MOVED_SLOT),
      reschedule(),
      cancel(),
      attend(),
      miss(),
      contact(true),
      contact(false),
      stepDue(1, 2),
      acknowledge(1),
      reminderDue({ kind: 'appointment_upcoming', subject: `${APPOINTMENT}@${SLOT.startsAt}` }),
    ];
    it.each(events.map((event) => [event.type, event] as const))('a closed course accepts no event: %s', (_, event) => {
      const snapshot = closedCourse();
      expect(snapshot.status).toBe('done');
      expectRefused(snapshot, event);
    });
  });
});

describe('case notes', () => {
  it.each(ROUTED_PHASES)('in %s a note asks for one notification to the staff it names', (phase) => {
    const before = courseIn(phase);
    const note = ev('NOTE_ADDED', { text: 'Met at the shelter.', notifyStaffIds: [NOTE_READER, CASE_MANAGER_2] });
    const { snapshot, actions } = send(before, note);
    expect(snapshot.value).toEqual(before.value);
    expect(snapshot.context).toEqual({ ...before.context, lastNoteAt: note.at });
    expect(effects(actions)).toEqual([
      notifyOf('case_note', [
        { role: 'staff', staffId: NOTE_READER },
        { role: 'staff', staffId: CASE_MANAGER_2 },
      ]),
    ]);
  });

  it('a note that names no reader is still taken, and queues no notification', () => {
    const course = courseIn('coordination');
    const note = ev('NOTE_ADDED', { text: 'Phoned.' });
    const { snapshot, actions, accepted } = send(course, note);
    expect([course.can(note), accepted]).toEqual([true, true]);
    expect(snapshot.context.lastNoteAt).toBe(note.at);
    expect(actions).toEqual([]);
  });
});
