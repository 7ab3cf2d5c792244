import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { REJECTION_ALTERNATIVES, type RejectionAlternative } from '../../../workflows/icm-course';
import { CaseloadOverride, WaitlistPlacementDto } from '../../courses/events/course-event-payloads';

export const VISITATION_DECISIONS = ['approve', 'reject', 'request_info'] as const;
export type VisitationDecision = (typeof VISITATION_DECISIONS)[number];

/** One committee member's decision on a referral; fields that do not belong to the decision are refused. */
export class VisitationDecisionDto extends CaseloadOverride {
  @ApiProperty({ enum: VISITATION_DECISIONS })
  @IsIn(VISITATION_DECISIONS)
  decision!: VisitationDecision;

  @ApiPropertyOptional({ description: 'Required for reject; recorded with an approval' })
  @ValidateIf((body: VisitationDecisionDto) => body.decision === 'reject' || body.reason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'approve: the case manager to assign' })
  @IsOptional()
  @IsUUID()
  caseManagerId?: string;

  @ApiPropertyOptional({ type: WaitlistPlacementDto, description: 'approve: where the citizen waits when no case manager has a free slot' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WaitlistPlacementDto)
  waitlist?: WaitlistPlacementDto;

  @ApiPropertyOptional({ enum: REJECTION_ALTERNATIVES, description: 'reject: the support suggested instead' })
  @ValidateIf((body: VisitationDecisionDto) => body.decision === 'reject' || body.alternative !== undefined)
  @IsIn(REJECTION_ALTERNATIVES)
  alternative?: RejectionAlternative;

  @ApiPropertyOptional({ type: [String], description: 'request_info: the questions for the caseworker' })
  @ValidateIf((body: VisitationDecisionDto) => body.decision === 'request_info' || body.questions !== undefined)
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2000, { each: true })
  questions?: string[];
}
