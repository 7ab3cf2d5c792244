import type { SchemaObject } from '@nestjs/swagger';
import { INTEGER, mapOf, nullable, NUMBER, objectOf, TEXT } from '@src/openapi/schema-builders';
import type {
  CaseManagerFidelity,
  FidelityFigures,
  FidelityReport,
  TeamFidelity,
} from '@src/reports/fidelity-report.service';
import { SHARE } from './share.answer';

const figures: Record<keyof FidelityFigures, SchemaObject | typeof SHARE> = {
  openCourses: INTEGER,
  contactWithin14Days: SHARE,
  reassessmentsOnTime: SHARE,
  plansOnTime: SHARE,
  waitlist: objectOf({ waits: INTEGER, medianDays: nullable(NUMBER) }),
};

const team: Record<keyof TeamFidelity, SchemaObject | typeof SHARE> = {
  ...figures,
  caseManagers: INTEGER,
  coursesPerCaseManager: NUMBER,
  overNorm: SHARE,
  waitingNow: INTEGER,
};

const caseManager: Record<keyof CaseManagerFidelity, SchemaObject | typeof SHARE> = {
  ...figures,
  name: TEXT,
  teamId: TEXT,
  maxCaseload: INTEGER,
  overNorm: { type: 'boolean' },
};

const sections: Record<keyof FidelityReport, SchemaObject> = {
  filters: objectOf({ teamId: nullable(TEXT), municipality: nullable(TEXT) }),
  norm: { type: 'integer', description: 'Open courses per case manager', example: 8 },
  teams: mapOf(objectOf(team), 'By team id'),
  caseManagers: mapOf(objectOf(caseManager), 'By case manager id'),
};

/** GET /reports/fidelity as JSON (README, "Reports" defines each figure). */
export const FIDELITY_REPORT_SCHEMA = objectOf(sections);
