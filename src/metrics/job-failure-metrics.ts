import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Counter, Registry } from 'prom-client';
import { QueueWorkers } from '@src/queues/queue-workers';

/** Failed job attempts in this worker, by queue, and whether the failure was the job's last attempt. */
@Injectable()
export class JobFailureMetrics implements OnApplicationBootstrap {
  private readonly failures: Counter<'queue' | 'final'>;

  constructor(
    registry: Registry,
    private readonly workers: QueueWorkers,
  ) {
    this.failures = new Counter({
      name: 'icm_job_failures_total',
      help: 'Failed job attempts by queue; final="true" when no attempt is left (the job stays failed)',
      labelNames: ['queue', 'final'],
      registers: [registry],
    });
  }

  onApplicationBootstrap(): void {
    for (const worker of this.workers.all()) {
      worker.on('failed', (job: Job | undefined) => {
        const final = job === undefined || job.attemptsMade >= (job.opts.attempts ?? 1);
        this.failures.inc({ queue: worker.name, final: String(final) });
      });
    }
  }
}
