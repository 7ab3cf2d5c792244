import { ApiProperty } from '@nestjs/swagger';
import { OUTCOME_DOMAINS, type OutcomeDomain } from '@workflows/icm-course';
import { MaskedCitizenAnswer } from '@src/citizens/dto/masked-citizen.answer';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { EligibilitySummary, Housing } from '@src/referrals/eligibility';
import {
  type HousingSituation,
  HOUSING_SITUATIONS,
  type LegalBasis,
  LEGAL_BASES,
} from '@src/referrals/referral-vocabulary';
import type { QueueEntry } from '@src/referrals/referrals.service';

export class EligibilityAnswer implements EligibilitySummary {
  @ApiProperty({ example: 36 }) age!: number;
  @ApiProperty() adult!: boolean;
  @ApiProperty({ description: '18-24: the youth group the national evaluation counted separately' }) youth!: boolean;
  @ApiProperty({ description: 'How many problem areas the referral names', example: 4 }) problemAreas!: number;
  @ApiProperty() meetsProblemAreaThreshold!: boolean;
  @ApiProperty({ enum: ['homeless', 'at_risk', 'housed'] }) housing!: Housing;
  @ApiProperty() homelessOrAtRisk!: boolean;
  @ApiProperty() section85Basis!: boolean;
  @ApiProperty({
    type: [String],
    description: 'The criteria the referral does not show; empty when it reads as the target group',
    example: [],
  })
  unmet!: string[];
}

/** A referral in the visitation queue, with the eligibility summary the committee reads first. */
export class QueueEntryAnswer implements QueueEntry {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiUuid() citizenId!: string;
  @ApiProperty({ example: 'referral.submitted' }) state!: string;
  @ApiUuid({ description: 'The referring caseworker' }) referredBy!: string;
  @ApiDateTime() referredAt!: Date;
  @ApiProperty({ enum: OUTCOME_DOMAINS, isArray: true }) problemAreas!: OutcomeDomain[];
  @ApiProperty({ enum: HOUSING_SITUATIONS }) housingSituation!: HousingSituation;
  @ApiProperty({ type: String, nullable: true }) whereabouts!: string | null;
  @ApiProperty({ enum: LEGAL_BASES }) legalBasis!: LegalBasis;
  @ApiProperty({ example: 'in_progress' }) actionPlanStatus!: string;
  @ApiProperty({ example: 'cash_benefit' }) incomeType!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: MaskedCitizenAnswer }) citizen!: MaskedCitizenAnswer;
  @ApiProperty({ type: EligibilityAnswer }) eligibility!: EligibilityAnswer;
}
