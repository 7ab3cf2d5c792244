import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChannelReconciler } from '@src/notifications/channel-reconciler';
import { NotificationsRepository, type ScheduledNotification } from '@src/notifications/notifications.repository';
import { EmailJobs } from './email-jobs';

/** Re-adds the jobs of due e-mails not sent (Redis may lose jobs). */
@Injectable()
export class EmailReconciler extends ChannelReconciler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly jobs: EmailJobs,
  ) {
    super();
  }

  protected get configured(): boolean {
    return this.jobs.configured;
  }

  protected due(after: ScheduledNotification | null, limit: number): Promise<ScheduledNotification[]> {
    return this.notifications.dueForEmail(this.dataSource.manager, after, limit);
  }

  protected schedule(notifications: ScheduledNotification[]): Promise<void> {
    return this.jobs.schedule(notifications);
  }
}
