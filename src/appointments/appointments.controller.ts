import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { uuidParam } from '../problems/uuid-param';
import type { Appointment } from './appointments.repository';
import { type AppointmentAnswer, AppointmentsService } from './appointments.service';
import { CancelAppointmentDto } from './dto/cancel-appointment.dto';
import { RegisterAttendanceDto } from './dto/register-attendance.dto';
import { AppointmentTimesDto, ScheduleAppointmentDto } from './dto/schedule-appointment.dto';

@ApiTags('appointments')
@ApiBearerAuth()
@Controller()
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post('courses/:id/appointments')
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: "Book an appointment for the citizen; it counts as missed if no attendance is registered by its end plus the grace period" })
  schedule(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: ScheduleAppointmentDto): Promise<AppointmentAnswer> {
    return this.appointments.schedule(caller, id, body);
  }

  @Get('courses/:id/appointments')
  @ApiOperation({ summary: "The course's appointments in time order" })
  list(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<Appointment[]> {
    return this.appointments.list(caller, id);
  }

  @Patch('appointments/:id')
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: 'Move an open appointment to new times' })
  reschedule(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: AppointmentTimesDto): Promise<AppointmentAnswer> {
    return this.appointments.reschedule(caller, id, body);
  }

  @Post('appointments/:id/cancellation')
  @HttpCode(200)
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: 'Cancel an open appointment' })
  cancel(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: CancelAppointmentDto): Promise<AppointmentAnswer> {
    return this.appointments.cancel(caller, id, body);
  }

  @Post('appointments/:id/attendance')
  @HttpCode(200)
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: 'Register that the citizen attended or missed; a miss starts the outreach ladder' })
  registerAttendance(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: RegisterAttendanceDto): Promise<AppointmentAnswer> {
    return this.appointments.registerAttendance(caller, id, body);
  }
}
