import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn } from 'class-validator';
import { REJECTION_ALTERNATIVES, type RejectionAlternative } from '@workflows/icm-course';
import { WaitlistPlacementDto } from '@src/courses/events/course-event-payloads';

export const VISITATION_DECISIONS = ['approve', 'reject', 'request_info'] as const;
export type VisitationDecision = (typeof VISITATION_DECISIONS)[number];

/**
 * One committee member's decision on a referral. Only `decision` is checked here: the other fields
 * are checked by the payload rules of the course event the decision stands for, which also refuse
 * fields that do not belong to it (questions on an approval, say), naming the field.
 */
export class VisitationDecisionDto {
  @ApiProperty({ enum: VISITATION_DECISIONS })
  @IsIn(VISITATION_DECISIONS)
  decision!: VisitationDecision;

  @ApiPropertyOptional({ description: 'Required for reject; recorded with an approval' })
  @Allow()
  reason?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'approve: the case manager to assign' })
  @Allow()
  caseManagerId?: string;

  @ApiPropertyOptional({
    type: WaitlistPlacementDto,
    description: 'approve: where the citizen waits when no case manager has a free slot',
  })
  @Allow()
  waitlist?: WaitlistPlacementDto;

  @ApiPropertyOptional({ enum: REJECTION_ALTERNATIVES, description: 'reject: the support suggested instead' })
  @Allow()
  alternative?: RejectionAlternative;

  @ApiPropertyOptional({ type: [String], description: 'request_info: the questions for the caseworker' })
  @Allow()
  questions?: string[];

  @ApiPropertyOptional({ description: 'Team lead only: why the case manager may exceed their caseload limit' })
  @Allow()
  caseloadOverrideReason?: string;
}
