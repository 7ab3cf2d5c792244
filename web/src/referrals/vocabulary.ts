/**
 * The API's closed vocabularies the forms offer, from the service's own pure definitions (no I/O,
 * no framework: bundled as they are); their Danish names are in the catalog.
 */
export { OUTCOME_DOMAINS as DOMAINS } from '@workflows/icm-course/course-vocabulary';
export { ACTION_PLAN_STATUSES, ANCHORINGS, HOUSING_SITUATIONS, INCOME_TYPES } from '@src/referrals/referral-vocabulary';

/** Kinds of other plans the form offers; the API takes any kind. */
export const OTHER_PLAN_KINDS = ['job_plan', 'treatment_plan', 'other'] as const;
/** The rule of thumb of the target group: four or more problem areas (DOMAIN.md). */
export const PROBLEM_AREA_THRESHOLD = 4;
