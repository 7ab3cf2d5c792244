import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationUrgency } from '@workflows/icm-course';
import { AppConfig } from '@src/config/app-config';
import { type DeliveryPolicy, deliveryPolicyOf, planDelivery } from './delivery-time';
import type { RecipientQuery } from './notification-recipients';
import { NotificationsRepository } from './notifications.repository';
import { EmailJobs } from './email/email-jobs';
import { WebhookJobs } from './webhook/webhook-jobs';

export interface NewNotification {
  outboxId: string;
  courseId: string;
  kind: string;
  payload: object;
  /** `course` when absent. */
  urgency?: NotificationUrgency;
  level?: number;
}

/**
 * Puts a notification in its recipients' inboxes, visible from the time the delivery rules give,
 * and on its way to the webhook and to the e-mail of those who chose it. Safe to repeat for the same outbox row: nothing is added twice.
 */
@Injectable()
export class NotificationDelivery {
  private readonly policy: DeliveryPolicy;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly webhook: WebhookJobs,
    private readonly email: EmailJobs,
    config: AppConfig,
  ) {
    this.policy = deliveryPolicyOf(config);
  }

  /** Returns how many inbox rows were new. */
  async deliver(notification: NewNotification, to: RecipientQuery): Promise<number> {
    const db = this.dataSource.manager;
    const plan = planDelivery(notification, new Date(), this.policy);
    const delivered = await this.notifications.deliver(db, notification, plan, to, this.email.configured);
    // Also after a repeat that inserted nothing: the first run may have stopped before this. A
    // service with neither channel configured has nothing to look up.
    if (this.webhook.configured || this.email.configured) {
      const awaiting = await this.notifications.awaitingChannels(db, notification.outboxId);
      await this.webhook.schedule(awaiting.webhook);
      await this.email.schedule(awaiting.email);
    }
    return delivered;
  }
}
