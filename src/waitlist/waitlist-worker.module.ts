import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '@src/notifications/notifications-worker.module';
import { OutboxModule } from '@src/outbox/outbox.module';
import { QueuesModule } from '@src/queues/queues.module';
import { WaitlistOfferProcessor } from './waitlist-offer.processor';
import { WaitlistRepository } from './waitlist.repository';

/** Offers freed slots to team leads, run by the worker. */
@Module({
  imports: [QueuesModule, OutboxModule, NotificationsWorkerModule],
  providers: [WaitlistRepository, WaitlistOfferProcessor],
})
export class WaitlistWorkerModule {}
