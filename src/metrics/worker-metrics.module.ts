import { Global, Module } from '@nestjs/common';
import { QueueWorkersModule } from '@src/queues/queue-workers.module';
import { JobFailureMetrics } from './job-failure-metrics';
import { TimerMetrics } from './timer-metrics';
import { WorkerMetricsServer } from './worker-metrics-server';

/**
 * The worker's /metrics: what only worker processes see (failed jobs, timers firing, reminders).
 * Global, so that the timer processor's module records without knowing who serves the metrics.
 */
@Global()
@Module({
  imports: [QueueWorkersModule],
  providers: [TimerMetrics, JobFailureMetrics, WorkerMetricsServer],
  exports: [TimerMetrics],
})
export class WorkerMetricsModule {}
