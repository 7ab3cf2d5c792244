import { Module } from '@nestjs/common';
import { AccessLogRetentionModule } from './access-log/access-log-retention.module';
import { ConfigModule } from './config/config.module';
import { CitizenErasureWorkerModule } from './data-subject/citizen-erasure-worker.module';
import { DatabaseModule } from './database/database.module';
import { MetricsModule } from './metrics/metrics.module';
import { WorkerMetricsModule } from './metrics/worker-metrics.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { OutboxRelayModule } from './outbox/outbox-relay.module';
import { QueueWorkersModule } from './queues/queue-workers.module';
import { TimersWorkerModule } from './timers/timers-worker.module';
import { WaitlistWorkerModule } from './waitlist/waitlist-worker.module';

/** The worker process: the outbox relay and the queue processors, no HTTP (but its metrics, when asked). */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    MetricsModule,
    OutboxRelayModule,
    NotificationsWorkerModule,
    WaitlistWorkerModule,
    TimersWorkerModule,
    AccessLogRetentionModule,
    CitizenErasureWorkerModule,
    QueueWorkersModule,
    WorkerMetricsModule,
  ],
})
export class WorkerModule {}
