import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@src/database/changed-rows';
import type { AppointmentKind } from '@workflows/icm-course';
import type { Attendance } from './dto/register-attendance.dto';

export interface Appointment {
  id: string;
  courseId: string;
  kind: AppointmentKind;
  service: string | null;
  location: string | null;
  startsAt: Date;
  endsAt: Date;
  accompaniedByCaseManager: boolean;
  cancelledAt: Date | null;
  cancelReason: string | null;
  attendance: Attendance | null;
  attendanceRegisteredAt: Date | null;
  /** Null when nobody registered attendance in time and the service registered the miss. */
  attendanceRegisteredBy: string | null;
  createdBy: string;
  createdAt: Date;
}

export type NewAppointment = Pick<
  Appointment,
  'id' | 'courseId' | 'kind' | 'service' | 'location' | 'accompaniedByCaseManager' | 'createdBy'
> & {
  startsAt: string;
  endsAt: string;
};

const COLUMNS = `id, course_id AS "courseId", kind, service, location, starts_at AS "startsAt", ends_at AS "endsAt",
  accompanied_by_case_manager AS "accompaniedByCaseManager", cancelled_at AS "cancelledAt", cancel_reason AS "cancelReason",
  attendance, attendance_registered_at AS "attendanceRegisteredAt", attendance_registered_by AS "attendanceRegisteredBy",
  created_by AS "createdBy", created_at AS "createdAt"`;

/** Appointments; every change runs in the transaction of the course event that records it. */
@Injectable()
export class AppointmentsRepository {
  async insert(db: EntityManager, appointment: NewAppointment): Promise<Appointment> {
    const [row] = await db.query(
      `INSERT INTO appointments (id, course_id, kind, service, location, starts_at, ends_at, accompanied_by_case_manager, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        appointment.id,
        appointment.courseId,
        appointment.kind,
        appointment.service,
        appointment.location,
        appointment.startsAt,
        appointment.endsAt,
        appointment.accompaniedByCaseManager,
        appointment.createdBy,
      ],
    );
    return row;
  }

  async find(db: EntityManager, id: string): Promise<Appointment | undefined> {
    const rows = await db.query(`SELECT ${COLUMNS} FROM appointments WHERE id = $1`, [id]);
    return rows[0];
  }

  async listForCourse(db: EntityManager, courseId: string): Promise<Appointment[]> {
    return db.query(`SELECT ${COLUMNS} FROM appointments WHERE course_id = $1 ORDER BY starts_at`, [courseId]);
  }

  /** Changes an open appointment (not cancelled, attendance not registered); undefined when it is not open. */
  async reschedule(
    db: EntityManager,
    id: string,
    times: { startsAt: string; endsAt: string },
  ): Promise<Appointment | undefined> {
    const rows = await returnedRows<Appointment>(
      db,
      `UPDATE appointments SET starts_at = $2, ends_at = $3, sequence = sequence + 1
       WHERE id = $1 AND cancelled_at IS NULL AND attendance IS NULL RETURNING ${COLUMNS}`,
      [id, times.startsAt, times.endsAt],
    );
    return rows[0];
  }

  async cancel(db: EntityManager, id: string, reason: string | undefined): Promise<Appointment | undefined> {
    const rows = await returnedRows<Appointment>(
      db,
      `UPDATE appointments SET cancelled_at = now(), cancel_reason = $2, sequence = sequence + 1
       WHERE id = $1 AND cancelled_at IS NULL AND attendance IS NULL RETURNING ${COLUMNS}`,
      [id, reason ?? null],
    );
    return rows[0];
  }

  /** Registers attendance once; `registeredBy` is null when the service registers a miss itself. */
  async registerAttendance(
    db: EntityManager,
    id: string,
    attendance: Attendance,
    registeredBy: string | null,
  ): Promise<Appointment | undefined> {
    const rows = await returnedRows<Appointment>(
      db,
      `UPDATE appointments SET attendance = $2, attendance_registered_at = now(), attendance_registered_by = $3
       WHERE id = $1 AND cancelled_at IS NULL AND attendance IS NULL RETURNING ${COLUMNS}`,
      [id, attendance, registeredBy],
    );
    return rows[0];
  }
}
