import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import {
  type CourseContext,
  type CourseEventType,
  courseStateName,
  engagementOf,
  phaseOf,
  type TimerKey,
  WAITLIST_PRIORITIES,
} from '@workflows/icm-course';
import { type Caller, hasAnyRole } from '@src/auth/roles';
import { CourseEventMetrics } from '@src/metrics/course-event-metrics';
import { OutboxSignal } from '@src/outbox/outbox-signal';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '@src/problems/domain-error';
import { validatePlain } from '@src/problems/validation';
import { commitWithNextStatement } from '@src/database/transaction-pipeline';
import { giveBackOwedAccessLog, takeOwedAccessLog } from '@src/access-log/owed-access-log';
import { CaseloadLimit } from './caseload-limit';
import { factsOf } from './course-facts.repository';
import { courseAccess } from '@src/auth/course-relation';
import { CourseMachineRegistry, type RegisteredMachine } from './course-machine-registry';
import { COURSE_EVENT_CATALOG, isCourseEventType } from './events/course-event-catalog';
import {
  type AlongTheChange,
  COURSE_VERSION_CONFLICT,
  type CourseChange,
  type CourseRecord,
  CoursesRepository,
  type LoggedEvent,
  type SideEffect,
} from './courses.repository';
import { EscalationLedger } from './effects/escalation-ledger';
import { TimerSchedule } from './effects/timer-schedule';
import { ensureAccepted } from './event-acceptance';
import type { ExecutableAction, MachineStepper } from './machine-stepper';

export interface CourseTransition {
  courseId: string;
  seq: number;
  type: string;
  state: string;
  phase: string;
  engagement: string;
  version: number;
  allowedEvents: string[];
}

export interface SendOptions {
  /** The course version the sender read (If-Match). */
  expectedVersion?: number;
  /** Writes of the sending feature (an appointment row, a contact) that belong to the same transaction. */
  alongside?: (db: EntityManager, course: CourseRecord) => Promise<void>;
  /** The sending route's own refusal of a body (by throwing), answered like the event's own. */
  refuse?: (body: Record<string, unknown>) => void;
}

export interface SystemSendOptions extends Pick<SendOptions, 'alongside'> {
  /** The outbox row of the job that sends the event (a timer's), marked done in the event's own transaction. */
  completesOutboxRow?: string;
}

/** Events the worker sends when a timer fires: no staff member, so no role and no access check. */
export const SYSTEM_CALLER: Caller = { staffId: 'system', roles: [] };

export interface OpenCourse {
  citizenId: string;
  quorum: number;
  /** Facts about the opening kept in the first event of the log (never personal data). */
  payload: object;
}

/**
 * The only code that changes a course (DESIGN.md, "the one rule of state"): it locks the row,
 * computes the next snapshot with the machine's pure transition, and in the same transaction
 * writes the snapshot (optimistic on the row version), the event log row and one outbox row per
 * side effect the machine named.
 */
