import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CONTACT_CHANNELS, type ContactChannel, TIMER_KINDS, type TimerKind } from '@workflows/icm-course';

/**
 * Payloads of the engagement events. The appointment, contact and escalation routes build them
 * from what they stored; the timer events come from the worker.
 */
export class TimerKeyDto {
  @IsIn(TIMER_KINDS)
  kind!: TimerKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;
}

export class AppointmentRefPayload {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  appointmentId!: string;
}

export class AppointmentTimesPayload extends AppointmentRefPayload {
  @IsISO8601({ strict: true })
  startsAt!: string;

  @IsISO8601({ strict: true })
  endsAt!: string;
}

export class AppointmentCancelledPayload extends AppointmentRefPayload {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class AppointmentMissedPayload extends AppointmentRefPayload {
  /** Set when no attendance was registered in time and the worker registered the miss. */
  @IsOptional()
  @IsBoolean()
  automatic?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => TimerKeyDto)
  timer?: TimerKeyDto;
}

export class ContactRecordedPayload {
  @IsUUID()
  contactId!: string;

  @IsISO8601({ strict: true })
  contactAt!: string;

  @IsIn(CONTACT_CHANNELS)
  channel!: ContactChannel;

  @IsBoolean()
  successful!: boolean;
}

export class EscalationStepDuePayload {
  @ValidateNested()
  @Type(() => TimerKeyDto)
  timer!: TimerKeyDto;

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  whereabouts!: string[];
}

export class EscalationAcknowledgedPayload {
  @ApiProperty({ minimum: 1, description: 'The ladder level the case manager is acting on' })
  @IsInt()
  @Min(1)
  level!: number;

  @ApiPropertyOptional({ example: 'Visiting the shelter on Vesterbrogade tomorrow morning' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  plannedAction!: string;
}

export class ReminderDuePayload {
  @ValidateNested()
  @Type(() => TimerKeyDto)
  timer!: TimerKeyDto;
}
