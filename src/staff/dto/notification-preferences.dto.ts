import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';

export const REMINDER_DELIVERIES = ['immediate', 'daily_digest'] as const;
export type ReminderDelivery = (typeof REMINDER_DELIVERIES)[number];

/** In-app only, an e-mail each, or the e-mails of a day together. */
export const EMAIL_CHOICES = ['in_app', 'immediate', 'daily_digest'] as const;
export type EmailChoice = (typeof EMAIL_CHOICES)[number];
/** Escalations are never held for a digest. */
export const ESCALATION_EMAIL_CHOICES = ['in_app', 'immediate'] as const;

export class EmailPreferencesDto {
  @ApiProperty({
    enum: EMAIL_CHOICES,
    example: 'daily_digest',
    description: 'Reminders (due assessments, upcoming appointments ...)',
  })
  @IsIn(EMAIL_CHOICES)
  reminders!: EmailChoice;

  @ApiProperty({
    enum: ESCALATION_EMAIL_CHOICES,
    example: 'immediate',
    description: 'Escalation steps: never in a digest',
  })
  @IsIn(ESCALATION_EMAIL_CHOICES, {
    message: 'email.escalations must be in_app or immediate: escalations are never held for a digest',
  })
  escalations!: Exclude<EmailChoice, 'daily_digest'>;

  @ApiProperty({
    enum: EMAIL_CHOICES,
    example: 'in_app',
    description: 'Course notices (assigned, closed, a new note ...)',
  })
  @IsIn(EMAIL_CHOICES)
  courseNotices!: EmailChoice;
}

export class NotificationPreferencesDto {
  @ApiProperty({
    enum: REMINDER_DELIVERIES,
    example: 'daily_digest',
    description:
      'Reminders one at a time, or together in a daily digest (at DIGEST_AT). Escalations are never held for a digest.',
  })
  @IsIn(REMINDER_DELIVERIES)
  reminderDelivery!: ReminderDelivery;

  @ApiPropertyOptional({
    type: EmailPreferencesDto,
    description: 'Which kinds also reach you by e-mail, and when; left out, the current choice stays',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmailPreferencesDto)
  email?: EmailPreferencesDto;
}

export class NotificationPreferencesAnswer {
  @ApiProperty({ enum: REMINDER_DELIVERIES })
  reminderDelivery!: ReminderDelivery;

  @ApiProperty({ type: EmailPreferencesDto })
  email!: EmailPreferencesDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The address e-mails go to, from the staff directory; null: none, so no e-mail is sent',
  })
  emailAddress!: string | null;

  @ApiProperty({ description: 'Whether the service sends e-mail at all (SMTP configured)' })
  emailEnabled!: boolean;
}
