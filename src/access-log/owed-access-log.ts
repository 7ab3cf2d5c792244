import { AsyncLocalStorage } from 'node:async_hooks';
import { type CourseFacts, relatedRole } from '@src/auth/course-relation';
import type { Caller, Role } from '@src/auth/roles';
import type { AccessLogEntry } from './access-log.repository';

/** A request's read of a course: who, through which route, and the roles the route admits. */
export interface OwedRead {
  caller: Caller;
  allowedRoles: readonly Role[];
  method: string;
  route: string;
}

/**
 * The access-log rows a request owes for reading a course, before its answer may leave. The
 * course's own statement (an event's transaction, or the read) takes them and writes them, so that
 * the read is logged in the same commit and costs no round trip of its own; rows no statement took
 * are written by the access-log interceptor after the handler.
 */
export class OwedAccessLog {
  private taken = false;

  constructor(
    readonly courseId: string,
    private readonly read: OwedRead,
    /** The facts the access guard read; none on a route that leaves the decision to the course's statement. */
    private readonly guardFacts?: CourseFacts,
  ) {}

  /** The rows about `courseId`, handed over once; `lockedFacts` are the ones read under the row lock. */
  take(courseId: string, lockedFacts?: CourseFacts): AccessLogEntry[] {
    const facts = lockedFacts ?? this.guardFacts;
    if (this.taken || courseId !== this.courseId || !facts) return [];
    this.taken = true;
    return this.rowsOf(facts);
  }

  /**
   * The read itself, handed over once to a statement that reads the course with its facts: it logs
   * the read in the first of the caller's roles that the route admits and relates them to the course.
   */
  takeRead(courseId: string): OwedRead | undefined {
    if (this.taken || courseId !== this.courseId) return undefined;
    this.taken = true;
    return this.read;
  }

  /** The statement that took the rows did not commit: they are owed again. */
  giveBack(): void {
    this.taken = false;
  }

  /** What the interceptor must still write once the handler has answered. */
  remaining(): AccessLogEntry[] {
    if (this.taken) return [];
    // A route that leaves the decision to the course's statement answers only through that statement.
    if (!this.guardFacts) throw new Error(`The read of course ${this.courseId} was answered without being logged`);
    return this.rowsOf(this.guardFacts);
  }

  /** Who read whom, in which role, from the facts of the course. */
  private rowsOf(course: CourseFacts): AccessLogEntry[] {
    const { caller, allowedRoles, method, route } = this.read;
    const role = relatedRole(caller, allowedRoles, course)!;
    return [{ staffId: caller.staffId, role, citizenId: course.citizenId, courseId: course.courseId, method, route }];
  }
}

const storage = new AsyncLocalStorage<OwedAccessLog>();

/** Runs `work` (and all it awaits) on behalf of a request that owes `owed`. */
export const owingAccessLog = <T>(owed: OwedAccessLog, work: () => T): T => storage.run(owed, work);

/** The rows about `courseId` that the current request owes, taken over by the caller's statement. */
export function takeOwedAccessLog(courseId: string, lockedFacts?: CourseFacts): AccessLogEntry[] {
  return storage.getStore()?.take(courseId, lockedFacts) ?? [];
}

/** The read of `courseId` that the current request owes, taken over by a statement that decides and logs it. */
export function takeOwedRead(courseId: string): OwedRead | undefined {
  return storage.getStore()?.takeRead(courseId);
}

/** Hands the rows back to the current request when the statement that took them did not commit. */
export function giveBackOwedAccessLog(): void {
  storage.getStore()?.giveBack();
}
