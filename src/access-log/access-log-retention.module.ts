import { Module } from '@nestjs/common';
import { QueuesModule } from '@src/queues/queues.module';
import { AccessLogModule } from './access-log.module';
import { AccessLogRetentionProcessor } from './access-log-retention.processor';
import { AccessLogRetentionSchedule } from './access-log-retention.schedule';

/** The access log's retention, run by the worker. */
@Module({
  imports: [QueuesModule, AccessLogModule],
  providers: [AccessLogRetentionProcessor, AccessLogRetentionSchedule],
})
export class AccessLogRetentionModule {}
