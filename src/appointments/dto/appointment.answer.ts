import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_KINDS, type AppointmentKind } from '@workflows/icm-course';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { Appointment } from '@src/appointments/appointments.repository';
import type { AppointmentAnswer } from '@src/appointments/appointments.service';
import { ATTENDANCE, type Attendance } from './register-attendance.dto';

export class AppointmentRecordAnswer implements Appointment {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiProperty({ enum: APPOINTMENT_KINDS }) kind!: AppointmentKind;
  @ApiProperty({ type: String, nullable: true, example: 'Misbrugscenter Nord' }) service!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Vestergade 12' }) location!: string | null;
  @ApiDateTime() startsAt!: Date;
  @ApiDateTime() endsAt!: Date;
  @ApiProperty() accompaniedByCaseManager!: boolean;
  @ApiDateTime({ nullable: true }) cancelledAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ enum: ATTENDANCE, nullable: true }) attendance!: Attendance | null;
  @ApiDateTime({ nullable: true }) attendanceRegisteredAt!: Date | null;
  @ApiUuid({
    nullable: true,
    description: 'Null when nobody registered attendance in time and the service registered the miss',
  })
  attendanceRegisteredBy!: string | null;
  @ApiUuid() createdBy!: string;
  @ApiDateTime() createdAt!: Date;
}

/** The appointment after a change, with the course version the change's event produced. */
export class AppointmentChangeAnswer extends AppointmentRecordAnswer implements AppointmentAnswer {
  @ApiProperty({ example: 5 }) courseVersion!: number;
}

/** The 409 of a change to an appointment that is no longer open. */
export const APPOINTMENT_NOT_OPEN =
  '`appointment-not-open`: the appointment is cancelled or its attendance is registered.';
