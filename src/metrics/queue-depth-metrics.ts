import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Registry } from 'prom-client';
import { registeredQueues } from '@src/queues/registered-queues';
import { scrapedGauge } from './scraped-gauge';

/** Jobs in every BullMQ queue by state (waiting, active, delayed, failed, ...), read from Redis at each scrape. */
@Injectable()
export class QueueDepthMetrics {
  constructor(registry: Registry, modules: ModuleRef) {
    scrapedGauge(
      registry,
      { name: 'icm_queue_jobs', help: 'Jobs in each queue by state', labelNames: ['queue', 'state'] },
      async (gauge) => {
        // Looked up at each scrape: the queues may not exist yet while this is constructed.
        const queues = registeredQueues(modules);
        const counts = await Promise.all(queues.map((queue) => queue.getJobCounts()));
        queues.forEach((queue, i) => {
          for (const [state, jobs] of Object.entries(counts[i])) gauge.set({ queue: queue.name, state }, jobs);
        });
      },
    );
  }
}
