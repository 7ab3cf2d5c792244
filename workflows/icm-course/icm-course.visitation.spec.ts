/**
 * Referral, visitation and the case manager, in the domain's words: every guard both ways, the side
 * effects each transition asks for (by name and params), and what it records in the context.
 */
import {
  AT,
  CASE_MANAGER_1,
  CASE_MANAGER_2,
  CASEWORKER,
  CITIZEN,
  MEMBER_A,
  MEMBER_B,
  PLACEMENT,
  REFERRED_AT,
  approve,
  approveToWaitlist,
  assign,
  closedValue,
  courseIn,
  courseInput,
  effects,
  engagedIn,
  ev,
  expectRefused,
  freedSlot,
  notifyOf,
  play,
  provideInfo,
  reject,
  requestInfo,
  send,
  start,
} from './test-support';

describe('referral and visitation', () => {
  it('a new referral waits in the visitation queue and the committee is told', () => {
    const { snapshot, actions } = start(courseInput(2));
    expect(snapshot.value).toEqual(engagedIn({ referral: 'submitted' }));
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
      planApprovedAt: null,
      lastReassessedAt: null,
      lastNoteAt: null,
      appointments: [],
      lastContactAt: null,
      lastContactAttemptAt: null,
      outreach: null,
      ladders: 0,
      closureReason: null,
      closedAt: null,
    });
    expect(effects(actions)).toEqual([notifyOf('referral_in_queue', [{ role: 'committee' }])]);
  });

  it('approval that reaches quorum and names a case manager assigns the course and starts planning', () => {
    const { snapshot, actions } = send(courseIn('referral.submitted'), approve(MEMBER_A, CASE_MANAGER_1));
    expect(snapshot.value).toEqual(engagedIn('planning'));
    expect(snapshot.context).toMatchObject({
      approvals: [MEMBER_A],
      caseManagerId: CASE_MANAGER_1,
      assignedAt: AT.VISITATION_APPROVED,
    });
    expect(effects(actions)).toEqual([
      notifyOf('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_1 }]),
    ]);
  });

  it('approval that reaches quorum without a case manager puts the citizen on the named waitlist', () => {
    const { snapshot, actions } = send(courseIn('referral.submitted'), approveToWaitlist(MEMBER_A));
    expect(snapshot.value).toEqual(engagedIn({ visitation: 'waitlisted' }));
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
    expect(snapshot.value).toEqual(engagedIn('planning'));
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
    expect(snapshot.value).toEqual(engagedIn({ visitation: 'deliberating' }));
    expect(snapshot.context).toMatchObject({
      approvals: [MEMBER_A],
      caseManagerId: null,
      assignedAt: null,
      waitlist: null,
    });
    expect(actions).toEqual([]);
  });

  it('with quorum 2 a second member completes the approval and the named case manager gets the course', () => {
    const { snapshot, actions } = send(courseIn('visitation.deliberating'), approve(MEMBER_B, CASE_MANAGER_2));
    expect(snapshot.value).toEqual(engagedIn('planning'));
    expect(snapshot.context).toMatchObject({ approvals: [MEMBER_A, MEMBER_B], caseManagerId: CASE_MANAGER_2 });
    expect(effects(actions)).toEqual([
      notifyOf('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_2 }]),
    ]);
  });

  it('with quorum 3 two approvals still deliberate and the third, without a case manager, waitlists', () => {
    const two = play(courseInput(3), approve(MEMBER_A), approveToWaitlist(MEMBER_B)).snapshot;
    expect(two.value).toEqual(engagedIn({ visitation: 'deliberating' }));
    const three = send(two, approveToWaitlist('committee-member-c')).snapshot;
    expect(three.value).toEqual(engagedIn({ visitation: 'waitlisted' }));
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
    expect(snapshot.value).toEqual(engagedIn({ referral: 'information_requested' }));
    expect(snapshot.context.approvals).toEqual([]);
    expect(effects(actions)).toEqual([
      notifyOf('information_requested', [{ role: 'caseworker', staffId: CASEWORKER }]),
    ]);
  });

  it('when the information arrives the referral is back in the queue and members approve again', () => {
    const requested = send(courseIn('visitation.deliberating'), requestInfo()).snapshot;
    const { snapshot, actions } = send(requested, provideInfo());
    expect(snapshot.value).toEqual(engagedIn({ referral: 'submitted' }));
    expect(effects(actions)).toEqual([notifyOf('referral_in_queue', [{ role: 'committee' }])]);
    // The first member's earlier approval no longer counts towards quorum 2.
    expect(send(snapshot, approve(MEMBER_A, CASE_MANAGER_1)).snapshot.value).toEqual(
      engagedIn({ visitation: 'deliberating' }),
    );
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
      expect(snapshot.value).toEqual(closedValue);
      expect(snapshot.status).toBe('done');
      expect(snapshot.context).toMatchObject({
        closureReason: 'rejected_at_visitation',
        closedAt: AT.VISITATION_REJECTED,
      });
      expect(effects(actions)).toEqual([notifyOf('course_closed', [{ role: 'caseworker', staffId: CASEWORKER }])]);
    },
  );

  it.each(['visitation.waitlisted', 'planning'] as const)(
    'an approved referral (%s) can no longer be rejected',
    (phase) => {
      expectRefused(courseIn(phase), reject());
    },
  );
});

describe('assignment and handover of the case manager', () => {
  it('a case manager takes a waitlisted citizen off the waitlist into planning and is told', () => {
    const { snapshot, actions } = send(courseIn('visitation.waitlisted'), assign(CASE_MANAGER_2));
    expect(snapshot.value).toEqual(engagedIn('planning'));
    expect(snapshot.context).toMatchObject({
      caseManagerId: CASE_MANAGER_2,
      assignedAt: AT.CASE_MANAGER_ASSIGNED,
      waitlist: null,
    });
    expect(effects(actions)).toEqual([
      notifyOf('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_2 }]),
    ]);
  });

  it.each(['referral.submitted', 'visitation.deliberating'] as const)(
    'no case manager can be assigned in %s',
    (phase) => {
      expectRefused(courseIn(phase), assign(CASE_MANAGER_2));
    },
  );

  describe.each(['planning', 'coordination', 'follow_up', 'reassessment'] as const)('in %s', (phase) => {
    it('the course can be handed over to another case manager, who is told; the old one gets a slot back', () => {
      const before = courseIn(phase);
      const { snapshot, actions } = send(before, assign(CASE_MANAGER_2));
      expect(snapshot.value).toEqual(engagedIn(phase));
      expect(snapshot.context).toEqual({
        ...before.context,
        caseManagerId: CASE_MANAGER_2,
        assignedAt: AT.CASE_MANAGER_ASSIGNED,
      });
      expect(effects(actions)).toEqual([
        freedSlot(CASE_MANAGER_1),
        notifyOf('course_assigned', [{ role: 'case_manager', staffId: CASE_MANAGER_2 }]),
      ]);
    });

    it('handing the course to the case manager who already has it is refused', () => {
      expectRefused(courseIn(phase), assign(CASE_MANAGER_1));
    });
  });
});
