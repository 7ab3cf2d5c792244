import { Processor } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotifyParams } from '@workflows/icm-course';
import { MarkedDone, OutboxJobProcessor } from '@src/outbox/outbox-job.processor';
import { OutboxRepository } from '@src/outbox/outbox.repository';
import { NOTIFICATIONS_QUEUE, type SideEffectJob } from '@src/queues/queues';
import { toRecipientQuery } from './notification-recipients';
import { NotificationDelivery } from './notification-delivery';

/** Delivers `notify` side effects into the recipients' inboxes; safe to run any number of times. */
@Processor(NOTIFICATIONS_QUEUE)
export class NotifyProcessor extends OutboxJobProcessor<NotifyParams, { delivered: number }> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxRepository,
    private readonly delivery: NotificationDelivery,
  ) {
    super(dataSource, outbox);
  }

  /** The delivery's statement marks the outbox row done with the inbox rows. */
  protected async work({
    outboxId,
    courseId,
    params,
  }: SideEffectJob<NotifyParams>): Promise<MarkedDone<{ delivered: number }>> {
    const { kind, recipients, ...details } = params;
    const delivered = await this.delivery.deliver(
      // Only a course machine names `notify`, so the row always has its course.
      { outboxId, courseId: courseId!, kind, payload: details, urgency: params.urgency, level: params.level },
      toRecipientQuery(recipients),
    );
    return new MarkedDone({ delivered });
  }
}
