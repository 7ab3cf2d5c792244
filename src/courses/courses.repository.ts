import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Phase } from '../../workflows/icm-course';

export interface CourseRecord {
  id: string;
  citizenId: string;
  machineId: string;
  machineVersion: number;
  snapshot: { value: unknown; context: Record<string, unknown>; status: string };
  state: string;
  phase: Phase;
  referredBy: string;
  caseManagerId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** What one accepted event changes: the course row, one event log row and its side effects. */
export interface CourseChange {
  snapshot: object;
  state: string;
  phase: Phase;
  caseManagerId: string | null;
  closedAt: string | null;
  /** Projected from the context so that a team's waitlist is one indexed query. */
  waitlist: { teamId: string; priority: number; since: string } | null;
}

export interface LoggedEvent {
  type: string;
  payload: object;
  actorId: string | null;
  actorRoles: string[];
  occurredAt: string;
}

const COURSE_COLUMNS = `
  id, citizen_id AS "citizenId", machine_id AS "machineId", machine_version AS "machineVersion",
  snapshot, state, phase, referred_by AS "referredBy", case_manager_id AS "caseManagerId", version,
  created_at AS "createdAt", updated_at AS "updatedAt", closed_at AS "closedAt"`;

/** Every query on courses and course_events; each runs in the caller's transaction. */
@Injectable()
export class CoursesRepository {
  async find(db: EntityManager, id: string): Promise<CourseRecord | undefined> {
    const rows = await db.query(`SELECT ${COURSE_COLUMNS} FROM courses WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Locks the row so that events on one course are applied one at a time. */
  async lock(db: EntityManager, id: string): Promise<CourseRecord | undefined> {
    const rows = await db.query(`SELECT ${COURSE_COLUMNS} FROM courses WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0];
  }

  async insert(
    db: EntityManager,
    course: CourseChange & { citizenId: string; machineId: string; machineVersion: number; referredBy: string },
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO courses (citizen_id, machine_id, machine_version, snapshot, state, phase, referred_by, case_manager_id, version, closed_at,
                            waitlist_team_id, waitlist_priority, waitlisted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $11, $12) RETURNING id`,
      [
        course.citizenId,
        course.machineId,
        course.machineVersion,
        course.snapshot,
        course.state,
        course.phase,
        course.referredBy,
        course.caseManagerId,
        course.closedAt,
        course.waitlist?.teamId ?? null,
        course.waitlist?.priority ?? null,
        course.waitlist?.since ?? null,
      ],
    );
    return rows[0].id;
  }

  /** Optimistic concurrency: false when the row no longer has the version the change was computed from. */
  async update(db: EntityManager, id: string, fromVersion: number, change: CourseChange): Promise<boolean> {
    const [, affected] = await db.query(
      `UPDATE courses SET snapshot = $3, state = $4, phase = $5, case_manager_id = $6, closed_at = $7,
              waitlist_team_id = $8, waitlist_priority = $9, waitlisted_at = $10, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2`,
      [
        id,
        fromVersion,
        change.snapshot,
        change.state,
        change.phase,
        change.caseManagerId,
        change.closedAt,
        change.waitlist?.teamId ?? null,
        change.waitlist?.priority ?? null,
        change.waitlist?.since ?? null,
      ],
    );
    return affected === 1;
  }

  async appendEvent(db: EntityManager, courseId: string, seq: number, event: LoggedEvent, change: CourseChange): Promise<void> {
    await db.query(
      `INSERT INTO course_events (course_id, seq, type, payload, actor_id, actor_roles, occurred_at, resulting_state, resulting_phase)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [courseId, seq, event.type, event.payload, event.actorId, event.actorRoles, event.occurredAt, change.state, change.phase],
    );
  }

  async listEvents(db: EntityManager, courseId: string): Promise<object[]> {
    return db.query(
      `SELECT seq, type, payload, actor_id AS "actorId", actor_roles AS "actorRoles", occurred_at AS "occurredAt",
              resulting_state AS "resultingState", resulting_phase AS "resultingPhase"
       FROM course_events WHERE course_id = $1 ORDER BY seq`,
      [courseId],
    );
  }

  async openCourseOf(db: EntityManager, citizenId: string): Promise<string | undefined> {
    const rows = await db.query(`SELECT id FROM courses WHERE citizen_id = $1 AND phase <> 'closed'`, [citizenId]);
    return rows[0]?.id;
  }
}
