import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import { CourseRuntime } from '@src/courses/course-runtime';
import { Conflict, NotFound, ValidationFailed } from '@src/problems/domain-error';
import { type Appointment, AppointmentsRepository } from './appointments.repository';
import type { CancelAppointmentDto } from './dto/cancel-appointment.dto';
import type { RegisterAttendanceDto } from './dto/register-attendance.dto';
import type { AppointmentTimesDto, ScheduleAppointmentDto } from './dto/schedule-appointment.dto';

export type AppointmentAnswer = Appointment & { courseVersion: number };

/**
 * Appointments of a course. Each change is one course event, written with the appointment row in
 * one transaction; the course's timers then watch for a missing attendance and remind ahead.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appointments: AppointmentsRepository,
    private readonly runtime: CourseRuntime,
  ) {}

  async list(courseId: string): Promise<Appointment[]> {
    return this.appointments.listForCourse(this.dataSource.manager, courseId);
  }

  async schedule(
    caller: Caller,
    courseId: string,
    request: ScheduleAppointmentDto,
    expectedVersion?: number,
  ): Promise<AppointmentAnswer> {
    const times = orderedTimes(request);
    const id = randomUUID();
    let appointment: Appointment | undefined;
    const transition = await this.runtime.send(
      courseId,
      { type: 'APPOINTMENT_SCHEDULED', appointmentId: id, ...times },
      caller,
      {
        expectedVersion,
        alongside: async (db) => {
          appointment = await this.appointments.insert(db, {
            id,
            courseId,
            kind: request.kind,
            service: request.service ?? null,
            location: request.location ?? null,
            accompaniedByCaseManager: request.accompaniedByCaseManager ?? false,
            createdBy: caller.staffId,
            ...times,
          });
        },
      },
    );
    return { ...appointment!, courseVersion: transition.version };
  }

  reschedule(
    caller: Caller,
    id: string,
    request: AppointmentTimesDto,
    expectedVersion?: number,
  ): Promise<AppointmentAnswer> {
    const times = orderedTimes(request);
    return this.change(caller, id, expectedVersion, { type: 'APPOINTMENT_RESCHEDULED', ...times }, (db) =>
      this.appointments.reschedule(db, id, times),
    );
  }

  cancel(
    caller: Caller,
    id: string,
    request: CancelAppointmentDto,
    expectedVersion?: number,
  ): Promise<AppointmentAnswer> {
    const reason = request.reason === undefined ? {} : { reason: request.reason };
    return this.change(caller, id, expectedVersion, { type: 'APPOINTMENT_CANCELLED', ...reason }, (db) =>
      this.appointments.cancel(db, id, request.reason),
    );
  }

  async registerAttendance(
    caller: Caller,
    id: string,
    request: RegisterAttendanceDto,
    expectedVersion?: number,
  ): Promise<AppointmentAnswer> {
    const appointment = await this.appointmentOf(id);
    if (appointment.startsAt.getTime() > Date.now()) {
      throw new ValidationFailed([
        { field: 'attendance', messages: ['can be registered once the appointment has begun'] },
      ]);
    }
    const type = request.attendance === 'attended' ? 'APPOINTMENT_ATTENDED' : 'APPOINTMENT_MISSED';
    return this.change(caller, id, expectedVersion, { type }, (db) =>
      this.appointments.registerAttendance(db, id, request.attendance, caller.staffId),
    );
  }

  /** Sends the event with the appointment's change; an appointment no longer open refuses both. */
  private async change(
    caller: Caller,
    id: string,
    expectedVersion: number | undefined,
    event: Record<string, unknown>,
    write: (db: EntityManager) => Promise<Appointment | undefined>,
  ): Promise<AppointmentAnswer> {
    const { courseId } = await this.appointmentOf(id);
    let changed: Appointment | undefined;
    const transition = await this.runtime.send(courseId, { ...event, appointmentId: id }, caller, {
      expectedVersion,
      alongside: async (db) => {
        changed = await write(db);
        if (!changed) throw notOpen(id);
      },
    });
    return { ...changed!, courseVersion: transition.version };
  }

  private async appointmentOf(id: string): Promise<Appointment> {
    const appointment = await this.appointments.find(this.dataSource.manager, id);
    if (!appointment) throw new NotFound('Appointment', id);
    return appointment;
  }
}

/** Normalised to UTC; an appointment must end after it starts. */
function orderedTimes(request: AppointmentTimesDto): { startsAt: string; endsAt: string } {
  const startsAt = new Date(request.startsAt).toISOString();
  const endsAt = new Date(request.endsAt).toISOString();
  if (endsAt <= startsAt) throw new ValidationFailed([{ field: 'endsAt', messages: ['must be after startsAt'] }]);
  return { startsAt, endsAt };
}

const notOpen = (id: string) =>
  new Conflict(
    'appointment-not-open',
    'The appointment is no longer open',
    `Appointment ${id} is cancelled or its attendance is registered`,
  );
