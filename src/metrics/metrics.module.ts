import { Global, Module } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { CourseEventMetrics } from './course-event-metrics';

/** A registry of the process's own, so that two applications in one process (the tests) never share series. */
function processRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * The metric registry of this process (API or worker) and the recorder both processes use (the
 * course runtime runs in both); what else each records, and how it is served, is each process's own
 * module (ApiMetricsModule, WorkerMetricsModule).
 */
@Global()
@Module({
  providers: [{ provide: Registry, useFactory: processRegistry }, CourseEventMetrics],
  exports: [Registry, CourseEventMetrics],
})
export class MetricsModule {}
