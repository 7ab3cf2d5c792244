import { Processor } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OfferFreedSlotParams } from '@workflows/icm-course';
import { NotificationDelivery } from '@src/notifications/notification-delivery';
import { MarkedDone, OutboxJobProcessor } from '@src/outbox/outbox-job.processor';
import { OutboxRepository } from '@src/outbox/outbox.repository';
import { type SideEffectJob, WAITLIST_QUEUE } from '@src/queues/queues';
import { WaitlistRepository } from './waitlist.repository';

/**
 * A case manager has a slot back: offer the first citizen on their team's waitlist to the team
 * lead. The offer is a notification keyed by the outbox row, so a retried job offers nothing twice.
 */
@Processor(WAITLIST_QUEUE)
export class WaitlistOfferProcessor extends OutboxJobProcessor<
  OfferFreedSlotParams,
  { offeredCourseId: string | null }
> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxRepository,
    private readonly waitlist: WaitlistRepository,
    private readonly notifications: NotificationDelivery,
  ) {
    super(dataSource, outbox);
  }

  /** An offer's delivery marks the outbox row done with the inbox rows; no offer leaves it to the caller. */
  protected async work(
    job: SideEffectJob<OfferFreedSlotParams>,
  ): Promise<{ offeredCourseId: string | null } | MarkedDone<{ offeredCourseId: string | null }>> {
    const db = this.dataSource.manager;
    const { caseManagerId } = job.params;
    const first = await this.waitlist.offerFor(db, caseManagerId);
    if (!first) return { offeredCourseId: null };
    await this.notifications.deliver(
      {
        outboxId: job.outboxId,
        courseId: first.courseId,
        kind: 'waitlist_offer',
        payload: { caseManagerId, priority: first.priority, daysWaited: first.daysWaited },
      },
      { staffIds: [], committee: false, teamLeadsOf: [caseManagerId] },
    );
    return new MarkedDone({ offeredCourseId: first.courseId });
  }
}
