import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@src/database/changed-rows';
import type { ServiceContactDto } from './dto/draft-plan.dto';
import type { ServiceKind, ServiceStatus } from './plan-vocabulary';

export interface CourseService {
  id: string;
  courseId: string;
  kind: ServiceKind;
  provider: string | null;
  contact: ServiceContactDto;
  status: ServiceStatus;
  statusChangedAt: Date;
  createdAt: Date;
}

export type ServiceDescription = Pick<CourseService, 'kind' | 'provider' | 'contact'>;

export interface StatusChange {
  serviceId: string;
  courseId: string;
  from: ServiceStatus;
  to: ServiceStatus;
  note: string | null;
  changedBy: string;
  eventSeq: number;
}

const COLUMNS = `id, course_id AS "courseId", kind, provider, contact, status, status_changed_at AS "statusChangedAt", created_at AS "createdAt"`;

/** The services a course coordinates and the history of their statuses. */
@Injectable()
export class CourseServicesRepository {
  async insert(
    db: EntityManager,
    service: ServiceDescription & { id: string; courseId: string; status: ServiceStatus },
  ): Promise<CourseService> {
    const [row] = await db.query(
      `INSERT INTO course_services (id, course_id, kind, provider, contact, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [service.id, service.courseId, service.kind, service.provider, JSON.stringify(service.contact), service.status],
    );
    return row;
  }

  /** A new plan version may describe a service anew (another provider, a new contact); its status stays. */
  async updateDescription(
    db: EntityManager,
    courseId: string,
    id: string,
    description: ServiceDescription,
  ): Promise<CourseService | undefined> {
    const rows = await returnedRows<CourseService>(
      db,
      `UPDATE course_services SET kind = $3, provider = $4, contact = $5 WHERE id = $2 AND course_id = $1 RETURNING ${COLUMNS}`,
      [courseId, id, description.kind, description.provider, JSON.stringify(description.contact)],
    );
    return rows[0];
  }

  async find(db: EntityManager, courseId: string, id: string): Promise<CourseService | undefined> {
    const rows = await db.query(`SELECT ${COLUMNS} FROM course_services WHERE course_id = $1 AND id = $2`, [
      courseId,
      id,
    ]);
    return rows[0];
  }

  async listForCourse(db: EntityManager, courseId: string): Promise<CourseService[]> {
    return db.query(`SELECT ${COLUMNS} FROM course_services WHERE course_id = $1 ORDER BY created_at, id`, [courseId]);
  }

  /** Moves the status and keeps the move in the history; the caller holds the course's lock. */
  async changeStatus(db: EntityManager, change: StatusChange): Promise<CourseService> {
    const [row] = await returnedRows<CourseService>(
      db,
      `UPDATE course_services SET status = $3, status_changed_at = now() WHERE course_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [change.courseId, change.serviceId, change.to],
    );
    await db.query(
      `INSERT INTO service_status_changes (service_id, course_id, from_status, to_status, note, changed_by, event_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [change.serviceId, change.courseId, change.from, change.to, change.note, change.changedBy, change.eventSeq],
    );
    return row;
  }

  async history(db: EntityManager, courseId: string, id: string): Promise<object[]> {
    return db.query(
      `SELECT from_status AS "from", to_status AS "to", note, changed_by AS "changedBy", changed_at AS "changedAt", event_seq AS "eventSeq"
       FROM service_status_changes WHERE course_id = $1 AND service_id = $2 ORDER BY changed_at, event_seq`,
      [courseId, id],
    );
  }
}
