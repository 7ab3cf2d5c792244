import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { OutboxRelayModule } from './outbox/outbox-relay.module';
import { TimersWorkerModule } from './timers/timers-worker.module';
import { WaitlistWorkerModule } from './waitlist/waitlist-worker.module';

/** The worker process: the outbox relay and the queue processors, no HTTP. */
@Module({
  imports: [ConfigModule, DatabaseModule, OutboxRelayModule, NotificationsWorkerModule, WaitlistWorkerModule, TimersWorkerModule],
})
export class WorkerModule {}
