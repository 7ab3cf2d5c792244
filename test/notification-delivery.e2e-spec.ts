import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { webhookJobIdOf } from '@src/notifications/webhook/webhook-jobs';
import { WebhookReconciler } from '@src/notifications/webhook/webhook-reconciler';
import { WEBHOOKS_QUEUE } from '@src/queues/queues';
import { hhmm, localMinutes, ZONE } from './support/copenhagen-clock';
import { eventually } from './support/eventually';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { WebhookReceiver } from './support/webhook-receiver';
import { randomCpr } from './factories/cpr';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const SECRET = 'e2e-webhook-secret-e2e-webhook-secret';
const HOUR_MS = 3600_000;

// Quiet hours from an hour ago to an hour from now, whatever the time the test runs; the digest
// comes well after them.
const NOW = localMinutes(new Date());
const DELIVERY_ENV = {
  QUIET_HOURS: `${hhmm(NOW - 60)}-${hhmm(NOW + 60)}`,
  DIGEST_AT: hhmm(NOW + 180),
  TIME_ZONE: ZONE,
  WEBHOOK_RETRY_BASE_MS: '100',
  NOTIFICATION_WEBHOOK_SECRET: SECRET,
};

interface NotificationRow {
  id: string;
  deliverAt: Date;
  digest: boolean;
  webhookSentAt: Date | null;
}

interface Inbox {
  items: { id: string; kind: string; deliverAt: string }[];
  unread: number;
}

