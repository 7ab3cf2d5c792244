import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../auth/roles';
import { CourseAccessPolicy } from '../courses/course-access-policy';
import { CourseRuntime } from '../courses/course-runtime';
import { CoursesRepository } from '../courses/courses.repository';
import { CoursesService } from '../courses/courses.service';
import { Conflict, NotFound, ValidationFailed } from '../problems/domain-error';
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
    private readonly courses: CoursesService,
    private readonly courseRows: CoursesRepository,
    private readonly access: CourseAccessPolicy,
  ) {}

  async list(caller: Caller, courseId: string): Promise<Appointment[]> {
    await this.courses.visible(caller, courseId);
    return this.appointments.listForCourse(this.dataSource.manager, courseId);
  }

  async schedule(caller: Caller, courseId: string, request: ScheduleAppointmentDto): Promise<AppointmentAnswer> {
    const times = orderedTimes(request);
    const id = randomUUID();
    let appointment: Appointment | undefined;
    const transition = await this.runtime.send(
      courseId,
      { type: 'APPOINTMENT_SCHEDULED', appointmentId: id, ...times },
      caller,
      {
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

  reschedule(caller: Caller, id: string, request: AppointmentTimesDto): Promise<AppointmentAnswer> {
    const times = orderedTimes(request);
    return this.change(caller, id, { type: 'APPOINTMENT_RESCHEDULED', ...times }, (db) => this.appointments.reschedule(db, id, times));
  }

  cancel(caller: Caller, id: string, request: CancelAppointmentDto): Promise<AppointmentAnswer> {
    const reason = request.reason === undefined ? {} : { reason: request.reason };
    return this.change(caller, id, { type: 'APPOINTMENT_CANCELLED', ...reason }, (db) => this.appointments.cancel(db, id, request.reason));
  }

  async registerAttendance(caller: Caller, id: string, request: RegisterAttendanceDto): Promise<AppointmentAnswer> {
    const appointment = await this.visibleAppointment(caller, id);
    if (appointment.startsAt.getTime() > Date.now()) {
      throw new ValidationFailed([{ field: 'attendance', messages: ['can be registered once the appointment has begun'] }]);
    }
    const type = request.attendance === 'attended' ? 'APPOINTMENT_ATTENDED' : 'APPOINTMENT_MISSED';
    return this.change(caller, id, { type }, (db) => this.appointments.registerAttendance(db, id, request.attendance, caller.staffId));
  }

  /** Sends the event with the appointment's change; an appointment no longer open refuses both. */
  private async change(
    caller: Caller,
    id: string,
    event: Record<string, unknown>,
    write: (db: EntityManager) => Promise<Appointment | undefined>,
  ): Promise<AppointmentAnswer> {
    const { courseId } = await this.visibleAppointment(caller, id);
    let changed: Appointment | undefined;
    const transition = await this.runtime.send(courseId, { ...event, appointmentId: id }, caller, {
      alongside: async (db) => {
        changed = await write(db);
        if (!changed) throw notOpen(id);
      },
    });
    return { ...changed!, courseVersion: transition.version };
  }

  /** The appointment if the caller is involved in its course; otherwise 404 for the appointment. */
  private async visibleAppointment(caller: Caller, id: string): Promise<Appointment> {
    const db = this.dataSource.manager;
    const appointment = await this.appointments.find(db, id);
    const course = appointment && (await this.courseRows.find(db, appointment.courseId));
    if (!appointment || !course || !(await this.access.isInvolved(db, caller, course))) throw new NotFound('Appointment', id);
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
  new Conflict('appointment-not-open', 'The appointment is no longer open', `Appointment ${id} is cancelled or its attendance is registered`);
