import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@src/config/app-config';
import { WEBHOOKS_QUEUE } from '@src/queues/queues';
import type { ScheduledNotification } from '@src/notifications/notifications.repository';

export interface WebhookJob {
  notificationId: string;
}

/** Enough retries to ride out a receiver that is down for hours: with the 5 s default the last waits about 85 minutes. */
const ATTEMPTS = 12;
const WEEK_SECONDS = 7 * 24 * 3600;

/** One job per notification, whose id is the notification's: adding it again adds nothing. */
export const webhookJobIdOf = (notificationId: string) => `webhook-${notificationId}`;

/** Puts notifications on the webhook queue, each delayed until it becomes visible. */
@Injectable()
export class WebhookJobs {
  constructor(
    @InjectQueue(WEBHOOKS_QUEUE) private readonly queue: Queue<WebhookJob>,
    private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.config.NOTIFICATION_WEBHOOK_URL !== undefined;
  }

  async schedule(notifications: ScheduledNotification[]): Promise<void> {
    if (!this.configured || notifications.length === 0) return;
    const now = Date.now();
    await this.queue.addBulk(
      notifications.map(({ id, deliverAt }) => ({
        name: 'post',
        data: { notificationId: id },
        opts: {
          jobId: webhookJobIdOf(id),
          delay: Math.max(0, new Date(deliverAt).getTime() - now),
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.WEBHOOK_RETRY_BASE_MS },
          // Kept a week, so that the reconciler's repeated add is recognised; failed jobs stay for someone to look at.
          removeOnComplete: { age: WEEK_SECONDS },
          removeOnFail: false,
        },
      })),
    );
  }
}
