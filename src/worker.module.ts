import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { OutboxModule } from './outbox/outbox.module';

/** The worker process: the outbox relay and the queue processors, no HTTP. */
@Module({
  imports: [ConfigModule, DatabaseModule, OutboxModule, NotificationsWorkerModule],
})
export class WorkerModule {}
