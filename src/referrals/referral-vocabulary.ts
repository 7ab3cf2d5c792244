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
export type HousingSituation = (typeof HOUSING_SITUATIONS)[number];

export const LEGAL_BASES = ['SEL_85'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const ACTION_PLAN_STATUSES = ['exists', 'in_progress', 'none'] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

export const INCOME_TYPES = [
  'cash_benefit',
  'disability_pension',
  'wage',
  'sickness_benefit',
  'education_grant',
  'other',
] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

/** Where the municipality anchors the ICM course; the first year's cost differs (DOMAIN.md, "Economy"). */
export const ANCHORINGS = ['section_85_administration', 'section_110_shelter'] as const;
export type Anchoring = (typeof ANCHORINGS)[number];
