import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageQueryDto } from '@src/paging/page-query.dto';

export const QUEUE_STATUSES = ['awaiting_visitation', 'information_requested', 'decided'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export class VisitationQueueQueryDto extends PageQueryDto {
  @ApiProperty({ enum: QUEUE_STATUSES })
  @IsIn(QUEUE_STATUSES)
  status!: QueueStatus;
}
