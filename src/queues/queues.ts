/** The BullMQ queues, and which queue carries each side effect the course machine can name. */
export const NOTIFICATIONS_QUEUE = 'notifications';

export const QUEUE_OF_SIDE_EFFECT: Record<string, string> = {
  notify: NOTIFICATIONS_QUEUE,
};

export const ALL_QUEUES = [...new Set(Object.values(QUEUE_OF_SIDE_EFFECT))];

/** Every job carries the outbox row it came from; processors use it to stay idempotent. */
export interface SideEffectJob<P = unknown> {
  outboxId: string;
  courseId: string;
  eventSeq: number;
  params: P;
}
