import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { APPOINTMENT_KINDS, type AppointmentKind } from '@workflows/icm-course';

export class AppointmentTimesDto {
  @ApiProperty({ example: '2026-12-01T09:00:00+01:00' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiProperty({ example: '2026-12-01T10:00:00+01:00', description: 'After startsAt' })
  @IsISO8601({ strict: true })
  endsAt!: string;
}

export class ScheduleAppointmentDto extends AppointmentTimesDto {
  @ApiProperty({ enum: APPOINTMENT_KINDS, example: 'treatment' })
  @IsIn(APPOINTMENT_KINDS)
  kind!: AppointmentKind;

  @ApiPropertyOptional({ example: 'Misbrugscenter Nord' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  service?: string;

  @ApiPropertyOptional({ example: 'Vestergade 12' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string;

  @ApiPropertyOptional({ default: false, example: true, description: 'The case manager goes with the citizen' })
  @IsOptional()
  @IsBoolean()
  accompaniedByCaseManager?: boolean;
}
