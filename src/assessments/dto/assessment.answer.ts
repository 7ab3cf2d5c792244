import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { REASSESSMENT_OUTCOMES, type ReassessmentOutcome } from '@workflows/icm-course';
import { CourseStepAnswer } from '@src/courses/dto/course-step.answer';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import {
  ASSESSMENT_KINDS,
  type AssessmentKind,
  HOUSING_STATUSES,
  type HousingStatus,
} from '@src/assessments/assessment-vocabulary';
import type { Assessment } from '@src/assessments/assessments.repository';
import type { RecordedAssessment } from '@src/assessments/assessments.service';
import { DomainRatingsDto } from './record-assessment.dto';

export class AssessmentAnswer implements Assessment {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiProperty({ enum: ASSESSMENT_KINDS }) kind!: AssessmentKind;
  @ApiProperty({ type: DomainRatingsDto }) domains!: DomainRatingsDto;
  @ApiProperty({ enum: HOUSING_STATUSES }) housingStatus!: HousingStatus;
  @ApiProperty({ type: Number, nullable: true, example: 12 }) problematicUseDays!: number | null;
  @ApiProperty({
    enum: REASSESSMENT_OUTCOMES,
    nullable: true,
    description: 'Reassessments: the phase the course went back to',
  })
  nextPhase!: ReassessmentOutcome | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiDateTime({ nullable: true, description: "A reassessment's due date; null for the baseline" }) dueAt!: Date | null;
  @ApiUuid() recordedBy!: string;
  @ApiDateTime() recordedAt!: Date;
}

/** The recorded assessment, with where its event left the course. */
export class RecordedAssessmentAnswer
  extends IntersectionType(AssessmentAnswer, CourseStepAnswer)
  implements RecordedAssessment {}
