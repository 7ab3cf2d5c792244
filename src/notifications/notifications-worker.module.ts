import { Module } from '@nestjs/common';
import { OutboxModule } from '@src/outbox/outbox.module';
import { QueuesModule } from '@src/queues/queues.module';
import { EmailClient } from './email/email-client';
import { EmailDeliveryProcessor } from './email/email-delivery.processor';
import { EmailJobs } from './email/email-jobs';
import { EmailReconciler } from './email/email-reconciler';
import { NotificationDelivery } from './notification-delivery';
import { NotificationsRepository } from './notifications.repository';
import { NotifyProcessor } from './notify.processor';
import { WebhookClient } from './webhook/webhook-client';
import { WebhookDeliveryProcessor } from './webhook/webhook-delivery.processor';
import { WebhookJobs } from './webhook/webhook-jobs';
import { WebhookReconciler } from './webhook/webhook-reconciler';

/** Delivery of notifications to inboxes, the webhook and e-mail, run by the worker. */
@Module({
  imports: [QueuesModule, OutboxModule],
  providers: [
    NotificationsRepository,
    NotificationDelivery,
    NotifyProcessor,
    WebhookJobs,
    WebhookClient,
    WebhookDeliveryProcessor,
    WebhookReconciler,
    EmailJobs,
    EmailClient,
    EmailDeliveryProcessor,
    EmailReconciler,
  ],
  exports: [NotificationDelivery, WebhookReconciler, EmailReconciler],
})
export class NotificationsWorkerModule {}
