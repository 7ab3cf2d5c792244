import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { STAFF_CLOSURE_REASONS, type StaffClosureReason } from '@workflows/icm-course';
import { CourseStepAnswer } from '@src/courses/dto/course-step.answer';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { ClosureProposal } from '@src/closures/closure-proposals.repository';
import type { ClosureAnswer } from '@src/closures/closures.service';

export class ClosureProposalAnswer implements ClosureProposal {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiProperty({ enum: STAFF_CLOSURE_REASONS }) reason!: StaffClosureReason;
  @ApiProperty({
    example: 'Has lived in his own flat for a year with ordinary §85 support; agrees the course can end.',
  })
  justification!: string;
  @ApiUuid() proposedBy!: string;
  @ApiDateTime() proposedAt!: Date;
  @ApiProperty({
    enum: ['approved', 'rejected'],
    nullable: true,
    description: 'Null while the team lead has not decided',
  })
  decision!: 'approved' | 'rejected' | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiUuid({ nullable: true }) decidedBy!: string | null;
  @ApiDateTime({ nullable: true }) decidedAt!: Date | null;
}

/** The proposal after the step, with where its event left the course. */
export class ClosureStepAnswer
  extends IntersectionType(ClosureProposalAnswer, CourseStepAnswer)
  implements ClosureAnswer {}
