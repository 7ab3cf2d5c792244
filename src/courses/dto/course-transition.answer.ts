import { ApiProperty } from '@nestjs/swagger';
import { PHASES } from '@workflows/icm-course';
import { ApiUuid } from '@src/openapi/answer-properties';
import type { CourseTransition } from '@src/courses/course-runtime';

/** Where an accepted event left the course. */
export class CourseTransitionAnswer implements CourseTransition {
  @ApiUuid() courseId!: string;
  @ApiProperty({ description: "The event's number in the course's log", example: 3 }) seq!: number;
  @ApiProperty({ example: 'NOTE_ADDED' }) type!: string;
  @ApiProperty({ example: 'planning' }) state!: string;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ enum: ['engaged', 'outreach', 'ended'], description: '`outreach` while an escalation ladder runs' })
  engagement!: string;
  @ApiProperty({ description: "The course's row version now (its ETag)", example: 3 }) version!: number;
  @ApiProperty({
    type: [String],
    description: 'The events the course takes now',
    example: ['PLAN_DRAFTED', 'NOTE_ADDED'],
  })
  allowedEvents!: string[];
}
