/**
 * Reading a course's state value: courses started on version 1 keep its single-region shape, those
 * of version 2 run the phases beside the engagement, and both must read the same.
 */
import type { StateValue } from 'xstate';
import { courseStateName, engagementOf, phaseOf, stateName } from './course-state';
import { close, courseIn, miss, playOn, ROUTED_PHASES, schedule } from './test-support';

const V1_AND_V2: Array<[string, StateValue, StateValue, string, string, string]> = [
  // description, version 1 value, version 2 value, course state, phase, engagement (version 2)
  [
    'in the queue',
    { referral: 'submitted' },
    { course: { referral: 'submitted' }, engagement: 'engaged' },
    'referral.submitted',
    'referral',
    'engaged',
  ],
  [
    'waitlisted',
    { visitation: 'waitlisted' },
    { course: { visitation: 'waitlisted' }, engagement: 'outreach' },
    'visitation.waitlisted',
    'visitation',
    'outreach',
  ],
  [
    'in coordination',
    'coordination',
    { course: 'coordination', engagement: 'outreach' },
    'coordination',
    'coordination',
    'outreach',
  ],
  ['closed', 'closed', { course: 'closed', engagement: 'ended' }, 'closed', 'closed', 'ended'],
];

describe.each(V1_AND_V2)('a course %s', (_, v1, v2, courseState, phase, engagement) => {
  it('has the same course state and phase in both shapes', () => {
    expect(courseStateName(v1)).toBe(courseState);
    expect(courseStateName(v2)).toBe(courseState);
    expect(phaseOf(v1)).toBe(phase);
    expect(phaseOf(v2)).toBe(phase);
  });

  it('reads its engagement from version 2 and counts as engaged on version 1, which has no such region', () => {
    expect(engagementOf(v2)).toBe(engagement);
    expect(engagementOf(v1)).toBe('engaged');
  });
});

describe('stateName', () => {
  it('joins nested states with dots and parallel regions with commas', () => {
    expect(stateName('planning')).toBe('planning');
    expect(stateName({ referral: 'information_requested' })).toBe('referral.information_requested');
    expect(stateName({ course: { visitation: 'deliberating' }, engagement: 'outreach' })).toBe(
      'course.visitation.deliberating,engagement.outreach',
    );
    expect(stateName({ course: 'closed', engagement: 'ended' })).toBe('course.closed,engagement.ended');
  });
});

describe('on the machine’s own snapshots', () => {
  it.each(ROUTED_PHASES)('a course in %s reads as that state and phase, engaged, then in outreach', (route) => {
    const engaged = courseIn(route);
    const inOutreach = playOn(engaged, schedule(), miss()).snapshot;
    for (const snapshot of [engaged, inOutreach]) {
      expect(courseStateName(snapshot.value)).toBe(route);
      expect(phaseOf(snapshot.value)).toBe(route.split('.')[0]);
    }
    expect(engagementOf(engaged.value)).toBe('engaged');
    expect(engagementOf(inOutreach.value)).toBe('outreach');
  });

  it('a closed course reads as closed, its engagement ended', () => {
    const { value } = playOn(courseIn('follow_up'), schedule(), miss(), close('deceased')).snapshot;
    expect([courseStateName(value), phaseOf(value), engagementOf(value)]).toEqual(['closed', 'closed', 'ended']);
  });
});
