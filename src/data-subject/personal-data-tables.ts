import {
  type ColumnErasure,
  eventPayload,
  freeText,
  freeTextJson,
  freeTextUnder,
  notificationDetails,
} from './free-text-erasure';

/**
 * A table that holds rows about a citizen, besides `citizens` and `courses` themselves.
 * - `of`/`key`: the rows are found by one of the citizen's course ids, or by the citizen's id, in
 *   the column (or expression) `key`.
 * - `erase`: what pseudonymisation does to each row: erase the free text of these columns, delete
 *   the row, or keep it (codes, times, numbers and ids only). Whatever stays is what the outcome and
 *   fidelity reports count.
 */
export interface PersonalDataTable {
  table: string;
  of: 'course' | 'citizen';
  key: string;
  orderBy: string;
  erase: { columns: Readonly<Record<string, ColumnErasure>> } | 'delete' | 'keep';
}

/**
 * Every table with a citizen's rows. A table added with a course_id or citizen_id column must be
 * added here too, deciding what erasure does to it: test/data-subject.e2e-spec.ts fails until it is.
 */
export const PERSONAL_DATA_TABLES: readonly PersonalDataTable[] = [
  {
    table: 'referrals',
    of: 'course',
    key: 'course_id',
    orderBy: 'created_at',
    erase: { columns: { whereabouts: freeText, reason: freeText, other_plans: freeTextUnder('reference') } },
  },
  {
    table: 'course_events',
    of: 'course',
    key: 'course_id',
    orderBy: 'course_id, seq',
    erase: { columns: { payload: eventPayload } },
  },
  {
    table: 'outbox',
    of: 'course',
    key: 'course_id',
    orderBy: 'id',
    erase: { columns: { payload: notificationDetails } },
  },
  {
    table: 'notifications',
    of: 'course',
    key: 'course_id',
    orderBy: 'created_at, id',
    erase: { columns: { payload: notificationDetails } },
  },
  {
    table: 'appointments',
    of: 'course',
    key: 'course_id',
    orderBy: 'starts_at, id',
    erase: { columns: { service: freeText, location: freeText, cancel_reason: freeText } },
  },
  {
    table: 'contacts',
    of: 'course',
    key: 'course_id',
    orderBy: 'contact_at, id',
    erase: { columns: { whereabouts: freeText, note: freeText } },
  },
  { table: 'timers', of: 'course', key: 'course_id', orderBy: 'id', erase: 'keep' },
  { table: 'escalation_ladders', of: 'course', key: 'course_id', orderBy: 'course_id, ladder', erase: 'keep' },
  {
    table: 'escalation_steps',
    of: 'course',
    key: 'course_id',
    orderBy: 'course_id, ladder, step',
    erase: { columns: { whereabouts: freeTextJson, planned_action: freeText } },
  },
  {
    table: 'plan_versions',
    of: 'course',
    key: 'course_id',
    orderBy: 'course_id, version',
    erase: {
      columns: {
        citizen_wishes: freeText,
        resources: freeTextJson,
        goals: freeTextUnder('goal'),
        services: freeTextUnder('provider', 'contact'),
        linked_plans: freeTextUnder('reference'),
      },
    },
  },
  {
    table: 'course_services',
    of: 'course',
    key: 'course_id',
    orderBy: 'created_at, id',
    erase: { columns: { provider: freeText, contact: freeTextJson } },
  },
  {
    table: 'service_status_changes',
    of: 'course',
    key: 'course_id',
    orderBy: 'course_id, event_seq',
    erase: { columns: { note: freeText } },
  },
  {
    table: 'assessments',
    of: 'course',
    key: 'course_id',
    orderBy: 'recorded_at, id',
    erase: { columns: { note: freeText } },
  },
  {
    table: 'closure_proposals',
    of: 'course',
    key: 'course_id',
    orderBy: 'proposed_at, id',
    erase: { columns: { justification: freeText, decision_note: freeText } },
  },
  // Who read the citizen's data; it keeps no free text and has a retention of its own.
  { table: 'access_log', of: 'citizen', key: 'citizen_id', orderBy: 'at, id', erase: 'keep' },
  // A referral's answer kept for replays: its key and request hash may be made from the CPR number.
  { table: 'idempotency_keys', of: 'course', key: `response ->> 'courseId'`, orderBy: 'created_at', erase: 'delete' },
];
