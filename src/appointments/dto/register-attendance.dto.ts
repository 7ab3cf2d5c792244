import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const ATTENDANCE = ['attended', 'missed'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export class RegisterAttendanceDto {
  @ApiProperty({ enum: ATTENDANCE, example: 'attended' })
  @IsIn(ATTENDANCE)
  attendance!: Attendance;
}
