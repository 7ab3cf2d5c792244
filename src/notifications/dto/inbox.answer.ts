import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiJsonObject, ApiUuid } from '@src/openapi/answer-properties';
import type { Notification } from '@src/notifications/notifications.repository';

export class NotificationAnswer implements Notification {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiProperty({ example: 'outreach_escalation' }) kind!: string;
  @ApiJsonObject('What the notification says; its fields depend on the kind') payload!: object;
  @ApiDateTime() createdAt!: Date;
  @ApiDateTime({ description: 'When it reached the inbox (later for a daily digest)' }) deliverAt!: Date;
  @ApiDateTime({ nullable: true }) readAt!: Date | null;
}

export class InboxAnswer {
  @ApiProperty({ type: [NotificationAnswer] }) items!: NotificationAnswer[];
  @ApiProperty({ description: 'Unread notifications in the whole inbox', example: 2 }) unread!: number;
}
