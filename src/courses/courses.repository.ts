import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Phase } from '@workflows/icm-course';
import {
  type CallerRelation,
  callerRelationColumns,
  relatedRoleSql,
  visitationReviewSeconds,
} from './course-facts.repository';
import { type AccessLogEntry, accessLogParams, INSERT_ACCESS_LOG } from '@src/access-log/access-log.repository';
import type { OwedRead } from '@src/access-log/owed-access-log';
import type { Role } from '@src/auth/roles';
import type { CitizenRow } from '@src/citizens/citizen-view';
import { citizenRowColumns } from '@src/citizens/citizens.repository';
import { AppConfig } from '@src/config/app-config';
import { preparedStatement } from '@src/database/prepared-statement';
import { currentRequestId } from '@src/logging/request-context';
import { MARK_OUTBOX_ROW_DONE } from '@src/outbox/outbox.repository';
import type { Standing } from './machine-stepper';

export interface CourseRecord {
  id: string;
  citizenId: string;
  machineId: string;
  machineVersion: number;
  snapshot: Standing & { context: Record<string, unknown> };
  state: string;
  phase: Phase;
  referredBy: string;
  caseManagerId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** A course read by `readLogged`: its citizen only where the read was logged, in `loggedRole`. */
export type LoggedCourseRead = CourseRecord & CallerRelation & { loggedRole: Role | null; citizen: CitizenRow | null };

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

export interface SideEffect {
  kind: string;
  payload: object;
  dueAt: string;
}

export interface LoggedEvent {
  type: string;
  payload: object;
  actorId: string | null;
  actorRoles: string[];
  occurredAt: string;
}

export type NewCourse = CourseChange & {
  citizenId: string;
  machineId: string;
  machineVersion: number;
  referredBy: string;
};

const placeholders = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) => `$${first + i}`).join(', ');

/** The eight values of a CourseChange, in the order `changeParams` gives them. */
const CHANGE_VALUES = (first: number) => placeholders(first, 8);

const changeParams = (change: CourseChange) => [
  change.snapshot,
  change.state,
  change.phase,
  change.caseManagerId,
  change.closedAt,
  change.waitlist?.teamId ?? null,
  change.waitlist?.priority ?? null,
  change.waitlist?.since ?? null,
];

/**
 * Appends the event to the log of the course written by the statement's `course` CTE (its seq is
 * the course's new version) and queues its side effects in the outbox, with the request id. The
 * outbox rows reference the event row; PostgreSQL checks that at the end of the statement.
 */
const LOG_AND_QUEUE = (first: number) => `
  logged AS (
    INSERT INTO course_events (course_id, seq, type, payload, actor_id, actor_roles, occurred_at, resulting_state, resulting_phase)
    SELECT id, version, ${placeholders(first, 5)}, state, phase FROM course RETURNING course_id, seq),
  queued AS (
    INSERT INTO outbox (course_id, event_seq, kind, payload, due_at, request_id)
    SELECT logged.course_id, logged.seq, effect.kind, effect.payload, effect.due_at, $${first + 8}::text
    FROM logged, unnest($${first + 5}::text[], $${first + 6}::jsonb[], $${first + 7}::timestamptz[]) AS effect (kind, payload, due_at))`;

const logParams = (event: LoggedEvent, effects: SideEffect[]) => [
  event.type,
  event.payload,
  event.actorId,
  event.actorRoles,
  event.occurredAt,
  effects.map((effect) => effect.kind),
  effects.map((effect) => JSON.stringify(effect.payload)),
  effects.map((effect) => effect.dueAt),
  // The request (or the job it led to) on whose behalf the event is sent: followed into the jobs.
  currentRequestId() ?? null,
];

const COURSE_COLUMNS = `
  id, citizen_id AS "citizenId", machine_id AS "machineId", machine_version AS "machineVersion",
  snapshot, state, phase, referred_by AS "referredBy", case_manager_id AS "caseManagerId", version,
  created_at AS "createdAt", updated_at AS "updatedAt", closed_at AS "closedAt"`;

/**
 * The course with the caller's relation to it, the role the read is logged in (the first of the
 * roles that relates the caller to the course) and the access-log row of that read; the citizen's
 * row only where the read was logged. Parameters: the course, the caller, VISITATION_REVIEW_PERIOD
 * in seconds, the caller's roles the route admits (in the caller's order), the method, the route.
 */
export const READ_LOGGED = preparedStatement(
  'course-read-logged',
  `WITH facts AS (
     SELECT ${COURSE_COLUMNS}, snapshot->'context'->>'closureReason' AS "closureReason",
            ${callerRelationColumns('$2', '$3')}
     FROM courses c WHERE c.id = $1),
   course AS (SELECT f.*, ${relatedRoleSql('f', '$2', '$4')} AS "loggedRole" FROM facts f),
   read AS (
     INSERT INTO access_log (staff_id, role, citizen_id, course_id, method, route)
     SELECT $2, "loggedRole", "citizenId", id, $5, $6 FROM course WHERE "loggedRole" IS NOT NULL)
   SELECT course.*, ${citizenRowColumns('z')}
   FROM course LEFT JOIN citizens z ON z.id = course."citizenId" AND course."loggedRole" IS NOT NULL`,
);

const LOCK = preparedStatement('course-lock', `SELECT ${COURSE_COLUMNS} FROM courses WHERE id = $1 FOR UPDATE`);

const LOCK_FOR_CALLER = preparedStatement(
  'course-lock-for-caller',
  `SELECT ${COURSE_COLUMNS}, ${callerRelationColumns('$2', '$3')} FROM courses c WHERE c.id = $1 FOR UPDATE OF c`,
);

