import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Attention, attentionOf, byUrgency, engagementOf, type TimerPeriods } from '@workflows/icm-course';
import type { Caller } from '@src/auth/roles';
import type { CitizenView } from '@src/citizens/citizen-view';
import { CitizensService } from '@src/citizens/citizens.service';
import { AppConfig } from '@src/config/app-config';
import { TIMER_PERIODS } from '@src/courses/timer-periods';
import { BoardRepository } from './board.repository';

export interface BoardEntry {
  courseId: string;
  citizenId: string;
  citizen: CitizenView;
  phase: string;
  state: string;
  engagement: string;
  version: number;
  lastContactAt: string | null;
  attention: Attention[];
}

/** "Mine borgere": the case manager's citizens, whoever needs attention now first. */
@Injectable()
export class BoardService {
  private readonly dayOf: (instant: string) => string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly board: BoardRepository,
    private readonly citizens: CitizensService,
    @Inject(TIMER_PERIODS) private readonly periods: TimerPeriods,
    config: AppConfig,
  ) {
    // "Today" is the municipality's day; Sweden's locale writes dates as YYYY-MM-DD.
    const days = new Intl.DateTimeFormat('sv-SE', { timeZone: config.TIME_ZONE, dateStyle: 'short' });
    this.dayOf = (instant) => days.format(new Date(instant));
  }

  async ofCaseManager(caller: Caller, now = new Date()): Promise<BoardEntry[]> {
    const rows = await this.board.openCoursesOf(this.dataSource.manager, caller.staffId);
    const entries = rows.map(({ id, nameEncrypted, birthDate, legalGender, pseudonymisedAt, ...row }): BoardEntry => ({
      courseId: row.courseId,
      citizenId: row.citizenId,
      citizen: this.citizens.viewOf({ id, nameEncrypted, birthDate, legalGender, pseudonymisedAt }),
      phase: row.phase,
      state: row.state,
      engagement: engagementOf(row.value),
      version: row.version,
      lastContactAt: row.context.lastContactAt,
      attention: attentionOf(row.context, this.periods, now, this.dayOf),
    }));
    return entries.sort(
      (a, b) => mostUrgentFirst(a.attention[0], b.attention[0]) || a.citizen.name.localeCompare(b.citizen.name, 'da'),
    );
  }
}

/** A citizen with something to attend to comes before one without. */
function mostUrgentFirst(a: Attention | undefined, b: Attention | undefined): number {
  if (a && b) return byUrgency(a, b);
  return a ? -1 : b ? 1 : 0;
}
