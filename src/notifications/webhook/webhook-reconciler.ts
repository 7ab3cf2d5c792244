import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationsRepository, type ScheduledNotification } from '../notifications.repository';
import { WebhookJobs } from './webhook-jobs';

const EVERY_MS = 60_000;
const PAGE = 500;

/**
 * Redis may lose jobs (a restart without persistence, a failover): the database says which due
 * notifications the webhook has not had, and their jobs are added again. A job still in Redis,
 * waiting, retrying or failed, keeps its id and is left as it is.
 */
@Injectable()
export class WebhookReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookReconciler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly jobs: WebhookJobs,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.jobs.configured) return;
    this.timer = setInterval(() => {
      this.reconcile().catch((error: Error) => this.logger.warn(`Webhook reconciliation failed: ${error.message}`));
    }, EVERY_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
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
