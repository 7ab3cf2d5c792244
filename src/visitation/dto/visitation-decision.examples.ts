import type { ExampleObject } from '@nestjs/swagger';

/** One decision of each kind, as a committee member sends it. */
export const VISITATION_DECISION_EXAMPLES: Record<string, ExampleObject> = {
  approve: {
    summary: 'Approve and assign a case manager',
    value: {
      decision: 'approve',
      reason: 'Meets the target group; long-term homeless',
      caseManagerId: '5b1f7c2e-8a4d-4e6b-9c3f-2d7a1e0b6c48',
    },
  },
  approveToWaitlist: {
    summary: 'Approve onto the waitlist when no case manager has a free slot',
    value: { decision: 'approve', waitlist: { teamId: 'aarhus-icm-1', priority: 'high' } },
  },
  reject: {
    summary: 'Reject, suggesting other support',
    value: { decision: 'reject', reason: 'Needs are met by ordinary §85 support', alternative: 'ordinary_section_85' },
  },
  requestInfo: {
    summary: 'Ask the caseworker first',
    value: { decision: 'request_info', questions: ['Which services does the citizen already receive?'] },
  },
};
