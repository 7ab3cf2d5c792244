import type { BenchCourse } from './bench-world';
import { encodeRequest, KeepAliveConnection } from './keep-alive-connection';

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

/** A load's request for one course, its bytes built once with the course's token. */
export interface EncodedRequest {
  describe: string;
  bytes: Buffer;
}

export const encodeFor = (baseUrl: URL, course: BenchCourse, request: BenchRequest): EncodedRequest => ({
  describe: `${request.method} ${request.path}`,
  bytes: encodeRequest(baseUrl, request.method, request.path, course.token, request.body),
});

/** Sends one request; anything but a 200 is a failure that stops the run loudly. */
export async function sendExpectingOk(connection: KeepAliveConnection, request: EncodedRequest): Promise<void> {
  const res = await connection.send(request.bytes);
  if (res.status !== 200)
    throw new Error(`${request.describe} answered ${res.status} (expected 200): ${res.body.toString('utf8', 0, 500)}`);
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
  const connections = await Promise.all(courses.slice(0, clients).map(() => KeepAliveConnection.open(baseUrl)));
  const latencies: number[] = [];
  let failure: unknown;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));

  const client = async (course: BenchCourse, connection: KeepAliveConnection): Promise<void> => {
    const request = encodeFor(baseUrl, course, requestOf(course));
    while (!failure && process.hrtime.bigint() < deadline) {
      const t0 = process.hrtime.bigint();
      try {
        await sendExpectingOk(connection, request);
      } catch (error) {
        failure ??= error;
        return;
      }
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };

  try {
    await Promise.all(connections.map((connection, i) => client(courses[i], connection)));
  } finally {
    for (const connection of connections) connection.close();
  }
  if (failure) throw failure;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return summarize(latencies, elapsed, clients);
}
