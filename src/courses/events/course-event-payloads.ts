import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  ValidateNested,
} from 'class-validator';
import {
  REASSESSMENT_OUTCOMES,
  REJECTION_ALTERNATIVES,
  type ReassessmentOutcome,
  type RejectionAlternative,
  STAFF_CLOSURE_REASONS,
  type StaffClosureReason,
  WAITLIST_PRIORITIES,
  type WaitlistPriority,
} from '@workflows/icm-course';

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

export class WaitlistPlacementDto {
  @ApiProperty({ example: 'aarhus-icm-1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  teamId!: string;

  @ApiProperty({ enum: WAITLIST_PRIORITIES })
  @IsIn(WAITLIST_PRIORITIES)
  priority!: WaitlistPriority;
}

/** Only a team lead may give one; it lets an assignment exceed the caseload limit and is logged. */
export class CaseloadOverride {
  @ApiPropertyOptional({ description: 'Team lead only: why the case manager may exceed their caseload limit' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  caseloadOverrideReason?: string;
}

export class VisitationApprovedPayload extends CaseloadOverride {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The case manager to assign; without one, give a waitlist placement',
  })
  @IsOptional()
  @IsUUID()
  caseManagerId?: string;

  @ApiPropertyOptional({
    type: WaitlistPlacementDto,
    description: 'Where the citizen waits when no case manager has a free slot',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WaitlistPlacementDto)
  waitlist?: WaitlistPlacementDto;

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

export class CaseManagerAssignedPayload extends CaseloadOverride {
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
