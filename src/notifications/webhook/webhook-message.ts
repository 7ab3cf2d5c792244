import { createHash } from 'node:crypto';
import type { WebhookNotification } from '@src/notifications/notifications.repository';

export interface WebhookMessage {
  /** Sent as X-ICM-Delivery: the same for every attempt at the same message, for the receiver to drop repeats. */
  deliveryId: string;
  body: {
    type: 'notification' | 'digest';
    recipientId: string;
    deliverAt: string;
    notifications: { id: string; courseId: string; kind: string; payload: object; createdAt: string }[];
  };
}

/**
 * The message for notifications that travel together: one notification, or a recipient's digest.
 * Notifications carry ids and the machine's payload only; no CPR number or name ever goes out.
 */
export function webhookMessageOf(notifications: WebhookNotification[]): WebhookMessage {
  const [first] = notifications;
  const ids = notifications.map((notification) => notification.id);
  return {
    // A digest may gain a late reminder between attempts; its id follows its content.
    deliveryId: first.digest
      ? `digest-${createHash('sha256').update(ids.sort().join(',')).digest('hex').slice(0, 32)}`
      : first.id,
    body: {
      type: first.digest ? 'digest' : 'notification',
      recipientId: first.recipientId,
      deliverAt: new Date(first.deliverAt).toISOString(),
      notifications: notifications.map(({ id, courseId, kind, payload, createdAt }) => ({
        id,
        courseId,
        kind,
        payload,
        createdAt: new Date(createdAt).toISOString(),
      })),
    },
  };
}
