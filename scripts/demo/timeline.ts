import type { Actor, ApiClient } from '@scripts/support/api-client';
import type { DemoCourse, LadderView } from './scenario';

interface LoggedEvent {
  seq: number;
  type: string;
  /** Null for events of the service itself: a timer that fired. */
  actorId: string | null;
  occurredAt: string;
  resultingState: string;
}

/** Time of day to the millisecond, from any timestamp the API gives (jsonb drops trailing zeros). */
const timeOfDay = (timestamp: string) => new Date(timestamp).toISOString().slice(11, 23);

/** Prints each course's event log as staff would read it: time, actor, event, resulting state. */
export async function printTimelines(
  api: ApiClient,
  reader: Actor,
  courses: DemoCourse[],
  staff: Actor[],
): Promise<void> {
  const names = new Map(staff.map((member) => [member.id, member.name]));
  for (const { citizen, courseId } of courses) {
    const events = await api.call<LoggedEvent[]>(reader, 'GET', `/courses/${courseId}/events`);
    console.log(`\n${citizen} — course ${courseId}`);
    console.log(`  ${'time'.padEnd(12)} ${'actor'.padEnd(24)} ${'event'.padEnd(24)} state`);
    for (const event of events) {
      const time = timeOfDay(event.occurredAt);
      const actor = event.actorId === null ? '(the service)' : (names.get(event.actorId) ?? event.actorId);
      console.log(`  ${time.padEnd(12)} ${actor.padEnd(24)} ${event.type.padEnd(24)} ${event.resultingState}`);
    }
  }
}

export interface InboxItem {
  kind: string;
  courseId: string;
  createdAt: string;
  payload: { level?: number };
}

/**
 * The notifications the worker delivered to one staff member, as their inbox shows them, once the
 * one `awaited` picks has arrived (the worker delivers asynchronously) or 5 s have passed.
 */
export async function printInbox(
  api: ApiClient,
  reader: Actor,
  courses: DemoCourse[],
  awaited: (item: InboxItem) => boolean,
): Promise<void> {
  const citizenOf = new Map(courses.map((course) => [course.courseId, course.citizen]));
  const inbox = async () => (await api.call<{ items: InboxItem[] }>(reader, 'GET', '/me/notifications')).items;
  let items = await inbox();
  for (let attempt = 0; attempt < 50 && !items.some(awaited); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    items = await inbox();
  }
  console.log(`\n${reader.name}'s notifications (delivered by the worker through the outbox)`);
  for (const item of items) {
    const kind = item.payload.level ? `${item.kind} level ${item.payload.level}` : item.kind;
    console.log(`  ${timeOfDay(item.createdAt)}  ${kind.padEnd(30)} ${citizenOf.get(item.courseId) ?? item.courseId}`);
  }
}

/** An outreach ladder: each level's task, when it was due and when it fired, or that it was not reached. */
export function printLadder(citizen: string, ladder: LadderView): void {
  console.log(`\n${citizen}'s outreach ladder (${ladder.status})`);
  for (const step of ladder.steps) {
    const fired = step.fired ? `fired ${timeOfDay(step.fired.firedAt)}` : step.status;
    console.log(`  level ${step.level}  ${step.task.padEnd(20)} due ${timeOfDay(step.dueAt)}  ${fired}`);
  }
}
