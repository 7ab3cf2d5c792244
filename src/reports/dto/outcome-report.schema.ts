import type { SchemaObject } from '@nestjs/swagger';
import { CLOSURE_REASONS, OUTCOME_DOMAINS, PHASES } from '@workflows/icm-course';
import { DOMAIN_RATINGS } from '@src/assessments/assessment-vocabulary';
import { INTEGER, keyedBy, mapOf, nullable, NUMBER, objectOf, TEXT } from '@src/openapi/schema-builders';
import { ANCHORINGS, INCOME_TYPES } from '@src/referrals/referral-vocabulary';
import type { CaseloadFigures, OutcomeReport } from '@src/reports/outcome-report.service';
import { AGE_BANDS, AGE_GROUPS, HOUSING_OUTCOMES, LEGAL_GENDERS } from '@src/reports/report-vocabulary';
import { SHARE } from './share.answer';

/** A domain's development: the ratings but `not_relevant`, which leaves the course out of its denominator. */
const DEVELOPMENTS = DOMAIN_RATINGS.filter((rating) => rating !== 'not_relevant');

const caseloadFigures: Record<keyof CaseloadFigures, SchemaObject> = {
  name: TEXT,
  teamId: nullable(TEXT),
  maxCaseload: INTEGER,
  caseload: { type: 'integer', description: 'Open courses today' },
  overNorm: { type: 'boolean' },
};

const sections: Record<keyof OutcomeReport, SchemaObject> = {
  filters: objectOf({
    from: nullable(TEXT),
    to: nullable(TEXT),
    teamId: nullable(TEXT),
    municipality: nullable(TEXT),
    ageGroup: nullable({ type: 'string', enum: [...AGE_GROUPS] }),
  }),
  citizens: { type: 'integer', description: 'Distinct citizens' },
  courses: { type: 'integer', description: 'Courses (a citizen referred again has two)' },
  housing: keyedBy(HOUSING_OUTCOMES, SHARE, 'Of the courses with a reassessment'),
  domains: keyedBy(
    OUTCOME_DOMAINS,
    keyedBy(DEVELOPMENTS, SHARE),
    "Each domain's development in the courses' latest reassessment that rates it",
  ),
  coursesByPhase: keyedBy(PHASES, SHARE),
  coursesByClosureReason: keyedBy(CLOSURE_REASONS, SHARE, 'Of the closed courses'),
  medianDaysInPhase: keyedBy(
    PHASES.filter((phase) => phase !== 'closed'),
    objectOf({ medianDays: nullable(NUMBER), spells: INTEGER }),
    'Finished spells in each phase',
  ),
  caseload: objectOf({
    norm: INTEGER,
    overNorm: SHARE,
    caseManagers: mapOf(objectOf(caseloadFigures), 'By case manager id'),
  }),
  escalations: objectOf(
    { started: INTEGER, resolved: SHARE, endedByClosure: SHARE, running: SHARE },
    'Outreach ladders of the cohort',
  ),
  background: objectOf({
    gender: keyedBy(LEGAL_GENDERS, SHARE),
    ageBand: keyedBy(AGE_BANDS, SHARE),
    incomeType: keyedBy(INCOME_TYPES, SHARE),
  }),
  economy: objectOf({
    firstYearCostPerCourseDkk: keyedBy(ANCHORINGS, INTEGER),
    coursesStarted: keyedBy(ANCHORINGS, INTEGER, 'Courses that got a case manager'),
    firstYearCostDkk: INTEGER,
  }),
};

/** GET /reports/outcomes as JSON (README, "Reports" defines each figure). */
export const OUTCOME_REPORT_SCHEMA = objectOf(sections);
