import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  Equals,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OUTCOME_DOMAINS, type OutcomeDomain } from '@workflows/icm-course';
import { IsCpr } from '@src/citizens/cpr';
import {
  ACTION_PLAN_STATUSES,
  type ActionPlanStatus,
  ANCHORINGS,
  type Anchoring,
  HOUSING_SITUATIONS,
  type HousingSituation,
  INCOME_TYPES,
  type IncomeType,
  LEGAL_BASES,
  type LegalBasis,
} from '@src/referrals/referral-vocabulary';

export class ReferredCitizenDto {
  @ApiProperty({ example: '010190-1235', description: 'DDMMYY-SSSS; never shown again unmasked' })
  @IsCpr()
  cpr!: string;

  @ApiProperty({ example: 'Jens Hansen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

export class OtherPlanDto {
  @ApiProperty({ example: 'job_plan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  kind!: string;

  @ApiPropertyOptional({ example: 'JC-2026-0042' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;
}

export class CreateReferralDto {
  @ApiProperty({ type: ReferredCitizenDto })
  @ValidateNested()
  @Type(() => ReferredCitizenDto)
  citizen!: ReferredCitizenDto;

  @ApiProperty({
    enum: OUTCOME_DOMAINS,
    isArray: true,
    example: ['drugs', 'mental_illness', 'economy', 'social_network'],
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(OUTCOME_DOMAINS, { each: true })
  problemAreas!: OutcomeDomain[];

  @ApiProperty({ enum: HOUSING_SITUATIONS, example: 'shelter' })
  @IsIn(HOUSING_SITUATIONS)
  housingSituation!: HousingSituation;

  @ApiPropertyOptional({ example: 'Sleeps at the shelter on Sønder Allé; day centre most afternoons' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  whereabouts?: string;

  @ApiProperty({ enum: LEGAL_BASES, example: 'SEL_85', description: 'Serviceloven §85' })
  @IsIn(LEGAL_BASES)
  legalBasis!: LegalBasis;

  @ApiProperty({ enum: ACTION_PLAN_STATUSES, example: 'in_progress', description: 'Status of the §141 action plan' })
  @IsIn(ACTION_PLAN_STATUSES)
  actionPlanStatus!: ActionPlanStatus;

  @ApiPropertyOptional({ type: [OtherPlanDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OtherPlanDto)
  otherPlans?: OtherPlanDto[];

  @ApiProperty({ enum: INCOME_TYPES, example: 'cash_benefit' })
  @IsIn(INCOME_TYPES)
  incomeType!: IncomeType;

  @ApiPropertyOptional({
    enum: ANCHORINGS,
    default: 'section_85_administration',
    example: 'section_85_administration',
    description: 'Where the ICM course is anchored: in the administration (§85) or at a §110 shelter',
  })
  @IsOptional()
  @IsIn(ANCHORINGS)
  anchoring?: Anchoring;

  @ApiProperty({ example: 'Long-term homeless, several services involved, none coordinating' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;

  @ApiProperty({ description: "The citizen's consent to the referral; must be true", example: true })
  @Equals(true, { message: 'consent must be true: a referral needs the citizen’s consent' })
  consent!: true;
}
