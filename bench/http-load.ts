import type { BenchCourse } from './bench-world';
import { HttpClient } from './http-client';

export interface LatencySummary {
  clients: number;
  requests: number;
  seconds: number;
  tps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(latenciesMs: number[], seconds: number, clients: number): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const total = latenciesMs.reduce((sum, ms) => sum + ms, 0);
  return {
    clients,
    requests: sorted.length,
    seconds,
    tps: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    meanMs: sorted.length ? total / sorted.length : Number.NaN,
  };
}

/** One request of a load: the same for a course every time, encoded once. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: Buffer;
}

/** The repeatable event: a note to the course's own case manager (one outbox row). */
export const noteEvent = (course: BenchCourse): BenchRequest => ({
  method: 'POST',
  path: `/api/v1/courses/${course.id}/events`,
  body: Buffer.from(JSON.stringify({ type: 'NOTE_ADDED', text: 'bench note', notifyStaffIds: [course.caseManagerId] })),
});

/** The case manager's read of the course page's main request. */
export const courseRead = (course: BenchCourse): BenchRequest => ({
  method: 'GET',
  path: `/api/v1/courses/${course.id}`,
});

/** Sends one request; anything but a 200 is a failure that stops the run loudly. */
export async function sendExpectingOk(http: HttpClient, course: BenchCourse, request: BenchRequest): Promise<void> {
  const res = await http.send(request.method, request.path, course.token, request.body);
  if (res.status !== 200)
    throw new Error(
      `${request.method} ${request.path} answered ${res.status} (expected 200): ${res.body.slice(0, 500)}`,
    );
}

/**
 * `clients` closed-loop clients, one course each, sending `requestOf(course)` (by default a
 * NOTE_ADDED event) as fast as answers come back for `seconds`.
 */
export async function runHttpLoad(
  baseUrl: URL,
  courses: BenchCourse[],
  clients: number,
  seconds: number,
  requestOf: (course: BenchCourse) => BenchRequest = noteEvent,
): Promise<LatencySummary> {
  if (courses.length < clients)
    throw new Error(`Need ${clients} courses for ${clients} clients, have ${courses.length}`);
  const http = new HttpClient(baseUrl, clients);
  const latencies: number[] = [];
  let failure: unknown;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));

  const client = async (course: BenchCourse): Promise<void> => {
    const request = requestOf(course);
    while (!failure && process.hrtime.bigint() < deadline) {
      const t0 = process.hrtime.bigint();
      try {
        await sendExpectingOk(http, course, request);
      } catch (error) {
        failure ??= error;
        return;
      }
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };

  try {
    await Promise.all(courses.slice(0, clients).map(client));
  } finally {
    http.close();
  }
  if (failure) throw failure;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return summarize(latencies, elapsed, clients);
}
