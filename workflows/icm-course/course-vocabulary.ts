/** The words of DOMAIN.md that the machine, the API and the reports share. */

export const OUTCOME_DOMAINS = [
  'alcohol',
  'drugs',
  'cannabis',
  'total_abuse',
  'physical_health',
  'mental_illness',
  'daily_functioning',
  'economy',
  'social_network',
] as const;
export type OutcomeDomain = (typeof OUTCOME_DOMAINS)[number];

export const PHASES = [
  'referral',
  'visitation',
  'planning',
  'coordination',
  'follow_up',
  'reassessment',
  'closed',
] as const;
export type Phase = (typeof PHASES)[number];

/** Why a course may end. Being hard to reach is deliberately not one of them. */
export const CLOSURE_REASONS = [
  'rejected_at_visitation',
  'no_longer_needed',
  'moved_away',
  'declined',
  'deceased',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Reasons staff may give when closing an ongoing course; rejection has its own event. */
export const STAFF_CLOSURE_REASONS = CLOSURE_REASONS.filter((reason) => reason !== 'rejected_at_visitation') as Exclude<
  ClosureReason,
  'rejected_at_visitation'
>[];
export type StaffClosureReason = (typeof STAFF_CLOSURE_REASONS)[number];

export const REJECTION_ALTERNATIVES = ['CTI', 'ACT', 'ordinary_section_85', 'other'] as const;
export type RejectionAlternative = (typeof REJECTION_ALTERNATIVES)[number];

/** Phases a reassessment may lead back into. */
export const REASSESSMENT_OUTCOMES = ['planning', 'coordination', 'follow_up'] as const;
export type ReassessmentOutcome = (typeof REASSESSMENT_OUTCOMES)[number];

export const PLAN_STATUSES = ['none', 'draft', 'approved', 'revision'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Waitlist priority, most urgent first; the waitlist is ordered by priority, then by approval time. */
export const WAITLIST_PRIORITIES = ['urgent', 'high', 'normal'] as const;
export type WaitlistPriority = (typeof WAITLIST_PRIORITIES)[number];

export const APPOINTMENT_KINDS = [
  'treatment',
  'psychiatry',
  'job_centre',
  'housing',
  'meeting',
  'home_visit',
  'other',
] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const CONTACT_CHANNELS = ['phone', 'sms', 'outreach_visit', 'meeting', 'via_partner'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Whether the case manager is in touch with the citizen: a parallel region of the course. */
export const ENGAGEMENT_STATES = ['engaged', 'outreach', 'ended'] as const;
export type EngagementState = (typeof ENGAGEMENT_STATES)[number];
