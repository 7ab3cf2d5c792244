import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@src/config/app-config';
import { WEBHOOKS_QUEUE } from '@src/queues/queues';
import { type ChannelJob, channelJobsOf } from '@src/notifications/channel-jobs';
import type { ScheduledNotification } from '@src/notifications/notifications.repository';

export type WebhookJob = ChannelJob;

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
    await this.queue.addBulk(
      channelJobsOf(notifications, {
        name: 'post',
        jobIdOf: webhookJobIdOf,
        retryBaseMs: this.config.WEBHOOK_RETRY_BASE_MS,
      }),
    );
  }
}
