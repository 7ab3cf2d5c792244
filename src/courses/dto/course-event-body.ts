import { ApiProperty } from '@nestjs/swagger';
import { COURSE_EVENT_TYPES, type CourseEventType } from '@workflows/icm-course';

/**
 * Documentation of `POST /courses/:id/events`: `type` plus that event's own fields. The body is
 * validated against the payload class of its type (see the course event catalog).
 */
export class CourseEventBody {
  @ApiProperty({ enum: COURSE_EVENT_TYPES, example: 'NOTE_ADDED' })
  type!: CourseEventType;
}
