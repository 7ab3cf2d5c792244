/** Hits this process holds for a tracker in its current window, counted in Redis already. */
export interface Lease {
  limit: number;
  /** Hits counted in Redis when the lease was taken, the whole lease included. */
  countedWith: number;
  left: number;
  windowEndsAt: number;
}

/** Past this many trackers holding leases, leases whose window has ended are swept out. */
const LEASES_KEPT = 10_000;

/**
 * The hits this process has leased from Redis, per tracker, and spends without asking Redis
 * again. A lease is spent only under the limit it was counted against and only within its window.
 */
export class RateLimitLeases {
  private readonly held = new Map<string, Lease>();

  /** One hit of `tracker`'s lease, numbered in its window, or undefined when none is left. */
  spend(tracker: string, limit: number, now: number): { hits: number; windowEndsAt: number } | undefined {
    const lease = this.held.get(tracker);
    if (!lease) return undefined;
    if (lease.limit !== limit || now >= lease.windowEndsAt) {
      this.held.delete(tracker);
      return undefined;
    }
    lease.left--;
    if (lease.left === 0) this.held.delete(tracker);
    return { hits: lease.countedWith - lease.left, windowEndsAt: lease.windowEndsAt };
  }

  /**
   * Requests of one tracker that ask Redis at once each bring a lease of the same window; the
   * later one's hits are added to the lease still held rather than lost. When many trackers hold
   * leases, those whose window has ended are swept out; past that, no lease is kept (its hits are
   * spent unused: the limit only ever errs on the strict side).
   */
  keep(tracker: string, lease: Lease, now: number): void {
    const held = this.held.get(tracker);
    if (held && held.limit === lease.limit && now < held.windowEndsAt) {
      held.left += lease.left;
      held.countedWith = Math.max(held.countedWith, lease.countedWith);
      return;
    }
    if (this.held.size >= LEASES_KEPT) this.dropEnded(now);
    if (this.held.size < LEASES_KEPT) this.held.set(tracker, lease);
  }

  private dropEnded(now: number): void {
    for (const [tracker, lease] of this.held) if (now >= lease.windowEndsAt) this.held.delete(tracker);
  }
}