describe('notifications are delivered by urgency, quiet hours, the digest and the webhook', () => {
  let api: TestApp;
  let workers: TestWorker[];
  let world: World;
  let receiver: WebhookReceiver;
  const citizen = { cpr: randomCpr(), name: 'Webhook Testesen' };
  let courseId: string;

  beforeAll(async () => {
    receiver = new WebhookReceiver();
    const env = { ...DELIVERY_ENV, NOTIFICATION_WEBHOOK_URL: await receiver.start() };
    api = await startApp();
    // Two workers, as in production: the jobs of one digest run on both.
    workers = [await startWorker({ env }), await startWorker({ env })];
    world = new World(api);
    ({ courseId } = await world.refer(await world.staff(['caseworker']), { citizen }));
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await api.close();
    await receiver.close();
  });

  /**
   * A `notify` side effect with an urgency, written to the outbox as the course runtime writes it.
   * Until the escalation ladder and the reminders (issue #4) name urgencies, no course event asks
   * for one, so the row is written here, for a course made through the API and its first event.
   */
  const notify = async (
    staff: StaffHandle,
    kind: string,
    urgency?: { urgency: string; level?: number },
  ): Promise<string> => {
    const [{ id }] = await api.db.query(
      `INSERT INTO outbox (course_id, event_seq, kind, payload) VALUES ($1, 1, 'notify', $2) RETURNING id::text`,
      [courseId, { kind, recipients: [{ role: 'staff', staffId: staff.id }], ...urgency }],
    );
    return id;
  };

  const delivered = async (outboxId: string): Promise<NotificationRow> => {
    const [row] = await eventually(
      () =>
        api.db.query(
          `SELECT id, deliver_at AS "deliverAt", digest, webhook_sent_at AS "webhookSentAt" FROM notifications WHERE outbox_id = $1`,
          [outboxId],
        ),
      (rows: NotificationRow[]) => rows.length > 0,
    );
    return row;
  };

  /** The accepted webhook messages with a notification of this kind for this staff member, once there is one. */
  const arrival = (staff: StaffHandle, kind: string) =>
    eventually(
      () => Promise.resolve(receiver.accepted(staff.id, kind)),
      (found) => found.length > 0,
    );

  const inbox = async (staff: StaffHandle): Promise<Inbox> =>
    (await api.http.get('/api/v1/me/notifications').set('Authorization', staff.auth).expect(200)).body;

  const webhookJob = (notificationId: string) =>
    workers[0].context
      .get<Queue>(getQueueToken(WEBHOOKS_QUEUE), { strict: false })
      .getJob(webhookJobIdOf(notificationId));

  it('a level 2 escalation arrives at once, in the inbox and at the webhook, signed and without personal data', async () => {
    const caseManager = await world.staff(['case_manager']);
    const row = await delivered(await notify(caseManager, 'outreach_level_2', { urgency: 'escalation', level: 2 }));

    const [message] = await arrival(caseManager, 'outreach_level_2');
    const expected = `sha256=${createHmac('sha256', SECRET).update(message.raw).digest('hex')}`;
    expect(timingSafeEqual(Buffer.from(message.signature), Buffer.from(expected))).toBe(true);
    expect(message.deliveryId).toBe(row.id);
    expect(message.body).toEqual({
      type: 'notification',
      recipientId: caseManager.id,
      deliverAt: new Date(row.deliverAt).toISOString(),
      notifications: [
        {
          id: row.id,
          courseId,
          kind: 'outreach_level_2',
          payload: { urgency: 'escalation', level: 2 },
          createdAt: expect.any(String),
        },
      ],
    });
    expect((await inbox(caseManager)).items.map((item) => item.id)).toContain(row.id);

    // Nothing the webhook received names the citizen, not even the referral's notices to the committee.
    const everything = receiver.requests.map((request) => request.raw).join('\n');
    expect(everything).not.toContain(citizen.cpr);
    expect(everything).not.toContain(citizen.cpr.replace('-', ''));
    expect(everything).not.toContain(citizen.name);
  });

  it('a reminder and a level 1 escalation made in quiet hours wait for their end: not in the inbox, not at the webhook', async () => {
    const caseManager = await world.staff(['case_manager']);
    const reminder = await delivered(await notify(caseManager, 'reassessment_due', { urgency: 'reminder' }));
    const levelOne = await delivered(
      await notify(caseManager, 'outreach_level_1', { urgency: 'escalation', level: 1 }),
    );
    const course = await delivered(await notify(caseManager, 'plan_approved'));
    await arrival(caseManager, 'plan_approved');

    for (const held of [reminder, levelOne]) {
      // Quiet hours end within the hour (to the minute: the configuration has no seconds).
      const wait = new Date(held.deliverAt).getTime() - Date.now();
      expect(wait).toBeGreaterThan(HOUR_MS - 2 * 60_000);
      expect(wait).toBeLessThanOrEqual(HOUR_MS);
      expect(hhmm(localMinutes(new Date(held.deliverAt)))).toBe(DELIVERY_ENV.QUIET_HOURS.split('-')[1]);
      expect(await (await webhookJob(held.id))?.getState()).toBe('delayed');
    }
    const box = await inbox(caseManager);
    expect(box.items.map((item) => item.id)).toEqual([course.id]);
    expect(box.unread).toBe(1);
    await sleep(300);
    expect(
      receiver.requests
        .filter((request) => request.body.recipientId === caseManager.id)
        .map((request) => request.body.notifications[0].kind),
    ).toEqual(['plan_approved']);
  });

  it('a receiver that fails twice gets the message on a retry, under the same delivery id', async () => {
    const caseManager = await world.staff(['case_manager']);
    receiver.refuse('course_assigned', 2);
    const outboxId = await notify(caseManager, 'course_assigned');

    await arrival(caseManager, 'course_assigned');
    const row = await eventually(
      () => delivered(outboxId),
      (found) => found.webhookSentAt !== null,
    );
    const attempts = receiver.requests.filter((request) => request.body.recipientId === caseManager.id);
    expect(attempts.map((attempt) => [attempt.deliveryId, attempt.answeredWith])).toEqual([
      [row.id, 500],
      [row.id, 500],
      [row.id, 204],
    ]);
  });

  it("a staff member who takes a daily digest gets the day's reminders in one message; escalations are not held", async () => {
    const caseManager = await world.staff(['case_manager']);
    const preferences = () =>
      api.http.get('/api/v1/me/notification-preferences').set('Authorization', caseManager.auth);
    expect((await preferences().expect(200)).body).toMatchObject({ reminderDelivery: 'immediate' });
    const change = (body: object) =>
      api.http.put('/api/v1/me/notification-preferences').set('Authorization', caseManager.auth).send(body);
    expect((await change({ reminderDelivery: 'weekly' }).expect(422)).body.errors).toEqual([
      { field: 'reminderDelivery', messages: [expect.any(String)] },
    ]);
    expect((await change({ reminderDelivery: 'daily_digest' }).expect(200)).body).toMatchObject({
      reminderDelivery: 'daily_digest',
    });
    expect((await preferences().expect(200)).body).toMatchObject({ reminderDelivery: 'daily_digest' });

    const reminders = [
      await delivered(await notify(caseManager, 'plan_due', { urgency: 'reminder' })),
      await delivered(await notify(caseManager, 'no_contact', { urgency: 'reminder' })),
    ];
    const escalation = await delivered(
      await notify(caseManager, 'outreach_level_3', { urgency: 'escalation', level: 3 }),
    );

    expect(reminders.map((row) => row.digest)).toEqual([true, true]);
    expect(new Date(reminders[1].deliverAt)).toEqual(new Date(reminders[0].deliverAt));
    expect(hhmm(localMinutes(new Date(reminders[0].deliverAt)))).toBe(DELIVERY_ENV.DIGEST_AT);
    expect(new Date(reminders[0].deliverAt).getTime() - Date.now()).toBeGreaterThan(2 * HOUR_MS);
    expect(escalation.digest).toBe(false);
    await arrival(caseManager, 'outreach_level_3');
    expect((await inbox(caseManager)).items.map((item) => item.id)).toEqual([escalation.id]);

    // As if the digest time had come: the delayed jobs of both reminders run now, on both workers.
    await Promise.all(reminders.map(async (row) => (await webhookJob(row.id))!.promote()));
    await arrival(caseManager, 'plan_due');
    await sleep(300);
    const digests = receiver.requests.filter(
      (request) => request.body.type === 'digest' && request.body.recipientId === caseManager.id,
    );
    expect(digests).toHaveLength(1);
    expect(digests[0].body.deliverAt).toBe(new Date(reminders[0].deliverAt).toISOString());
    expect(digests[0].body.notifications.map((notification) => notification.kind)).toEqual(['plan_due', 'no_contact']);
  });

  it('a webhook job that Redis lost is added again by the reconciler once the notification is due', async () => {
    const caseManager = await world.staff(['case_manager']);
    const outboxId = await notify(caseManager, 'appointment_reminder', { urgency: 'reminder' });
    const held = await delivered(outboxId);
    await (await webhookJob(held.id))!.remove();
    // The quiet hours are over.
    await api.db.query(`UPDATE notifications SET deliver_at = now() WHERE id = $1`, [held.id]);

    expect(await workers[1].context.get(WebhookReconciler).reconcile()).toBeGreaterThanOrEqual(1);
    await arrival(caseManager, 'appointment_reminder');
    expect(
      (
        await eventually(
          () => delivered(outboxId),
          (row) => row.webhookSentAt !== null,
        )
      ).webhookSentAt,
    ).not.toBeNull();
    expect((await inbox(caseManager)).items.map((item) => item.id)).toEqual([held.id]);
  });
});
