/**
 * The ICM course's rules in the domain's words: every guard both ways, the side effects each
 * transition asks for (by name and params), and what each transition records in the context.
 */
import type { CourseEvent } from './course-events';
import { REASSESSMENT_OUTCOMES, STAFF_CLOSURE_REASONS } from './course-vocabulary';
import { icmCourseMachine } from './icm-course.machine';
import {
  AT,
  CASE_MANAGER_1,
  CASE_MANAGER_2,
  CASEWORKER,
  CITIZEN,
  type CourseSnapshot,
  MEMBER_A,
  MEMBER_B,
  NOTE_READER,
  PLACEMENT,
  REFERRED_AT,
  REFUSED_CLOSURES,
  approve,
  approvePlan,
  approveToWaitlist,
  assign,
  close,
  completeReassessment,
  courseInput,
  draftPlan,
  effects,
  ev,
  malformed,
  play,
  reject,
  send,
  start,
} from './test-support';

const requestInfo = () => ev('INFO_REQUESTED', { questions: ['Is the citizen in treatment?'] });
const provideInfo = () => ev('INFO_PROVIDED', { answers: 'Yes, at the outpatient clinic.' });

/** Ways into each phase, by well-formed events only. */
const ROUTES = {
  'referral.submitted': { quorum: 1, events: [] as CourseEvent[] },
  'referral.information_requested': { quorum: 1, events: [requestInfo()] },
  'visitation.deliberating': { quorum: 2, events: [approve(MEMBER_A)] },
  'visitation.waitlisted': { quorum: 1, events: [approveToWaitlist(MEMBER_A)] },
  planning: { quorum: 1, events: [approve(MEMBER_A, CASE_MANAGER_1)] },
  coordination: { quorum: 1, events: [approve(MEMBER_A, CASE_MANAGER_1), draftPlan(1), approvePlan()] },
  follow_up: {
    quorum: 1,
    events: [approve(MEMBER_A, CASE_MANAGER_1), draftPlan(1), approvePlan(), ev('FOLLOW_UP_STARTED', {})],
  },
  reassessment: {
    quorum: 1,
    events: [approve(MEMBER_A, CASE_MANAGER_1), draftPlan(1), approvePlan(), ev('REASSESSMENT_STARTED', {})],
  },
};
type Phase = keyof typeof ROUTES;
const courseIn = (phase: Phase): CourseSnapshot => {
  const snapshot = play(courseInput(ROUTES[phase].quorum), ...ROUTES[phase].events).snapshot;
  expect(snapshot.matches(phase as never)).toBe(true);
  return snapshot;
};

const notify = (kind: string, recipients: unknown[]) => ({ type: 'notify', params: { kind, recipients } });
const freeSlotOf = (caseManagerId: string) => ({ type: 'offerFreedSlot', params: { caseManagerId } });

/** A refused event leaves the course exactly as it was, asks for nothing, and is not offered. */
function expectRefused(snapshot: CourseSnapshot, event: CourseEvent) {
  const step = send(snapshot, event);
  expect(step.accepted).toBe(false);
  expect(step.snapshot).toBe(snapshot);
  expect(step.actions).toEqual([]);
  expect(snapshot.can(event)).toBe(false);
}

