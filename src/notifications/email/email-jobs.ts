import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@src/config/app-config';
import { EMAILS_QUEUE } from '@src/queues/queues';
import { type ChannelJob, channelJobsOf } from '@src/notifications/channel-jobs';
import type { ScheduledNotification } from '@src/notifications/notifications.repository';

/** One job per notification's e-mail: adding it again adds nothing. */
export const emailJobIdOf = (notificationId: string) => `email-${notificationId}`;

/** Puts e-mails on the e-mail queue, each delayed until it is due. */
@Injectable()
export class EmailJobs {
  constructor(
    @InjectQueue(EMAILS_QUEUE) private readonly queue: Queue<ChannelJob>,
    private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.config.SMTP_HOST !== undefined;
  }

  async schedule(notifications: ScheduledNotification[]): Promise<void> {
    if (!this.configured || notifications.length === 0) return;
    await this.queue.addBulk(
      channelJobsOf(notifications, {
        name: 'send',
        jobIdOf: emailJobIdOf,
        retryBaseMs: this.config.EMAIL_RETRY_BASE_MS,
      }),
    );
  }
}
