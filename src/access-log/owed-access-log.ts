import { AsyncLocalStorage } from 'node:async_hooks';
import type { CourseFacts } from '@src/auth/course-relation';
import type { AccessLogEntry } from './access-log.repository';

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
    /** The rows, from the facts of the course: who read whom, in which role. */
    private readonly rowsOf: (course: CourseFacts) => AccessLogEntry[],
    /** The facts the access guard read; none on a route whose decision waits for the row lock. */
    private readonly guardFacts?: CourseFacts,
  ) {}

  /** The rows about `courseId`, handed over once; `lockedFacts` are the ones read under the row lock. */
  take(courseId: string, lockedFacts?: CourseFacts): AccessLogEntry[] {
    const facts = lockedFacts ?? this.guardFacts;
    if (this.taken || courseId !== this.courseId || !facts) return [];
    this.taken = true;
    return this.rowsOf(facts);
  }

  /** The statement that took the rows did not commit: they are owed again. */
  giveBack(): void {
    this.taken = false;
  }

  /** What the interceptor must still write once the handler has answered. */
  remaining(): AccessLogEntry[] {
    if (this.taken) return [];
    // A route that waits for the row lock answers only through the course's transaction.
    if (!this.guardFacts) throw new Error(`The read of course ${this.courseId} was answered without being logged`);
    return this.rowsOf(this.guardFacts);
  }
}

const storage = new AsyncLocalStorage<OwedAccessLog>();

/** Runs `work` (and all it awaits) on behalf of a request that owes `owed`. */
export const owingAccessLog = <T>(owed: OwedAccessLog, work: () => T): T => storage.run(owed, work);

/** The rows about `courseId` that the current request owes, taken over by the caller's statement. */
export function takeOwedAccessLog(courseId: string, lockedFacts?: CourseFacts): AccessLogEntry[] {
  return storage.getStore()?.take(courseId, lockedFacts) ?? [];
}

/** Hands the rows back to the current request when the statement that took them did not commit. */
export function giveBackOwedAccessLog(): void {
  storage.getStore()?.giveBack();
}
