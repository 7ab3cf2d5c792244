import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { NotificationsRepository } from './notifications.repository';
import { NotifyProcessor } from './notify.processor';

/** Delivery of notifications, run by the worker. */
@Module({
  imports: [QueuesModule],
  providers: [NotificationsRepository, NotifyProcessor],
})
export class NotificationsWorkerModule {}
