import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { ApiConflict, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { uuidParam } from '@src/problems/uuid-param';
import type { Appointment } from './appointments.repository';
import { type AppointmentAnswer, AppointmentsService } from './appointments.service';
import { APPOINTMENT_NOT_OPEN, AppointmentChangeAnswer, AppointmentRecordAnswer } from './dto/appointment.answer';
import { CancelAppointmentDto } from './dto/cancel-appointment.dto';
import { RegisterAttendanceDto } from './dto/register-attendance.dto';
import { AppointmentTimesDto, ScheduleAppointmentDto } from './dto/schedule-appointment.dto';

@ApiTags('appointments')
@ApiBearerAuth()
@Controller()
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post('courses/:id/appointments')
  @ApiOperation({
    summary:
      'Book an appointment for the citizen; it counts as missed if no attendance is registered by its end plus the grace period',
  })
  @ApiCreatedResponse({ type: AppointmentChangeAnswer })
  @ApiConflict(...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  schedule(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: ScheduleAppointmentDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<AppointmentAnswer> {
    return this.appointments.schedule(caller, id, body, expectedVersion);
  }

  @Get('courses/:id/appointments')
  @ApiOperation({ summary: "The course's appointments in time order" })
  @ApiOkResponse({ type: [AppointmentRecordAnswer] })
  list(@Param('id', uuidParam()) id: string): Promise<Appointment[]> {
    return this.appointments.list(id);
  }

  @Patch('appointments/:id')
  @ApiOperation({ summary: 'Move an open appointment to new times' })
  @ApiOkResponse({ type: AppointmentChangeAnswer })
  @ApiConflict(APPOINTMENT_NOT_OPEN, ...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  reschedule(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: AppointmentTimesDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<AppointmentAnswer> {
    return this.appointments.reschedule(caller, id, body, expectedVersion);
  }

  @Post('appointments/:id/cancellation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an open appointment' })
  @ApiOkResponse({ type: AppointmentChangeAnswer })
  @ApiConflict(APPOINTMENT_NOT_OPEN, ...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  cancel(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: CancelAppointmentDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<AppointmentAnswer> {
    return this.appointments.cancel(caller, id, body, expectedVersion);
  }

  @Post('appointments/:id/attendance')
  @HttpCode(200)
  @ApiOperation({ summary: 'Register that the citizen attended or missed; a miss starts the outreach ladder' })
  @ApiOkResponse({ type: AppointmentChangeAnswer })
  @ApiConflict(APPOINTMENT_NOT_OPEN, ...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  registerAttendance(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: RegisterAttendanceDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<AppointmentAnswer> {
    return this.appointments.registerAttendance(caller, id, body, expectedVersion);
  }
}
