import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { type OutcomeDomain, REASSESSMENT_OUTCOMES, type ReassessmentOutcome } from '@workflows/icm-course';
import {
  ASSESSMENT_KINDS,
  type AssessmentKind,
  DOMAIN_RATINGS,
  type DomainRating,
  HOUSING_STATUSES,
  type HousingStatus,
} from '@src/assessments/assessment-vocabulary';

const RATING = { enum: DOMAIN_RATINGS, example: 'unchanged' };

/** Each of the nine outcome domains, rated against the previous assessment; every one must be rated. */
export class DomainRatingsDto implements Record<OutcomeDomain, DomainRating> {
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) alcohol!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) drugs!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) cannabis!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) total_abuse!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) physical_health!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) mental_illness!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) daily_functioning!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) economy!: DomainRating;
  @ApiProperty(RATING) @IsIn(DOMAIN_RATINGS) social_network!: DomainRating;
}

export class RecordAssessmentDto {
  @ApiProperty({
    enum: ASSESSMENT_KINDS,
    example: 'reassessment',
    description: 'baseline: once, in planning; reassessment: ends the reassessment phase',
  })
  @IsIn(ASSESSMENT_KINDS)
  kind!: AssessmentKind;

  @ApiProperty({ type: DomainRatingsDto })
  @ValidateNested()
  @Type(() => DomainRatingsDto)
  domains!: DomainRatingsDto;

  @ApiProperty({ enum: HOUSING_STATUSES, example: 'own_home' })
  @IsIn(HOUSING_STATUSES)
  housingStatus!: HousingStatus;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 30,
    example: 4,
    description: 'Days with problematic substance use in the last 30',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  problematicUseDays?: number;

  @ApiPropertyOptional({
    enum: REASSESSMENT_OUTCOMES,
    example: 'coordination',
    description: 'Reassessments only: the phase the course goes back to',
  })
  @ValidateIf(
    (assessment: RecordAssessmentDto) => assessment.kind === 'reassessment' || assessment.nextPhase !== undefined,
  )
  @IsIn(REASSESSMENT_OUTCOMES, { message: 'nextPhase must be planning, coordination or follow_up' })
  nextPhase?: ReassessmentOutcome;

  @ApiPropertyOptional({ example: 'Moved into his own flat in May; drinking less' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
