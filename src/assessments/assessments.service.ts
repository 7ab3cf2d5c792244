import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimerPeriods } from '@workflows/icm-course';
import type { Caller } from '@src/auth/roles';
import { CourseRuntime, type CourseTransition } from '@src/courses/course-runtime';
import type { CourseRecord } from '@src/courses/courses.repository';
import { Conflict, ValidationFailed } from '@src/problems/domain-error';
import { TIMER_PERIODS } from '@src/courses/timer-periods';
import { type Assessment, AssessmentsRepository } from './assessments.repository';
import type { RecordAssessmentDto } from './dto/record-assessment.dto';

export type RecordedAssessment = Assessment & Pick<CourseTransition, 'phase' | 'state'> & { courseVersion: number };

/**
 * The case manager's assessments of the nine domains and housing: a baseline at the start of
 * planning, and a reassessment that ends each reassessment phase (REASSESSMENT_COMPLETED), taking
 * the course to the phase the case manager chooses and starting the next reassessment period.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
    private readonly runtime: CourseRuntime,
    @Inject(TIMER_PERIODS) private readonly periods: TimerPeriods,
  ) {}

  async list(courseId: string): Promise<Assessment[]> {
    return this.assessments.listForCourse(this.dataSource.manager, courseId);
  }

  async record(
    caller: Caller,
    courseId: string,
    request: RecordAssessmentDto,
    expectedVersion?: number,
  ): Promise<RecordedAssessment> {
    if (request.kind === 'baseline' && request.nextPhase !== undefined) {
      throw new ValidationFailed([{ field: 'nextPhase', messages: ['is given with reassessments only'] }]);
    }
    let assessment: Assessment | undefined;
    const transition = await this.runtime.send(courseId, eventOf(request), caller, {
      expectedVersion,
      alongside: async (db, course) => {
        if (request.kind === 'baseline') ensureBaselineFits(course, await this.assessments.hasBaseline(db, courseId));
        assessment = await this.assessments.insert(db, {
          courseId,
          kind: request.kind,
          domains: request.domains,
          housingStatus: request.housingStatus,
          problematicUseDays: request.problematicUseDays ?? null,
          nextPhase: request.nextPhase ?? null,
          note: request.note ?? null,
          dueAt: request.kind === 'reassessment' ? this.reassessmentDue(course) : null,
          recordedBy: caller.staffId,
          eventSeq: course.version + 1,
        });
      },
    });
    return { ...assessment!, phase: transition.phase, state: transition.state, courseVersion: transition.version };
  }

  /** When this reassessment was due: the period counts from the last reassessment, or from the plan's first approval. */
  private reassessmentDue(course: CourseRecord): string | null {
    const context = course.snapshot.context as { lastReassessedAt?: string | null; planApprovedAt?: string | null };
    const anchor = context.lastReassessedAt ?? context.planApprovedAt;
    return anchor ? new Date(Date.parse(anchor) + this.periods.reassessmentInterval).toISOString() : null;
  }
}

function ensureBaselineFits(course: CourseRecord, hasBaseline: boolean): void {
  if (course.phase !== 'planning') {
    throw new Conflict(
      'baseline-not-in-planning',
      'The baseline is recorded in planning',
      `Course ${course.id} is in ${course.phase}`,
    );
  }
  if (hasBaseline)
    throw new Conflict(
      'baseline-exists',
      'The course has its baseline',
      `Course ${course.id} already has a baseline assessment`,
    );
}

/** A reassessment completes the reassessment phase; the baseline has no event of its own, so it is logged as a note. */
function eventOf(request: RecordAssessmentDto): Record<string, unknown> {
  return request.kind === 'reassessment'
    ? { type: 'REASSESSMENT_COMPLETED', nextPhase: request.nextPhase }
    : { type: 'NOTE_ADDED', text: 'Baseline assessment recorded' };
}
