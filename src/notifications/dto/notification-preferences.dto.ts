import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const REMINDER_DELIVERIES = ['immediate', 'daily_digest'] as const;
export type ReminderDelivery = (typeof REMINDER_DELIVERIES)[number];

export class NotificationPreferencesDto {
  @ApiProperty({
    enum: REMINDER_DELIVERIES,
    example: 'daily_digest',
    description:
      'Reminders one at a time, or together in a daily digest (at DIGEST_AT). Escalations are never held for a digest.',
  })
  @IsIn(REMINDER_DELIVERIES)
  reminderDelivery!: ReminderDelivery;
}
