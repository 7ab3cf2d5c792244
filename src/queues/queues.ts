/** The BullMQ queues, and which queue carries each side effect the course machine can name. */
export const NOTIFICATIONS_QUEUE = 'notifications';
export const WAITLIST_QUEUE = 'waitlist';
/** Timers that are due: escalation steps, reminders, appointments awaiting attendance. */
export const TIMERS_QUEUE = 'timers';
/** Notifications on their way to the webhook; filled by the notify processor, not by the outbox. */
export const WEBHOOKS_QUEUE = 'webhooks';
/** Notifications on their way to their recipients' e-mail; filled by the notify processor, not by the outbox. */
export const EMAILS_QUEUE = 'emails';
/** The access log's retention: one repeatable job that purges expired rows; not fed by the outbox. */
export const ACCESS_LOG_RETENTION_QUEUE = 'access-log-retention';
/** Pseudonymisation of citizens whose retention has run out: one repeatable job; not fed by the outbox. */
export const CITIZEN_ERASURE_QUEUE = 'citizen-erasure';

export const QUEUE_OF_SIDE_EFFECT: Record<string, string> = {
  notify: NOTIFICATIONS_QUEUE,
  offerFreedSlot: WAITLIST_QUEUE,
  timerDue: TIMERS_QUEUE,
};

export const ALL_QUEUES = [
  ...new Set([
    ...Object.values(QUEUE_OF_SIDE_EFFECT),
    WEBHOOKS_QUEUE,
    EMAILS_QUEUE,
    ACCESS_LOG_RETENTION_QUEUE,
    CITIZEN_ERASURE_QUEUE,
  ]),
];

/** Every job carries the outbox row it came from; processors use it to stay idempotent. */
export interface SideEffectJob<P = unknown> {
  outboxId: string;
  /** Null for side effects of staff changes, which belong to no course. */
  courseId: string | null;
  eventSeq: number | null;
  params: P;
  /** The request whose transaction wrote the outbox row; absent on jobs published before it was kept. */
  requestId?: string | null;
}