@Injectable()
export class CourseRuntime {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly machines: CourseMachineRegistry,
    private readonly courses: CoursesRepository,
    private readonly caseload: CaseloadLimit,
    private readonly ledger: EscalationLedger,
    private readonly timers: TimerSchedule,
    private readonly eventMetrics: CourseEventMetrics,
    private readonly outboxSignal: OutboxSignal,
  ) {}

  /** Starts a course on the newest machine version, inside the caller's transaction. */
  async open(db: EntityManager, caller: Caller, course: OpenCourse): Promise<CourseTransition> {
    const { id: machineId, version: machineVersion, stepper } = this.machines.current;
    const occurredAt = new Date().toISOString();
    const [snapshot, actions] = stepper.start({
      citizenId: course.citizenId,
      referredBy: caller.staffId,
      referredAt: occurredAt,
      quorum: course.quorum,
    });
    const change = toChange(stepper, snapshot);
    const event = eventLogEntry('COURSE_OPENED', course.payload, caller, occurredAt);
    const courseId = await this.courses.insert(
      db,
      { ...change, citizenId: course.citizenId, machineId, machineVersion, referredBy: caller.staffId },
      event,
      sideEffects(actions, occurredAt),
    );
    return { courseId, seq: 1, type: event.type, ...standingAfter(stepper, snapshot, change), version: 1 };
  }

  /**
   * Applies one event sent by staff. `expectedVersion` (from If-Match) turns a stale client into a
   * 409 rather than an event applied to a course it has not seen.
   */
  async send(
    courseId: string,
    body: Record<string, unknown>,
    caller: Caller,
    options: SendOptions = {},
  ): Promise<CourseTransition> {
    const { type, payload, roles, forbidden } = await this.acceptable(courseId, body, caller, options.refuse);
    try {
      return await this.transact(type, async (db) => {
        // Decided under the row lock: the course may have changed hands since the route's check
        // (and on routes that leave the decision to this lock, there was none).
        const locked = await this.courses.lockForCaller(db, courseId, caller.staffId);
        const facts = locked && factsOf(locked);
        const access = facts ? courseAccess(caller, roles, facts) : 'hidden';
        if (!locked || !facts || access === 'hidden') throw new NotFound('Course', courseId);
        if (access === 'forbidden') throw forbidden();
        const { expectedVersion, alongside } = options;
        if (expectedVersion !== undefined && expectedVersion !== locked.version)
          throw versionConflict(locked, expectedVersion);
        await alongside?.(db, locked);
        // The request's read of this course is logged by the event's own statement.
        return this.apply(db, locked, type, payload, caller, { reads: takeOwedAccessLog(courseId, facts) });
      });
    } catch (error) {
      giveBackOwedAccessLog();
      throw error;
    }
  }

  /**
   * The event the body names, if its sender may send it at all. A refusal of the body or of the
   * sender's roles is answered as the course's 404 to a sender unrelated to it, so that what they
   * send never tells them whether the course exists (on routes that leave the decision to the row
   * lock, no guard has told them either).
   */
  private async acceptable(
    courseId: string,
    body: Record<string, unknown>,
    caller: Caller,
    refuse?: (body: Record<string, unknown>) => void,
  ) {
    try {
      refuse?.(body);
      const { type, payload } = validEvent(body);
      const { roles } = COURSE_EVENT_CATALOG[type];
      const forbidden = () =>
        new Forbidden(`${type} needs one of the roles: ${roles.join(', ') || 'none (the service sends it)'}`);
      if (!hasAnyRole(caller, roles)) throw forbidden();
      return { type, payload, roles, forbidden };
    } catch (refusal) {
      const course = await this.dataSource.transaction((db) =>
        this.courses.lockForCaller(db, courseId, caller.staffId),
      );
      if (!course || courseAccess(caller, [], factsOf(course)) === 'hidden') throw new NotFound('Course', courseId);
      throw refusal;
    }
  }

  /** An event of the service itself (a timer that fired), applied like any other. */
  async sendAsSystem(
    courseId: string,
    body: Record<string, unknown>,
    { alongside, completesOutboxRow }: SystemSendOptions = {},
  ): Promise<CourseTransition> {
    const { type, payload } = validEvent(body);
    return this.transact(type, async (db) => {
      const course = await this.courses.lock(db, courseId);
      if (!course) throw new NotFound('Course', courseId);
      await alongside?.(db, course);
      return this.apply(db, course, type, payload, SYSTEM_CALLER, { completesOutboxRow });
    });
  }

  /**
   * The event's transaction, its outcome counted for /metrics once it has committed or been
   * refused; once committed, a relay in this process is told of its outbox rows.
   */
  private transact(
    type: CourseEventType,
    work: (db: EntityManager) => Promise<CourseTransition>,
  ): Promise<CourseTransition> {
    const committed = this.dataSource.transaction(work).then((transition) => {
      this.outboxSignal.committed();
      return transition;
    });
    return this.eventMetrics.counted(type, committed);
  }

  private async apply(
    db: EntityManager,
    course: CourseRecord,
    type: CourseEventType,
    payload: object,
    caller: Caller,
    along: AlongTheChange,
  ): Promise<CourseTransition> {
    const definition = this.machines.get(course.machineId, course.machineVersion);
    const { stepper } = definition;
    const current = stepper.restore(course.snapshot);
    const occurredAt = new Date().toISOString();
    const machineEvent: EventObject = Object.assign({ type }, payload, { at: occurredAt, actorId: caller.staffId });
    ensureAccepted(current, course.state, machineEvent);

    const [next, actions] = stepper.step(current, machineEvent);
    const change = toChange(stepper, next);
    if (change.caseManagerId && change.caseManagerId !== course.caseManagerId) {
      await this.caseload.ensureRoom(db, change.caseManagerId, course.id, overrideOf(payload, caller));
    }
    const event = eventLogEntry(type, payload, caller, occurredAt);
    const timerChange = this.timerChange(definition, current, next, payload);
    const ladderActions = actions.filter((action) => this.ledger.records(action));
    const queued = [
      ...sideEffects(
        actions.filter((action) => !ladderActions.includes(action)),
        occurredAt,
      ),
      ...this.timers.alarms(timerChange),
    ];
    await this.ledger.record(db, course.id, ladderActions);
    await this.timers.record(db, course.id, timerChange);
    const seq = course.version + 1;
    const transition = { courseId: course.id, seq, type, ...standingAfter(stepper, next, change), version: seq };
    // The write is the transaction's last statement and carries its COMMIT: everything that can
    // refuse the event has run above, and the version check fails inside the write itself.
    await commitWithNextStatement(db);
    try {
      await this.courses.applyChange(db, course.id, course.version, change, event, queued, along);
    } catch (error) {
      throw isVersionConflict(error) ? versionConflict(course, course.version) : error;
    }
    return transition;
  }

  private timerChange(
    definition: RegisteredMachine,
    before: AnyMachineSnapshot,
    after: AnyMachineSnapshot,
    payload: { timer?: TimerKey },
  ) {
    const timersOf = definition.timersOf ?? (() => []);
    return this.timers.change(timersOf(before.context), timersOf(after.context), payload.timer);
  }
}

