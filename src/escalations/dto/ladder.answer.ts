import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { FiredStep } from '@src/escalations/escalations.repository';
import type { LadderStepView, LadderView, StepStatus } from '@src/escalations/escalations.service';

export class FiredStepAnswer implements FiredStep {
  @ApiProperty({ example: 2 }) step!: number;
  @ApiProperty({ example: 2 }) level!: number;
  @ApiDateTime() firedAt!: Date;
  @ApiProperty({
    type: [String],
    description: "The citizen's last known whereabouts when the step fired",
    example: ['Seen at the drop-in café on Istedgade'],
  })
  whereabouts!: string[];
  @ApiDateTime({ nullable: true }) acknowledgedAt!: Date | null;
  @ApiUuid({ nullable: true }) acknowledgedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Outreach visit to the shelter tomorrow at 9' })
  plannedAction!: string | null;
}

export class LadderStepAnswer implements LadderStepView {
  @ApiProperty({ example: 2 }) step!: number;
  @ApiProperty({ example: 2 }) level!: number;
  @ApiProperty({ example: 'outreach_visit' }) task!: string;
  @ApiDateTime({ description: 'When it fired, fires or would fire' }) dueAt!: string;
  @ApiProperty({ enum: ['fired', 'due', 'planned', 'not_reached'] }) status!: StepStatus;
  @ApiProperty({ type: FiredStepAnswer, nullable: true }) fired!: FiredStepAnswer | null;
}

/** One outreach ladder of a course: started by a missed appointment, ended by a successful contact. */
export class LadderAnswer implements LadderView {
  @ApiProperty({ description: "The ladder's number within the course", example: 1 }) ladder!: number;
  @ApiProperty({ enum: ['running', 'ended'] }) status!: 'running' | 'ended';
  @ApiDateTime() startedAt!: Date;
  @ApiDateTime({ nullable: true }) endedAt!: Date | null;
  @ApiUuid({ nullable: true }) missedAppointmentId!: string | null;
  @ApiProperty({ description: 'The highest level reached; 0 before the first step fires', example: 2 }) level!: number;
  @ApiProperty({ type: [LadderStepAnswer] }) steps!: LadderStepAnswer[];
}
