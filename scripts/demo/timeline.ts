import type { Actor, ApiClient } from '../support/api-client';
import type { DemoCourse } from './scenario';

interface LoggedEvent {
  seq: number;
  type: string;
  actorId: string;
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
      console.log(`  ${time.padEnd(12)} ${(names.get(event.actorId) ?? event.actorId).padEnd(24)} ${event.type.padEnd(24)} ${event.resultingState}`);
    }
  }
}

/** The notifications the worker delivered to one staff member, as their inbox shows them. */
export async function printInbox(api: ApiClient, reader: Actor, courses: DemoCourse[]): Promise<void> {
  const citizenOf = new Map(courses.map((course) => [course.courseId, course.citizen]));
  // The worker delivers asynchronously; give it a moment before reading.
  for (let attempt = 0; attempt < 50; attempt++) {
    const { items } = await api.call<{ items: { kind: string; courseId: string; createdAt: string }[] }>(reader, 'GET', '/me/notifications');
    if (items.length > 0 || attempt === 49) {
      console.log(`\n${reader.name}'s notifications (delivered by the worker through the outbox)`);
      for (const item of items) console.log(`  ${item.createdAt.slice(11, 23)}  ${item.kind.padEnd(20)} ${citizenOf.get(item.courseId) ?? item.courseId}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
