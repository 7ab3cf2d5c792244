import { setTimeout as sleep } from 'node:timers/promises';
import { mapConcurrently } from '@scripts/support/concurrently';
import type { BenchCourse } from './bench-world';
import type { HttpClient } from './http-client';

export interface MissedAppointment {
  course: BenchCourse;
  appointmentId: string;
}

/** Gives each course an appointment that began half an hour ago and ended a minute ago, over HTTP. */
export function scheduleAppointments(
  http: HttpClient,
  courses: BenchCourse[],
  concurrency: number,
): Promise<MissedAppointment[]> {
  const now = Date.now();
  const body = {
    kind: 'treatment',
    startsAt: new Date(now - 30 * 60_000).toISOString(),
    endsAt: new Date(now - 60_000).toISOString(),
  };
  return mapConcurrently(courses, concurrency, async (course) => {
    const { id } = await http.expect<{ id: string }>(
      201,
      'POST',
      `/api/v1/courses/${course.id}/appointments`,
      course.token,
      body,
    );
    return { course, appointmentId: id };
  });
}

/**
 * The case managers register every appointment as missed, which starts each course's ladder: the
 * misses paced evenly over `seconds` (each sent at its own time, at most `concurrency` at once),
 * so that the steps fall due at a rate of the bench's choosing rather than at whatever rate this
 * machine can take misses. A stall moves the rest of the schedule back instead of bunching it.
 */
export async function registerMisses(
  http: HttpClient,
  appointments: MissedAppointment[],
  concurrency: number,
  seconds: number,
): Promise<void> {
  let start = Date.now();
  const interval = (seconds * 1000) / appointments.length;
  await mapConcurrently(appointments, concurrency, async ({ course, appointmentId }, index) => {
    const behindMs = Date.now() - (start + index * interval);
    // Behind the pace by more than a timer's jitter (slow answers held every client), the rest of
    // the schedule moves back by as much: catching up would send the misses, and so the steps'
    // due times, in a clump denser than the burst asks for.
    if (behindMs > interval) start += behindMs;
    else if (behindMs < 0) await sleep(-behindMs);
    await http.expect(200, 'POST', `/api/v1/appointments/${appointmentId}/attendance`, course.token, {
      attendance: 'missed',
    });
  });
}
