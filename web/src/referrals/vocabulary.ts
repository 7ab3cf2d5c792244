/** The API's closed vocabularies the forms offer; their Danish names are in the catalog. */
export const DOMAINS = [
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
export const HOUSING_SITUATIONS = [
  'street',
  'shelter',
  'institution',
  'prison',
  'hospital',
  'temporary_stay',
  'own_home',
  'other',
] as const;
export const ACTION_PLAN_STATUSES = ['exists', 'in_progress', 'none'] as const;
export const INCOME_TYPES = [
  'cash_benefit',
  'disability_pension',
  'wage',
  'sickness_benefit',
  'education_grant',
  'other',
] as const;
export const ANCHORINGS = ['section_85_administration', 'section_110_shelter'] as const;
export const OTHER_PLAN_KINDS = ['job_plan', 'treatment_plan', 'other'] as const;
/** The rule of thumb of the target group: four or more problem areas (DOMAIN.md). */
export const PROBLEM_AREA_THRESHOLD = 4;
