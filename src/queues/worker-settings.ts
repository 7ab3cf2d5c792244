import { type Processor, Worker, type WorkerOptions } from 'bullmq';

export interface WorkerSettings {
  /** How long a job stays locked to its worker; also how often stalled jobs are looked for. */
  lockMs: number;
  /** Jobs one worker runs at once: each takes a database connection while it runs. */
  concurrency: number;
}

/**
 * A BullMQ worker class with the configured settings. A worker that dies mid-job (SIGKILL, out of
 * memory) leaves its job active until the lock runs out; only then does the stalled-job check hand
 * it to another worker. @nestjs/bullmq takes worker options only from each @Processor decorator,
 * so the configuration reaches every processor through the class its workers are built with. A
 * processor's own options still win.
 */
export function workerWith(settings: WorkerSettings): typeof Worker {
  return class ConfiguredWorker extends Worker {
    constructor(name: string, processor: Processor, opts: WorkerOptions) {
      super(name, processor, {
        lockDuration: settings.lockMs,
        stalledInterval: settings.lockMs,
        concurrency: settings.concurrency,
        ...opts,
      });
    }
  };
}
