import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BackgroundLoop } from '@src/lifecycle/background-loop';
import { NotificationsRepository, type ScheduledNotification } from '@src/notifications/notifications.repository';
import { WebhookJobs } from './webhook-jobs';

const EVERY_MS = 60_000;
const PAGE = 500;

/**
 * Redis may lose jobs (a restart without persistence, a failover): the database says which due
 * notifications the webhook has not had, and their jobs are added again. A job still in Redis,
 * waiting, retrying or failed, keeps its id and is left as it is.
 */
@Injectable()
export class WebhookReconciler extends BackgroundLoop {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly jobs: WebhookJobs,
  ) {
    super();
  }

  protected async run(): Promise<void> {
    if (this.jobs.configured) await this.repeatEvery(EVERY_MS, () => this.reconcile());
  }

  /** Adds the job again for every due notification the webhook has not had; returns how many it looked at. */
  async reconcile(): Promise<number> {
    if (!this.jobs.configured) return 0;
    let seen = 0;
    let after: ScheduledNotification | null = null;
    for (;;) {
      const due = await this.notifications.dueForWebhook(this.dataSource.manager, after, PAGE);
      await this.jobs.schedule(due);
      seen += due.length;
      if (due.length < PAGE) return seen;
      after = due[due.length - 1];
    }
  }
}
