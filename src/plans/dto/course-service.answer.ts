import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { CourseService } from '@src/plans/course-services.repository';
import { SERVICE_KINDS, SERVICE_STATUSES, type ServiceKind, type ServiceStatus } from '@src/plans/plan-vocabulary';
import { ServiceContactDto } from './draft-plan.dto';

export class CourseServiceAnswer implements CourseService {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiProperty({ enum: SERVICE_KINDS }) kind!: ServiceKind;
  @ApiProperty({ type: String, nullable: true, example: 'Misbrugscenter Nord' }) provider!: string | null;
  @ApiProperty({ type: ServiceContactDto }) contact!: ServiceContactDto;
  @ApiProperty({ enum: SERVICE_STATUSES }) status!: ServiceStatus;
  @ApiDateTime() statusChangedAt!: Date;
  @ApiDateTime() createdAt!: Date;
}

/** One move of a service's status (CourseServicesRepository.history). */
export class ServiceStatusChangeAnswer {
  @ApiProperty({ enum: SERVICE_STATUSES }) from!: ServiceStatus;
  @ApiProperty({ enum: SERVICE_STATUSES }) to!: ServiceStatus;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiUuid() changedBy!: string;
  @ApiDateTime() changedAt!: Date;
  @ApiProperty({ description: 'The course event that logged the move', example: 7 }) eventSeq!: number;
}

export class CourseServiceHistoryAnswer extends CourseServiceAnswer {
  @ApiProperty({ type: [ServiceStatusChangeAnswer], description: 'Oldest first' })
  history!: ServiceStatusChangeAnswer[];
}

/** The service after its move, with the course version the move's event produced. */
export class ChangedServiceAnswer extends CourseServiceAnswer {
  @ApiProperty({ example: 7 }) courseVersion!: number;
}
