// The vocabulary module alone: the web app bundles this file and needs none of the machine.
import { OUTCOME_DOMAINS } from '@workflows/icm-course/course-vocabulary';
import { ACTION_PLAN_STATUSES } from '@src/referrals/referral-vocabulary';

/** A plan's goals are set per outcome domain, and for housing. */
export const GOAL_AREAS = [...OUTCOME_DOMAINS, 'housing'] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

/** The services the case manager coordinates (DOMAIN.md, "The course"). */
export const SERVICE_KINDS = [
  'treatment',
  'psychiatry',
  'somatic_health',
  'job_centre',
  'housing',
  'probation',
  'shelter',
  'transport_voucher',
  'other',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_STATUSES = ['requested', 'started', 'paused', 'ended'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Plans of others the ICM plan coordinates with: the authority's §141 action plan first. */
export const LINKED_PLAN_KINDS = ['section_141_action_plan', 'job_plan', 'treatment_plan', 'other'] as const;
export type LinkedPlanKind = (typeof LINKED_PLAN_KINDS)[number];

/** The same words the referral uses for the §141 plan's status. */
export const LINKED_PLAN_STATUSES = ACTION_PLAN_STATUSES;
export type LinkedPlanStatus = (typeof LINKED_PLAN_STATUSES)[number];
