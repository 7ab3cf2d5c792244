import { randomUUID } from 'node:crypto';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { withRequestId } from '@src/logging/request-context';
import type { SideEffectJob } from '@src/queues/queues';
import type { OutboxRepository } from './outbox.repository';

/**
 * What `work` returns when it marked its outbox row done itself, in the transaction that did the
 * work (a timer's course event, a notice's inbox rows): the row is not marked again on its own.
 */
export class MarkedDone<R> {
  constructor(readonly result: R) {}
}

/**
 * A processor of jobs published from the outbox. When its work returns, the row is marked done;
 * until then the reconciler re-enqueues the row once it is overdue. The work must be idempotent:
 * a crash after the work and before the mark runs it again.
 *
 * The work runs on behalf of the request whose transaction wrote the row: its log lines and the
 * outbox rows its own transactions write carry that request id, so the chain of jobs one request
 * set off can be followed. A row without one (written before ids were kept) starts a chain of its own.
 */
export abstract class OutboxJobProcessor<P, R> extends WorkerHost {
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
  ) {
    super();
  }

  process(job: Job<SideEffectJob<P>>): Promise<R> {
    return withRequestId(job.data.requestId ?? randomUUID(), async () => {
      const result = await this.work(job.data);
      if (result instanceof MarkedDone) return result.result;
      await this.outbox.markDone(this.dataSource.manager, job.data.outboxId);
      return result;
    });
  }

  protected abstract work(job: SideEffectJob<P>): Promise<R | MarkedDone<R>>;
}
