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

/** The repeatable event: a note to the course's own case manager (one outbox row). */
export function noteEvent(course: BenchCourse): Buffer {
  return Buffer.from(
    JSON.stringify({ type: 'NOTE_ADDED', text: 'bench note', notifyStaffIds: [course.caseManagerId] }),
  );
}

/**
 * `clients` closed-loop clients, one course each, sending NOTE_ADDED as fast as answers come back
 * for `seconds`. Only 200 answers count; any other status stops the run loudly.
 */
export async function runHttpLoad(
  baseUrl: URL,
  courses: BenchCourse[],
  clients: number,
  seconds: number,
): Promise<LatencySummary> {
  if (courses.length < clients)
    throw new Error(`Need ${clients} courses for ${clients} clients, have ${courses.length}`);
  const http = new HttpClient(baseUrl, clients);
  const latencies: number[] = [];
  let failure: Error | undefined;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));

  const client = async (course: BenchCourse): Promise<void> => {
    const path = `/api/v1/courses/${course.id}/events`;
    const body = noteEvent(course);
    while (!failure && process.hrtime.bigint() < deadline) {
      const t0 = process.hrtime.bigint();
      const res = await http.send('POST', path, course.token, body);
      const t1 = process.hrtime.bigint();
      if (res.status !== 200) {
        failure ??= new Error(`POST ${path} answered ${res.status} (expected 200): ${res.body.slice(0, 500)}`);
        return;
      }
      latencies.push(Number(t1 - t0) / 1e6);
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
