import { AsyncLocalStorage } from 'node:async_hooks';
import type { AccessLogEntry } from './access-log.repository';

/**
 * The access-log rows a request owes before its answer may leave. A course's transaction that runs
 * for the request takes the rows of its course and writes them with its own statement, so that the
 * read is logged in the same commit as the event and costs no round trip of its own; whatever no
 * transaction took, the access-log interceptor writes after the handler.
 */
export class OwedAccessLog {
  private readonly owed: AccessLogEntry[];

  constructor(entries: readonly AccessLogEntry[]) {
    this.owed = [...entries];
  }

  /** The rows about `courseId`, handed over once: the caller writes them in its transaction. */
  takeFor(courseId: string): AccessLogEntry[] {
    const taken = this.owed.filter((entry) => entry.courseId === courseId);
    return taken.length === 0 ? taken : this.remove(taken);
  }

  /** Gives rows back when the transaction that took them rolled back. */
  giveBack(entries: readonly AccessLogEntry[]): void {
    this.owed.push(...entries);
  }

  /** What is still owed after the handler: the interceptor writes it. */
  get remaining(): readonly AccessLogEntry[] {
    return this.owed;
  }

  private remove(taken: AccessLogEntry[]): AccessLogEntry[] {
    for (const entry of taken) this.owed.splice(this.owed.indexOf(entry), 1);
    return taken;
  }
}

const storage = new AsyncLocalStorage<OwedAccessLog>();

/** Runs `work` (and all it awaits) on behalf of a request that owes `owed`. */
export const owingAccessLog = <T>(owed: OwedAccessLog, work: () => T): T => storage.run(owed, work);

/** The rows about `courseId` that the current request owes, taken over by the caller's transaction. */
export function takeOwedAccessLog(courseId: string): AccessLogEntry[] {
  return storage.getStore()?.takeFor(courseId) ?? [];
}

/** Hands rows back to the current request when the transaction that took them did not commit. */
export function giveBackOwedAccessLog(entries: readonly AccessLogEntry[]): void {
  if (entries.length > 0) storage.getStore()?.giveBack(entries);
}
