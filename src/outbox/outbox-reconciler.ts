import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@src/config/app-config';
import { BackgroundLoop } from '@src/lifecycle/background-loop';
import { OutboxRepository, type OutboxRow } from './outbox.repository';
import { SideEffectPublisher } from './side-effect-publisher';

const PAGE_SIZE = 500;
/** Rows one pass looks at, at most; the next pass goes on from the oldest again. */
const PASS_LIMIT = 20_000;

/**
 * PostgreSQL is the source of truth and Redis only the alarm clock: every so often, each outbox
 * row that is overdue and whose job has not finished is enqueued again (Redis lost it, BullMQ
 * failed it at its stall limit, or no worker ran for hours). The processors are idempotent, so a
 * job that was merely slow and now runs twice changes nothing.
 */
@Injectable()
export class OutboxReconciler extends BackgroundLoop {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly publisher: SideEffectPublisher,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected run(): Promise<void> {
    return this.repeatEvery(this.config.RECONCILE_EVERY_MS, () => this.reconcileOnce());
  }

  /** One pass; returns how many rows were enqueued again, by the state their job was found in. */
  async reconcileOnce(): Promise<Record<string, number>> {
    const db = this.dataSource.manager;
    const now = Date.now();
    const dueBefore = new Date(now - this.config.RECONCILE_AFTER_MS);
    const found: Record<string, number> = {};
    let page: OutboxRow[] | undefined;
    for (let seen = 0; seen < PASS_LIMIT && (!page || page.length === PAGE_SIZE); seen += page.length) {
      page = await this.outbox.overdue(db, dueBefore, page?.at(-1), PAGE_SIZE);
      const states = await Promise.all(page.map((row) => this.publisher.republish(row, now)));
      for (const [index, state] of states.entries()) {
        // A completed job whose done mark was lost (a crash between the two) needs nothing more.
        if (state === 'completed') await this.outbox.markDone(db, page[index].id);
        found[state] = (found[state] ?? 0) + 1;
      }
    }
    const requeued = (found.missing ?? 0) + (found.failed ?? 0);
    if (requeued > 0) this.logger.warn(`Re-enqueued ${requeued} overdue outbox jobs (${JSON.stringify(found)})`);
    return found;
  }
}
