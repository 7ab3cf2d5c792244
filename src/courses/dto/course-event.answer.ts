import { ApiProperty } from '@nestjs/swagger';
import { COURSE_EVENT_TYPES, PHASES } from '@workflows/icm-course';
import { ApiDateTime, ApiJsonObject, ApiUuid } from '@src/openapi/answer-properties';

/** One entry of the append-only event log (CoursesRepository.listEvents). */
export class CourseEventAnswer {
  @ApiProperty({ description: 'Its number in the log: the course version it produced', example: 2 }) seq!: number;
  @ApiProperty({ enum: ['COURSE_OPENED', ...COURSE_EVENT_TYPES], example: 'VISITATION_APPROVED' }) type!: string;
  @ApiJsonObject("The event's fields besides its type") payload!: object;
  @ApiUuid({ nullable: true, description: 'Null when the service sent it (a timer)' }) actorId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The sender's name: who did it, for the timeline; null for the service",
    example: 'Mette Jensen',
  })
  actorName!: string | null;
  @ApiProperty({ type: [String], description: "The sender's roles, or ['system']", example: ['committee_member'] })
  actorRoles!: string[];
  @ApiDateTime() occurredAt!: Date;
  @ApiProperty({ example: 'planning' }) resultingState!: string;
  @ApiProperty({ enum: PHASES }) resultingPhase!: string;
}
