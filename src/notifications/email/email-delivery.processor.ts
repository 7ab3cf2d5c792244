import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@src/config/app-config';
import type { ChannelJob } from '@src/notifications/channel-jobs';
import { NotificationsRepository } from '@src/notifications/notifications.repository';
import { EMAILS_QUEUE } from '@src/queues/queues';
import { EmailClient } from './email-client';
import { emailMessageOf } from './email-message';

/** The same Message-ID on every attempt at one e-mail, so that a mail system can drop a repeat. */
const messageIdOf = (ids: string[]) =>
  `<icm-${createHash('sha256').update(ids.sort().join(',')).digest('hex').slice(0, 32)}@icm.invalid>`;

/**
 * Sends a notification's e-mail, or the digest it belongs to, and records that it went. The rows
 * stay locked while the SMTP conversation runs: the other jobs of a digest wait, then find it sent.
 * Only an e-mail whose acceptance was not heard (the answer lost) or not recorded goes again.
 */
@Processor(EMAILS_QUEUE, { concurrency: 4 })
export class EmailDeliveryProcessor extends WorkerHost {
  private readonly logger = new Logger(EmailDeliveryProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly client: EmailClient,
    private readonly config: AppConfig,
  ) {
    super();
  }

  process(job: Job<ChannelJob>): Promise<{ sent: number }> {
    return this.dataSource.transaction(async (db) => {
      const together = await this.notifications.lockForEmail(db, job.data.notificationId);
      if (together.length === 0) return { sent: 0 };
      const ids = together.map((notification) => notification.id);
      const address = together[0].email;
      // The address was removed after the notification was made: nothing to send to, nothing to retry.
      if (address) {
        await this.client.send(emailMessageOf(address, together, this.config.PUBLIC_URL), messageIdOf(ids));
      }
      await this.notifications.markEmailSent(db, ids);
      return { sent: address ? together.length : 0 };
    });
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<ChannelJob>, error: Error): void {
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(
      `E-mail for notification ${job.data.notificationId} failed on attempt ${job.attemptsMade}${final ? ', the last: the job stays failed' : ''}: ${error.message}`,
    );
  }
}
