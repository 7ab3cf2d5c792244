import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { NotifyParams } from '../../workflows/icm-course';
import { NOTIFICATIONS_QUEUE, type SideEffectJob } from '../queues/queues';
import { toRecipientQuery } from './notification-recipients';
import { NotificationsRepository } from './notifications.repository';

/** Delivers `notify` side effects into the recipients' inboxes; safe to run any number of times. */
@Processor(NOTIFICATIONS_QUEUE)
export class NotifyProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
  ) {
    super();
  }

  async process(job: Job<SideEffectJob<NotifyParams>>): Promise<{ delivered: number }> {
    const { outboxId, courseId, params } = job.data;
    const { kind, recipients, ...details } = params;
    const delivered = await this.notifications.deliver(
      this.dataSource.manager,
      // Only a course machine names `notify`, so the row always has its course.
      { outboxId, courseId: courseId!, kind, payload: details },
      toRecipientQuery(recipients),
    );
    return { delivered };
  }
}
