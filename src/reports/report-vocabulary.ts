/** The recommended caseload: 8 citizens per case manager (DOMAIN.md). */
export const CASELOAD_NORM = 8;

/** The age groups the national evaluation reports separately, by age at referral. */
export const AGE_GROUPS = ['18-24', '25+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Age bands of the background table (DOMAIN.md: 38% aged 18-24, 51% under 30). */
export const AGE_BANDS = ['under_18', '18-24', '25-29', '30+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const LEGAL_GENDERS = ['male', 'female'] as const;

/** How a citizen's housing ended up, from the latest reassessment and the housing seen before it. */
export const HOUSING_OUTCOMES = ['gotHome', 'didNotGetHome', 'lostHomeAgain'] as const;
export type HousingOutcome = (typeof HOUSING_OUTCOMES)[number];
