import type { CourseEventType } from '@workflows/icm-course';

/** What erased free text reads as: the row keeps its shape, so that a reader sees something was said. */
export const ERASED = '[erased]';

export type Row = Record<string, unknown>;

/** How one column of a row loses its free text; `type` is the column's SQL type, for the write back. */
export interface ColumnErasure {
  type: 'text' | 'jsonb';
  erase(value: unknown, row: Row): unknown;
  /** Other columns of the row the rule reads. */
  reads?: readonly string[];
}

/** Every string in a value becomes ERASED; numbers, booleans, nulls and the structure stay. */
export function erasedStrings(value: unknown): unknown {
  if (typeof value === 'string') return ERASED;
  if (Array.isArray(value)) return value.map(erasedStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, erasedStrings(inner)]));
  }
  return value;
}

/** The strings under the given keys, at any depth, become ERASED; everything else stays. */
export function erasedUnder(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((inner) => erasedUnder(inner, keys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        keys.has(key) ? erasedStrings(inner) : erasedUnder(inner, keys),
      ]),
    );
  }
  return value;
}

/** A text column written by staff: a note, a reason, a place. */
export const freeText: ColumnErasure = { type: 'text', erase: erasedStrings };

/** A jsonb column that is free text throughout (a list of the citizen's resources, a contact person). */
export const freeTextJson: ColumnErasure = { type: 'jsonb', erase: erasedStrings };

/** A jsonb column whose free text sits under these keys; the codes beside them stay. */
export const freeTextUnder = (...keys: string[]): ColumnErasure => {
  const named = new Set(keys);
  return { type: 'jsonb', erase: (value) => erasedUnder(value, named) };
};

/**
 * The free-text fields of each event's payload. `reason` is free text in a visitation decision or a
 * cancellation, but a coded closure reason in COURSE_CLOSED, which the reports count: hence by type.
 */
export const EVENT_FREE_TEXT: Readonly<Partial<Record<CourseEventType, readonly string[]>>> = {
  INFO_REQUESTED: ['questions'],
  INFO_PROVIDED: ['answers'],
  VISITATION_APPROVED: ['reason', 'caseloadOverrideReason'],
  VISITATION_REJECTED: ['reason'],
  CASE_MANAGER_ASSIGNED: ['caseloadOverrideReason'],
  NOTE_ADDED: ['text'],
  APPOINTMENT_CANCELLED: ['reason'],
  ESCALATION_STEP_DUE: ['whereabouts'],
  ESCALATION_ACKNOWLEDGED: ['plannedAction'],
};

/** The event types whose payload holds free text, for reading only those rows of the log. */
export const EVENT_TYPES_WITH_FREE_TEXT = Object.keys(EVENT_FREE_TEXT);

const eventKeys = new Map(Object.entries(EVENT_FREE_TEXT).map(([type, keys]) => [type, new Set(keys)]));

/** An event log payload, by the event's type. */
export const eventPayload: ColumnErasure = {
  type: 'jsonb',
  reads: ['type'],
  erase: (value, row) => erasedUnder(value, eventKeys.get(row.type as string) ?? new Set()),
};

/** The details the machine passed on to notifications (NotifyParams): where to look for the citizen, what was planned. */
export const notificationDetails = freeTextUnder('whereabouts', 'plannedAction');
