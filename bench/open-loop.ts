import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchCourse } from './bench-world';
import { encodeFor, type LatencySummary, noteEvent, sendExpectingOk, summarize } from './http-load';
import { KeepAlivePool } from './keep-alive-connection';

export interface OpenLoopSummary extends LatencySummary {
  /** Requests per second the schedule asked for. */
  arrivalRate: number;
}

/**
 * Open loop: NOTE_ADDED events arrive at a fixed `rate` per second for `seconds`, spread over the
 * courses in turn, whether earlier answers have come back or not. Each latency runs from the
 * request's scheduled time, so a stalled server is charged for the requests queued behind it
 * (no coordinated omission).
 */
export async function runOpenLoop(
  baseUrl: URL,
  courses: BenchCourse[],
  rate: number,
  seconds: number,
): Promise<OpenLoopSummary> {
  const connections = new KeepAlivePool(baseUrl, 512);
  const requests = courses.map((course) => encodeFor(baseUrl, course, noteEvent(course)));
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let failure: unknown;
  const total = Math.max(1, Math.round(rate * seconds));
  const started = process.hrtime.bigint();
  const scheduledAt = (i: number) => started + BigInt(Math.round((i / rate) * 1e9));

  const send = async (i: number): Promise<void> => {
    const course = i % courses.length;
    try {
      const connection = await connections.take();
      await sendExpectingOk(connection, requests[course]);
      connections.giveBack(connection);
    } catch (error) {
      failure ??= error;
      return;
    }
    latencies.push(Number(process.hrtime.bigint() - scheduledAt(i)) / 1e6);
  };

  try {
    for (let next = 0; next < total && !failure;) {
      const now = process.hrtime.bigint();
      while (next < total && scheduledAt(next) <= now) pending.push(send(next++));
      await sleep(1);
    }
    await Promise.all(pending);
  } finally {
    connections.close();
  }
  if (failure) throw failure;
  return { ...summarize(latencies, seconds, courses.length), arrivalRate: rate };
}