const APPLY_CHANGE = preparedStatement(
  'course-apply-change',
  `WITH course AS (
     UPDATE courses SET (snapshot, state, phase, case_manager_id, closed_at, waitlist_team_id, waitlist_priority, waitlisted_at)
                      = (${CHANGE_VALUES(3)}), version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2 RETURNING id, version, state, phase),
   ${LOG_AND_QUEUE(11)},
   read AS (${INSERT_ACCESS_LOG(20)}),
   done AS (${MARK_OUTBOX_ROW_DONE(27)})
   SELECT id FROM course
   UNION ALL SELECT course_version_conflict($1, $2) WHERE NOT EXISTS (SELECT FROM course)`,
);

/** What the event's write also records: the reads it answers, and the outbox row of the job that sent it, done. */
export interface AlongTheChange {
  reads?: readonly AccessLogEntry[];
  completesOutboxRow?: string;
}

/** The SQLSTATE of `course_version_conflict` (migration CourseVersionCheck). */
export const COURSE_VERSION_CONFLICT = 'IC409';

/** Every query on courses and their event log (and the outbox rows an event writes); each runs in the caller's transaction. */
@Injectable()
export class CoursesRepository {
  private readonly reviewSeconds: number;

  constructor(config: AppConfig) {
    this.reviewSeconds = visitationReviewSeconds(config);
  }

  async find(db: EntityManager, id: string): Promise<CourseRecord | undefined> {
    const rows = await db.query(`SELECT ${COURSE_COLUMNS} FROM courses WHERE id = $1`, [id]);
    return rows[0];
  }

  /**
   * A request's read of the course in one statement and one round trip: the course with the
   * caller's relation to it, and, where the caller relates to it in a role the route admits, the
   * read's access-log row and the citizen's row. The caller decides from the facts and must find
   * the read logged in the role it would have logged it in.
   */
  async readLogged(db: EntityManager, id: string, read: OwedRead): Promise<LoggedCourseRead | undefined> {
    const { caller, allowedRoles, method, route } = read;
    const roles = caller.roles.filter((role) => allowedRoles.includes(role));
    const rows: (CourseRecord & CallerRelation & { loggedRole: Role | null } & Omit<CitizenRow, 'id'>)[] =
      await db.query(READ_LOGGED, [id, caller.staffId, this.reviewSeconds, roles, method, route]);
    if (rows.length === 0) return undefined;
    const { nameEncrypted, birthDate, legalGender, pseudonymisedAt, ...course } = rows[0];
    const citizen = course.loggedRole
      ? { id: course.citizenId, nameEncrypted, birthDate, legalGender, pseudonymisedAt }
      : null;
    return { ...course, citizen };
  }

  /** Locks the row so that events on one course are applied one at a time. */
  async lock(db: EntityManager, id: string): Promise<CourseRecord | undefined> {
    const rows = await db.query(LOCK, [id]);
    return rows[0];
  }

  /** Locks the row for an event sent by staff, with what the access rule needs to know of the sender. */
  async lockForCaller(
    db: EntityManager,
    id: string,
    staffId: string,
  ): Promise<(CourseRecord & CallerRelation) | undefined> {
    const rows = await db.query(LOCK_FOR_CALLER, [id, staffId, this.reviewSeconds]);
    return rows[0];
  }

  /** Opens a course: the row at version 1, its first event and that event's side effects. */
  async insert(db: EntityManager, course: NewCourse, event: LoggedEvent, effects: SideEffect[]): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `WITH course AS (
         INSERT INTO courses (citizen_id, machine_id, machine_version, referred_by, version,
                              snapshot, state, phase, case_manager_id, closed_at, waitlist_team_id, waitlist_priority, waitlisted_at)
         VALUES ($1, $2, $3, $4, 1, ${CHANGE_VALUES(5)}) RETURNING id, version, state, phase),
       ${LOG_AND_QUEUE(13)}
       SELECT id FROM course`,
      [
        course.citizenId,
        course.machineId,
        course.machineVersion,
        course.referredBy,
        ...changeParams(course),
        ...logParams(event, effects),
      ],
    );
    return rows[0].id;
  }

  /**
   * Applies an accepted event: the course row (optimistic on its version), the event log row
   * (seq = the new version), the side effects and the access-log rows of the sender's read, in one
   * statement and so one round trip. When the row no longer has the version the change was
   * computed from, the statement fails with COURSE_VERSION_CONFLICT, so that a COMMIT sent with it
   * rolls back instead.
   */
  async applyChange(
    db: EntityManager,
    id: string,
    fromVersion: number,
    change: CourseChange,
    event: LoggedEvent,
    effects: SideEffect[],
    { reads = [], completesOutboxRow }: AlongTheChange = {},
  ): Promise<void> {
    await db.query(APPLY_CHANGE, [
      id,
      fromVersion,
      ...changeParams(change),
      ...logParams(event, effects),
      ...accessLogParams(reads),
      completesOutboxRow ?? null,
    ]);
  }

  async listEvents(db: EntityManager, courseId: string): Promise<object[]> {
    return db.query(
      `SELECT e.seq, e.type, e.payload, e.actor_id AS "actorId", s.name AS "actorName", e.actor_roles AS "actorRoles",
              e.occurred_at AS "occurredAt", e.resulting_state AS "resultingState", e.resulting_phase AS "resultingPhase"
       FROM course_events e LEFT JOIN staff s ON s.id = e.actor_id
       WHERE e.course_id = $1 ORDER BY e.seq`,
      [courseId],
    );
  }

  async openCourseOf(db: EntityManager, citizenId: string): Promise<string | undefined> {
    const rows = await db.query(`SELECT id FROM courses WHERE citizen_id = $1 AND phase <> 'closed'`, [citizenId]);
    return rows[0]?.id;
  }
}
