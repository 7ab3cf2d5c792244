import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { WEBHOOKS_QUEUE } from '@src/queues/queues';
import { NotificationsRepository } from '@src/notifications/notifications.repository';
import { WebhookClient } from './webhook-client';
import type { WebhookJob } from './webhook-jobs';
import { webhookMessageOf } from './webhook-message';

/**
 * Sends a notification, or the digest it belongs to, to the webhook and records that it went. The
 * rows stay locked while the POST runs: the other jobs of a digest wait, then find it sent. A POST
 * that succeeded but was not recorded is sent again with the same X-ICM-Delivery.
 */
@Processor(WEBHOOKS_QUEUE, { concurrency: 4 })
export class WebhookDeliveryProcessor extends WorkerHost {
  private readonly logger = new Logger(WebhookDeliveryProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly client: WebhookClient,
  ) {
    super();
  }

  process(job: Job<WebhookJob>): Promise<{ sent: number }> {
    return this.dataSource.transaction(async (db) => {
      const together = await this.notifications.lockForWebhook(db, job.data.notificationId);
      if (together.length === 0) return { sent: 0 };
      await this.client.post(webhookMessageOf(together));
      await this.notifications.markWebhookSent(
        db,
        together.map((notification) => notification.id),
      );
      return { sent: together.length };
    });
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<WebhookJob>, error: Error): void {
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(
      `Webhook for notification ${job.data.notificationId} failed on attempt ${job.attemptsMade}${final ? ', the last: the job stays failed' : ''}: ${error.message}`,
    );
  }
}
