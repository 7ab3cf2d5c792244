import { ApiProperty } from '@nestjs/swagger';
import { PHASES } from '@workflows/icm-course';

/** Where the event written with a row (a plan version, an assessment, a closure step) left the course. */
export class CourseStepAnswer {
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ example: 'coordination' }) state!: string;
  @ApiProperty({ description: "The course's row version after the event", example: 7 }) courseVersion!: number;
}
