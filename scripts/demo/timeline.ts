import type { Actor, ApiClient } from '../support/api-client';
import type { DemoCourse } from './scenario';

interface LoggedEvent {
  seq: number;
  type: string;
  /** Null for events of the service itself: a timer that fired. */
  actorId: string | null;
  occurredAt: string;
  resultingState: string;
}

/** Prints each course's event log as staff would read it: time, actor, event, resulting state. */
export async function printTimelines(api: ApiClient, reader: Actor, courses: DemoCourse[], staff: Actor[]): Promise<void> {
  const names = new Map(staff.map((member) => [member.id, member.name]));
  for (const { citizen, courseId } of courses) {
    const events = await api.call<LoggedEvent[]>(reader, 'GET', `/courses/${courseId}/events`);
    console.log(`\n${citizen} — course ${courseId}`);
    console.log(`  ${'time'.padEnd(12)} ${'actor'.padEnd(24)} ${'event'.padEnd(24)} state`);
    for (const event of events) {
      const time = event.occurredAt.slice(11, 23);
      const actor = event.actorId === null ? '(the service)' : (names.get(event.actorId) ?? event.actorId);
      console.log(`  ${time.padEnd(12)} ${actor.padEnd(24)} ${event.type.padEnd(24)} ${event.resultingState}`);
    }
  }
}

/** The notifications the worker delivered to one staff member, as their inbox shows them. */
export async function printInbox(api: ApiClient, reader: Actor, courses: DemoCourse[]): Promise<void> {
  const citizenOf = new Map(courses.map((course) => [course.courseId, course.citizen]));
  // The worker delivers asynchronously; give it a moment before reading.
  for (let attempt = 0; attempt < 50; attempt++) {
    const { items } = await api.call<{ items: { kind: string; courseId: string; createdAt: string; payload: { level?: number } }[] }>(
      reader,
      'GET',
      '/me/notifications',
    );
    if (items.length > 0 || attempt === 49) {
      console.log(`\n${reader.name}'s notifications (delivered by the worker through the outbox)`);
      for (const item of items) {
        const kind = item.payload.level ? `${item.kind} level ${item.payload.level}` : item.kind;
        console.log(`  ${item.createdAt.slice(11, 23)}  ${kind.padEnd(30)} ${citizenOf.get(item.courseId) ?? item.courseId}`);
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An outreach ladder: each level's task, when it was due and when it fired, or that it was not reached. */
export function printLadder(citizen: string, ladder: { status: string; steps: { level: number; task: string; dueAt: string; status: string; fired: { firedAt: string } | null }[] }): void {
  console.log(`\n${citizen}'s outreach ladder (${ladder.status})`);
  for (const step of ladder.steps) {
    const fired = step.fired ? `fired ${step.fired.firedAt.slice(11, 23)}` : step.status;
    console.log(`  level ${step.level}  ${step.task.padEnd(20)} due ${step.dueAt.slice(11, 23)}  ${fired}`);
  }
}
