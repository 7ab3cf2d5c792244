import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimerPeriods } from '../../workflows/icm-course';
import { TIMER_PERIODS } from '../timers/timer-periods';
import type { FidelityFiltersDto } from './dto/fidelity-filters.dto';
import { FidelityReportRepository, type Keyed } from './fidelity-report.repository';
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

export type TeamFidelity = FidelityFigures & { caseManagers: number; coursesPerCaseManager: number | null; overNorm: Share; waitingNow: number };
export type CaseManagerFidelity = FidelityFigures & { name: string; teamId: string; maxCaseload: number; overNorm: boolean };

export interface FidelityReport {
  filters: { teamId: string | null; municipality: string | null };
  norm: number;
  teams: Record<string, TeamFidelity>;
  caseManagers: Record<string, CaseManagerFidelity>;
}

const keyOf = (row: Keyed) => `${row.teamId}/${row.caseManagerId ?? ''}`;
const byKey = <T extends Keyed>(rows: T[]) => new Map(rows.map((row) => [keyOf(row), row]));

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
      const open = byKey(await this.queries.openCourses(db, staff, CONTACT_WINDOW_MS, this.periods.reassessmentInterval));
      const reassessments = byKey(await this.queries.reassessments(db, staff));
      const plans = byKey(await this.queries.plans(db, staff, this.periods.planDue));
      const waits = byKey(await this.queries.waits(db, staff));
      const waiting = new Map((await this.queries.waitingNow(db, staff)).map((row) => [row.teamId, row.waiting]));

      const figuresOf = (key: string): FidelityFigures => {
        const { openCourses, contacted, overdueReassessments } = open.get(key)!;
        const reassessed = reassessments.get(key)!;
        const planned = plans.get(key)!;
        const waited = waits.get(key)!;
        return {
          openCourses,
          contactWithin14Days: share(contacted, openCourses),
          reassessmentsOnTime: share(reassessed.onTime, reassessed.onTime + reassessed.late + overdueReassessments),
          plansOnTime: share(planned.onTime, planned.onTime + planned.late),
          waitlist: { waits: waited.waits, medianDays: waited.medianDays },
        };
      };

      const caseManagers: Record<string, CaseManagerFidelity> = {};
      for (const { id, name, teamId, maxCaseload } of managers) {
        const figures = figuresOf(`${teamId}/${id}`);
        caseManagers[id] = { name, teamId, maxCaseload, ...figures, overNorm: figures.openCourses > CASELOAD_NORM };
      }
      const teams: Record<string, TeamFidelity> = {};
      for (const teamId of new Set(managers.map((manager) => manager.teamId))) {
        const members = Object.values(caseManagers).filter((manager) => manager.teamId === teamId);
        const figures = figuresOf(`${teamId}/`);
        teams[teamId] = {
          caseManagers: members.length,
          coursesPerCaseManager: Math.round((figures.openCourses / members.length) * 100) / 100,
          overNorm: share(members.filter((manager) => manager.overNorm).length, members.length),
          waitingNow: waiting.get(teamId) ?? 0,
          ...figures,
        };
      }
      return { filters: { teamId: filters.teamId ?? null, municipality: filters.municipality ?? null }, norm: CASELOAD_NORM, teams, caseManagers };
    });
  }
}
