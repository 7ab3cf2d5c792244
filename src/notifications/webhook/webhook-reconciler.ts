import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChannelReconciler } from '@src/notifications/channel-reconciler';
import { NotificationsRepository, type ScheduledNotification } from '@src/notifications/notifications.repository';
import { WebhookJobs } from './webhook-jobs';

/** Re-adds the webhook jobs of due notifications the webhook has not had (Redis may lose jobs). */
@Injectable()
export class WebhookReconciler extends ChannelReconciler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly jobs: WebhookJobs,
  ) {
    super();
  }

  protected get configured(): boolean {
    return this.jobs.configured;
  }

  protected due(after: ScheduledNotification | null, limit: number): Promise<ScheduledNotification[]> {
    return this.notifications.dueForWebhook(this.dataSource.manager, after, limit);
  }

  protected schedule(notifications: ScheduledNotification[]): Promise<void> {
    return this.jobs.schedule(notifications);
  }
}
