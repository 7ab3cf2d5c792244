import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  REASSESSMENT_OUTCOMES,
  REJECTION_ALTERNATIVES,
  type ReassessmentOutcome,
  type RejectionAlternative,
  STAFF_CLOSURE_REASONS,
  type StaffClosureReason,
} from '../../../workflows/icm-course';

/** The fields each event type carries besides `type`; unknown fields are refused. */
export class NoPayload {}

export class InfoRequestedPayload {
  @ApiProperty({ type: [String], example: ['Which services does the citizen already receive?'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2000, { each: true })
  questions!: string[];
}

export class InfoProvidedPayload {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  answers!: string;
}

export class VisitationApprovedPayload {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseManagerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

export class VisitationRejectedPayload {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;

  @ApiProperty({ enum: REJECTION_ALTERNATIVES })
  @IsIn(REJECTION_ALTERNATIVES)
  alternative!: RejectionAlternative;
}

export class CaseManagerAssignedPayload {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseManagerId!: string;
}

export class PlanDraftedPayload {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  planVersion!: number;
}

export class ReassessmentCompletedPayload {
  @ApiProperty({ enum: REASSESSMENT_OUTCOMES })
  @IsIn(REASSESSMENT_OUTCOMES)
  nextPhase!: ReassessmentOutcome;
}

export class NoteAddedPayload {
  @ApiProperty({ example: 'Met the citizen at the shelter; agreed to visit the GP together.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  text!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Staff to notify of the note' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  notifyStaffIds?: string[];
}

export class CourseClosedPayload {
  @ApiProperty({ enum: STAFF_CLOSURE_REASONS })
  @IsIn(STAFF_CLOSURE_REASONS)
  reason!: StaffClosureReason;
}
