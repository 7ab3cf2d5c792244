import type { WebhookNotification } from '@src/notifications/notifications.repository';
import { webhookMessageOf } from './webhook-message';

const reminder = (id: string, overrides: Partial<WebhookNotification> = {}): WebhookNotification => ({
  id,
  recipientId: 'staff-1',
  courseId: 'course-1',
  kind: 'reassessment_due',
  payload: { urgency: 'reminder' },
  createdAt: new Date('2026-01-15T13:00:00Z'),
  deliverAt: new Date('2026-01-16T06:30:00Z'),
  digest: true,
  ...overrides,
});

describe('the message the webhook receives', () => {
  it('carries one notification under its own id as the delivery id', () => {
    const message = webhookMessageOf([reminder('n-1', { digest: false })]);
    expect(message).toEqual({
      deliveryId: 'n-1',
      body: {
        type: 'notification',
        recipientId: 'staff-1',
        deliverAt: '2026-01-16T06:30:00.000Z',
        notifications: [
          {
            id: 'n-1',
            courseId: 'course-1',
            kind: 'reassessment_due',
            payload: { urgency: 'reminder' },
            createdAt: '2026-01-15T13:00:00.000Z',
          },
        ],
      },
    });
  });

  it("lists a digest's reminders in one message", () => {
    const { body } = webhookMessageOf([reminder('n-1'), reminder('n-2', { courseId: 'course-2' })]);
    expect(body.type).toBe('digest');
    expect(body.notifications.map((notification) => notification.id)).toEqual(['n-1', 'n-2']);
  });

  it('gives a digest the same delivery id on every attempt, and a new one when a late reminder joins it', () => {
    const first = webhookMessageOf([reminder('n-1'), reminder('n-2')]).deliveryId;
    expect(webhookMessageOf([reminder('n-2'), reminder('n-1')]).deliveryId).toBe(first);
    expect(webhookMessageOf([reminder('n-1'), reminder('n-2'), reminder('n-3')]).deliveryId).not.toBe(first);
    expect(first).toMatch(/^digest-[0-9a-f]{32}$/);
  });
});
