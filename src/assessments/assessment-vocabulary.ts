/** How a domain developed since the previous assessment (the national evaluation's three, plus not relevant). */
export const DOMAIN_RATINGS = ['positive', 'unchanged', 'negative', 'not_relevant'] as const;
export type DomainRating = (typeof DOMAIN_RATINGS)[number];

/** Where the citizen lives at the assessment; `lost_home` is a home had during the course and lost. */
export const HOUSING_STATUSES = ['homeless', 'temporary', 'own_home', 'lost_home'] as const;
export type HousingStatus = (typeof HOUSING_STATUSES)[number];

/** The baseline at the start of planning, then a reassessment at each return from the reassessment phase. */
export const ASSESSMENT_KINDS = ['baseline', 'reassessment'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
