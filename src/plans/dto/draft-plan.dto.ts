import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  GOAL_AREAS,
  type GoalArea,
  LINKED_PLAN_KINDS,
  LINKED_PLAN_STATUSES,
  type LinkedPlanKind,
  type LinkedPlanStatus,
  SERVICE_KINDS,
  SERVICE_STATUSES,
  type ServiceKind,
  type ServiceStatus,
} from '@src/plans/plan-vocabulary';

export class PlanGoalDto {
  @ApiProperty({ enum: GOAL_AREAS, example: 'housing' })
  @IsIn(GOAL_AREAS)
  area!: GoalArea;

  @ApiProperty({ example: 'Get my own flat before winter' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  goal!: string;
}

export class ServiceContactDto {
  @ApiProperty({ example: 'Lone Madsen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: '+45 87 13 00 00' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @ApiPropertyOptional({ example: 'lone.madsen@example.dk' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
}

export class PlanServiceDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '9e4c2a7b-1d3f-4b8e-a6c5-0f2d7e9b3a14',
    description: 'A service of an earlier version, carried over (its status stays as it is)',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ enum: SERVICE_KINDS, example: 'treatment' })
  @IsIn(SERVICE_KINDS)
  kind!: ServiceKind;

  @ApiPropertyOptional({ example: 'Misbrugscenter Nord' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  provider?: string;

  @ApiProperty({ type: ServiceContactDto })
  @ValidateNested()
  @Type(() => ServiceContactDto)
  contact!: ServiceContactDto;

  @ApiPropertyOptional({
    enum: SERVICE_STATUSES,
    default: 'requested',
    example: 'requested',
    description: 'For a new service only; later changes go through its status route',
  })
  @IsOptional()
  @IsIn(SERVICE_STATUSES)
  status?: ServiceStatus;
}

export class LinkedPlanDto {
  @ApiProperty({ enum: LINKED_PLAN_KINDS, example: 'section_141_action_plan' })
  @IsIn(LINKED_PLAN_KINDS)
  kind!: LinkedPlanKind;

  @ApiPropertyOptional({ example: 'HP-2026-0117' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @ApiProperty({ enum: LINKED_PLAN_STATUSES, example: 'in_progress' })
  @IsIn(LINKED_PLAN_STATUSES)
  status!: LinkedPlanStatus;
}

/** A new version of the citizen's plan: it starts from the citizen's own wishes, in their words. */
export class DraftPlanDto {
  @ApiProperty({ example: 'I want a place of my own and to see my daughter again.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  citizenWishes!: string;

  @ApiProperty({ type: [String], example: ['Good contact with his sister', 'Cooks well'] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  resources!: string[];

  @ApiProperty({ type: [PlanGoalDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalDto)
  goals!: PlanGoalDto[];

  @ApiProperty({ type: [PlanServiceDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PlanServiceDto)
  services!: PlanServiceDto[];

  @ApiProperty({ type: [LinkedPlanDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LinkedPlanDto)
  linkedPlans!: LinkedPlanDto[];
}
