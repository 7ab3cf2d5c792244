import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimerPeriods } from '@workflows/icm-course';
import { ladderStep, OUTREACH_LADDER, stepOffsetMs } from '@workflows/outreach-ladder';
import type { Caller } from '@src/auth/roles';
import type { CitizenView } from '@src/citizens/citizen-view';
import { CitizensService } from '@src/citizens/citizens.service';
import { CourseRuntime, type CourseTransition } from '@src/courses/course-runtime';
import { TIMER_PERIODS } from '@src/courses/timer-periods';
import type { AcknowledgeEscalationDto } from './dto/acknowledge-escalation.dto';
import { EscalationsRepository, type FiredStep, type LadderRow, type OutOfContact } from './escalations.repository';

export type StepStatus = 'fired' | 'due' | 'planned' | 'not_reached';

export interface LadderStepView {
  step: number;
  level: number;
  task: string;
  dueAt: string;
  status: StepStatus;
  fired: FiredStep | null;
}

export interface LadderView {
  ladder: number;
  status: 'running' | 'ended';
  startedAt: Date;
  endedAt: Date | null;
  missedAppointmentId: string | null;
  level: number;
  steps: LadderStepView[];
}

/** The outreach ladders: a course's own, and the team's citizens out of contact. */
@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly escalations: EscalationsRepository,
    private readonly runtime: CourseRuntime,
    private readonly citizens: CitizensService,
    @Inject(TIMER_PERIODS) private readonly periods: TimerPeriods,
  ) {}

  async ofCourse(courseId: string): Promise<LadderView[]> {
    const ladders = await this.escalations.laddersOf(this.dataSource.manager, courseId);
    return ladders.map((ladder) => this.view(ladder));
  }

  acknowledge(
    caller: Caller,
    courseId: string,
    request: AcknowledgeEscalationDto,
    expectedVersion?: number,
  ): Promise<CourseTransition> {
    return this.runtime.send(
      courseId,
      { type: 'ESCALATION_ACKNOWLEDGED', level: request.level, plannedAction: request.plannedAction },
      caller,
      { expectedVersion },
    );
  }

  /** Named: the team lead must know whom to look for. The access log records each citizen listed. */
  async openForTeam(
    caller: Caller,
    page: { limit: number; offset: number },
  ): Promise<(OutOfContact & { citizen: CitizenView })[]> {
    const rows = await this.escalations.openForTeamOf(this.dataSource.manager, caller.staffId, page);
    return rows.map(({ id, nameEncrypted, birthDate, legalGender, pseudonymisedAt, ...entry }) => ({
      ...entry,
      citizen: this.citizens.viewOf({ id, nameEncrypted, birthDate, legalGender, pseudonymisedAt }),
    }));
  }

  /**
   * Fired steps as recorded, the pending one with its timer's due time, and the rest of the
   * ladder's levels as planned from the configured delays (or not reached, once it ended).
   */
  private view(ladder: LadderRow): LadderView {
    const fired = ladder.steps.length;
    const shown = Math.max(OUTREACH_LADDER.levels.length, fired + (ladder.endedAt ? 0 : 1));
    const startedAt = new Date(ladder.startedAt).getTime();
    const steps = Array.from({ length: shown }, (_, index): LadderStepView => {
      const step = index + 1;
      const rung = ladderStep(OUTREACH_LADDER, step);
      const record = ladder.steps[index] ?? null;
      const isPending = !ladder.endedAt && step === fired + 1;
      const dueAt =
        isPending && ladder.pending
          ? new Date(ladder.pending.dueAt)
          : new Date(startedAt + stepOffsetMs(this.periods.escalation, step));
      const status: StepStatus = record ? 'fired' : ladder.endedAt ? 'not_reached' : isPending ? 'due' : 'planned';
      return { step, level: rung.level, task: rung.task, dueAt: dueAt.toISOString(), status, fired: record };
    });
    return {
      ladder: ladder.ladder,
      status: ladder.endedAt ? 'ended' : 'running',
      startedAt: ladder.startedAt,
      endedAt: ladder.endedAt,
      missedAppointmentId: ladder.missedAppointmentId,
      level: fired > 0 ? ladder.steps[fired - 1].level : 0,
      steps,
    };
  }
}
