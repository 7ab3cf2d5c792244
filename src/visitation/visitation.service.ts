import { Injectable } from '@nestjs/common';
import type { CourseEventType } from '@workflows/icm-course';
import type { Caller } from '@src/auth/roles';
import { CourseRuntime, type CourseTransition } from '@src/courses/course-runtime';
import type { VisitationDecision, VisitationDecisionDto } from './dto/visitation-decision.dto';

const EVENT_OF_DECISION: Record<VisitationDecision, CourseEventType> = {
  approve: 'VISITATION_APPROVED',
  reject: 'VISITATION_REJECTED',
  request_info: 'INFO_REQUESTED',
};

/** Turns a committee decision into the course event it stands for; the runtime does the rest. */
@Injectable()
export class VisitationService {
  constructor(private readonly runtime: CourseRuntime) {}

  decide(
    caller: Caller,
    courseId: string,
    { decision, ...fields }: VisitationDecisionDto,
    expectedVersion?: number,
  ): Promise<CourseTransition> {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    return this.runtime.send(courseId, { type: EVENT_OF_DECISION[decision], ...defined }, caller, { expectedVersion });
  }
}
