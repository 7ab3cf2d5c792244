import { Module } from '@nestjs/common';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { QueuesModule } from '../queues/queues.module';
import { WaitlistOfferProcessor } from './waitlist-offer.processor';
import { WaitlistRepository } from './waitlist.repository';

/** Offers freed slots to team leads, run by the worker. */
@Module({
  imports: [QueuesModule],
  providers: [WaitlistRepository, NotificationsRepository, WaitlistOfferProcessor],
})
export class WaitlistWorkerModule {}
