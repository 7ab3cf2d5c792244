import { type Processor, Worker, type WorkerOptions } from 'bullmq';

/**
 * A BullMQ worker class whose jobs' locks last `lockMs` and whose check for stalled jobs runs as
 * often. A worker that dies mid-job (SIGKILL, out of memory) leaves its job active until the lock
 * runs out; only then does the stalled-job check hand it to another worker. @nestjs/bullmq takes
 * worker options only from each @Processor decorator, so the configured lock reaches every
 * processor through the class its workers are built with. A processor's own options still win.
 */
export function workerWithJobLock(lockMs: number): typeof Worker {
  return class JobLockWorker extends Worker {
    constructor(name: string, processor: Processor, opts: WorkerOptions) {
      super(name, processor, { lockDuration: lockMs, stalledInterval: lockMs, ...opts });
    }
  };
}