/** The event's type and its payload, validated against the catalog; unknown fields are refused. */
function validEvent(body: Record<string, unknown>): { type: CourseEventType; payload: object } {
  const { type, ...fields } = body;
  if (!isCourseEventType(type)) {
    throw new ValidationFailed([
      { field: 'type', messages: [`must be one of ${Object.keys(COURSE_EVENT_CATALOG).join(', ')}`] },
    ]);
  }
  return { type, payload: { ...validatePlain(COURSE_EVENT_CATALOG[type].payload, fields) } };
}

/** The event as the course's log keeps it: who sent it in which roles, and when. */
const eventLogEntry = (type: string, payload: object, caller: Caller, occurredAt: string): LoggedEvent => ({
  type,
  payload,
  actorId: caller === SYSTEM_CALLER ? null : caller.staffId,
  actorRoles: caller === SYSTEM_CALLER ? ['system'] : caller.roles,
  occurredAt,
});

/** One outbox row per action the machine named, due at once; timers bring their own due times. */
const sideEffects = (actions: ExecutableAction[], occurredAt: string): SideEffect[] =>
  actions.map((action) => ({ kind: action.type, payload: (action.params ?? {}) as object, dueAt: occurredAt }));

/** A caseload override is a team lead's to give; anyone else sending one is refused. */
function overrideOf(payload: { caseloadOverrideReason?: string }, caller: Caller): string | undefined {
  if (payload.caseloadOverrideReason === undefined) return undefined;
  if (!caller.roles.includes('team_lead')) throw new Forbidden('Only a team lead may override the caseload limit');
  return payload.caseloadOverrideReason;
}

function toChange(stepper: MachineStepper, snapshot: AnyMachineSnapshot): CourseChange {
  const context = snapshot.context as Pick<CourseContext, 'caseManagerId' | 'closedAt'> &
    Partial<Pick<CourseContext, 'waitlist'>>;
  return {
    snapshot: stepper.machine.getPersistedSnapshot(snapshot) as object,
    state: courseStateName(snapshot.value),
    phase: phaseOf(snapshot.value),
    caseManagerId: context.caseManagerId,
    closedAt: context.closedAt,
    waitlist: context.waitlist
      ? {
          teamId: context.waitlist.teamId,
          priority: WAITLIST_PRIORITIES.indexOf(context.waitlist.priority) + 1,
          since: context.waitlist.since,
        }
      : null,
  };
}

/** Where the course stands after the step: its state, phase, engagement and the events it now accepts. */
function standingAfter(stepper: MachineStepper, snapshot: AnyMachineSnapshot, change: CourseChange) {
  return {
    state: change.state,
    phase: change.phase,
    engagement: engagementOf(snapshot.value),
    allowedEvents: stepper.acceptedEventTypes(snapshot),
  };
}

const isVersionConflict = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === COURSE_VERSION_CONFLICT;

function versionConflict(course: CourseRecord, expectedVersion: number): Conflict {
  return new Conflict(
    'version-conflict',
    'The course has changed since you read it',
    `Expected version ${expectedVersion}, but the course is at version ${course.version}; read it again`,
    { currentVersion: course.version },
  );
}
