import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CLOSURE_REASONS,
  type ClosureReason,
  OUTCOME_DOMAINS,
  type OutcomeDomain,
  PHASES,
  type Phase,
} from '@workflows/icm-course';
import { DOMAIN_RATINGS } from '@src/assessments/assessment-vocabulary';
import { AppConfig } from '@src/config/app-config';
import { ANCHORINGS, type Anchoring, INCOME_TYPES, type IncomeType } from '@src/referrals/referral-vocabulary';
import type { ReportFiltersDto } from './dto/report-filters.dto';
import {
  type CaseloadRow,
  type Counted,
  OutcomeReportRepository,
  type OutcomeSections,
} from './outcome-report.repository';
import { cohortParams } from './report-cohort';
import { inReportSnapshot } from './report-transaction';
import {
  AGE_BANDS,
  type AgeBand,
  CASELOAD_NORM,
  HOUSING_OUTCOMES,
  type HousingOutcome,
  LEGAL_GENDERS,
} from './report-vocabulary';
import { type Share, share, sharesOf } from './share';

const DEVELOPMENTS = DOMAIN_RATINGS.filter((rating) => rating !== 'not_relevant');
type Development = (typeof DEVELOPMENTS)[number];
type OpenPhase = Exclude<Phase, 'closed'>;

export interface OutcomeReport {
  filters: Required<{ [K in keyof ReportFiltersDto]: ReportFiltersDto[K] | null }>;
  citizens: number;
  courses: number;
  housing: Record<HousingOutcome, Share>;
  domains: Record<OutcomeDomain, Record<Development, Share>>;
  coursesByPhase: Record<Phase, Share>;
  coursesByClosureReason: Record<ClosureReason, Share>;
  medianDaysInPhase: Record<OpenPhase, { medianDays: number | null; spells: number }>;
  caseload: { norm: number; overNorm: Share; caseManagers: Record<string, CaseloadFigures> };
  escalations: { started: number; resolved: Share; endedByClosure: Share; running: Share };
  background: {
    gender: Record<(typeof LEGAL_GENDERS)[number], Share>;
    ageBand: Record<AgeBand, Share>;
    incomeType: Record<IncomeType, Share>;
  };
  economy: {
    firstYearCostPerCourseDkk: Record<Anchoring, number>;
    coursesStarted: Record<Anchoring, number>;
    firstYearCostDkk: number;
  };
}

export type CaseloadFigures = Omit<CaseloadRow, 'id'> & { overNorm: boolean };

const countsOf = (rows: Counted[]) => new Map(rows.map((row) => [row.key, row.count]));

/** The national evaluation's table for the filtered courses (README, "Reports" defines each figure). */
@Injectable()
export class OutcomeReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: OutcomeReportRepository,
    private readonly config: AppConfig,
  ) {}

  report(filters: ReportFiltersDto): Promise<OutcomeReport> {
    return inReportSnapshot(this.dataSource, async (db) => {
      const sections = await this.queries.sections(db, cohortParams(filters));
      const caseloads = await this.queries.caseloads(db, filters.teamId ?? null, filters.municipality ?? null);
      const [{ citizens, courses }] = sections.totals;
      const counts = (dimension: OutcomeSections['cohortCounts'][number]['dimension']) =>
        countsOf(sections.cohortCounts.filter((row) => row.dimension === dimension));
      const byPhase = counts('phase');
      return {
        filters: {
          from: filters.from ?? null,
          to: filters.to ?? null,
          teamId: filters.teamId ?? null,
          municipality: filters.municipality ?? null,
          ageGroup: filters.ageGroup ?? null,
        },
        citizens,
        courses,
        housing: housingOf(sections.housing[0]),
        domains: domainsOf(sections.domainRatings),
        coursesByPhase: sharesOf(PHASES, byPhase, courses),
        coursesByClosureReason: sharesOf(CLOSURE_REASONS, counts('closureReason'), byPhase.get('closed') ?? 0),
        medianDaysInPhase: medianDaysOf(sections.phaseSpells),
        caseload: caseloadOf(caseloads),
        escalations: escalationsOf(sections.escalations[0]),
        background: {
          gender: sharesOf(LEGAL_GENDERS, counts('gender'), courses),
          ageBand: sharesOf(AGE_BANDS, counts('ageBand'), courses),
          incomeType: sharesOf(INCOME_TYPES, counts('incomeType'), courses),
        },
        economy: this.economy(counts('startedByAnchoring')),
      };
    });
  }

  /** Every course that got a case manager costs its anchoring's first year (DOMAIN.md, "Economy"). */
  private economy(started: Map<string, number>): OutcomeReport['economy'] {
    const cost: Record<Anchoring, number> = {
      section_85_administration: this.config.FIRST_YEAR_COST_SECTION_85_ADMINISTRATION_DKK,
      section_110_shelter: this.config.FIRST_YEAR_COST_SECTION_110_SHELTER_DKK,
    };
    const coursesStarted = Object.fromEntries(
      ANCHORINGS.map((anchoring) => [anchoring, started.get(anchoring) ?? 0]),
    ) as Record<Anchoring, number>;
    const total = ANCHORINGS.reduce((sum, anchoring) => sum + coursesStarted[anchoring] * cost[anchoring], 0);
    return { firstYearCostPerCourseDkk: cost, coursesStarted, firstYearCostDkk: total };
  }
}

function housingOf({ assessed, ...counts }: OutcomeSections['housing'][0]): OutcomeReport['housing'] {
  return sharesOf(HOUSING_OUTCOMES, new Map(Object.entries(counts)), assessed);
}

/** Each domain's shares are of the courses whose latest reassessment rated it (not `not_relevant`). */
function domainsOf(rows: OutcomeSections['domainRatings']): OutcomeReport['domains'] {
  return Object.fromEntries(
    OUTCOME_DOMAINS.map((domain) => {
      const ratings = new Map(rows.filter((row) => row.domain === domain).map((row) => [row.rating, row.count]));
      const rated = DEVELOPMENTS.reduce((sum, rating) => sum + (ratings.get(rating) ?? 0), 0);
      return [domain, sharesOf(DEVELOPMENTS, ratings, rated)];
    }),
  ) as OutcomeReport['domains'];
}

function medianDaysOf(rows: OutcomeSections['phaseSpells']): OutcomeReport['medianDaysInPhase'] {
  const spells = new Map(rows.map((row) => [row.phase, row]));
  const open = PHASES.filter((phase): phase is OpenPhase => phase !== 'closed');
  return Object.fromEntries(
    open.map((phase) => [
      phase,
      { medianDays: spells.get(phase)?.medianDays ?? null, spells: spells.get(phase)?.spells ?? 0 },
    ]),
  ) as OutcomeReport['medianDaysInPhase'];
}

function escalationsOf({
  started,
  resolved,
  endedByClosure,
  running,
}: OutcomeSections['escalations'][0]): OutcomeReport['escalations'] {
  return {
    started,
    resolved: share(resolved, started),
    endedByClosure: share(endedByClosure, started),
    running: share(running, started),
  };
}

/** Caseload against the 8:1 norm; the share over it is of the case managers listed. */
function caseloadOf(rows: CaseloadRow[]): OutcomeReport['caseload'] {
  const caseManagers = Object.fromEntries(
    rows.map(({ id, ...row }) => [id, { ...row, overNorm: row.caseload > CASELOAD_NORM }]),
  );
  const over = rows.filter((row) => row.caseload > CASELOAD_NORM).length;
  return { norm: CASELOAD_NORM, overNorm: share(over, rows.length), caseManagers };
}
