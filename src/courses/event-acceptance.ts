import { type AnyMachineSnapshot, type EventObject, getNextTransitions } from 'xstate';
import { Conflict } from '@src/problems/domain-error';

/** Event types the snapshot's current state has a transition for (whatever their guards say); eventless ones have none. */
export function acceptedEventTypes(snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  const types = getNextTransitions(snapshot).map((transition) => transition.eventType);
  return [...new Set(types)].filter((type) => type !== '' && !type.startsWith('xstate.') && type !== '*');
}

/** Refuses with 409 an event the course cannot take now, saying what it can take instead. */
export function ensureAccepted(snapshot: AnyMachineSnapshot, state: string, event: EventObject): void {
  if (snapshot.status === 'active' && snapshot.can(event)) return;
  const allowedEvents = acceptedEventTypes(snapshot);
  if (allowedEvents.includes(event.type)) {
    const rules = getNextTransitions(snapshot)
      .filter((transition) => transition.eventType === event.type)
      .map((transition) => guardName(transition.guard))
      .filter(Boolean);
    throw new Conflict(
      'rule-refused',
      'The course rules refuse this event now',
      `${event.type} is not allowed in ${state} in the course's current circumstances (rules: ${rules.join(', ')})`,
      { allowedEvents, rules },
    );
  }
  throw new Conflict(
    'event-not-allowed',
    'Event not allowed in this state',
    `${event.type} is not allowed in ${state}`,
    {
      allowedEvents,
    },
  );
}

function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String(guard.type);
  // `and(...)`/`not(...)` guards are functions that keep their parts on `guards`.
  const parts = (guard as { guards?: unknown[] } | undefined)?.guards;
  return parts ? parts.map(guardName).join(' and ') : '';
}
