import type { RejectionAlternative, WaitlistPlacement } from '@workflows/icm-course';
import type { ReferralBody } from './referral-body';

/**
 * The phase of workflows/icm-course a test's course is built in, and what reaching it takes:
 * `referral`, submitted before the committee; `visitation`, approved onto a team's waitlist;
 * `planning`, approved with the case manager assigned; `coordination`, its plan drafted and
 * approved; `closed`, rejected at visitation.
 */
export type CourseStart = { referral?: Partial<ReferralBody> } & (
  | { phase: 'referral' | 'planning' | 'coordination' }
  | { phase: 'visitation'; waitlist: WaitlistPlacement }
  | { phase: 'closed'; rejection: { reason: string; alternative: RejectionAlternative } }
);
