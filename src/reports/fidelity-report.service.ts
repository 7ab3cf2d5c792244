import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimerPeriods } from '@workflows/icm-course';
import { TIMER_PERIODS } from '@src/courses/timer-periods';
import type { FidelityFiltersDto } from './dto/fidelity-filters.dto';
import {
  FidelityReportRepository,
  type Keyed,
  type OnTimeCounts,
  type OpenCourseCounts,
  type WaitCounts,
} from './fidelity-report.repository';
import { inReportSnapshot } from './report-transaction';
import { CASELOAD_NORM } from './report-vocabulary';
import { type Share, share } from './share';

/** The window for "a successful contact lately". */
const CONTACT_WINDOW_MS = 14 * 86_400_000;

export interface FidelityFigures {
  openCourses: number;
  contactWithin14Days: Share;
  reassessmentsOnTime: Share;
  plansOnTime: Share;
  waitlist: { waits: number; medianDays: number | null };
}

export type TeamFidelity = FidelityFigures & {
  caseManagers: number;
  coursesPerCaseManager: number;
  overNorm: Share;
  waitingNow: number;
};
export type CaseManagerFidelity = FidelityFigures & {
  name: string;
  teamId: string;
  maxCaseload: number;
  overNorm: boolean;
};

export interface FidelityReport {
  filters: { teamId: string | null; municipality: string | null };
  norm: number;
  teams: Record<string, TeamFidelity>;
  caseManagers: Record<string, CaseManagerFidelity>;
}

const keyOf = (row: Keyed) => `${row.teamId}/${row.caseManagerId ?? ''}`;
const byKey = <T extends Keyed>(rows: T[]) => new Map(rows.map((row) => [keyOf(row), row]));

/** Each measure's rows by team (`<team>/`) and case manager (`<team>/<id>`). */
interface MeasureRows {
  open: Map<string, OpenCourseCounts>;
  reassessments: Map<string, OnTimeCounts>;
  plans: Map<string, OnTimeCounts>;
  waits: Map<string, WaitCounts>;
}

/** ICM fidelity per team and per case manager (README, "Reports" defines each figure). */
@Injectable()
export class FidelityReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: FidelityReportRepository,
    @Inject(TIMER_PERIODS) private readonly periods: TimerPeriods,
  ) {}

  report(filters: FidelityFiltersDto): Promise<FidelityReport> {
    return inReportSnapshot(this.dataSource, async (db) => {
      const staff = [filters.teamId ?? null, filters.municipality ?? null];
      const managers = await this.queries.caseManagers(db, staff);
      const rows: MeasureRows = {
        open: byKey(await this.queries.openCourses(db, staff, CONTACT_WINDOW_MS, this.periods.reassessmentInterval)),
        reassessments: byKey(await this.queries.reassessments(db, staff)),
        plans: byKey(await this.queries.plans(db, staff, this.periods.planDue)),
        waits: byKey(await this.queries.waits(db, staff)),
      };
      const waiting = new Map((await this.queries.waitingNow(db, staff)).map((row) => [row.teamId, row.waiting]));
      const caseManagers = Object.fromEntries(
        managers.map(({ id, name, teamId, maxCaseload }) => {
          const figures = figuresOf(rows, `${teamId}/${id}`);
          return [id, { name, teamId, maxCaseload, ...figures, overNorm: figures.openCourses > CASELOAD_NORM }];
        }),
      );
      return {
        filters: { teamId: filters.teamId ?? null, municipality: filters.municipality ?? null },
        norm: CASELOAD_NORM,
        teams: teamsOf(Object.values(caseManagers), rows, waiting),
        caseManagers,
      };
    });
  }
}

function figuresOf(rows: MeasureRows, key: string): FidelityFigures {
  const { openCourses, contacted, overdueReassessments } = rows.open.get(key)!;
  const reassessed = rows.reassessments.get(key)!;
  const planned = rows.plans.get(key)!;
  const { waits, medianDays } = rows.waits.get(key)!;
  return {
    openCourses,
    contactWithin14Days: share(contacted, openCourses),
    reassessmentsOnTime: share(reassessed.onTime, reassessed.onTime + reassessed.late + overdueReassessments),
    plansOnTime: share(planned.onTime, planned.onTime + planned.late),
    waitlist: { waits, medianDays },
  };
}

/** A team's own figures, with its case managers counted against the norm. */
function teamsOf(
  caseManagers: CaseManagerFidelity[],
  rows: MeasureRows,
  waiting: Map<string, number>,
): Record<string, TeamFidelity> {
  const membersOf = new Map<string, CaseManagerFidelity[]>();
  for (const manager of caseManagers) {
    const members = membersOf.get(manager.teamId) ?? [];
    members.push(manager);
    membersOf.set(manager.teamId, members);
  }
  return Object.fromEntries(
    [...membersOf].map(([teamId, members]) => {
      const figures = figuresOf(rows, `${teamId}/`);
      return [
        teamId,
        {
          caseManagers: members.length,
          coursesPerCaseManager: Math.round((figures.openCourses / members.length) * 100) / 100,
          overNorm: share(members.filter((manager) => manager.overNorm).length, members.length),
          waitingNow: waiting.get(teamId) ?? 0,
          ...figures,
        },
      ];
    }),
  );
}