describe('referral and visitation', () => {
  it('a new referral waits in the visitation queue and the committee is told', () => {
    const { snapshot, actions } = start(courseInput(2));
    expect(snapshot.value).toEqual({ referral: 'submitted' });
    expect(snapshot.context).toEqual({
      citizenId: CITIZEN,
      referredBy: CASEWORKER,
      referredAt: REFERRED_AT,
      quorum: 2,
      approvals: [],
      caseManagerId: null,
      assignedAt: null,
      waitlist: null,
      planStatus: 'none',
      planVersion: null,
      lastReassessedAt: null,
      lastNoteAt: null,
      closureReason: null,
      closedAt: null,
    });
    expect(effects(actions)).toEqual([notify('referral_in_queue', [{ role: 'committee' }])]);
  });

  it('approval that reaches quorum and names a case manager assigns the course and starts planning', () => {
    const { snapshot, actions } = send(courseIn('referral.submitted'), approve(MEMBER_A, CASE_MANAGER_1));
    expect(snapshot.value).toBe('planning');
    expect(snapshot.context).toMatchObject({
      approvals: [MEMBER_A],
      caseManagerId: CASE_MANAGER_1,
      assignedAt: AT.VISITATION_APPROVED,
    });
    expect(effects(actions)).toEqual([notify('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_1 }])]);
  });

  it('approval that reaches quorum without a case manager puts the citizen on the named waitlist', () => {
    const { snapshot, actions } = send(courseIn('referral.submitted'), approveToWaitlist(MEMBER_A));
    expect(snapshot.value).toEqual({ visitation: 'waitlisted' });
    expect(snapshot.context).toMatchObject({
      approvals: [MEMBER_A],
      caseManagerId: null,
      assignedAt: null,
      waitlist: { ...PLACEMENT, since: AT.VISITATION_APPROVED },
    });
    expect(actions).toEqual([]);
  });

  it('a named case manager takes precedence over a waitlist placement', () => {
    const both = ev('VISITATION_APPROVED', { caseManagerId: CASE_MANAGER_1, waitlist: PLACEMENT }, MEMBER_A);
    const { snapshot } = send(courseIn('referral.submitted'), both);
    expect(snapshot.value).toBe('planning');
    expect(snapshot.context).toMatchObject({ caseManagerId: CASE_MANAGER_1, waitlist: null });
  });

  it.each(['referral.submitted', 'visitation.deliberating'] as const)(
    'an approval that completes the quorum (in %s) must name a case manager or a waitlist',
    (phase) => {
      expectRefused(courseIn(phase), approve(MEMBER_B));
    },
  );

  it.each([
    ['naming neither', approve(MEMBER_A)],
    ['even naming a case manager', approve(MEMBER_A, CASE_MANAGER_1)],
    ['even naming a waitlist', approveToWaitlist(MEMBER_A)],
  ])('with quorum 2 the first approval (%s) waits for a second member (visitation.deliberating)', (_, approval) => {
    const { snapshot, actions } = send(start(courseInput(2)).snapshot, approval);
    expect(snapshot.value).toEqual({ visitation: 'deliberating' });
    expect(snapshot.context).toMatchObject({ approvals: [MEMBER_A], caseManagerId: null, assignedAt: null, waitlist: null });
    expect(actions).toEqual([]);
  });

  it('with quorum 2 a second member completes the approval and the named case manager gets the course', () => {
    const { snapshot, actions } = send(courseIn('visitation.deliberating'), approve(MEMBER_B, CASE_MANAGER_2));
    expect(snapshot.value).toBe('planning');
    expect(snapshot.context).toMatchObject({ approvals: [MEMBER_A, MEMBER_B], caseManagerId: CASE_MANAGER_2 });
    expect(effects(actions)).toEqual([notify('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_2 }])]);
  });

  it('with quorum 3 two approvals still deliberate and the third, without a case manager, waitlists', () => {
    const two = play(courseInput(3), approve(MEMBER_A), approveToWaitlist(MEMBER_B)).snapshot;
    expect(two.value).toEqual({ visitation: 'deliberating' });
    const three = send(two, approveToWaitlist('committee-member-c')).snapshot;
    expect(three.value).toEqual({ visitation: 'waitlisted' });
    expect(three.context.approvals).toEqual([MEMBER_A, MEMBER_B, 'committee-member-c']);
  });

  it.each([
    ['without', undefined],
    ['with', CASE_MANAGER_1],
  ])('a committee member cannot approve the same referral twice (%s a case manager)', (_, cm) => {
    expectRefused(courseIn('visitation.deliberating'), approve(MEMBER_A, cm));
    expectRefused(courseIn('visitation.deliberating'), approveToWaitlist(MEMBER_A));
  });

  it('asking for more information tells the caseworker and clears earlier approvals', () => {
    const { snapshot, actions } = send(courseIn('visitation.deliberating'), requestInfo());
    expect(snapshot.value).toEqual({ referral: 'information_requested' });
    expect(snapshot.context.approvals).toEqual([]);
    expect(effects(actions)).toEqual([notify('information_requested', [{ role: 'caseworker', staffId: CASEWORKER }])]);
  });

  it('when the information arrives the referral is back in the queue and members approve again', () => {
    const requested = send(courseIn('visitation.deliberating'), requestInfo()).snapshot;
    const { snapshot, actions } = send(requested, provideInfo());
    expect(snapshot.value).toEqual({ referral: 'submitted' });
    expect(effects(actions)).toEqual([notify('referral_in_queue', [{ role: 'committee' }])]);
    // The first member's earlier approval no longer counts towards quorum 2.
    expect(send(snapshot, approve(MEMBER_A, CASE_MANAGER_1)).snapshot.value).toEqual({ visitation: 'deliberating' });
  });

  it('while information is awaited the committee can neither approve nor ask again', () => {
    const requested = courseIn('referral.information_requested');
    expectRefused(requested, approve(MEMBER_A, CASE_MANAGER_1));
    expectRefused(requested, requestInfo());
  });

  it.each(['referral.submitted', 'referral.information_requested', 'visitation.deliberating'] as const)(
    'rejection closes the course with rejected_at_visitation (from %s) and tells the caseworker',
    (phase) => {
      const { snapshot, actions } = send(courseIn(phase), reject());
      expect(snapshot.value).toBe('closed');
      expect(snapshot.status).toBe('done');
      expect(snapshot.context).toMatchObject({ closureReason: 'rejected_at_visitation', closedAt: AT.VISITATION_REJECTED });
      expect(effects(actions)).toEqual([notify('course_closed', [{ role: 'caseworker', staffId: CASEWORKER }])]);
    },
  );

  it.each(['visitation.waitlisted', 'planning'] as const)('an approved referral (%s) can no longer be rejected', (phase) => {
    expectRefused(courseIn(phase), reject());
  });
});

describe('assignment and handover of the case manager', () => {
  it('a case manager takes a waitlisted citizen off the waitlist into planning and is told', () => {
    const { snapshot, actions } = send(courseIn('visitation.waitlisted'), assign(CASE_MANAGER_2));
    expect(snapshot.value).toBe('planning');
    expect(snapshot.context).toMatchObject({
      caseManagerId: CASE_MANAGER_2,
      assignedAt: AT.CASE_MANAGER_ASSIGNED,
      waitlist: null,
    });
    expect(effects(actions)).toEqual([notify('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_2 }])]);
  });

  it.each(['referral.submitted', 'visitation.deliberating'] as const)('no case manager can be assigned in %s', (phase) => {
    expectRefused(courseIn(phase), assign(CASE_MANAGER_2));
  });

  describe.each(['planning', 'coordination', 'follow_up', 'reassessment'] as const)('in %s', (phase) => {
    it('the course can be handed over to another case manager, who is told; the old one gets a slot back', () => {
      const before = courseIn(phase);
      const { snapshot, actions } = send(before, assign(CASE_MANAGER_2));
      expect(snapshot.value).toBe(phase);
      expect(snapshot.context).toEqual({
        ...before.context,
        caseManagerId: CASE_MANAGER_2,
        assignedAt: AT.CASE_MANAGER_ASSIGNED,
      });
      expect(effects(actions)).toEqual([
        freeSlotOf(CASE_MANAGER_1),
        notify('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_2 }]),
      ]);
    });

    it('handing the course to the case manager who already has it is refused', () => {
      expectRefused(courseIn(phase), assign(CASE_MANAGER_1));
    });
  });
});

describe('the plan', () => {
  it('a plan cannot be approved before one is drafted', () => {
    const planning = courseIn('planning');
    expect(planning.context.planStatus).toBe('none');
    expectRefused(planning, approvePlan());
  });

  it('drafting records the version and stays in planning; approving the draft starts coordination', () => {
    const drafted = send(courseIn('planning'), draftPlan(3));
    expect(drafted.snapshot.value).toBe('planning');
    expect(drafted.snapshot.context).toMatchObject({ planStatus: 'draft', planVersion: 3 });
    expect(drafted.actions).toEqual([]);
    const approved = send(drafted.snapshot, approvePlan());
    expect(approved.snapshot.value).toBe('coordination');
    expect(approved.snapshot.context).toMatchObject({ planStatus: 'approved', planVersion: 3 });
    expect(approved.actions).toEqual([]);
  });

  it('coordination moves into follow-up and back', () => {
    const followUp = send(courseIn('coordination'), ev('FOLLOW_UP_STARTED', {})).snapshot;
    expect(followUp.value).toBe('follow_up');
    expect(send(followUp, ev('COORDINATION_RESUMED', {})).snapshot.value).toBe('coordination');
  });
});

describe('reassessment', () => {
  it.each(['coordination', 'follow_up'] as const)('starts from %s', (phase) => {
    expect(send(courseIn(phase), ev('REASSESSMENT_STARTED', {})).snapshot.value).toBe('reassessment');
  });

  it('a reassessment can reopen planning, which asks for a plan revision', () => {
    const { snapshot, actions } = send(courseIn('reassessment'), completeReassessment('planning'));
    expect(snapshot.value).toBe('planning');
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
    expect(send(redrafted, approvePlan()).snapshot.value).toBe('coordination');
  });

  it.each(['coordination', 'follow_up'] as const)('with an approved plan a reassessment can lead back to %s', (next) => {
    const { snapshot, actions } = send(courseIn('reassessment'), completeReassessment(next));
    expect(snapshot.value).toBe(next);
    expect(snapshot.context).toMatchObject({ planStatus: 'approved', lastReassessedAt: AT.REASSESSMENT_COMPLETED });
    expect(actions).toEqual([]);
  });

  // Events alone always reach reassessment with an approved plan; a stored snapshot need not have one.
  describe.each(['none', 'draft', 'revision'] as const)('with the plan %s', (planStatus) => {
    const withoutApprovedPlan = () => {
      const reassessing = courseIn('reassessment');
      return icmCourseMachine.resolveState({
        value: reassessing.value,
        context: { ...reassessing.context, planStatus },
      });
    };

    it.each(['coordination', 'follow_up'] as const)('a reassessment cannot lead to %s without an approved plan', (next) => {
      expectRefused(withoutApprovedPlan(), completeReassessment(next));
    });

    it('a reassessment can still reopen planning', () => {
      expect(send(withoutApprovedPlan(), completeReassessment('planning')).snapshot.value).toBe('planning');
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
  it.each(STAFF_CLOSURE_REASONS)('staff can close an ongoing course because %s; the case manager gets a slot back', (reason) => {
    const { snapshot, actions } = send(courseIn('follow_up'), close(reason));
    expect(snapshot.value).toBe('closed');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context).toMatchObject({ closureReason: reason, closedAt: AT.COURSE_CLOSED });
    expect(effects(actions)).toEqual([
      freeSlotOf(CASE_MANAGER_1),
      notify('course_closed', [
        { role: 'caseworker', staffId: CASEWORKER },
        { role: 'case_manager', staffId: CASE_MANAGER_1 },
      ]),
    ]);
  });

  it.each(['referral.submitted', 'visitation.waitlisted'] as const)(
    'closing a course without a case manager (%s) frees no slot, tells only the caseworker and leaves no waitlist entry',
    (phase) => {
      const { snapshot, actions } = send(courseIn(phase), close('moved_away'));
      expect(snapshot.context).toMatchObject({ closureReason: 'moved_away', caseManagerId: null, waitlist: null });
      expect(effects(actions)).toEqual([notify('course_closed', [{ role: 'caseworker', staffId: CASEWORKER }])]);
    },
  );

  describe.each(Object.keys(ROUTES) as Phase[])('in %s', (phase) => {
    it.each(REFUSED_CLOSURES)('nothing closes a course without a closure reason: %s is refused', (_, event) => {
      expectRefused(courseIn(phase), event);
    });
  });

  describe.each([
    ['rejected', () => send(courseIn('referral.submitted'), reject()).snapshot],
    ['closed by staff', () => send(courseIn('reassessment'), close('declined')).snapshot],
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
    ];
    it.each(events.map((event) => [event.type, event] as const))('a closed course accepts no event: %s', (_, event) => {
      const snapshot = closedCourse();
      expect(snapshot.status).toBe('done');
      expectRefused(snapshot, event);
    });
  });
});

describe('case notes', () => {
  it.each(Object.keys(ROUTES) as Phase[])('in %s a note asks for one notification to the staff it names', (phase) => {
    const before = courseIn(phase);
    const note = ev('NOTE_ADDED', { text: 'Met at the shelter.', notifyStaffIds: [NOTE_READER, CASE_MANAGER_2] });
    const { snapshot, actions } = send(before, note);
    expect(snapshot.value).toEqual(before.value);
    expect(snapshot.context).toEqual({ ...before.context, lastNoteAt: note.at });
    expect(effects(actions)).toEqual([
      notify('case_note', [
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
