import { ApiProperty } from '@nestjs/swagger';
import { CLOSURE_REASONS, PHASES } from '@workflows/icm-course';
import { CitizenAnswer } from '@src/citizens/dto/citizen.answer';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { CourseView } from '@src/courses/courses.service';

export class CourseAnswer implements CourseView {
  @ApiUuid() id!: string;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ example: 'planning' }) state!: string;
  @ApiProperty({ enum: ['engaged', 'outreach', 'ended'], description: '`outreach` while an escalation ladder runs' })
  engagement!: string;
  @ApiUuid({ nullable: true }) caseManagerId!: string | null;
  @ApiUuid({ description: 'The referring caseworker' }) referredBy!: string;
  @ApiProperty({ example: 'icm-course' }) machineId!: string;
  @ApiProperty({ description: 'The machine version the course started on and keeps', example: 2 })
  machineVersion!: number;
  @ApiProperty({ description: 'The row version, also sent as the ETag; send it back in If-Match', example: 3 })
  version!: number;
  @ApiProperty({
    type: [String],
    description: 'The events the course takes now',
    example: ['PLAN_DRAFTED', 'NOTE_ADDED'],
  })
  allowedEvents!: string[];
  @ApiProperty({ enum: CLOSURE_REASONS, nullable: true }) closureReason!: string | null;
  @ApiDateTime() createdAt!: Date;
  @ApiDateTime() updatedAt!: Date;
  @ApiDateTime({ nullable: true }) closedAt!: Date | null;
  @ApiProperty({ type: CitizenAnswer }) citizen!: CitizenAnswer;
}

/** The header of the answers that carry the course's version. */
export const COURSE_ETAG = {
  ETag: {
    description: 'The course version, quoted; send it back in If-Match',
    schema: { type: 'string', example: '"3"' },
  },
};
