import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { CourseStepAnswer } from '@src/courses/dto/course-step.answer';
import { CourseTransitionAnswer } from '@src/courses/dto/course-transition.answer';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import { SERVICE_KINDS, SERVICE_STATUSES, type ServiceKind, type ServiceStatus } from '@src/plans/plan-vocabulary';
import type { DraftedPlan } from '@src/plans/plans.service';
import type { PlannedService, PlanVersion } from '@src/plans/plans.repository';
import { LinkedPlanDto, PlanGoalDto, ServiceContactDto } from './draft-plan.dto';

export class PlannedServiceAnswer implements PlannedService {
  @ApiUuid() id!: string;
  @ApiProperty({ enum: SERVICE_KINDS }) kind!: ServiceKind;
  @ApiProperty({ type: String, nullable: true, example: 'Misbrugscenter Nord' }) provider!: string | null;
  @ApiProperty({ type: ServiceContactDto }) contact!: ServiceContactDto;
  @ApiProperty({ enum: SERVICE_STATUSES, description: 'As drafted in a version; as it is now in the latest plan' })
  status!: ServiceStatus;
}

export class PlanVersionAnswer implements PlanVersion {
  @ApiUuid() courseId!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: 'I want a place of my own and to see my daughter again.' }) citizenWishes!: string;
  @ApiProperty({ type: [String], example: ['Good contact with his sister'] }) resources!: string[];
  @ApiProperty({ type: [PlanGoalDto] }) goals!: PlanGoalDto[];
  @ApiProperty({ type: [PlannedServiceAnswer] }) services!: PlannedServiceAnswer[];
  @ApiProperty({ type: [LinkedPlanDto] }) linkedPlans!: LinkedPlanDto[];
  @ApiUuid() draftedBy!: string;
  @ApiDateTime() draftedAt!: Date;
  @ApiUuid({ nullable: true }) approvedBy!: string | null;
  @ApiDateTime({ nullable: true }) approvedAt!: Date | null;
}

/** The new version, with where its PLAN_DRAFTED event left the course. */
export class DraftedPlanAnswer extends IntersectionType(PlanVersionAnswer, CourseStepAnswer) implements DraftedPlan {}

export class PlanApprovalAnswer extends CourseTransitionAnswer {
  @ApiProperty({
    type: PlanVersionAnswer,
    nullable: true,
    description: 'The approved version; null when no draft was waiting',
  })
  plan!: PlanVersionAnswer | null;
}
