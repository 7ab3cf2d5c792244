import { Module } from '@nestjs/common';
import { OutboxModule } from '@src/outbox/outbox.module';
import { QueuesModule } from '@src/queues/queues.module';
import { HttpRequestMetrics } from './http-request-metrics';
import { MetricsController } from './metrics.controller';
import { OutboxMetrics } from './outbox-metrics';
import { QueueDepthMetrics } from './queue-depth-metrics';

/**
 * The API's /metrics: its own HTTP requests and course events, and the shared state every scrape
 * reads afresh (outbox backlog and lag, queue depths), so that no worker has to be reachable for
 * those. Every API process reports the same shared values; aggregate them with max, not sum.
 */
@Module({
  imports: [OutboxModule, QueuesModule],
  controllers: [MetricsController],
  providers: [HttpRequestMetrics, OutboxMetrics, QueueDepthMetrics],
})
export class ApiMetricsModule {}
